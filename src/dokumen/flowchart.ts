/**
 * The flowchart table of the official document (Permenpan RB 35/2012): which symbol sits in which pelaksana
 * column on which page, and how arrows join them. Computed once at build time; the component only draws it.
 *
 * - Steps go on pages of whole rows (paginate.ts). Each step's symbol sits in its pelaksana's column, in the middle
 *   of its row: terminator for start and end, process, decision.
 * - The flow comes from the shared step graph ({@link flowEdges}); nothing here decides what follows what.
 * - An arrow leaves a symbol at its bottom or its side and always enters the next symbol from the top. Arrows to
 *   rows further away run along lanes near the column edges, which symbols keep clear of, so they pass around the
 *   symbols in between. Routes are chosen so that no two arrows to different steps share a line or a junction;
 *   crossings are allowed but avoided.
 * - An arrow to a step on another page ends in an off-page connector (pentagon) at the bottom of its page (at the
 *   top when the flow goes back up) and starts again from a connector with the same letter on the target's page.
 *   Letters are A, B, C... in the order they appear in the document.
 */
import { flowEdges, type FlowEdge, type FlowStep } from '../domain/step-graph.ts';
import { EDGE_LANES, LABEL, ROW, ROW_LANES, SYMBOL, symbolWidth, type TableLayout } from './layout.ts';
import { contact, segmentHitsBox, segmentsOf, yKey, yPx, type Box, type Point, type RowY, type Segment } from './geometry.ts';

/** The part of a step the flowchart needs. */
export interface AlurStep extends FlowStep {
  pelaksana: string;
}

export type SymbolKind = 'terminator' | 'proses' | 'keputusan' | 'penghubung';

/** An off-page connector: one end of a jump between pages. */
export interface Penghubung {
  /** A, B, C...: the same letter on both ends of a jump. */
  huruf: string;
  /** `keluar`: the flow leaves this page here; `masuk`: it arrives here from another page. */
  peran: 'keluar' | 'masuk';
  /** Which way the flow runs: `turun` to a later page (connector at the page bottom, then the next page's top), `naik` back to an earlier one. */
  arah: 'turun' | 'naik';
  /** The step the jump leads to. */
  langkah: number;
  /** The page (1-based) of the other end. */
  halamanPasangan: number;
}

export interface FlowSymbol {
  id: string;
  kind: SymbolKind;
  /** Row on its page (connector rows included). */
  row: number;
  /** Pelaksana column, 0-based. */
  col: number;
  /** Centre x (px from the left of the first pelaksana column); the centre y is always the row's middle. */
  cx: number;
  w: number;
  h: number;
  /** The step shown, for step symbols. */
  langkah?: number;
  penghubung?: Penghubung;
}

export interface ArrowLabel {
  text: string;
  /** Where the label starts (anchor `start`) or ends (`end`). */
  x: number;
  y: RowY;
  anchor: 'start' | 'end';
  /** `above`: the text sits on y; `below`: it hangs from y. */
  side: 'above' | 'below';
}

export interface FlowArrow {
  /** Symbol ids on the same page. */
  from: string;
  to: string;
  /** A polyline of horizontal and vertical segments, from a port of `from` to a port of `to`. */
  points: Point[];
  /** The flow edge drawn (step numbers), also when the arrow ends or starts at a connector. */
  edge: FlowEdge;
  label?: ArrowLabel;
}

export type PageRow = { kind: 'langkah'; langkah: number } | { kind: 'penghubung'; posisi: 'atas' | 'bawah' };

export interface FlowPage {
  /** 1-based among the flowchart pages. */
  nomor: number;
  rows: PageRow[];
  symbols: FlowSymbol[];
  arrows: FlowArrow[];
}

export interface FlowchartLayout {
  pages: FlowPage[];
  /** Arrows for which no clean route was found (they are drawn anyway). Empty for every SOP in the tests. */
  problems: string[];
}

export interface FlowchartInput {
  steps: readonly AlurStep[];
  pelaksana: readonly string[];
  layout: TableLayout;
  /** For each page, the indices of its steps (see paginate.ts). */
  pages: readonly (readonly number[])[];
}

type Side = 'top' | 'bottom' | 'left' | 'right';

const STEP_SYMBOL: Record<AlurStep['jenis'], Exclude<SymbolKind, 'penghubung'>> = {
  mulai: 'terminator',
  proses: 'proses',
  keputusan: 'keputusan',
  selesai: 'terminator',
};

/** Room around a symbol that no other arrow may enter (px). */
const SYMBOL_MARGIN = 2;

/** Letters for connectors: A..Z, then AA, AB... */
export function connectorLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The point where arrows leave or enter a symbol on the given side. */
export function portOf(symbol: FlowSymbol, side: Side): Point {
  const middle = { row: symbol.row, at: 0.5 as const };
  switch (side) {
    case 'top':
      return { x: symbol.cx, y: { ...middle, dy: -symbol.h / 2 } };
    case 'bottom':
      return { x: symbol.cx, y: { ...middle, dy: symbol.h / 2 } };
    case 'left':
      return { x: symbol.cx - symbol.w / 2, y: { ...middle, dy: 0 } };
    case 'right':
      return { x: symbol.cx + symbol.w / 2, y: { ...middle, dy: 0 } };
  }
}

/** A symbol's outline with a margin, in x px and y keys. */
export function boxOf(symbol: FlowSymbol, margin = 0): Box {
  return {
    left: symbol.cx - symbol.w / 2 - margin,
    right: symbol.cx + symbol.w / 2 + margin,
    top: yKey({ row: symbol.row, at: 0.5, dy: -symbol.h / 2 - margin }),
    bottom: yKey({ row: symbol.row, at: 0.5, dy: symbol.h / 2 + margin }),
  };
}

/** Sides an arrow may leave from. Steps never use the top: that is where arrows arrive. */
function exitSides(symbol: FlowSymbol): Side[] {
  if (symbol.penghubung) return [symbol.penghubung.arah === 'turun' ? 'bottom' : 'top'];
  return ['bottom', 'left', 'right'];
}

/** The side an arrow arrives at: the top of a step, the flat side of a connector. */
function entrySide(symbol: FlowSymbol): Side {
  return symbol.penghubung?.arah === 'naik' ? 'bottom' : 'top';
}

const OUTWARD: Record<Side, (from: Point, to: Point) => boolean> = {
  top: (from, to) => from.x === to.x && yKey(to.y) < yKey(from.y),
  bottom: (from, to) => from.x === to.x && yKey(to.y) > yKey(from.y),
  left: (from, to) => yKey(from.y) === yKey(to.y) && to.x < from.x,
  right: (from, to) => yKey(from.y) === yKey(to.y) && to.x > from.x,
};

/** Drops repeated points and joins straight runs; undefined when the line doubles back on itself. */
function simplify(points: Point[]): Point[] | undefined {
  const unique = points.filter((point, i) => i === 0 || point.x !== points[i - 1]?.x || yKey(point.y) !== yKey((points[i - 1] as Point).y));
  const result: Point[] = [];
  for (const point of unique) {
    const a = result[result.length - 2];
    const b = result[result.length - 1];
    if (a && b) {
      const sameX = a.x === b.x && b.x === point.x;
      const sameY = yKey(a.y) === yKey(b.y) && yKey(b.y) === yKey(point.y);
      if (sameX || sameY) {
        const before = sameX ? yKey(b.y) - yKey(a.y) : b.x - a.x;
        const after = sameX ? yKey(point.y) - yKey(b.y) : point.x - b.x;
        if (Math.sign(before) !== Math.sign(after)) return undefined;
        result[result.length - 1] = point;
        continue;
      }
    }
    result.push(point);
  }
  for (let i = 1; i < result.length; i++) {
    const a = result[i - 1] as Point;
    const b = result[i] as Point;
    if (a.x !== b.x && yKey(a.y) !== yKey(b.y)) return undefined;
  }
  return result.length >= 2 ? result : undefined;
}

interface BuiltRoute {
  points: Point[];
  /** Whether the route turns in a row lane; if not, other lanes give the same route. */
  usesExitLane: boolean;
  usesApproachLane: boolean;
}

interface RouteChoice {
  exit: Side;
  trunkX: number;
  exitLane: number;
  approachLane: number;
}

/**
 * One candidate route: leave `from` by `exit`, run along x = trunkX, arrive at the entry of `to`. Leaving from the
 * bottom or top to a trunk elsewhere turns in a lane near the row edge; arriving from a trunk that is not above
 * the entry turns in a lane near the top (bottom) of the target row.
 */
function buildRoute(from: FlowSymbol, to: FlowSymbol, choice: RouteChoice): BuiltRoute | undefined {
  const start = portOf(from, choice.exit);
  const points: Point[] = [start];
  let usesExitLane = false;
  let usesApproachLane = false;
  if (choice.exit === 'left' || choice.exit === 'right') {
    if (choice.exit === 'right' ? choice.trunkX <= start.x : choice.trunkX >= start.x) return undefined;
    points.push({ x: choice.trunkX, y: start.y });
  } else if (choice.trunkX !== from.cx) {
    usesExitLane = true;
    const lead: RowY =
      choice.exit === 'bottom' ? { row: from.row, at: 1, dy: -choice.exitLane } : { row: from.row, at: 0, dy: choice.exitLane };
    points.push({ x: from.cx, y: lead }, { x: choice.trunkX, y: lead });
  }
  const side = entrySide(to);
  const end = portOf(to, side);
  const last = points[points.length - 1] as Point;
  const comesFromRightDirection = side === 'top' ? yKey(last.y) < yKey(end.y) : yKey(last.y) > yKey(end.y);
  if (choice.trunkX === to.cx && comesFromRightDirection) {
    points.push(end);
  } else {
    usesApproachLane = true;
    const approach: RowY =
      side === 'top' ? { row: to.row, at: 0, dy: choice.approachLane } : { row: to.row, at: 1, dy: -choice.approachLane };
    points.push({ x: choice.trunkX, y: approach }, { x: to.cx, y: approach }, end);
  }
  const route = simplify(points);
  if (!route || route.length < 2) return undefined;
  if (!OUTWARD[choice.exit](route[0] as Point, route[1] as Point)) return undefined;
  const opposite: Side = side === 'top' ? 'bottom' : 'top';
  // Arriving means moving away from the opposite side, towards the symbol.
  if (!OUTWARD[opposite](route[route.length - 2] as Point, route[route.length - 1] as Point)) return undefined;
  return { points: route, usesExitLane, usesApproachLane };
}

interface Placed {
  to: string;
  segments: Segment[];
}

interface Evaluation {
  violations: string[];
  crossings: number;
}

/** What is wrong with a route on a page: lines through symbols, lines shared with arrows to another step. */
function evaluate(route: Point[], from: FlowSymbol, to: FlowSymbol, symbols: readonly FlowSymbol[], placed: readonly Placed[]): Evaluation {
  const segments = segmentsOf(route);
  const violations: string[] = [];
  let crossings = 0;
  for (const symbol of symbols) {
    const box = boxOf(symbol, SYMBOL_MARGIN);
    segments.forEach((segment, i) => {
      if (symbol.id === from.id && i === 0) return;
      if (symbol.id === to.id && i === segments.length - 1) return;
      if (segmentHitsBox(segment, box)) violations.push(`melewati simbol ${symbol.id}`);
    });
  }
  for (const other of placed) {
    const merging = other.to === to.id;
    for (const segment of segments) {
      for (const otherSegment of other.segments) {
        const meet = contact(segment, otherSegment);
        if (meet === 'crossing') crossings += 1;
        else if (meet === 'touch' && !merging) violations.push(`menempel pada panah ke ${other.to}`);
      }
    }
  }
  return { violations, crossings };
}

function bends(route: readonly Point[]): number {
  return Math.max(0, route.length - 2);
}

/** Length at the smallest row heights, for preferring short routes. */
function length(route: readonly Point[], rowHeights: readonly number[]): number {
  let total = 0;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1] as Point;
    const b = route[i] as Point;
    total += Math.abs(b.x - a.x) + Math.abs(yPx(b.y, rowHeights) - yPx(a.y, rowHeights));
  }
  return total;
}

/** A vertical line arrows may run along: a column's middle or one of its edge lanes. */
interface Trunk {
  x: number;
  /** Preference: a column's middle first, then the edge lanes from the one furthest from the border. */
  penalty: number;
}

interface RouteResult {
  route: Point[];
  evaluation: Evaluation;
  score: number;
}

/**
 * The best route from `from` to `to`. Candidates are tried from the simplest (fewest bends, shortest); the first
 * one that is clean and crosses nothing wins, otherwise the one with the fewest problems and crossings. Most
 * arrows find a clean route along the columns they join and their neighbours, in the first lanes; only when none
 * does are all trunks and lanes tried (which keeps a province of SOPs quick to build).
 */
function bestRoute(
  from: FlowSymbol,
  to: FlowSymbol,
  trunks: readonly Trunk[],
  symbols: readonly FlowSymbol[],
  placed: readonly Placed[],
  rowHeights: readonly number[],
  columnWidth: number,
): RouteResult | undefined {
  const nearLeft = (Math.min(from.col, to.col) - 1) * columnWidth;
  const nearRight = (Math.max(from.col, to.col) + 2) * columnWidth;
  const near = trunks.filter((trunk) => trunk.x > nearLeft && trunk.x < nearRight);
  const quick = searchRoutes(from, to, near, [ROW_LANES[0]], symbols, placed, rowHeights);
  if (quick && quick.evaluation.violations.length === 0 && quick.evaluation.crossings === 0) return quick;
  const full = searchRoutes(from, to, trunks, ROW_LANES, symbols, placed, rowHeights);
  return quick && full && quick.score <= full.score ? quick : (full ?? quick);
}

function searchRoutes(
  from: FlowSymbol,
  to: FlowSymbol,
  trunks: readonly Trunk[],
  lanes: readonly number[],
  symbols: readonly FlowSymbol[],
  placed: readonly Placed[],
  rowHeights: readonly number[],
): RouteResult | undefined {
  const candidates: { route: Point[]; base: number }[] = [];
  const add = (route: Point[], trunk: Trunk, laneRank: number) => {
    // Prefer the middle of a column to a lane along its edge, and the lanes in the order listed.
    const base = bends(route) * 4 + length(route, rowHeights) / 40 + trunk.penalty + laneRank * 0.1;
    candidates.push({ route, base });
  };
  const [firstLane = ROW_LANES[0]] = lanes;
  for (const exit of exitSides(from)) {
    for (const trunk of trunks) {
      const first = buildRoute(from, to, { exit, trunkX: trunk.x, exitLane: firstLane, approachLane: firstLane });
      if (!first) continue;
      add(first.points, trunk, 0);
      // Other lanes only where the route turns in one.
      lanes.forEach((exitLane, exitRank) => {
        lanes.forEach((approachLane, approachRank) => {
          if (exitRank + approachRank === 0) return;
          if ((exitRank > 0 && !first.usesExitLane) || (approachRank > 0 && !first.usesApproachLane)) return;
          const route = buildRoute(from, to, { exit, trunkX: trunk.x, exitLane, approachLane });
          if (route) add(route.points, trunk, exitRank + approachRank);
        });
      });
    }
  }
  candidates.sort((a, b) => a.base - b.base);
  let best: RouteResult | undefined;
  for (const candidate of candidates) {
    if (best && candidate.base >= best.score) break;
    const evaluation = evaluate(candidate.route, from, to, symbols, placed);
    const score = candidate.base + evaluation.crossings * 20 + evaluation.violations.length * 1000;
    if (!best || score < best.score) best = { route: candidate.route, evaluation, score };
    if (evaluation.violations.length === 0 && evaluation.crossings === 0) break;
  }
  return best;
}

/** Size of an outcome label in px, estimated from its text (9 px italic; see dokumen.css). */
export function labelSize(text: string): { w: number; h: number } {
  return { w: Math.ceil(text.length * LABEL.charWidth) + 2, h: LABEL.height };
}

/** A label's box in px at the smallest row heights: where it is closest to everything else in its row. */
function labelBox(label: ArrowLabel, rowHeights: readonly number[]): { left: number; right: number; top: number; bottom: number } {
  const { w, h } = labelSize(label.text);
  const left = label.anchor === 'start' ? label.x : label.x - w;
  const y = yPx(label.y, rowHeights);
  const top = label.side === 'above' ? y - h : y;
  return { left, right: left + w, top, bottom: top + h };
}

/**
 * Where a decision's outcome label goes: beside the start of its arrow, outside the diamond. Of the two sides of
 * the line, the one that covers fewer lines and symbols and stays inside the pelaksana columns.
 */
function placeLabel(
  text: string,
  route: readonly Point[],
  from: FlowSymbol,
  page: { symbols: readonly FlowSymbol[]; arrows: readonly FlowArrow[]; labels: readonly ArrowLabel[] },
  regionWidth: number,
  rowHeights: readonly number[],
): ArrowLabel {
  const [start, next] = route as [Point, Point];
  const options: ArrowLabel[] = [];
  if (start.x !== next.x) {
    const right = next.x > start.x;
    const anchor = right ? 'start' : 'end';
    const x = start.x + (right ? 3 : -3);
    options.push(
      { text, x, y: { ...start.y, dy: start.y.dy - 2 }, anchor, side: 'above' },
      { text, x, y: { ...start.y, dy: start.y.dy + 2 }, anchor, side: 'below' },
    );
  } else {
    // Decisions leave from the bottom or a side, never the top: the label hangs below the diamond's tip.
    const y = { ...start.y, dy: start.y.dy + 2 };
    options.push({ text, x: from.cx + 4, y, anchor: 'start', side: 'below' }, { text, x: from.cx - 4, y, anchor: 'end', side: 'below' });
  }
  const cost = (label: ArrowLabel) => {
    const box = labelBox(label, rowHeights);
    let total = box.left < 0 || box.right > regionWidth ? 100 : 0;
    const hits = (left: number, right: number, top: number, bottom: number) =>
      left < box.right && right > box.left && top < box.bottom && bottom > box.top;
    for (const arrow of page.arrows) {
      arrow.points.slice(1).forEach((end, i) => {
        const a = arrow.points[i] as Point;
        const ya = yPx(a.y, rowHeights);
        const yb = yPx(end.y, rowHeights);
        if (hits(Math.min(a.x, end.x) - 0.5, Math.max(a.x, end.x) + 0.5, Math.min(ya, yb) - 0.5, Math.max(ya, yb) + 0.5)) total += 10;
      });
    }
    for (const symbol of page.symbols) {
      const y = yPx({ row: symbol.row, at: 0.5, dy: 0 }, rowHeights);
      if (hits(symbol.cx - symbol.w / 2, symbol.cx + symbol.w / 2, y - symbol.h / 2, y + symbol.h / 2)) total += 50;
    }
    for (const other of page.labels) {
      const b = labelBox(other, rowHeights);
      if (hits(b.left, b.right, b.top, b.bottom)) total += 50;
    }
    return total;
  };
  return options.reduce((best, option) => (cost(option) < cost(best) ? option : best));
}

/** Closest distance between the centres of two connectors in one row (px): their width and a gap. */
const CONNECTOR_SPACING = SYMBOL.penghubung.w + 8;

/**
 * Where a connector may go in its row: the middle of each pelaksana column, then further along the column in
 * steps of {@link CONNECTOR_SPACING} while it stays clear of the edge lanes and of connectors already there. A
 * table with few pelaksana and many jumps at one page break needs the extra places. When even those are taken
 * the column middles are offered anyway, and the overlap is reported as a problem.
 */
function connectorSlots(
  pending: Omit<FlowSymbol, 'col' | 'cx'>,
  symbols: readonly FlowSymbol[],
  layout: TableLayout,
): { symbol: FlowSymbol; penalty: number }[] {
  const width = layout.pelaksana;
  const margin = Math.max(...EDGE_LANES) + 2 + pending.w / 2;
  const taken = symbols.filter((symbol) => symbol.row === pending.row).map((symbol) => symbol.cx);
  const slots: { symbol: FlowSymbol; penalty: number }[] = [];
  for (let col = 0; col < layout.pelaksanaCount; col++) {
    const centre = col * width + width / 2;
    for (const step of [0, -1, 1, -2, 2]) {
      const cx = centre + step * CONNECTOR_SPACING;
      if (cx - margin < col * width || cx + margin > (col + 1) * width) continue;
      if (taken.some((x) => Math.abs(x - cx) < CONNECTOR_SPACING)) continue;
      slots.push({ symbol: { ...pending, col, cx }, penalty: Math.abs(step) * 3 });
    }
  }
  if (slots.length > 0) return slots;
  return Array.from({ length: layout.pelaksanaCount }, (_, col) => ({
    symbol: { ...pending, col, cx: col * width + width / 2 },
    penalty: 0,
  }));
}

interface Jump {
  key: string;
  edge: FlowEdge;
  fromPage: number;
  toPage: number;
}

interface Request {
  from: string;
  to: string;
  edge: FlowEdge;
  /** Rows between the ends, for ordering: short arrows first, so the main line stays straight. */
  span: number;
  backward: boolean;
}

/** Lays out the flowchart table of one SOP. */
export function layoutFlowchart(input: FlowchartInput): FlowchartLayout {
  const { steps, layout } = input;
  const colOf = new Map(input.pelaksana.map((name, i) => [name, i]));
  const pageOfStep = new Map<number, number>();
  input.pages.forEach((indices, page) => {
    for (const index of indices) {
      const step = steps[index];
      if (step) pageOfStep.set(step.no, page);
    }
  });
  const edges = flowEdges(steps);
  const width = layout.pelaksana;
  const centreOf = (col: number) => col * width + width / 2;
  // Trunk positions: each column's middle, then its edge lanes (left and right).
  // A lane right on the table border reads as a double line, so inner lanes come first.
  const lanePenalty = (lane: number) => 2 + (Math.max(...EDGE_LANES) - lane) * 0.05;
  const trunks: Trunk[] = Array.from({ length: layout.pelaksanaCount }, (_, col) => [
    { x: centreOf(col), penalty: 0 },
    ...EDGE_LANES.map((lane) => ({ x: col * width + lane, penalty: lanePenalty(lane) })),
    ...EDGE_LANES.map((lane) => ({ x: (col + 1) * width - lane, penalty: lanePenalty(lane) })),
  ]).flat();

  // Jumps between pages, one connector pair per (source page, target step).
  const jumps = new Map<string, Jump>();
  for (const edge of edges) {
    const fromPage = pageOfStep.get(edge.from);
    const toPage = pageOfStep.get(edge.to);
    if (fromPage === undefined || toPage === undefined || fromPage === toPage) continue;
    const key = `${fromPage}>${edge.to}`;
    if (!jumps.has(key)) jumps.set(key, { key, edge, fromPage, toPage });
  }

  const problems: string[] = [];
  const pages: FlowPage[] = input.pages.map((indices, page) => {
    const outgoing = [...jumps.values()].filter((jump) => jump.fromPage === page);
    const incoming = [...jumps.values()].filter((jump) => jump.toPage === page);
    const needsTop = outgoing.some((jump) => jump.toPage < page) || incoming.some((jump) => jump.fromPage < page);
    const needsBottom = outgoing.some((jump) => jump.toPage > page) || incoming.some((jump) => jump.fromPage > page);
    const rows: PageRow[] = [];
    if (needsTop) rows.push({ kind: 'penghubung', posisi: 'atas' });
    const rowOfStep = new Map<number, number>();
    for (const index of indices) {
      const step = steps[index] as AlurStep;
      rowOfStep.set(step.no, rows.length);
      rows.push({ kind: 'langkah', langkah: step.no });
    }
    if (needsBottom) rows.push({ kind: 'penghubung', posisi: 'bawah' });
    const topRow = 0;
    const bottomRow = rows.length - 1;
    const rowHeights = rows.map((row) => (row.kind === 'langkah' ? ROW.langkah : ROW.penghubung));

    const symbols: FlowSymbol[] = indices.map((index) => {
      const step = steps[index] as AlurStep;
      const kind = STEP_SYMBOL[step.jenis];
      const col = colOf.get(step.pelaksana) ?? 0;
      return {
        id: `langkah-${step.no}`,
        kind,
        row: rowOfStep.get(step.no) ?? 0,
        col,
        cx: centreOf(col),
        w: symbolWidth(kind, width),
        h: SYMBOL[kind].h,
        langkah: step.no,
      };
    });

    // Connectors wait for their arrow to choose a column; until then they are only requested.
    const pendingConnectors = new Map<string, Omit<FlowSymbol, 'col' | 'cx'>>();
    const connectorId = (jump: Jump, peran: Penghubung['peran']) => `penghubung-${jump.key}-${peran}`;
    for (const jump of outgoing) {
      const arah = jump.toPage > page ? 'turun' : 'naik';
      pendingConnectors.set(connectorId(jump, 'keluar'), {
        id: connectorId(jump, 'keluar'),
        kind: 'penghubung',
        row: arah === 'turun' ? bottomRow : topRow,
        w: SYMBOL.penghubung.w,
        h: SYMBOL.penghubung.h,
        penghubung: { huruf: '', peran: 'keluar', arah, langkah: jump.edge.to, halamanPasangan: jump.toPage + 1 },
      });
    }
    for (const jump of incoming) {
      const arah = jump.toPage > jump.fromPage ? 'turun' : 'naik';
      pendingConnectors.set(connectorId(jump, 'masuk'), {
        id: connectorId(jump, 'masuk'),
        kind: 'penghubung',
        row: arah === 'turun' ? topRow : bottomRow,
        w: SYMBOL.penghubung.w,
        h: SYMBOL.penghubung.h,
        penghubung: { huruf: '', peran: 'masuk', arah, langkah: jump.edge.to, halamanPasangan: jump.fromPage + 1 },
      });
    }

    const requests: Request[] = [];
    const rowOf = (id: string) => symbols.find((symbol) => symbol.id === id)?.row ?? pendingConnectors.get(id)?.row ?? 0;
    const request = (from: string, to: string, edge: FlowEdge) => {
      const span = rowOf(to) - rowOf(from);
      if (!requests.some((existing) => existing.from === from && existing.to === to)) {
        requests.push({ from, to, edge, span: Math.abs(span), backward: span <= 0 });
      }
    };
    for (const edge of edges) {
      const fromPage = pageOfStep.get(edge.from);
      const toPage = pageOfStep.get(edge.to);
      if (fromPage === page && toPage === page) request(`langkah-${edge.from}`, `langkah-${edge.to}`, edge);
      else if (fromPage === page && toPage !== undefined) {
        request(`langkah-${edge.from}`, connectorId(jumps.get(`${page}>${edge.to}`) as Jump, 'keluar'), edge);
      }
    }
    for (const jump of incoming) request(connectorId(jump, 'masuk'), `langkah-${jump.edge.to}`, jump.edge);
    requests.sort(
      (a, b) =>
        Number(a.backward) - Number(b.backward) ||
        a.span - b.span ||
        Number(b.edge.utama) - Number(a.edge.utama) ||
        rowOf(a.from) - rowOf(b.from),
    );

    const placed: Placed[] = [];
    const arrows: FlowArrow[] = [];
    for (const req of requests) {
      const fixedFrom = symbols.find((symbol) => symbol.id === req.from);
      const fixedTo = symbols.find((symbol) => symbol.id === req.to);
      const pending = fixedFrom ? (fixedTo ? undefined : pendingConnectors.get(req.to)) : pendingConnectors.get(req.from);
      const options = pending ? connectorSlots(pending, symbols, layout) : [];
      let chosen: { result: RouteResult; from: FlowSymbol; to: FlowSymbol; score: number } | undefined;
      for (const option of pending ? options : [undefined]) {
        const from = fixedFrom ?? option?.symbol;
        const to = fixedTo ?? option?.symbol;
        if (!from || !to) continue;
        const result = bestRoute(from, to, trunks, [...symbols, ...(option ? [option.symbol] : [])], placed, rowHeights, width);
        const score = (result?.score ?? Number.POSITIVE_INFINITY) + (option?.penalty ?? 0);
        if (result && (!chosen || score < chosen.score)) chosen = { result, from, to, score };
      }
      if (!chosen) {
        problems.push(`halaman ${page + 1}: tidak ada jalur untuk panah ${req.edge.from} → ${req.edge.to}`);
        continue;
      }
      if (pending) {
        symbols.push(chosen.from.id === pending.id ? chosen.from : chosen.to);
        pendingConnectors.delete(pending.id);
      }
      const { route, evaluation } = chosen.result;
      for (const violation of new Set(evaluation.violations)) {
        problems.push(`halaman ${page + 1}: panah ${req.edge.from} → ${req.edge.to} ${violation}`);
      }
      placed.push({ to: chosen.to.id, segments: segmentsOf(route) });
      arrows.push({ from: chosen.from.id, to: chosen.to.id, points: route, edge: req.edge });
    }
    // Labels go on once every line is drawn, so they can keep clear of all of them.
    const labels: ArrowLabel[] = [];
    for (const arrow of arrows) {
      const from = symbols.find((symbol) => symbol.id === arrow.from);
      if (arrow.edge.label === undefined || from?.langkah !== arrow.edge.from) continue;
      arrow.label = placeLabel(
        arrow.edge.label,
        arrow.points,
        from,
        { symbols, arrows, labels },
        layout.pelaksana * layout.pelaksanaCount,
        rowHeights,
      );
      labels.push(arrow.label);
    }
    return { nomor: page + 1, rows, symbols, arrows };
  });

  assignLetters(pages);
  return { pages, problems };
}

/** Gives each connector pair its letter, in the order the connectors appear: page by page, top to bottom, left to right. */
function assignLetters(pages: FlowPage[]): void {
  const letters = new Map<string, string>();
  for (const page of pages) {
    const connectors = page.symbols.filter((symbol) => symbol.penghubung).sort((a, b) => a.row - b.row || a.cx - b.cx);
    for (const connector of connectors) {
      const pair = connector.id.replace(/-(keluar|masuk)$/, '');
      if (!letters.has(pair)) letters.set(pair, connectorLetter(letters.size));
      (connector.penghubung as Penghubung).huruf = letters.get(pair) as string;
    }
  }
}

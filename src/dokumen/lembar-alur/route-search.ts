/**
 * The search for an arrow's route: candidate polylines along column middles and edge lanes, scored by bends,
 * length and what they would touch or cross, the first clean one winning.
 */
import { ROW_LANES } from '../layout.ts';
import { contact, segmentHitsBox, segmentsOf, yKey, yPx, type Point, type RowY, type Segment } from '../geometry.ts';
import { boxOf, entrySide, exitSides, OUTWARD, portOf, SYMBOL_MARGIN } from './ports.ts';
import type { FlowSymbol, Side } from './types.ts';

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

export interface Placed {
  to: string;
  segments: Segment[];
}

export interface Evaluation {
  violations: string[];
  crossings: number;
  /** Lines running alongside a line of another arrow closer than {@link MIN_GAP}: they would read as one. */
  crowding: number;
}

/** Parallel lines of different arrows at least this far apart (px), so that a reader sees two lines. */
export const MIN_GAP = 5;

/** Two parallel segments side by side, closer than {@link MIN_GAP} but not on one line, over a common stretch. */
function tooClose(a: Segment, b: Segment): boolean {
  const aVertical = a.x1 === a.x2;
  if (aVertical !== (b.x1 === b.x2)) return false;
  const [across, alongA1, alongA2, acrossB, alongB1, alongB2] = aVertical
    ? [a.x1, a.y1, a.y2, b.x1, b.y1, b.y2]
    : [a.y1, a.x1, a.x2, b.y1, b.x1, b.x2];
  const gap = Math.abs(across - acrossB);
  if (gap === 0 || gap >= MIN_GAP) return false;
  return (
    Math.min(Math.max(alongA1, alongA2), Math.max(alongB1, alongB2)) > Math.max(Math.min(alongA1, alongA2), Math.min(alongB1, alongB2))
  );
}

/** What is wrong with a route on a page: lines through symbols, lines shared with arrows to another step. */
function evaluate(route: Point[], from: FlowSymbol, to: FlowSymbol, symbols: readonly FlowSymbol[], placed: readonly Placed[]): Evaluation {
  const segments = segmentsOf(route);
  const violations: string[] = [];
  let crossings = 0;
  let crowding = 0;
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
        else if (!merging && tooClose(segment, otherSegment)) crowding += 1;
      }
    }
  }
  return { violations, crossings, crowding };
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
export interface Trunk {
  x: number;
  /** Preference: a column's middle first, then the edge lanes from the one furthest from the border. */
  penalty: number;
}

export interface RouteResult {
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
export function bestRoute(
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
  if (quick && quick.evaluation.violations.length === 0 && quick.evaluation.crossings === 0 && quick.evaluation.crowding === 0)
    return quick;
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
    const score = candidate.base + evaluation.crossings * 20 + evaluation.crowding * 15 + evaluation.violations.length * 1000;
    if (!best || score < best.score) best = { route: candidate.route, evaluation, score };
    if (evaluation.violations.length === 0 && evaluation.crossings === 0 && evaluation.crowding === 0) break;
  }
  return best;
}

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
import { flowEdges, type FlowEdge } from '../../domain/step-graph.ts';
import { EDGE_LANES, ROW, SYMBOL, symbolWidth } from '../layout.ts';
import { contact, segmentsOf, yKey, type Point } from '../geometry.ts';
import { assignLetters, connectorSlots } from './connectors.ts';
import { placeLabel } from './labels.ts';
import { STEP_SYMBOL } from './ports.ts';
import { bestRoute, type Placed, type RouteResult, type Trunk } from './route-search.ts';
import type {
  Jembatan,
  AlurStep,
  ArrowLabel,
  FlowArrow,
  FlowchartInput,
  FlowchartLayout,
  FlowPage,
  FlowSymbol,
  PageRow,
  Penghubung,
} from './types.ts';

export * from './types.ts';
export { boxOf, connectorLetter, portOf } from './ports.ts';
export { labelSize } from './labels.ts';

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
  const cramped: number[] = [];
  const pages: FlowPage[] = input.pages.map((indices, page) => {
    const outgoing = [...jumps.values()].filter((jump) => jump.fromPage === page);
    const incoming = [...jumps.values()].filter((jump) => jump.toPage === page);
    const needsTop = outgoing.some((jump) => jump.toPage < page) || incoming.some((jump) => jump.fromPage < page);
    const needsBottom = outgoing.some((jump) => jump.toPage > page) || incoming.some((jump) => jump.fromPage > page);
    const rows: PageRow[] = [];
    if (needsTop) rows.push({ kind: 'penghubung', side: 'top' });
    const rowOfStep = new Map<number, number>();
    for (const index of indices) {
      const step = steps[index] as AlurStep;
      rowOfStep.set(step.no, rows.length);
      rows.push({ kind: 'langkah', langkah: step.no });
    }
    if (needsBottom) rows.push({ kind: 'penghubung', side: 'bottom' });
    const topRow = 0;
    const bottomRow = rows.length - 1;
    const smallest = (row: PageRow) =>
      row.kind === 'penghubung' ? ROW.penghubung : input.roomy?.has(row.langkah) ? ROW.lega : ROW.langkah;
    const rowHeights = rows.map(smallest);
    const indexOfStep = new Map(steps.map((step, i) => [step.no, i]));
    const measured = input.rowHeights;
    // Labels keep clear at the heights the rows are printed at; unmeasured, at the smallest and at tall rows.
    const labelHeights = measured
      ? [
          rows.map((row) =>
            row.kind === 'langkah' ? Math.max(smallest(row), measured[indexOfStep.get(row.langkah) ?? -1] ?? 0) : ROW.penghubung,
          ),
        ]
      : [rowHeights, rows.map((row) => (row.kind === 'langkah' ? ROW.langkah * 3 : ROW.penghubung))];

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
        // A narrow column makes a narrow terminator: keep it a capsule at least twice as wide as high, never a
        // circle (which would read as an on-page connector, not one of the standard's symbols).
        h: kind === 'terminator' ? Math.min(SYMBOL.terminator.h, Math.floor(symbolWidth(kind, width) / 2)) : SYMBOL[kind].h,
        langkah: step.no,
      };
    });

    // Connectors wait for their arrow to choose a column; until then they are only requested.
    const pendingConnectors = new Map<string, Omit<FlowSymbol, 'col' | 'cx'>>();
    const connectorId = (jump: Jump, peran: Penghubung['peran']) => `penghubung-${jump.key}-${peran}`;
    // A jump leaves at the page bottom when it goes on down (at the top when it loops back up) and arrives the other way round.
    const addConnector = (jump: Jump, peran: Penghubung['peran'], arah: 'turun' | 'naik', halamanPasangan: number) => {
      const atBottom = (peran === 'keluar') === (arah === 'turun');
      pendingConnectors.set(connectorId(jump, peran), {
        id: connectorId(jump, peran),
        kind: 'penghubung',
        row: atBottom ? bottomRow : topRow,
        w: SYMBOL.penghubung.w,
        h: SYMBOL.penghubung.h,
        penghubung: { huruf: '', peran, arah, langkah: jump.edge.to, halamanPasangan },
      });
    };
    for (const jump of outgoing) addConnector(jump, 'keluar', jump.toPage > page ? 'turun' : 'naik', jump.toPage + 1);
    for (const jump of incoming) addConnector(jump, 'masuk', jump.toPage > jump.fromPage ? 'turun' : 'naik', jump.fromPage + 1);

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
      const label = placeLabel(
        arrow.edge.label,
        arrow.points,
        from,
        { symbols, arrows, labels },
        { columnWidth: layout.pelaksana, columns: layout.pelaksanaCount },
        labelHeights,
      );
      arrow.label = label.label;
      labels.push(label.label);
      if (label.cramped && !cramped.includes(arrow.edge.from)) cramped.push(arrow.edge.from);
    }
    return { nomor: page + 1, rows, symbols, arrows, jembatan: bridgesOf(arrows) };
  });

  assignLetters(pages);
  return { pages, problems, cramped };
}

/** The crossings of a page's arrows: each where a vertical line of one arrow crosses a horizontal line of another. */
export function bridgesOf(arrows: readonly FlowArrow[]): Jembatan[] {
  const bridges: Jembatan[] = [];
  const pairs = (arrow: FlowArrow) => arrow.points.slice(1).map((end, i) => [arrow.points[i] as Point, end] as const);
  arrows.forEach((arrow, i) => {
    for (const other of arrows.slice(i + 1)) {
      for (const [a1, a2] of pairs(arrow)) {
        for (const [b1, b2] of pairs(other)) {
          const a = { x1: a1.x, y1: yKey(a1.y), x2: a2.x, y2: yKey(a2.y) };
          const b = { x1: b1.x, y1: yKey(b1.y), x2: b2.x, y2: yKey(b2.y) };
          if (contact(a, b) !== 'crossing') continue;
          const [vertical, horizontal] = a.x1 === a.x2 ? [a1, b1] : [b1, a1];
          if (!bridges.some((bridge) => bridge.x === vertical.x && yKey(bridge.y) === yKey(horizontal.y))) {
            bridges.push({ x: vertical.x, y: horizontal.y });
          }
        }
      }
    }
  });
  return bridges;
}

/**
 * The drawing of one table row as SVG primitives: the parts of lines, arrowheads, symbols and labels that fall
 * inside it. Each row draws its own parts relative to itself, so the arrows stay joined however tall the browser
 * makes the rows.
 *
 * Positions are written as SVG attributes only (the site's Content-Security-Policy allows no style attributes):
 * each primitive hangs from an anchor of the row (top, middle or bottom, placed with a nested `<svg y="50%">`),
 * and its y values are px from that anchor or percentages of the row height. A line can mix the two only at its
 * ends: one end in px from the anchor, the other a pure percentage. Lines are therefore cut where needed, and
 * lines that end at a symbol are drawn to its middle (the opaque symbol covers the rest; the arrowhead marks the
 * real end).
 */
import type { Anchor, Point, RowY } from './geometry.ts';
import { yKey } from './geometry.ts';
import type { ArrowLabel, FlowPage, FlowSymbol, Side } from './lembar-alur/index.ts';

/** A position inside the row: anchor plus offset in px. */
export interface InRow {
  at: Anchor;
  dy: number;
}

/** A line hanging from `at`: y1/y2 are SVG lengths relative to that anchor, "12" (px) or "-50%" (of the row). */
export interface LinePiece {
  kind: 'garis';
  at: Anchor;
  /** Index of the arrow on its page the line belongs to (for checks in the browser). */
  panah?: number;
  x1: number;
  y1: string;
  x2: number;
  y2: string;
}

export type Piece =
  | LinePiece
  /** An arrowhead; `pointsTo` is the side of its symbol it points at the arrow's end: 'bottom' points down. */
  | { kind: 'kepala'; at: Anchor; x: number; dy: number; pointsTo: Side; panah: number }
  | { kind: 'simbol'; symbol: FlowSymbol }
  | { kind: 'label'; label: ArrowLabel }
  | { kind: 'jembatan'; at: Anchor; x: number; dy: number };

/** Lines that reach a row edge go 1 px past it, over the table border, so that consecutive rows join. */
const PAST_EDGE = 1;
const MIDDLE: InRow = { at: 0.5, dy: 0 };

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

function order(a: InRow, b: InRow): number {
  return yKey({ row: 0, ...a }) - yKey({ row: 0, ...b });
}

/**
 * A vertical line from `from` to `to` (inside one row) as one or two SVG lines, each with at most one end away
 * from an anchor. Two ends both away from different anchors are joined through the row's middle, which lies
 * between them.
 */
export function verticalLines(x: number, from: InRow, to: InRow): LinePiece[] {
  const [top, bottom] = order(from, to) <= 0 ? [from, to] : [to, from];
  if (top.at === bottom.at) return [{ kind: 'garis', at: top.at, x1: x, y1: `${top.dy}`, x2: x, y2: `${bottom.dy}` }];
  if (bottom.dy === 0) return [{ kind: 'garis', at: top.at, x1: x, y1: `${top.dy}`, x2: x, y2: percent(bottom.at - top.at) }];
  if (top.dy === 0) return [{ kind: 'garis', at: bottom.at, x1: x, y1: percent(top.at - bottom.at), x2: x, y2: `${bottom.dy}` }];
  if (order(top, MIDDLE) < 0 && order(MIDDLE, bottom) < 0) return [...verticalLines(x, top, MIDDLE), ...verticalLines(x, MIDDLE, bottom)];
  throw new Error(`garis tegak dari ${JSON.stringify(top)} ke ${JSON.stringify(bottom)} tidak dapat digambar tanpa atribut style`);
}

/** The way a segment runs, named by the side it runs towards. */
function direction(from: Point, to: Point): Side {
  if (from.x === to.x) return yKey(to.y) > yKey(from.y) ? 'bottom' : 'top';
  return to.x > from.x ? 'right' : 'left';
}

/** The arrow's line with both ends moved to the middle of their symbols, under the symbols' opaque fill. */
function linePoints(points: readonly Point[]): Point[] {
  const toMiddle = (point: Point): Point => ({ x: point.x, y: { ...point.y, at: 0.5, dy: 0 } });
  const result = [...points];
  const first = result[0] as Point;
  const last = result[result.length - 1] as Point;
  // Side ports are already level with the middle; top and bottom ports move along the line, which stays straight.
  result[0] = first.y.at === 0.5 ? toMiddle(first) : first;
  result[result.length - 1] = last.y.at === 0.5 ? toMiddle(last) : last;
  return result;
}

const inRow = (y: RowY): InRow => ({ at: y.at, dy: y.dy });

/**
 * Everything drawn inside row `row` of the page: lines first, then the hops where lines cross, symbols and
 * arrowheads, then labels on top.
 */
export function rowPieces(page: FlowPage, row: number): Piece[] {
  const lines: Piece[] = [];
  const heads: Piece[] = [];
  const labels: Piece[] = [];
  for (const [panah, arrow] of page.arrows.entries()) {
    const points = linePoints(arrow.points);
    points.slice(1).forEach((end, i) => {
      const start = points[i] as Point;
      if (start.x === end.x) {
        const [upper, lower] = yKey(start.y) <= yKey(end.y) ? [start, end] : [end, start];
        if (row < upper.y.row || row > lower.y.row) return;
        const from = row === upper.y.row ? inRow(upper.y) : { at: 0 as const, dy: -PAST_EDGE };
        const to = row === lower.y.row ? inRow(lower.y) : { at: 1 as const, dy: PAST_EDGE };
        lines.push(...verticalLines(start.x, from, to).map((line) => ({ ...line, panah })));
      } else if (start.y.row === row) {
        lines.push({ kind: 'garis', at: start.y.at, x1: start.x, y1: `${start.y.dy}`, x2: end.x, y2: `${start.y.dy}`, panah });
      }
    });
    const last = arrow.points[arrow.points.length - 1] as Point;
    const beforeLast = arrow.points[arrow.points.length - 2] as Point;
    if (last.y.row === row)
      heads.push({ kind: 'kepala', at: last.y.at, x: last.x, dy: last.y.dy, pointsTo: direction(beforeLast, last), panah });
    if (arrow.label && arrow.label.y.row === row) labels.push({ kind: 'label', label: arrow.label });
  }
  const symbols: Piece[] = page.symbols.filter((symbol) => symbol.row === row).map((symbol) => ({ kind: 'simbol', symbol }));
  const bridges: Piece[] = page.jembatan
    .filter((bridge) => bridge.y.row === row)
    .map((bridge) => ({ kind: 'jembatan', at: bridge.y.at, x: bridge.x, dy: bridge.y.dy }));
  return [...lines, ...bridges, ...symbols, ...heads, ...labels];
}

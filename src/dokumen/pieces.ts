/**
 * The drawing of one table row: the parts of lines, arrowheads, symbols and labels that fall inside it. Each row
 * draws its own parts, positioned relative to itself, so the arrows stay joined however tall the browser makes
 * the rows.
 */
import type { Anchor, Point } from './geometry.ts';
import { yKey } from './geometry.ts';
import type { ArrowLabel, FlowPage, FlowSymbol } from './flowchart.ts';

/** A position inside the row: anchor plus offset in px. */
export interface InRow {
  at: Anchor;
  dy: number;
}

export type Direction = 'bawah' | 'atas' | 'kiri' | 'kanan';

export type Piece =
  | { kind: 'garis-tegak'; x: number; from: InRow; to: InRow }
  | { kind: 'garis-datar'; y: InRow; x1: number; x2: number }
  | { kind: 'kepala'; x: number; y: InRow; arah: Direction }
  | { kind: 'simbol'; symbol: FlowSymbol }
  | { kind: 'label'; label: ArrowLabel };

const TOP: InRow = { at: 0, dy: 0 };
const BOTTOM: InRow = { at: 1, dy: 0 };

function direction(from: Point, to: Point): Direction {
  if (from.x === to.x) return yKey(to.y) > yKey(from.y) ? 'bawah' : 'atas';
  return to.x > from.x ? 'kanan' : 'kiri';
}

/** Everything drawn inside row `row` of the page: lines first, then symbols and arrowheads, then labels on top. */
export function rowPieces(page: FlowPage, row: number): Piece[] {
  const lines: Piece[] = [];
  const heads: Piece[] = [];
  const labels: Piece[] = [];
  for (const arrow of page.arrows) {
    arrow.points.slice(1).forEach((end, i) => {
      const start = arrow.points[i] as Point;
      if (start.x === end.x) {
        const [upper, lower] = yKey(start.y) <= yKey(end.y) ? [start, end] : [end, start];
        if (row < upper.y.row || row > lower.y.row) return;
        lines.push({
          kind: 'garis-tegak',
          x: start.x,
          from: row === upper.y.row ? { at: upper.y.at, dy: upper.y.dy } : TOP,
          to: row === lower.y.row ? { at: lower.y.at, dy: lower.y.dy } : BOTTOM,
        });
      } else if (start.y.row === row) {
        lines.push({
          kind: 'garis-datar',
          y: { at: start.y.at, dy: start.y.dy },
          x1: Math.min(start.x, end.x),
          x2: Math.max(start.x, end.x),
        });
      }
    });
    const last = arrow.points[arrow.points.length - 1] as Point;
    const beforeLast = arrow.points[arrow.points.length - 2] as Point;
    if (last.y.row === row)
      heads.push({ kind: 'kepala', x: last.x, y: { at: last.y.at, dy: last.y.dy }, arah: direction(beforeLast, last) });
    if (arrow.label && arrow.label.y.row === row) labels.push({ kind: 'label', label: arrow.label });
  }
  const symbols: Piece[] = page.symbols.filter((symbol) => symbol.row === row).map((symbol) => ({ kind: 'simbol', symbol }));
  return [...lines, ...symbols, ...heads, ...labels];
}

/**
 * Positions in the flowchart table. x is absolute (px from the left edge of the first pelaksana column: column
 * widths are fixed at build time). y is relative to a table row, because the browser decides row heights from the
 * text: a row's top, middle or bottom, plus a fixed offset in px.
 *
 * The offsets are kept small enough that their order inside a row never depends on the row's height (see
 * layout.ts: every row is at least ROW.langkah high and symbols and lanes fit in it), so positions can be compared
 * exactly, without knowing the heights.
 */
import { ROW } from './layout.ts';

/** Where in a row: its top edge (0), its middle (0.5) or its bottom edge (1). */
export type Anchor = 0 | 0.5 | 1;

/** A vertical position: `dy` px below the anchor of the row (negative is above). */
export interface RowY {
  row: number;
  at: Anchor;
  dy: number;
}

export interface Point {
  x: number;
  y: RowY;
}

/** A y position as one number that sorts like the real position in any row height the layout allows. */
export function yKey(y: RowY): number {
  return (y.row * 3 + y.at * 2) * 1000 + y.dy;
}

/** The same point. */
export function samePoint(a: Point, b: Point): boolean {
  return a.x === b.x && yKey(a.y) === yKey(b.y);
}

/**
 * A y position in px from the top of the page's first row, given each row's height. For tests and checks at a
 * particular set of heights; drawing never needs it.
 */
export function yPx(y: RowY, rowHeights: readonly number[]): number {
  let top = 0;
  for (let row = 0; row < y.row; row++) top += rowHeights[row] ?? ROW.langkah;
  return top + y.at * (rowHeights[y.row] ?? ROW.langkah) + y.dy;
}

/** An axis-aligned box: a symbol's outline, in x px and y keys. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** An axis-aligned segment between two points, in x px and y keys. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The segments of a polyline, in x px and y keys. */
export function segmentsOf(points: readonly Point[]): Segment[] {
  return points.slice(1).map((point, i) => {
    const previous = points[i] as Point;
    return { x1: previous.x, y1: yKey(previous.y), x2: point.x, y2: yKey(point.y) };
  });
}

export const isVertical = (segment: Segment) => segment.x1 === segment.x2 && segment.y1 !== segment.y2;
export const isHorizontal = (segment: Segment) => segment.y1 === segment.y2 && segment.x1 !== segment.x2;

function within(value: number, a: number, b: number): boolean {
  return value >= Math.min(a, b) && value <= Math.max(a, b);
}

function strictlyWithin(value: number, a: number, b: number): boolean {
  return value > Math.min(a, b) && value < Math.max(a, b);
}

/** True when the segment touches the box (its edge or inside). */
export function segmentHitsBox(segment: Segment, box: Box): boolean {
  const left = Math.min(segment.x1, segment.x2);
  const right = Math.max(segment.x1, segment.x2);
  const top = Math.min(segment.y1, segment.y2);
  const bottom = Math.max(segment.y1, segment.y2);
  return left <= box.right && right >= box.left && top <= box.bottom && bottom >= box.top;
}

/** How two segments of different arrows meet. */
export type Contact = 'none' | 'crossing' | 'touch';

/**
 * `crossing`: they cross at a point inside both (a reader sees two lines crossing). `touch`: they share more than
 * that: they run along each other, or one ends or turns on the other, which a reader would take for a junction.
 */
export function contact(a: Segment, b: Segment): Contact {
  const aVertical = a.x1 === a.x2;
  const bVertical = b.x1 === b.x2;
  if (aVertical === bVertical) {
    if (aVertical) {
      if (a.x1 !== b.x1) return 'none';
      const overlap = Math.min(Math.max(a.y1, a.y2), Math.max(b.y1, b.y2)) - Math.max(Math.min(a.y1, a.y2), Math.min(b.y1, b.y2));
      return overlap >= 0 ? 'touch' : 'none';
    }
    if (a.y1 !== b.y1) return 'none';
    const overlap = Math.min(Math.max(a.x1, a.x2), Math.max(b.x1, b.x2)) - Math.max(Math.min(a.x1, a.x2), Math.min(b.x1, b.x2));
    return overlap >= 0 ? 'touch' : 'none';
  }
  const vertical = aVertical ? a : b;
  const horizontal = aVertical ? b : a;
  const x = vertical.x1;
  const y = horizontal.y1;
  if (!within(x, horizontal.x1, horizontal.x2) || !within(y, vertical.y1, vertical.y2)) return 'none';
  return strictlyWithin(x, horizontal.x1, horizontal.x2) && strictlyWithin(y, vertical.y1, vertical.y2) ? 'crossing' : 'touch';
}

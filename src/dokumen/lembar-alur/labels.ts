/**
 * Decision outcome labels: their size and where they go beside their arrow. A label is put in free space: never
 * over a line, a symbol or another label, inside its row (clear of the table rules) and inside the pelaksana
 * columns, never left of the first lane or right of the last, so it can never cover Aktivitas or Mutu Baku text.
 * Its own lane is preferred; a label too wide for one line there is written on two.
 */
import { LABEL } from '../layout.ts';
import { yKey, yPx, type Point, type RowY } from '../geometry.ts';
import { lineWidth } from './label-width.ts';
import type { ArrowLabel, FlowArrow, FlowSymbol } from './types.ts';

/** Size of an outcome label in px from its lines (11 px italic; see alur.css and label-width.ts), never too small. */
export function labelSize(text: string | readonly string[]): { w: number; h: number } {
  const lines = typeof text === 'string' ? [text] : text;
  return { w: Math.ceil(Math.max(...lines.map(lineWidth))), h: LABEL.height * lines.length };
}

/** The lines of a label: as written, or split in two at the space nearest its middle. */
function lineOptions(text: string): string[][] {
  const options = [[text]];
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index ?? 0);
  if (spaces.length > 0) {
    const middle = spaces.reduce((best, at) => (Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best));
    options.push([text.slice(0, middle), text.slice(middle + 1)]);
  }
  return options;
}

interface PxBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A label's box in px at the given row heights. */
export function labelBox(label: ArrowLabel, rowHeights: readonly number[]): PxBox {
  const { w, h } = labelSize(label.lines);
  const left = label.anchor === 'start' ? label.x : label.x - w;
  const y = yPx(label.y, rowHeights);
  const top = label.side === 'above' ? y - h : y;
  return { left, right: left + w, top, bottom: top + h };
}

/** How far apart two boxes are (px): the larger of the horizontal and the vertical gap, 0 when they touch. */
const gap = (a: PxBox, b: PxBox) => Math.max(0, a.left - b.right, b.left - a.right, a.top - b.bottom, b.top - a.bottom);

/** A label this close to its diamond or its line (px) is near; each px further costs {@link FAR}. */
const NEAR = 6;
const FAR = 40;

const overlaps = (a: PxBox, b: PxBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Gap kept between a label and any line or symbol (px). */
const CLEAR = 1.5;

/** How far along a line or away from a diamond a label may be moved (px), finely near, coarsely further. */
const SHIFTS = [0, 2, 4, 6, 8, 11, 14, 18, 22, 28, 34, 40, 48, 56, 64, 72, 84, 96] as const;

/** Added to a place over or under the diamond that does not lean towards its exit: worse than crossing a rule. */
const AMBIGUOUS = 3000;

/** Added for each line, symbol or label a place would cover: more than every preference together. */
const COVERED = 1e4;

/** Added to a place on the side of the diamond the other outcome leaves by: only when nothing else is free. */
const OTHER_SIDE = 5000;

/**
 * Where a decision's outcome label goes: beside the first segment of its arrow, outside the diamond. Candidates
 * on both sides of the line and a little further along it, on one or two lines, are scored: anything covered or
 * outside the pelaksana columns or its row rules a candidate out; then its own lane and nearness win. `cramped`
 * when every place covers something: the row needs more room (ROW.lega in layout.ts).
 */
export function placeLabel(
  text: string,
  route: readonly Point[],
  from: FlowSymbol,
  page: { symbols: readonly FlowSymbol[]; arrows: readonly FlowArrow[]; labels: readonly ArrowLabel[] },
  layout: { columnWidth: number; columns: number },
  rowHeightSets: readonly (readonly number[])[],
): { label: ArrowLabel; cramped: boolean } {
  const [start, next] = route as [Point, Point];
  const options: { label: ArrowLabel; order: number }[] = [];
  const add = (lines: string[], x: number, y: RowY, anchor: 'start' | 'end', side: 'above' | 'below', order: number) =>
    options.push({ label: { text, lines, x, y, anchor, side }, order });
  const exitRight = next.x > start.x;
  const exitLeft = next.x < start.x;
  const sideExit = exitRight || exitLeft;
  for (const [rank, lines] of lineOptions(text).entries()) {
    for (const [shiftRank, shift] of SHIFTS.entries()) {
      const order = rank * 30 + shiftRank;
      if (sideExit) {
        const x = start.x + (exitRight ? 3 + shift : -3 - shift);
        const anchor = exitRight ? 'start' : 'end';
        // 3 px off the line: clear of it by more than CLEAR and the line's own half width.
        add(lines, x, { ...start.y, dy: start.y.dy - 3 }, anchor, 'above', order);
        add(lines, x, { ...start.y, dy: start.y.dy + 3 }, anchor, 'below', order);
      }
      // Beside the diamond's corners, clear of its box: where a short exit (into the table edge) leaves no room
      // along the line. The side the arrow leaves by first, so that a label does not read as the other outcome's;
      // the other side only when there is no room (a right exit from the last lane), never outside the lanes.
      // A downward exit's label belongs below the diamond.
      const half = from.w / 2 + 2 + shift;
      for (const sideY of ['above', 'below'] as const) {
        const y = { row: from.row, at: 0.5 as const, dy: sideY === 'above' ? -from.h / 2 + 4 : from.h / 2 - 4 };
        const above = sideY === 'above' && !sideExit ? OTHER_SIDE : 0;
        add(lines, from.cx + half, y, 'start', sideY, order + 5 + above + (exitLeft ? OTHER_SIDE : 0));
        add(lines, from.cx - half, y, 'end', sideY, order + 5 + above + (exitRight ? OTHER_SIDE : 0));
      }
      if (!sideExit) {
        // Decisions leave from the bottom or a side, never the top: the label hangs below the diamond's tip.
        const down = Math.sign(yKey(next.y) - yKey(start.y) || 1);
        const y = { ...start.y, dy: start.y.dy + 2 + shift * down };
        add(lines, from.cx + 4, y, 'start', 'below', order);
        add(lines, from.cx - 4, y, 'end', 'below', order);
      }
    }
  }
  const lane = { left: from.col * layout.columnWidth, right: (from.col + 1) * layout.columnWidth };
  const region = { left: 0, right: layout.columnWidth * layout.columns };
  // Over or under the diamond, where the row is tall enough: the way out for a diamond hemmed in at both sides.
  // Under it the label may straddle the diamond's axis unless the arrow leaves downwards; over it arrows arrive.
  for (const [rank, lines] of lineOptions(text).entries()) {
    const { w } = labelSize(lines);
    for (const sideY of ['above', 'below'] as const) {
      const y = { row: from.row, at: 0.5 as const, dy: sideY === 'above' ? -from.h / 2 - 2 : from.h / 2 + 2 };
      const axisFree = sideY === 'below' && sideExit;
      const lefts = new Set<number>();
      for (let left = from.cx - w - 4; left <= from.cx + 4; left += 4) {
        if (axisFree || left + w <= from.cx - 4 || left >= from.cx + 4) lefts.add(left);
      }
      for (const shift of SHIFTS) {
        lefts.add(from.cx + 4 + shift);
        lefts.add(from.cx - 4 - shift - w);
      }
      for (const left of [lane.left + 2, lane.right - 2 - w, region.left + 2, region.right - 2 - w]) {
        if (axisFree || left + w <= from.cx - 4 || left >= from.cx + 4) lefts.add(left);
      }
      for (const left of lefts) {
        const centre = left + w / 2;
        // Towards the side the arrow leaves by: straddling the axis reads as either outcome's, the other side as
        // the other outcome's.
        const towards = exitRight ? centre - from.cx : exitLeft ? from.cx - centre : w;
        const wrongX = towards >= w / 4 ? 0 : towards > -w / 4 ? AMBIGUOUS : OTHER_SIDE;
        const wrongY = sideY === 'above' && !sideExit ? OTHER_SIDE : 0;
        const order = 100 + rank * 30 + Math.abs(centre - from.cx) / 8 + wrongX + wrongY;
        add(lines, left, y, 'start', sideY, order);
      }
    }
  }
  const cost = (label: ArrowLabel) => {
    let total = 0;
    for (const rowHeights of rowHeightSets) {
      const box = labelBox(label, rowHeights);
      if (box.left < region.left + 2 || box.right > region.right - 2) total += 1e6;
      // Near its diamond or the line it names: a label further away reads as nobody's.
      const ya = yPx(start.y, rowHeights);
      const yb = yPx(next.y, rowHeights);
      const middle = yPx({ row: from.row, at: 0.5, dy: 0 }, rowHeights);
      const away = Math.min(
        gap(box, { left: from.cx - from.w / 2, right: from.cx + from.w / 2, top: middle - from.h / 2, bottom: middle + from.h / 2 }),
        gap(box, { left: Math.min(start.x, next.x), right: Math.max(start.x, next.x), top: Math.min(ya, yb), bottom: Math.max(ya, yb) }),
      );
      total += Math.max(0, away - NEAR) * FAR;
      const rowTop = yPx({ row: label.y.row, at: 0, dy: 0 }, rowHeights);
      const rowBottom = yPx({ row: label.y.row, at: 1, dy: 0 }, rowHeights);
      if (box.top < rowTop + 1 || box.bottom > rowBottom - 1) total += 1e5;
      if (box.left < lane.left + 1 || box.right > lane.right - 1) total += 300;
      // A column rule through the letters reads as strike-through.
      const rules = Array.from({ length: layout.columns - 1 }, (_, i) => (i + 1) * layout.columnWidth);
      if (rules.some((x) => box.left < x + 1 && box.right > x - 1)) total += 2000;
      const grown = { left: box.left - CLEAR, right: box.right + CLEAR, top: box.top - CLEAR, bottom: box.bottom + CLEAR };
      for (const arrow of page.arrows) {
        arrow.points.slice(1).forEach((end, i) => {
          const a = arrow.points[i] as Point;
          const ya = yPx(a.y, rowHeights);
          const yb = yPx(end.y, rowHeights);
          const line = {
            left: Math.min(a.x, end.x) - 0.7,
            right: Math.max(a.x, end.x) + 0.7,
            top: Math.min(ya, yb) - 0.7,
            bottom: Math.max(ya, yb) + 0.7,
          };
          if (overlaps(grown, line)) total += COVERED;
        });
      }
      for (const symbol of page.symbols) {
        const y = yPx({ row: symbol.row, at: 0.5, dy: 0 }, rowHeights);
        const outline = {
          left: symbol.cx - symbol.w / 2,
          right: symbol.cx + symbol.w / 2,
          top: y - symbol.h / 2,
          bottom: y + symbol.h / 2,
        };
        if (overlaps(grown, outline)) total += COVERED;
      }
      for (const other of page.labels) if (overlaps(grown, labelBox(other, rowHeights))) total += COVERED;
    }
    return total;
  };
  let best = options[0] as { label: ArrowLabel; order: number };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const total = cost(option.label) + option.order;
    if (total < bestCost) {
      best = option;
      bestCost = total;
    }
  }
  return { label: best.label, cramped: bestCost >= COVERED };
}

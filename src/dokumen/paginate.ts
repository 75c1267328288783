/**
 * Which steps go on which printed flowchart page. Rows are never split, so a page holds whole rows: at most the
 * configured number, spread evenly over the pages needed, and no more than fit on the page by a cautious estimate
 * of each row's height (the browser decides real heights from the text at print time).
 */
import { ALUR_PAGE, ALUR_PAGE_CHROME, ROW, TEXT, type TableLayout } from './layout.ts';

/** The text of one step as the flowchart table prints it. */
export interface BarisTeks {
  aktivitas: readonly string[];
  kelengkapan: readonly string[] | null;
  waktu: string | null;
  output: readonly string[] | null;
  keterangan: string | null;
}

/**
 * Average advance of a character of the body font, as a fraction of the font size, rounded up: the estimate must
 * rather make too many pages than let a row overflow one.
 */
const CHAR_WIDTH = 0.58;
/** Indent of a numbered or bulleted list item (px). */
const LIST_INDENT = 14;

function linesFor(items: readonly string[] | null, width: number): number {
  if (!items || items.length === 0) return 0;
  const usable = width - 2 * TEXT.cellPaddingX - (items.length > 1 ? LIST_INDENT : 0);
  const perLine = Math.max(1, Math.floor(usable / (TEXT.size * CHAR_WIDTH)));
  // Words wrap before the edge: count each line a little shorter than it could be.
  return items.reduce((lines, item) => lines + Math.max(1, Math.ceil((item.length * 1.1) / perLine)), 0);
}

/** The estimated height of a step row in px: the tallest cell, and never less than a step row's minimum. */
export function estimateRowHeight(row: BarisTeks, layout: TableLayout): number {
  const lines = Math.max(
    linesFor(row.aktivitas, layout.aktivitas),
    linesFor(row.kelengkapan, layout.kelengkapan),
    linesFor(row.waktu === null ? null : [row.waktu], layout.waktu),
    linesFor(row.output, layout.output),
    linesFor(row.keterangan === null ? null : [row.keterangan], layout.keterangan),
  );
  return Math.max(ROW.langkah, Math.ceil(lines * TEXT.lineHeight + 2 * TEXT.cellPaddingY));
}

/** Room for step rows on a landscape page: the page less its title, table header and two connector rows. */
export const ALUR_BODY_HEIGHT = ALUR_PAGE.height - ALUR_PAGE_CHROME - 2 * ROW.penghubung;

export interface PaginateOptions {
  /** At most this many step rows on a page. */
  maxRows: number;
  /** Room for step rows on a page (px); defaults to {@link ALUR_BODY_HEIGHT}. */
  bodyHeight?: number;
}

/**
 * Pages of whole rows, each at most `limit` px of rows, with the rows spread evenly: each page takes its share of
 * what is left at `maxRows` a page, so 25 rows at 8 make 7, 6, 6 and 6 rather than 8, 8, 8 and 1.
 */
function cut(heights: readonly number[], maxRows: number, limit: number): number[][] {
  const pages: number[][] = [];
  let next = 0;
  while (next < heights.length) {
    const remaining = heights.length - next;
    const target = Math.ceil(remaining / Math.ceil(remaining / maxRows));
    const page: number[] = [];
    let used = 0;
    while (next < heights.length && page.length < target) {
      const height = heights[next] ?? ROW.langkah;
      if (page.length > 0 && used + height > limit) break;
      page.push(next);
      used += height;
      next += 1;
    }
    pages.push(page);
  }
  return pages;
}

/**
 * Splits rows of the given heights into pages and returns, for each page, the indices of its rows: as few pages
 * as the page height and `maxRows` allow, then balanced by height too, so that the fullest page is as empty as it
 * can be with that many pages and the last page is not left holding one step. A row taller than a whole page gets
 * a page of its own (and its text is shrunk: see {@link shrinkStep}).
 */
export function paginate(heights: readonly number[], options: PaginateOptions): number[][] {
  const maxRows = Math.max(1, Math.floor(options.maxRows));
  const bodyHeight = options.bodyHeight ?? ALUR_BODY_HEIGHT;
  let best = cut(heights, maxRows, bodyHeight);
  const count = best.length;
  const used = (page: readonly number[]) => page.reduce((sum, i) => sum + (heights[i] ?? 0), 0);
  const fullest = Math.max(...best.map(used));
  // Even counts already balance pages of like rows; heights are balanced only when the last page is left under
  // half as full as the fullest (a few tall rows up front, short ones at the end).
  if (!Number.isFinite(bodyHeight) || count < 2 || used(best[count - 1] ?? []) >= fullest / 2) return best;
  // The smallest height limit that still gives that many pages, by bisection to a pixel.
  let low = Math.min(bodyHeight, Math.max(0, ...heights));
  let high = bodyHeight;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    const pages = cut(heights, maxRows, middle);
    if (pages.length <= count) {
      best = pages;
      high = middle;
    } else low = middle;
  }
  return best;
}

/** Text sizes a row too tall for a page is shrunk to (px), step 1 to 3; see `.perkecil-N` in alur.css. */
export const SHRUNK_SIZES = [12, 10, 8, 6.5] as const;

/**
 * How far the text of a row `height` px tall must shrink to fit a page of `bodyHeight` px: 0 when it fits.
 * Height goes roughly with the square of the type size (more lines, each taller), so the step is the first size
 * whose square ratio brings the row under the page, with a tenth to spare.
 */
export function shrinkStep(height: number, bodyHeight: number): number {
  if (height <= bodyHeight) return 0;
  const base = SHRUNK_SIZES[0];
  for (let step = 1; step < SHRUNK_SIZES.length; step++) {
    const size = SHRUNK_SIZES[step] as number;
    if (height * (size / base) ** 2 <= bodyHeight * 0.9) return step;
  }
  return SHRUNK_SIZES.length - 1;
}

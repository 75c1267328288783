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
 * Splits rows of the given heights into pages and returns, for each page, the indices of its rows. With 25 rows
 * and at most 8 a page, that is 4 pages of 7, 6, 6 and 6 rather than 8, 8, 8 and 1. A row taller than a whole page
 * gets a page of its own.
 */
export function paginate(heights: readonly number[], options: PaginateOptions): number[][] {
  const maxRows = Math.max(1, Math.floor(options.maxRows));
  const bodyHeight = options.bodyHeight ?? ALUR_BODY_HEIGHT;
  const pages: number[][] = [];
  let next = 0;
  while (next < heights.length) {
    const remaining = heights.length - next;
    const target = Math.ceil(remaining / Math.ceil(remaining / maxRows));
    const page: number[] = [];
    let used = 0;
    while (next < heights.length && page.length < target) {
      const height = heights[next] ?? ROW.langkah;
      if (page.length > 0 && used + height > bodyHeight) break;
      page.push(next);
      used += height;
      next += 1;
    }
    pages.push(page);
  }
  return pages;
}

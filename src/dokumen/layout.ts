/**
 * Sizes of the official document (dokumen resmi) in CSS pixels (96 per inch), shared by the geometry and the
 * components that draw it, so that what is computed at build time is exactly what the page lays out.
 *
 * Only row heights are left to the browser: text decides them. Everything inside a row is placed relative to the
 * row (its top, middle or bottom plus a fixed offset), so arrows stay joined whatever height a row takes.
 */

/** One millimetre in CSS pixels. */
export const MM = 96 / 25.4;

/** Page margins of both named pages (mm): top, right, bottom (room for the page number), left. */
export const PAGE_MARGIN_MM = { top: 12, right: 10, bottom: 14, left: 10 } as const;

/** A4 landscape, the flowchart pages: the printable area in px. */
export const ALUR_PAGE = {
  width: Math.floor((297 - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right) * MM),
  height: Math.floor((210 - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) * MM),
};

/** A4 portrait, the identity page: the printable width in px. */
export const IDENTITAS_PAGE_WIDTH = Math.floor((210 - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right) * MM);

/**
 * Rows of the flowchart table. A step row is at least {@link ROW.langkah} high so that a symbol and the arrow
 * lanes above and below it always fit; a connector row holds only off-page connectors and is exactly
 * {@link ROW.penghubung} high. A decision whose outcome labels find no free place beside it gets a roomy row, at
 * least {@link ROW.lega} high: room for a label over and under the diamond, clear of the lanes at the row edges.
 */
export const ROW = { langkah: 60, penghubung: 48, lega: 92 } as const;

/** Height taken on every flowchart page by its title line and the two-level table header (px). */
export const ALUR_PAGE_CHROME = 24 + 48;

/** Symbol sizes (px). Width is capped by the column: see {@link symbolWidth}. */
export const SYMBOL = {
  terminator: { w: 56, h: 24 },
  proses: { w: 56, h: 24 },
  keputusan: { w: 44, h: 28 },
  penghubung: { w: 20, h: 20 },
} as const;

/**
 * Vertical lanes for arrows that pass other rows: this far from a column's left or right edge (px). Symbols keep
 * clear of them, so an arrow along a lane never touches a symbol.
 */
export const EDGE_LANES = [6, 12, 18] as const;

/** Horizontal lanes near the top or bottom of a row (px from the edge), where arrows turn into or out of a row. */
export const ROW_LANES = [8, 13, 3] as const;

/** Room kept between a symbol and the nearest edge lane (px). */
const SYMBOL_CLEARANCE = 3;

/**
 * Outcome labels on decision arrows: 11 px (8.25 pt) italic text, one or two lines, each line box 14 px high as
 * Chromium lays it out. Widths come from the font's advances (lembar-alur/label-width.ts); `charWidth` is for a
 * character outside that table, counted as a wide letter.
 */
export const LABEL = { fontSize: 11, height: 14, charWidth: 8 } as const;

/** Text size and line height of the table body (px), used to estimate row heights for pagination. */
export const TEXT = { size: 12, lineHeight: 15, cellPaddingY: 4, cellPaddingX: 4 } as const;

/** Widths of the flowchart table's columns (px). */
export interface TableLayout {
  width: number;
  no: number;
  aktivitas: number;
  /** One column per pelaksana, all the same width. */
  pelaksana: number;
  pelaksanaCount: number;
  kelengkapan: number;
  waktu: number;
  output: number;
  keterangan: number;
}

const PREFERRED = { no: 30, aktivitas: 200, kelengkapan: 130, waktu: 62, output: 130, keterangan: 90 };
const SMALLEST = { no: 30, aktivitas: 130, kelengkapan: 90, waktu: 62, output: 90, keterangan: 60 };
/** Below this a pelaksana column takes room from the text columns. */
const PELAKSANA_MIN = 72;

/**
 * Column widths for a table with `pelaksanaCount` actor columns on the landscape page. Actor columns share what
 * the text columns leave; when that is under {@link PELAKSANA_MIN} each, the text columns shrink towards their
 * smallest widths.
 */
export function tableLayout(pelaksanaCount: number, width = ALUR_PAGE.width): TableLayout {
  const count = Math.max(1, pelaksanaCount);
  const sum = (widths: typeof PREFERRED) => Object.values(widths).reduce((a, b) => a + b, 0);
  const preferred = sum(PREFERRED);
  const smallest = sum(SMALLEST);
  const needed = count * PELAKSANA_MIN;
  // 0 keeps the preferred text widths, 1 takes them all the way to the smallest.
  const squeeze = Math.min(1, Math.max(0, (needed - (width - preferred)) / (preferred - smallest)));
  const text = Object.fromEntries(
    Object.entries(PREFERRED).map(([key, value]) => [key, Math.round(value - squeeze * (value - SMALLEST[key as keyof typeof SMALLEST]))]),
  ) as typeof PREFERRED;
  const pelaksana = Math.floor((width - sum(text)) / count);
  // Rounding leaves a few pixels: give them to Aktivitas so the columns add up to the page width exactly.
  const aktivitas = text.aktivitas + (width - sum(text) - pelaksana * count);
  return { width, ...text, aktivitas, pelaksana, pelaksanaCount: count };
}

/** A symbol's width in an actor column of `columnWidth` px: as designed, or narrower to keep the edge lanes free. */
export function symbolWidth(kind: keyof typeof SYMBOL, columnWidth: number): number {
  const lanes = Math.max(...EDGE_LANES);
  const room = columnWidth - 2 * (lanes + SYMBOL_CLEARANCE);
  return Math.max(12, Math.min(SYMBOL[kind].w, room));
}

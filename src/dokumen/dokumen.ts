/**
 * The official document (dokumen resmi) of one SOP, ready to draw: the column widths, the pages of the flowchart
 * table and everything placed on them. Null parts stay null: an SOP whose steps are not recorded gets no table.
 */
import type { SopView } from '../domain/catalog.ts';
import { layoutFlowchart, type FlowchartLayout } from './lembar-alur/index.ts';
import { ALUR_PAGE, ALUR_PAGE_CHROME, ROW, tableLayout, type TableLayout } from './layout.ts';
import { estimateRowHeight, paginate, shrinkStep } from './paginate.ts';
import type { TabelTeks, Ukuran } from './ukur-tabel.ts';

export interface DokumenAlur {
  layout: TableLayout;
  flowchart: FlowchartLayout;
  /** Step number → how far its text is shrunk (1, 2, 3) because the row would be taller than a page. */
  perkecil: Map<number, number>;
  /** Decisions (step numbers) drawn in a roomy row (ROW.lega) so that their outcome labels have free space. */
  lega: Set<number>;
  /** Whether the pages were cut from measured heights (else from estimates). */
  terukur: boolean;
}

/** The text of the flowchart table of an SOP, as it is printed and measured. */
export function tabelTeks(sop: Pick<SopView, 'data'>): TabelTeks | null {
  const { langkah, pelaksana } = sop.data;
  if (!langkah || !pelaksana) return null;
  return {
    pelaksana,
    baris: langkah.map((step) => ({
      no: step.no,
      aktivitas: step.aktivitas,
      kelengkapan: step.mutuBaku.kelengkapan,
      waktu: step.mutuBaku.durasi?.teks ?? null,
      output: step.mutuBaku.output,
      keterangan: step.keterangan ?? null,
    })),
  };
}

/** Title line above the table (px). */
const TITLE = 24;

export interface DokumenAlurOptions {
  /**
   * The measured heights of the table's header and rows, when there are some: the build passes its stored
   * measurement (ukur.ts, Node only), the editor what it measured in its own page. Without one, heights are
   * estimated (paginate.ts).
   */
  ukuran?: (tabel: TabelTeks, layout: TableLayout) => Ukuran | undefined;
  /** Px for step rows on a page, for tests; the default is the A4 landscape page less its title, header and connector rows. */
  bodyHeight?: number;
}

/**
 * The flowchart table of an SOP laid out on pages of at most `rowsPerPage` steps; null when its steps are not
 * recorded. Browser-safe: the measurement comes in through `options.ukuran`.
 */
export function dokumenAlur(sop: Pick<SopView, 'data'>, rowsPerPage: number, options: DokumenAlurOptions = {}): DokumenAlur | null {
  const tabel = tabelTeks(sop);
  const { langkah, pelaksana } = sop.data;
  if (!tabel || !langkah || !pelaksana) return null;
  const layout = tableLayout(pelaksana.length);
  const measured = options.ukuran?.(tabel, layout);
  const heights = measured?.baris ?? tabel.baris.map((row) => estimateRowHeight(row, layout));
  const header = measured ? measured.kepala : ALUR_PAGE_CHROME - TITLE;
  const bodyHeight = options.bodyHeight ?? ALUR_PAGE.height - TITLE - header - 2 * ROW.penghubung - 4;
  const perkecil = new Map<number, number>();
  const fitted = heights.map((height, i) => {
    const step = shrinkStep(height, bodyHeight);
    if (step > 0) perkecil.set(tabel.baris[i]?.no ?? 0, step);
    return step > 0 ? bodyHeight : height;
  });
  // A decision whose labels find no free place gets a roomy row; the pages are cut again with its new height.
  // Each pass only adds rows, and few SOPs need a second one.
  const lega = new Set<number>();
  for (let pass = 0; ; pass++) {
    const heights = fitted.map((height, i) => (lega.has(tabel.baris[i]?.no ?? 0) ? Math.max(height, ROW.lega) : height));
    const pages = paginate(heights, { maxRows: rowsPerPage, bodyHeight });
    const flowchart = layoutFlowchart({
      steps: langkah,
      pelaksana,
      layout,
      pages,
      roomy: lega,
      rowHeights: measured ? heights : undefined,
    });
    const more = flowchart.cramped.filter((no) => !lega.has(no));
    if (more.length === 0 || pass === 3) return { layout, flowchart, perkecil, lega, terukur: Boolean(measured) };
    for (const no of more) lega.add(no);
  }
}

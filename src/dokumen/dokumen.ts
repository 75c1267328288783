/**
 * The official document (dokumen resmi) of one SOP, ready to draw: the column widths, the pages of the flowchart
 * table and everything placed on them. Null parts stay null: an SOP whose steps are not recorded gets no table.
 */
import type { SopView } from '../domain/catalog.ts';
import { layoutFlowchart, type FlowchartLayout } from './flowchart.ts';
import { tableLayout, type TableLayout } from './layout.ts';
import { estimateRowHeight, paginate } from './paginate.ts';

export interface DokumenAlur {
  layout: TableLayout;
  flowchart: FlowchartLayout;
}

/**
 * The flowchart table of an SOP laid out on pages of at most `rowsPerPage` steps; null when its steps are not
 * recorded. `bodyHeight` (px for step rows on a page) is for tests; the default is the A4 landscape page.
 */
export function dokumenAlur(sop: Pick<SopView, 'data'>, rowsPerPage: number, options: { bodyHeight?: number } = {}): DokumenAlur | null {
  const { langkah, pelaksana } = sop.data;
  if (!langkah || !pelaksana) return null;
  const layout = tableLayout(pelaksana.length);
  const heights = langkah.map((step) =>
    estimateRowHeight(
      {
        aktivitas: step.aktivitas,
        kelengkapan: step.mutuBaku.kelengkapan,
        waktu: step.mutuBaku.durasi?.teks ?? null,
        output: step.mutuBaku.output,
        keterangan: step.keterangan ?? null,
      },
      layout,
    ),
  );
  const pages = paginate(heights, { maxRows: rowsPerPage, ...options });
  return { layout, flowchart: layoutFlowchart({ steps: langkah, pelaksana, layout, pages }) };
}

/**
 * The table whose rows are measured before the flowchart pages are cut: the same cells, text (with soft hyphens),
 * column widths and classes as the printed table (markup/lembar-alur.ts), text cells only (drawings do not change
 * heights). Browser-safe: the build measures it in Chromium (ukur.ts), the editor in its own page.
 */
import type { TableLayout } from './layout.ts';
import { escapeHtml } from './markup/html.ts';
import type { BarisTeks } from './paginate.ts';
import { sukuKata } from './suku-kata.ts';

/** What was measured for one SOP: the table header's height and each step row's height (px). */
export interface Ukuran {
  kepala: number;
  baris: number[];
  /** When a build last used it (ms since 1970): old entries are dropped (ukur.ts). */
  dipakai?: number;
}

/** The text of a flowchart table, as the measurement and the page both see it. */
export interface TabelTeks {
  pelaksana: readonly string[];
  baris: readonly (BarisTeks & { no: number })[];
}

/** Cell content as the printed table writes it: one item as text, several as a list. */
function cell(items: readonly string[] | null): string {
  if (!items || items.length === 0) return '';
  if (items.length === 1) return escapeHtml(sukuKata(items[0] as string));
  return `<ul>${items.map((item) => `<li>${escapeHtml(sukuKata(item))}</li>`).join('')}</ul>`;
}

/** One table to measure, marked `data-ukur="<id>"`, to be put inside a `.dokumen-resmi` element. */
export function tabelUkurHtml(tabel: TabelTeks, layout: TableLayout, id: number): string {
  const cols = [
    layout.no,
    layout.aktivitas,
    ...tabel.pelaksana.map(() => layout.pelaksana),
    layout.kelengkapan,
    layout.waktu,
    layout.output,
    layout.keterangan,
  ];
  const rows = tabel.baris
    .map(
      (row) =>
        `<tr class="baris-langkah"><th scope="row">${row.no}</th><td class="aktivitas">${cell(row.aktivitas)}</td>${tabel.pelaksana
          .map(() => '<td class="pelaksana"></td>')
          .join(
            '',
          )}<td class="kelengkapan">${cell(row.kelengkapan)}</td><td class="waktu">${row.waktu ? escapeHtml(row.waktu) : ''}</td><td class="output">${cell(row.output)}</td><td class="keterangan">${row.keterangan ? escapeHtml(sukuKata(row.keterangan)) : ''}</td></tr>`,
    )
    .join('');
  return `<table class="dok-alur" data-ukur="${id}"><colgroup>${cols.map((w) => `<col width="${w}">`).join('')}</colgroup><thead><tr><th rowspan="2">No</th><th rowspan="2">Aktivitas</th><th colspan="${tabel.pelaksana.length}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">${sukuKata('Keterangan')}</th></tr><tr>${tabel.pelaksana
    .map((name) => `<th class="kepala-pelaksana">${escapeHtml(sukuKata(name))}</th>`)
    .join('')}<th>${sukuKata('Kelengkapan')}</th><th>Waktu</th><th>Output</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Reads the measured heights of the tables marked `data-ukur` inside `root`, in their order, rounded as the build
 * stores them (header up to a whole pixel, rows to a hundredth). Runs in the browser: the build passes it to
 * Playwright's `page.evaluate`, so it must not use anything from outside its body.
 */
export function bacaUkuran(root: ParentNode = document): Ukuran[] {
  return [...root.querySelectorAll<HTMLTableElement>('table[data-ukur]')].map((table) => ({
    kepala: Math.ceil(table.tHead?.getBoundingClientRect().height ?? 0),
    baris: [...(table.tBodies[0]?.rows ?? [])].map((row) => Math.ceil(row.getBoundingClientRect().height * 100) / 100),
  }));
}

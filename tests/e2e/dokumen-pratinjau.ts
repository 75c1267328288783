/**
 * What a reader sees of an official document, read from the page: each sheet's text, and on flowchart sheets the
 * header, every row (step, text, height) and every symbol and outcome label with its position relative to its
 * table (px at 100 %), the connectors with their letters. Two renderings are the same document when these equal.
 */
import type { Page } from '@playwright/test';

export interface LembarTerlihat {
  jenis: 'identitas' | 'alur';
  teks: string;
  kepala?: string[];
  baris?: { langkah: string | null; kelas: string; sel: string[]; tinggi: number }[];
  simbol?: { jenis: string; langkah: string | null; huruf: string | null; peran: string | null; baris: number; x: number; y: number }[];
  label?: { teks: string; x: number; y: number }[];
}

/** The sheets under `root` (a `.dokumen-resmi` element) as a reader sees them. */
export function dokumenTerlihat(page: Page, root: string): Promise<LembarTerlihat[]> {
  return page.locator(root).evaluate((element) => {
    const words = (text: string | null) =>
      (text ?? '')
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const half = (value: number) => Math.round(value * 2) / 2;
    return [...element.querySelectorAll<HTMLElement>(':scope > .lembar')].map((sheet) => {
      if (sheet.classList.contains('lembar-identitas')) return { jenis: 'identitas' as const, teks: words(sheet.textContent) };
      const table = sheet.querySelector('table.dok-alur') as HTMLTableElement;
      const box = table.getBoundingClientRect();
      // Positions in the table's own px, whatever scale the sheet is shown at.
      const scale = box.width / table.offsetWidth;
      const at = (rect: DOMRect) => ({
        x: half((rect.left + rect.width / 2 - box.left) / scale),
        y: half((rect.top + rect.height / 2 - box.top) / scale),
      });
      const rows = [...(table.tBodies[0]?.rows ?? [])];
      return {
        jenis: 'alur' as const,
        teks: words(sheet.querySelector('.judul-alur')?.textContent ?? ''),
        kepala: [...(table.tHead?.querySelectorAll('th') ?? [])].map((th) => words(th.textContent)),
        baris: rows.map((row) => ({
          langkah: row.dataset.langkah ?? null,
          kelas: row.className,
          sel: [...row.cells].map((cell) => words(cell.textContent)),
          tinggi: half(row.getBoundingClientRect().height / scale),
        })),
        simbol: [...sheet.querySelectorAll<SVGGElement>('.simbol-alur')].map((symbol) => ({
          jenis: [...symbol.classList].find((name) => name.startsWith('simbol-') && name !== 'simbol-alur') ?? '',
          langkah: symbol.dataset.langkah ?? null,
          huruf: symbol.dataset.huruf ?? null,
          peran: symbol.dataset.peran ?? null,
          baris: rows.indexOf(symbol.closest('tr') as HTMLTableRowElement),
          ...at(symbol.getBoundingClientRect()),
        })),
        label: [...sheet.querySelectorAll<SVGTextElement>('.label-pilihan')].map((label) => ({
          teks: words(label.textContent),
          ...at(label.getBoundingClientRect()),
        })),
      };
    });
  });
}

/** The steps on each flowchart sheet: how the pages were cut. */
export const potongan = (sheets: readonly LembarTerlihat[]) =>
  sheets.filter((sheet) => sheet.jenis === 'alur').map((sheet) => (sheet.baris ?? []).flatMap((row) => (row.langkah ? [row.langkah] : [])));

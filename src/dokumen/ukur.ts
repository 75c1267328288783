/**
 * Row heights of the flowchart table measured in a real browser at build time: the same cells, text (with soft
 * hyphens), column widths, stylesheet and font as the printed page, laid out by Chromium before the pages are
 * cut. Pagination then fills pages by what the rows really take instead of a cautious guess.
 *
 * Measurements are kept in one JSON file keyed by a hash of everything that decides a row's height, so a build
 * measures only SOPs whose text or layout changed. Without a measurement (a dev server, no browser) the estimate
 * in paginate.ts is used.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
import { versiProsedur } from '../domain/versi.ts';
import { tableLayout, type TableLayout } from './layout.ts';
import { bacaUkuran, type TabelTeks, tabelUkurHtml, type Ukuran } from './ukur-tabel.ts';
import { diagramCacheDir } from '../settings.ts';

export type { TabelTeks, Ukuran } from './ukur-tabel.ts';

/** Measurements no build has used for this many days are dropped from the file, as the diagram cache does. */
export const KEEP_DAYS = 30;

/** From the project root: pages run bundled, where import.meta.url no longer points into src/. */
const STYLESHEETS = ['inter-cetak.css', 'dokumen.css', 'identitas.css', 'alur.css', 'cetak.css'].map((file) =>
  path.resolve('src/components/dokumen', file),
);

/** Where measurements are kept (beside the diagram cache). */
export function ukuranFile(): string {
  return path.resolve(diagramCacheDir, '..', 'lajur-dokumen-ukuran.json');
}

function stylesheetText(): string {
  const fonts = pathToFontUrl();
  return STYLESHEETS.map((file) => readFileSync(file, 'utf8'))
    .join('\n')
    .replaceAll('url("@fontsource/inter/files/', `url("${fonts}`);
}

function pathToFontUrl(): string {
  return `file://${path.resolve('node_modules/@fontsource/inter/files')}/`;
}

/** The key of a table's measurement: its text, its column widths and the stylesheets that lay it out. */
export function ukuranKey(tabel: TabelTeks, layout: TableLayout): string {
  cssVersion ??= versiProsedur(STYLESHEETS.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')).join(''));
  return versiProsedur({ tabel, layout, css: cssVersion });
}

let cssVersion: string | undefined;

let stored: Record<string, Ukuran> | undefined;

/** The measurement of a table, if a build made one. */
export function ukuranTersimpan(key: string): Ukuran | undefined {
  if (!stored) {
    try {
      stored = JSON.parse(readFileSync(ukuranFile(), 'utf8')) as Record<string, Ukuran>;
    } catch {
      stored = {};
    }
  }
  return stored[key];
}

/**
 * Measures the tables not measured yet in one page of `browser` and stores them with the others; marks every
 * table of this build as used and drops measurements unused for {@link KEEP_DAYS} days (SOPs changed or removed
 * since; several sites may share the file, so what another build uses stays). Returns how many tables were
 * measured and how many old measurements were dropped.
 */
export async function ukurTabel(
  tables: readonly TabelTeks[],
  browser: () => Promise<Browser>,
  now = Date.now(),
): Promise<{ diukur: number; dibuang: number }> {
  ukuranTersimpan('');
  const all = stored as Record<string, Ukuran>;
  const missing = new Map<string, TabelTeks>();
  for (const tabel of tables) {
    const key = ukuranKey(tabel, tableLayout(tabel.pelaksana.length));
    const known = all[key];
    if (known) known.dipakai = now;
    else missing.set(key, tabel);
  }
  let dibuang = 0;
  for (const [key, ukuran] of Object.entries(all)) {
    // Entries from before the mark was kept start their 30 days now.
    ukuran.dipakai ??= now;
    if (ukuran.dipakai < now - KEEP_DAYS * 24 * 60 * 60 * 1000) {
      delete all[key];
      dibuang += 1;
    }
  }
  if (missing.size === 0) {
    writeFileSync(ukuranFile(), JSON.stringify(all));
    return { diukur: 0, dibuang };
  }
  const entries = [...missing];
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${stylesheetText()}</style></head><body><div class="dokumen-resmi">${entries
    .map(([, tabel], i) => tabelUkurHtml(tabel, tableLayout(tabel.pelaksana.length), i))
    .join('')}</div></body></html>`;
  const file = path.join(path.dirname(ukuranFile()), 'lajur-dokumen-ukur.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
  const page = await (await browser()).newPage();
  // A thousand tables in one page take a while to lay out on a busy machine: no 30-second limit.
  page.setDefaultTimeout(10 * 60_000);
  try {
    await page.goto(`file://${file}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Passed whole: Playwright runs the function's own text in the page, with `document` as its root.
    const measured = await page.evaluate(bacaUkuran as () => Ukuran[]);
    entries.forEach(([key], i) => {
      const ukuran = measured[i];
      if (ukuran) all[key] = { ...ukuran, dipakai: now };
    });
  } finally {
    await page.close();
  }
  writeFileSync(ukuranFile(), JSON.stringify(all));
  return { diukur: entries.length, dibuang };
}

/** The stored measurement of a table, looked up by its key: what the build passes to `dokumenAlur`. */
export function ukuranBuild(tabel: TabelTeks, layout: TableLayout): Ukuran | undefined {
  return ukuranTersimpan(ukuranKey(tabel, layout));
}

/**
 * Writes the official document of each SOP as a PDF: the built page /sop/<id>/dokumen/ printed by Chromium with
 * the page's own paper sizes (identity page A4 portrait, flowchart A4 landscape) and page numbers. Used by
 * `npm run pdf` and by the PDF test.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright';
import { launchChromium } from '../../src/build-browser/chromium.ts';
import { describePdfPages, readPdfPages, type PdfPage } from './pdf-pages.ts';
import { startStaticServer } from './static-server.ts';

export interface PdfOptions {
  /** The built site. */
  dist: string;
  /** The sub-path it was built for (LAJUR_BASE). */
  base: string;
  /** Folder for the PDFs. */
  out: string;
  /** Only these SOPs; all SOPs of the site when empty. */
  ids?: readonly string[];
  log?: (line: string) => void;
  /** A browser to reuse; otherwise one is launched and closed. */
  browser?: Browser;
}

export interface PdfResult {
  id: string;
  file: string;
  pages: PdfPage[];
}

/** SOP ids that have an official document in the built site. */
export async function builtDokumenIds(dist: string): Promise<string[]> {
  const sopDir = path.join(dist, 'sop');
  if (!existsSync(sopDir)) return [];
  const entries = await readdir(sopDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(sopDir, entry.name, 'dokumen', 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** Prints each SOP's official document to `<out>/<id>.pdf`, one progress line per SOP. */
export async function writePdfs(options: PdfOptions): Promise<PdfResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const available = await builtDokumenIds(options.dist);
  const ids = options.ids && options.ids.length > 0 ? [...options.ids] : available;
  const missing = ids.filter((id) => !available.includes(id));
  if (missing.length > 0) {
    throw new Error(
      `SOP tanpa dokumen resmi di ${options.dist}: ${missing.join(', ')}. Tersedia: ${available.join(', ') || '(tidak ada)'}`,
    );
  }
  await mkdir(options.out, { recursive: true });
  const site = await startStaticServer({ root: options.dist, base: options.base });
  const browser = options.browser ?? (await launchChromium(log));
  const results: PdfResult[] = [];
  try {
    const page = await browser.newPage();
    for (const [i, id] of ids.entries()) {
      const started = performance.now();
      const response = await page.goto(new URL(`sop/${id}/dokumen/`, site.url).href, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`sop/${id}/dokumen/ menjawab ${response?.status() ?? 'tanpa jawaban'}`);
      // The page's own font must be there before printing, or the PDF falls back to another one.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
      const file = path.join(options.out, `${id}.pdf`);
      await writeFile(file, bytes);
      const pages = readPdfPages(bytes);
      const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
      log(`[${i + 1}/${ids.length}] ${id}: ${file}, ${describePdfPages(pages)}, ${seconds} s`);
      results.push({ id, file, pages });
    }
    await page.close();
  } finally {
    if (!options.browser) await browser.close();
    await site.close();
  }
  return results;
}

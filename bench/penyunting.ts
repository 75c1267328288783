/**
 * The weight of the SOP editor (/penyunting/), as its user meets it: what the page loads before anything is opened,
 * what opening an SOP adds (its source, the site context, Mermaid and the drawing, the official document's preview
 * with its print font), and what a Word import adds (mammoth and its zip and XML readers). Sizes are gzip level 9 of each response body, like the SOP page figures.
 *
 * Standalone: `node bench/penyunting.ts --url http://127.0.0.1:4321/` against a served build (`npm start`).
 */
import { parseArgs } from 'node:util';
import type { Browser, Response } from 'playwright';
import { gzipBytes } from './measure.ts';

export interface EditorFigures {
  /** HTML, scripts, styles and fonts of /penyunting/ before anything is opened (gzip). */
  halamanGzip: number;
  /** Of which JavaScript. */
  jsHalamanGzip: number;
  /** What opening an SOP adds until its diagram is drawn: source, site context, Mermaid (gzip). */
  bukaSopGzip: number;
  /** Of which JavaScript (Mermaid and the diagram code). */
  jsBukaSopGzip: number;
  /** Of what opening adds, the official document's preview: its code, stylesheets and print font (gzip). */
  dokumenGzip: number;
  /** How long the preview took to measure, lay out and draw the document once its code was there (ms). */
  dokumenMs: number;
  /** What importing a .docx adds (mammoth, jszip, xmldom, parse5), JavaScript gzip. */
  jsImporDocxGzip: number;
}

/** The preview's own files: its chunk and stylesheet, the QR code chunk, the static Inter cuts it prints with. */
const DOKUMEN_FILES = /\/(dokumen-preview|qr)\.[^/]*\.(js|css)$|\/inter-latin(-ext)?-\d00-(normal|italic)\.[^/]*woff2$/;

async function collect(browserResponses: Response[]): Promise<{ all: number; js: number; dokumen: number }> {
  let all = 0;
  let js = 0;
  let dokumen = 0;
  for (const response of browserResponses) {
    const size = await response
      .body()
      .then(gzipBytes)
      .catch(() => 0);
    all += size;
    if (response.request().resourceType() === 'script') js += size;
    if (DOKUMEN_FILES.test(new URL(response.url()).pathname)) dokumen += size;
  }
  return { all, js, dokumen };
}

/** Measures the editor of the site at `siteUrl` (ending in "/"); `sopId` is the SOP opened, `docx` a Word file to import. */
export async function measureEditor(browser: Browser, siteUrl: string, sopId: string, docx?: Buffer): Promise<EditorFigures> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(`${siteUrl}penyunting/`, { waitUntil: 'networkidle' });
  const first = await collect(responses);
  responses = [];
  await page.getByLabel('SOP di situs ini').selectOption(sopId);
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await page.waitForSelector('[data-pratinjau-bagan][data-status="siap"]', { timeout: 60_000 });
  await page.waitForSelector('[data-pratinjau-dokumen][data-status="siap"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const dokumenMs = Number(await page.getAttribute('[data-pratinjau-dokumen]', 'data-ms'));
  const opened = await collect(responses);
  responses = [];
  let importJs = 0;
  if (docx) {
    await page
      .locator('penyunting-sop input[type="file"]')
      .setInputFiles({ name: 'uji.docx', mimeType: 'application/octet-stream', buffer: docx });
    await page.waitForSelector('[data-hasil-impor] ul', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    importJs = (await collect(responses)).js;
  }
  await context.close();
  return {
    halamanGzip: first.all,
    jsHalamanGzip: first.js,
    bukaSopGzip: opened.all,
    jsBukaSopGzip: opened.js,
    dokumenGzip: opened.dokumen,
    dokumenMs,
    jsImporDocxGzip: importJs,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, sop: { type: 'string', default: 'penyusunan-cascading' }, docx: { type: 'string' } },
  });
  if (!values.url) throw new Error('pemakaian: node bench/penyunting.ts --url http://127.0.0.1:4321/ [--sop id] [--docx berkas.docx]');
  const { chromium } = await import('playwright');
  const { CHROMIUM_ARGS, findChromium } = await import('../src/build-browser/chromium.ts');
  const { readFile } = await import('node:fs/promises');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const docx = values.docx ? await readFile(values.docx) : undefined;
    console.log(JSON.stringify(await measureEditor(browser, values.url, values.sop, docx), null, 2));
  } finally {
    await browser.close();
  }
}

/**
 * Screenshots of built pages at phone (390 px) and desktop (1280 px) width, for looking at what we build.
 * Usage: node scripts/screenshots.ts [--dist dist] [--base /] [--out .screenshots] path...
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { basePath, normaliseBase, outDir } from '../src/settings.ts';
import { launchChromium } from '../src/build-browser/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: outDir },
    base: { type: 'string', default: basePath },
    out: { type: 'string', default: '.screenshots' },
    /** Also save the page in parts of this many pixels, to look at long phone pages. */
    split: { type: 'string' },
    /** Only what fits the window, as a reader first sees the page. */
    'above-fold': { type: 'boolean', default: false },
  },
});

const pages = positionals.length > 0 ? positionals : [''];
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const site = await startStaticServer({ root: values.dist, base: normaliseBase(values.base) });
const browser = await launchChromium();
await mkdir(values.out, { recursive: true });
try {
  for (const viewport of widths) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const pagePath of pages) {
      await page.goto(new URL(pagePath.replace(/^\//, ''), site.url).href, { waitUntil: 'networkidle' });
      const file = path.join(values.out, `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: !values['above-fold'] });
      console.log(file);
      const part = Number(values.split ?? 0);
      if (part > 0) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, n = 1; top < height; top += part, n++) {
          const partFile = file.replace(/\.png$/, `.part${n}.png`);
          await page.screenshot({
            path: partFile,
            fullPage: true,
            clip: { x: 0, y: top, width: viewport.width, height: Math.min(part, height - top) },
          });
          console.log(partFile);
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

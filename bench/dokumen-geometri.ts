/**
 * The geometric check of the official document (scripts/lib/dokumen-geometri.ts) over every SOP of a built site:
 * labels over text, symbols or other labels, crossings without a hop, loose arrow ends, words broken without a
 * hyphen. Prints the totals (all must be zero) and writes them to bench/results/dokumen-geometri.json.
 *
 * Usage: node bench/dokumen-geometri.ts [--dist bench/.work/dist] [--base /] [--out bench/results/dokumen-geometri.json]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../src/build-browser/chromium.ts';
import { addCounts, periksaGeometri, ZERO } from '../scripts/lib/dokumen-geometri.ts';
import { builtDokumenIds } from '../scripts/lib/pdf.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'bench/.work/dist' },
    base: { type: 'string', default: '/' },
    out: { type: 'string', default: 'bench/results/dokumen-geometri.json' },
  },
});

const ids = await builtDokumenIds(values.dist);
const site = await startStaticServer({ root: values.dist, base: values.base });
const browser = await launchChromium();
const started = performance.now();
let counts = ZERO;
const checked = { sops: 0, sheets: 0, labels: 0, lines: 0, bridges: 0, words: 0 };
const details: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const id of ids) {
    await page.goto(new URL(`sop/${id}/dokumen/`, site.url).href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const result = await periksaGeometri(page);
    counts = addCounts(counts, result.counts);
    checked.sops += 1;
    checked.sheets += await page.locator('.lembar').count();
    checked.labels += result.checked.labels;
    checked.lines += result.checked.lines;
    checked.bridges += result.checked.bridges;
    checked.words += result.checked.words;
    for (const line of result.details) if (details.length < 50) details.push(`${id}: ${line}`);
  }
} finally {
  await browser.close();
  await site.close();
}
const seconds = (performance.now() - started) / 1000;
const report = { date: new Date().toISOString(), dist: values.dist, seconds: Math.round(seconds), checked, counts, details };
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `Diperiksa: ${checked.sops} SOP, ${checked.sheets} lembar, ${checked.labels} label, ${checked.lines} potongan garis, ${checked.bridges} jembatan, ${checked.words} kata (${seconds.toFixed(0)} s)`,
);
console.log(
  Object.entries(counts)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', '),
);
for (const line of details.slice(0, 20)) console.log(`  ${line}`);
process.exit(Object.values(counts).some((value) => value > 0) ? 1 : 0);

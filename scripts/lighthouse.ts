/**
 * `npm run lighthouse [-- --dist dist --base /]`: Lighthouse (pinned in package.json) with its default phone
 * settings (emulated mid-range phone, simulated slow 4G and CPU) on the home page, an SOP page and a regulation
 * page of a built site, in the same Chromium as the build. Builds nothing: run `npm run build` first. Prints every
 * category's score and what kept a score under 100, writes bench/results/lighthouse.json and refreshes the figures
 * in BENCHMARKS.md (between the lighthouse markers). Exit 1 when a category is under 100.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../src/build-browser/chromium.ts';
import { basePath, outDir } from '../src/settings.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: outDir }, base: { type: 'string', default: basePath } } });
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 9333;

/** The first page of a section of the built site, e.g. "sop/<id>/". */
async function firstPage(section: string): Promise<string> {
  const names = (await readdir(path.join(values.dist, section), { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const name = names.map((entry) => entry.name).sort()[0];
  if (!name) throw new Error(`Tidak ada halaman di ${path.join(values.dist, section)}: jalankan npm run build dahulu.`);
  return `${section}/${name}/`;
}

const pages = { beranda: '', sop: await firstPage('sop'), regulasi: await firstPage('dasar-hukum') };
const site = await startStaticServer({ root: values.dist, base: values.base, port: 0 });
const browser = await chromium.launch({
  executablePath: await ensureChromium((line) => console.log(line)),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
});
const results: Record<string, { url: string; skor: Record<string, number>; kurang: string }> = {};
try {
  for (const [name, pathname] of Object.entries(pages)) {
    const url = `${site.url}${pathname}`;
    const run = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse tidak memberi hasil untuk ${url}`);
    const { lhr } = run;
    const skor = Object.fromEntries(CATEGORIES.map((key) => [key, Math.round((lhr.categories[key]?.score ?? 0) * 100)]));
    // Audits that count toward a category and did not pass, with their own title.
    const kurang = CATEGORIES.flatMap((key) =>
      (lhr.categories[key]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${key}: ${lhr.audits[ref.id]?.title} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
    );
    results[name] = { url: pathname || '/', skor, kurang: kurang.join('; ') };
    console.log(`${name} /${pathname}: ${CATEGORIES.map((key) => `${key} ${skor[key]}`).join(', ')}`);
    for (const line of kurang) console.log(`  - ${line}`);
  }
} finally {
  await browser.close();
  await site.close();
}

const version = JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version as string;
await writeFile(
  'bench/results/lighthouse.json',
  `${JSON.stringify({ tanggal: new Date().toISOString(), lighthouse: version, results }, null, 2)}\n`,
);
const table = [
  `Lighthouse ${version}, pengaturan ponsel bawaan (emulasi ponsel, 4G lambat dan CPU 4× disimulasikan), diukur ${new Date().toISOString().slice(0, 10)}.`,
  '',
  `| Halaman | ${CATEGORIES.join(' | ')} |`,
  `| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`,
  ...Object.entries(results).map(
    ([name, result]) => `| ${name} (${result.url}) | ${CATEGORIES.map((key) => result.skor[key]).join(' | ')} |`,
  ),
].join('\n');
const doc = await readFile('BENCHMARKS.md', 'utf8');
const marker = /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/;
if (marker.test(doc)) await writeFile('BENCHMARKS.md', doc.replace(marker, `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`));
process.exitCode = Object.values(results).every((result) => CATEGORIES.every((key) => result.skor[key] === 100)) ? 0 : 1;

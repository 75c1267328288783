/**
 * `npm run lighthouse [-- --dist dist --base / --kali 3 --laporan dir]`: Lighthouse (pinned in package.json) with
 * its default phone settings (emulated mid-range phone, simulated slow 4G and CPU) on the home page, an SOP page and
 * a regulation page of a built site, in the same Chromium as the build. Builds nothing: run `npm run build` first.
 * Each page is measured `--kali` times (performance varies with the machine's load, which is printed with every
 * run); a category's figure is its lowest score. Prints what kept a score under 100, writes
 * bench/results/lighthouse.json (every run) and refreshes the figures in BENCHMARKS.md (between the lighthouse
 * markers); `--laporan` also keeps Lighthouse's full JSON reports there. Exit 1 when a category is under 100.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../src/build-browser/chromium.ts';
import { basePath, outDir } from '../src/settings.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: outDir },
    base: { type: 'string', default: basePath },
    kali: { type: 'string', default: '1' },
    laporan: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(values.kali));
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
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
const site = await startStaticServer({ root: values.dist, base: values.base, port: 0, compress: true });
const browser = await chromium.launch({
  executablePath: await ensureChromium((line) => console.log(line)),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
});
interface Run {
  skor: Record<string, number>;
  kurang: string;
  beban: string;
}
const results: Record<string, { url: string; skor: Record<string, number>; kurang: string; putaran: Run[] }> = {};
if (values.laporan) await mkdir(values.laporan, { recursive: true });
try {
  for (const [name, pathname] of Object.entries(pages)) {
    const url = `${site.url}${pathname}`;
    const runs: Run[] = [];
    for (let round = 1; round <= RUNS; round++) {
      const beban = load();
      const run = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse tidak memberi hasil untuk ${url}`);
      const { lhr } = run;
      if (values.laporan) await writeFile(path.join(values.laporan, `${name}-${round}.json`), run.report as string);
      const skor = Object.fromEntries(CATEGORIES.map((key) => [key, Math.round((lhr.categories[key]?.score ?? 0) * 100)]));
      // Audits that count toward a category and did not pass, with their own title.
      const kurang = CATEGORIES.flatMap((key) =>
        (lhr.categories[key]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${key}: ${lhr.audits[ref.id]?.title} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      runs.push({ skor, kurang: kurang.join('; '), beban });
      console.log(`${name} /${pathname} #${round}: ${CATEGORIES.map((key) => `${key} ${skor[key]}`).join(', ')} (beban ${beban})`);
      for (const line of kurang) console.log(`  - ${line}`);
    }
    const skor = Object.fromEntries(CATEGORIES.map((key) => [key, Math.min(...runs.map((run) => run.skor[key] ?? 0))]));
    results[name] = { url: pathname || '/', skor, kurang: runs.map((run) => run.kurang).find(Boolean) ?? '', putaran: runs };
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
  `Lighthouse ${version}, pengaturan ponsel bawaan (emulasi ponsel, 4G lambat dan CPU 4× disimulasikan), diukur ${new Date().toISOString().slice(0, 10)}, ${RUNS} kali per halaman (skor tiap putaran dipisah "/"; beban mesin 1 menit per putaran).`,
  '',
  `| Halaman | ${CATEGORIES.join(' | ')} | beban |`,
  `| --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- |`,
  ...Object.entries(results).map(
    ([name, result]) =>
      `| ${name} (${result.url}) | ${CATEGORIES.map((key) => result.putaran.map((run) => run.skor[key]).join(' / ')).join(' | ')} | ${result.putaran.map((run) => run.beban.split(' ')[0]).join(' / ')} |`,
  ),
].join('\n');
const doc = await readFile('BENCHMARKS.md', 'utf8');
const marker = /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/;
if (marker.test(doc)) await writeFile('BENCHMARKS.md', doc.replace(marker, `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`));
process.exitCode = Object.values(results).every((result) => CATEGORIES.every((key) => result.skor[key] === 100)) ? 0 : 1;

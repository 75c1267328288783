/**
 * `npm run bench:cari [-- --dist bench/.work/dist --kali 3]`: only the search part of `npm run bench`, against a
 * site already built (by default the benchmark's own 1,000-SOP build in bench/.work/dist). Serves it, measures
 * search in the dialog (bench/search.ts) several times and prints each run with the machine's load average, so
 * that a figure taken on a busy machine is seen as such. Writes nothing.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../src/build-browser/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { median } from './measure.ts';
import { LATER_QUERIES, measureSearch } from './search.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'bench/.work/dist' },
    kali: { type: 'string', default: '3' },
  },
});

const dist = path.resolve(values.dist);
const runs = Number(values.kali);
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const ms = (value: number) => `${value.toFixed(0)} ms`;

const sops = (await readdir(path.join(dist, 'sop'), { withFileTypes: true }).catch(() => []))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
if (sops.length === 0) {
  console.error(`[bench:cari] Tidak ada halaman SOP di ${dist}/sop/: bangun situsnya dulu (npm run bench).`);
  process.exit(1);
}
const sop = sops[Math.floor(sops.length / 2)] as string;
const chromiumPath = await ensureChromium((line) => console.log(`[bench:cari] ${line}`));
const site = await startStaticServer({ root: dist, base: '/' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
console.log(`[bench:cari] ${sops.length} SOP di ${dist}; diukur di /sop/${sop}/, ${runs} kali; ${os.cpus().length} inti`);
const firsts: number[] = [];
const medians: number[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    const before = load();
    const figures = await measureSearch(browser, `${site.url}sop/${encodeURIComponent(sop)}/`);
    firsts.push(figures.pertamaMs);
    medians.push(figures.medianMs);
    console.log(
      `#${run}  dari "/" ${ms(figures.pertamaDariGarisMiringMs)}, kueri pertama ${ms(figures.pertamaMs)} ` +
        `(${figures.permintaanPertama} permintaan, ${(figures.bytePertama / 1024).toFixed(0)} KB), ` +
        `median berikutnya ${ms(figures.medianMs)}; beban ${before} → ${load()}`,
    );
    console.log(`    ${LATER_QUERIES.map((term, index) => `${term} ${ms(figures.berikutnyaMs[index] ?? 0)}`).join(', ')}`);
    console.log(`    seluruhnya ${figures.permintaan} permintaan, ${(figures.byte / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(
  `[bench:cari] median ${runs} kali: kueri pertama ${ms(median(firsts))} (anggaran 500 ms), berikutnya ${ms(median(medians))} (anggaran 150 ms)`,
);

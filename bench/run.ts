/**
 * `npm run bench [-- --sops N]`: Lajur at a province's scale. Generates N synthetic SOPs (bench/generate.ts),
 * times `npm run sop:check` on them, builds them cold, warm and without diagrams, then measures pages, search and
 * the checklist in Chromium. `--hanya-cek` stops after timing the check; `--monev` only times the monev figures
 * of 10,000 step records (bench/monev.ts).
 * Prints a table, writes bench/results/latest.json and refreshes the figures in BENCHMARKS.md. Only the search,
 * against a site already built: `npm run bench:cari` (bench/cari.ts).
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../src/build-browser/chromium.ts';
import { startStaticServer } from '../scripts/lib/static-server.ts';
import { generate } from './generate.ts';
import { type CommandResult, filesUnder, gzipBytes, median, plainText, runMeasured } from './measure.ts';
import { measureSearch } from './search.ts';

const { values } = parseArgs({
  options: {
    sops: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2026' },
    /** Keep the diagram cache from an earlier run (skips the cold build's rendering). */
    'skip-cold': { type: 'boolean', default: false },
    /** Only generate and time `npm run sop:check` (no builds, no browser): seconds instead of minutes. */
    'hanya-cek': { type: 'boolean', default: false },
    /** Only time monev's computation on 10,000 synthetic step records (bench/monev.ts), in a second. */
    monev: { type: 'boolean', default: false },
  },
});

const SOPS = Number(values.sops);
const WORK = path.resolve('bench/.work');
const CONTENT = path.join(WORK, 'content');
const OUT = path.join(WORK, 'dist');
const OUT_PLAIN = path.join(WORK, 'dist-tanpa-bagan');
const DIAGRAMS = path.join(WORK, 'diagram-cache');
const ASTRO_CACHE = path.join(WORK, 'astro-cache');
const BASE = '/';
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

async function build(label: string, out: string, extra: NodeJS.ProcessEnv = {}) {
  log(`${label}…`);
  const result = await runMeasured(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'],
    { LAJUR_CONTENT: CONTENT, LAJUR_OUT: out, LAJUR_CACHE: ASTRO_CACHE, LAJUR_DIAGRAM_CACHE: DIAGRAMS, LAJUR_BASE: BASE, ...extra },
    label,
  );
  const diagramLine = /Bagan alir: .*/.exec(plainText(result.output))?.[0] ?? '';
  log(`${label}: ${result.seconds.toFixed(1)} s, puncak memori ${MB(result.peakBytes)}${diagramLine ? `; ${diagramLine}` : ''}`);
  return { ...result, diagramLine };
}

/** Clicks step `no` of the run page and waits until the progress line changes: milliseconds, measured in the page. */
async function timeTick(page: Page, no: string): Promise<number> {
  return page.evaluate(
    (no) =>
      new Promise<number>((resolve) => {
        const progress = document.getElementById('kemajuan-teks') as HTMLElement;
        const before = progress.textContent;
        const observer = new MutationObserver(() => {
          if (progress.textContent !== before) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(progress, { childList: true, characterData: true, subtree: true });
        const started = performance.now();
        (document.querySelector(`li.langkah-run[data-no="${no}"] input.cek`) as HTMLInputElement).click();
      }),
    no,
  );
}

/** `npm run sop:check` on the generated content, as an author runs it, three times; the median wall time. */
async function timeSopCheck(): Promise<{ seconds: number; line: string }> {
  const runs: CommandResult[] = [];
  for (let i = 0; i < 3; i++) {
    runs.push(await runMeasured('npm', ['run', '--silent', 'sop:check', '--', '--content', CONTENT], {}, 'sop:check'));
  }
  const seconds = median(runs.map((run) => run.seconds));
  const line = /\d+ berkas diperiksa dalam .*/.exec(plainText(runs[0]?.output ?? ''))?.[0] ?? '';
  log(`sop:check: ${seconds.toFixed(2)} s (median 3 kali); ${line}`);
  return { seconds, line };
}

async function main(): Promise<void> {
  if (values.monev) {
    const { measureMonev, measureMonevPage } = await import('./monev.ts');
    const computed = measureMonev();
    log(`monev (perhitungan): ${computed.langkah} langkah dalam ${ms(computed.medianMs)}`);
    const { basePath, outDir } = await import('../src/settings.ts');
    let halaman: Awaited<ReturnType<typeof measureMonevPage>> | { dilewati: string };
    try {
      halaman = await measureMonevPage(path.resolve(outDir), basePath);
      log(
        `monev (halaman, Chromium): ${halaman.langkah} langkah ${halaman.sop}, impor ${ms(halaman.imporMs)}, halaman sampai angka tampil ${ms(halaman.medianMs)} (median 5 kali)`,
      );
    } catch (error) {
      halaman = { dilewati: (error as Error).message };
      log(`monev (halaman): dilewati: ${halaman.dilewati}`);
    }
    const result = {
      tanggal: new Date().toISOString(),
      cpu: os.cpus()[0]?.model,
      inti: os.cpus().length,
      ...computed,
      halaman,
      bebanSistem: os.loadavg(),
    };
    await mkdir('bench/results', { recursive: true });
    await writeFile('bench/results/monev.json', `${JSON.stringify(result, null, 2)}\n`);
    log(
      `monev: ${result.langkah} langkah dari ${result.pelaksanaan} pelaksanaan dihitung dalam ${ms(result.medianMs)} (median 7 kali; anggaran 1000 ms); beban sistem sesudahnya ${result.bebanSistem.map((load) => load.toFixed(2)).join(' / ')}`,
    );
    return;
  }
  await mkdir(WORK, { recursive: true });
  log(`membuat ${SOPS} SOP sintetis (benih ${values.seed})…`);
  const generated = await generate({ sops: SOPS, seed: Number(values.seed), out: CONTENT });
  const sopCheck = await timeSopCheck();
  if (values['hanya-cek']) {
    await mkdir('bench/results', { recursive: true });
    const result = {
      tanggal: new Date().toISOString(),
      sop: SOPS,
      cpu: os.cpus()[0]?.model,
      inti: os.cpus().length,
      sopCheckDetik: sopCheck.seconds,
      keluaran: sopCheck.line,
    };
    await writeFile('bench/results/sop-check.json', `${JSON.stringify(result, null, 2)}\n`);
    log('hasil: bench/results/sop-check.json');
    return;
  }
  const chromiumPath = await ensureChromium((line) => log(line));

  if (!values['skip-cold']) await rm(DIAGRAMS, { recursive: true, force: true });
  await rm(ASTRO_CACHE, { recursive: true, force: true });
  const cold = await build('build dingin (cache bagan kosong)', OUT);
  const warm = await build('build hangat (cache bagan penuh)', OUT);
  const plain = await build('build tanpa bagan', OUT_PLAIN, { LAJUR_DIAGRAMS: 'off' });

  const files = await filesUnder(OUT);
  const sopPages = files.filter((entry) => /^sop\/[^/]+\/index\.html$/.test(entry.file));
  const pageSizes = await Promise.all(
    sopPages.map(async (entry) => {
      const html = await readFile(path.join(OUT, entry.file));
      return { file: entry.file, bytes: html.length, gzip: gzipBytes(html) };
    }),
  );
  const pagefindFiles = files.filter(
    (entry) => entry.file.startsWith('pagefind/') && !/pagefind-(ui|modular-ui|component-ui|highlight)/.test(entry.file),
  );
  const offline = JSON.parse(await readFile(path.join(OUT, 'lajur-offline.json'), 'utf8')) as {
    mode: string;
    prasimpan: { berkas: number; byte: number; anggaran: number };
  };
  const mermaidRuntime = gzipBytes(await readFile(path.resolve('node_modules/mermaid/dist/mermaid.min.js')));

  log('mengukur di Chromium…');
  const site = await startStaticServer({ root: OUT, base: BASE });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const figures: Record<string, number | string> = {};
  try {
    // JavaScript an SOP page loads before anyone touches it.
    const typical = [...pageSizes].sort((a, b) => a.bytes - b.bytes)[Math.floor(pageSizes.length / 2)];
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(
          response
            .body()
            .then(gzipBytes)
            .catch(() => 0),
        );
    });
    await page.goto(`${site.url}${typical?.file.replace(/index\.html$/, '') ?? ''}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((elements) =>
        elements.filter((element) => !(element as HTMLScriptElement).type.includes('json')).map((element) => element.textContent ?? ''),
      );
    figures.jsSebelumInteraksi =
      (await Promise.all(scripts)).reduce((sum, value) => sum + value, 0) + inline.reduce((sum, code) => sum + gzipBytes(code), 0);
    await context.close();

    // Search: keystroke to results through the dialog on an SOP page (bench/search.ts).
    const cari = await measureSearch(browser, `${site.url}${typical?.file.replace(/index\.html$/, '') ?? ''}`);
    figures.cariGarisMiringMs = cari.pertamaDariGarisMiringMs;
    figures.cariPertamaMs = cari.pertamaMs;
    figures.cariMedianMs = cari.medianMs;
    figures.cariPermintaanPertama = cari.permintaanPertama;
    figures.cariBytePertama = cari.bytePertama;

    // Checklist: tick a step, to IndexedDB and back on screen.
    const sopLongest = await (async () => {
      let best = { id: '', steps: 0 };
      for (const entry of files.filter((file) => /^checklist\/sop\/.+\.json$/.test(file.file))) {
        const snapshot = JSON.parse(await readFile(path.join(OUT, entry.file), 'utf8')) as { sopId: string; langkah: unknown[] };
        if (snapshot.langkah.length > best.steps) best = { id: snapshot.sopId, steps: snapshot.langkah.length };
      }
      return best;
    })();
    const runContext = await browser.newContext({ serviceWorkers: 'block' });
    const runPage = await runContext.newPage();
    await runPage.goto(`${site.url}sop/${sopLongest.id}/`);
    await runPage.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
    await runPage.waitForURL(/checklist\/\?run=/);
    await runPage.locator('#kemajuan-teks').waitFor();
    const tickTimes: number[] = [];
    for (let round = 0; round < 40; round++) {
      const no = await runPage.evaluate(
        () =>
          (document.querySelector('li.langkah-run input.cek:not(:checked):not(:disabled)')?.closest('li') as HTMLElement | null)?.dataset
            .no,
      );
      if (!no) break;
      tickTimes.push(await timeTick(runPage, no));
    }
    figures.centangMedianMs = median(tickTimes);
    figures.centangJumlah = tickTimes.length;

    // 10,000 step records: import a backup, then export it as JSON and CSV.
    const snapshot = JSON.parse(await readFile(path.join(OUT, `checklist/sop/${sopLongest.id}.json`), 'utf8'));
    const runsNeeded = Math.ceil(10_000 / snapshot.langkah.length);
    const now = Date.now();
    const runs = Array.from({ length: runsNeeded }, (_, i) => ({
      id: `bench-${i}`,
      ...snapshot,
      judul: `Uji beban ${i}`,
      namaPelaksana: null,
      status: 'berjalan',
      dimulai: now - 86_400_000,
      diakhiri: null,
      diperbarui: now,
      keadaan: Object.fromEntries(
        snapshot.langkah.map((step: { no: number }, k: number) => [
          String(step.no),
          { dicentang: now - k * 60_000, catatan: `catatan ${k}`, keputusan: null },
        ]),
      ),
    }));
    const backup = path.join(WORK, 'cadangan-10000.json');
    await writeFile(backup, JSON.stringify({ format: 'lajur-checklist', versi: 1, diekspor: new Date().toISOString(), runs }));
    figures.langkahTercatat = runsNeeded * snapshot.langkah.length;
    await runPage.goto(`${site.url}checklist/`);
    let started = performance.now();
    await runPage.getByLabel('Pulihkan dari cadangan JSON').setInputFiles(backup);
    await runPage.getByText(/dipulihkan/).waitFor({ timeout: 120_000 });
    figures.imporMs = performance.now() - started;
    for (const [label, key] of [
      [/Ekspor JSON/, 'eksporJsonMs'],
      [/^Ekspor CSV$/, 'eksporCsvMs'],
    ] as const) {
      const download = runPage.waitForEvent('download', { timeout: 120_000 });
      started = performance.now();
      await runPage.getByRole('button', { name: label }).click();
      await (await download).path();
      figures[key] = performance.now() - started;
    }
    await runContext.close();
  } finally {
    await browser.close();
    await site.close();
  }

  const bytes = pageSizes.map((page) => page.bytes);
  const gzips = pageSizes.map((page) => page.gzip);
  const results = {
    tanggal: new Date().toISOString(),
    mesin: {
      cpu: os.cpus()[0]?.model ?? 'tidak diketahui',
      inti: os.cpus().length,
      memori: MB(os.totalmem()),
      node: process.version,
      chromium: chromiumPath,
    },
    sop: SOPS,
    berkasSintetis: generated.files,
    build: {
      dinginDetik: cold.seconds,
      hangatDetik: warm.seconds,
      tanpaBaganDetik: plain.seconds,
      detikPerSopDingin: cold.seconds / SOPS,
      detikPerSopHangat: warm.seconds / SOPS,
      puncakMemoriDingin: cold.peakBytes,
      puncakMemoriHangat: warm.peakBytes,
      baganDingin: cold.diagramLine,
      baganHangat: warm.diagramLine,
    },
    halamanSop: {
      jumlah: pageSizes.length,
      htmlMedian: median(bytes),
      htmlMaks: Math.max(...bytes),
      gzipMedian: median(gzips),
      gzipMaks: Math.max(...gzips),
      jsSebelumInteraksiGzip: figures.jsSebelumInteraksi,
    },
    prasimpan: { mode: offline.mode, berkas: offline.prasimpan.berkas, byte: offline.prasimpan.byte, anggaran: offline.prasimpan.anggaran },
    pagefind: { berkas: pagefindFiles.length, byte: pagefindFiles.reduce((sum, entry) => sum + entry.bytes, 0) },
    cari: {
      dariGarisMiringMs: figures.cariGarisMiringMs,
      pertamaMs: figures.cariPertamaMs,
      medianMs: figures.cariMedianMs,
      kueri: 10,
      permintaanPertama: figures.cariPermintaanPertama,
      bytePertama: figures.cariBytePertama,
      bebanMesin: os.loadavg(),
    },
    checklist: {
      centangMedianMs: figures.centangMedianMs,
      centangJumlah: figures.centangJumlah,
      langkahTercatat: figures.langkahTercatat,
      imporMs: figures.imporMs,
      eksporJsonMs: figures.eksporJsonMs,
      eksporCsvMs: figures.eksporCsvMs,
    },
    pembanding: { runtimeMermaidGzip: mermaidRuntime },
  };
  const budgets = [
    {
      nama: 'JS sebelum interaksi di halaman SOP ≤ 15 KB gzip',
      nilai: KB(Number(figures.jsSebelumInteraksi)),
      lulus: Number(figures.jsSebelumInteraksi) <= 15 * 1024,
    },
    {
      nama: 'Build hangat ≤ 2× build tanpa bagan',
      nilai: `${warm.seconds.toFixed(1)} s vs ${plain.seconds.toFixed(1)} s (${(warm.seconds / plain.seconds).toFixed(2)}×)`,
      lulus: warm.seconds <= 2 * plain.seconds,
    },
    {
      nama: 'Cari: hasil kueri pertama ≤ 500 ms sejak tombol',
      nilai: ms(Number(figures.cariPertamaMs)),
      lulus: Number(figures.cariPertamaMs) <= 500,
    },
    {
      nama: 'Cari: kueri berikutnya, median ≤ 150 ms sejak tombol (termasuk jeda)',
      nilai: ms(Number(figures.cariMedianMs)),
      lulus: Number(figures.cariMedianMs) <= 150,
    },
    {
      nama: `npm run sop:check pada ${SOPS} SOP < 2 s`,
      nilai: `${sopCheck.seconds.toFixed(2)} s`,
      lulus: sopCheck.seconds < 2,
    },
    {
      nama: 'Centang sampai tampil, median < 50 ms',
      nilai: ms(Number(figures.centangMedianMs)),
      lulus: Number(figures.centangMedianMs) < 50,
    },
  ];

  const rows: Array<[string, string]> = [
    ['SOP sintetis', `${SOPS} (${generated.files} berkas konten)`],
    [
      'Build dingin',
      `${cold.seconds.toFixed(1)} s (${((cold.seconds / SOPS) * 1000).toFixed(0)} ms/SOP), puncak memori ${MB(cold.peakBytes)}`,
    ],
    [
      'Build hangat',
      `${warm.seconds.toFixed(1)} s (${((warm.seconds / SOPS) * 1000).toFixed(0)} ms/SOP), puncak memori ${MB(warm.peakBytes)}`,
    ],
    ['Build tanpa bagan', `${plain.seconds.toFixed(1)} s`],
    ['npm run sop:check (median 3 kali)', `${sopCheck.seconds.toFixed(2)} s`],
    ['Bagan (dingin / hangat)', `${cold.diagramLine} / ${warm.diagramLine}`],
    ['HTML halaman SOP (median / maks)', `${KB(median(bytes))} / ${KB(Math.max(...bytes))}`],
    ['HTML gzip (median / maks)', `${KB(median(gzips))} / ${KB(Math.max(...gzips))}`],
    ['JS sebelum interaksi (gzip)', KB(Number(figures.jsSebelumInteraksi))],
    [
      'Prasimpan service worker',
      `${offline.prasimpan.berkas} berkas, ${MB(offline.prasimpan.byte)} (mode ${offline.mode}, anggaran ${MB(offline.prasimpan.anggaran)})`,
    ],
    ['Indeks Pagefind', `${pagefindFiles.length} berkas, ${MB(results.pagefind.byte)}`],
    [
      'Cari (dialog): dari "/" / kueri pertama / median 10 kueri, sejak tombol terakhir',
      `${ms(Number(figures.cariGarisMiringMs))} / ${ms(Number(figures.cariPertamaMs))} / ${ms(Number(figures.cariMedianMs))}`,
    ],
    ['Centang langkah (median)', `${ms(Number(figures.centangMedianMs))} (${figures.centangJumlah} centang)`],
    [`Impor ${figures.langkahTercatat} langkah`, ms(Number(figures.imporMs))],
    ['Ekspor JSON / CSV', `${ms(Number(figures.eksporJsonMs))} / ${ms(Number(figures.eksporCsvMs))}`],
    ['Pembanding: runtime Mermaid (gzip)', KB(mermaidRuntime)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log('');
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
  console.log('');
  for (const budget of budgets) console.log(`${budget.lulus ? 'LULUS ' : 'GAGAL '} ${budget.nama}: ${budget.nilai}`);

  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify({ ...results, anggaran: budgets }, null, 2)}\n`);
  await copyFile('bench/results/latest.json', `bench/results/${SOPS}-sop.json`);
  const table = [
    `Diukur ${results.tanggal.slice(0, 10)} pada ${results.mesin.cpu} (${results.mesin.inti} inti, ${results.mesin.memori}), Node ${results.mesin.node}, ${SOPS} SOP sintetis.`,
    '',
    '| Ukuran | Nilai |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    '| Anggaran | Nilai | Hasil |',
    '| --- | --- | --- |',
    ...budgets.map((budget) => `| ${budget.nama} | ${budget.nilai} | ${budget.lulus ? 'lulus' : 'GAGAL'} |`),
  ].join('\n');
  const doc = await readFile('BENCHMARKS.md', 'utf8').catch(() => '');
  const marker = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (marker.test(doc) && SOPS === 1000) {
    await writeFile('BENCHMARKS.md', doc.replace(marker, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
    log('BENCHMARKS.md diperbarui');
  }
  log('hasil: bench/results/latest.json');
}

await main();

/**
 * Monev at a busy office's scale: one synthetic SOP of 10 steps (a decision looping back, a "hari kalender" step)
 * and 1,000 synthetic runs over a semester by 12 synthetic people, 10,000 step records in all, a few with clock
 * problems and another SOP version. Times `hitungMonev` (what the monev page computes after reading the runs),
 * the median of 7 runs after one warm-up, and reports the machine's load average beside it: the machine is shared.
 * `npm run bench -- --monev`; figures go to bench/results/monev.json.
 */
import os from 'node:os';
import type { RunStepSnapshot } from '../src/domain/checklist.ts';
import { KALENDER_ASN, semester } from '../src/domain/kalender-kerja.ts';
import { hitungMonev, type MonevRun, type MonevSop } from '../src/domain/monev.ts';

const STEPS: RunStepSnapshot[] = Array.from({ length: 10 }, (_, i): RunStepSnapshot => {
  const no = i + 1;
  const base = { no, aktivitas: [`Langkah sintetis ${no}`], pelaksana: `Pelaksana ${(i % 3) + 1}`, kelengkapan: null, output: null };
  if (no === 1) return { ...base, jenis: 'mulai', durasiTeks: '30 menit', menit: 30 };
  if (no === 10) return { ...base, jenis: 'selesai', durasiTeks: '15 menit', menit: 15 };
  if (no === 5)
    return {
      ...base,
      jenis: 'keputusan',
      durasiTeks: '1 jam',
      menit: 60,
      pilihan: [
        { label: 'Sesuai', lanjutKe: 6 },
        { label: 'Perlu perbaikan', lanjutKe: 3 },
      ],
    };
  if (no === 7) return { ...base, jenis: 'proses', durasiTeks: '2 hari kalender', menit: (2 * 5 * 450) / 7, hari: 'kalender' };
  return { ...base, jenis: 'proses', durasiTeks: `${no * 10} menit`, menit: no * 10 };
});

/** A small deterministic generator (mulberry32), so every run of the benchmark measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function monevData(runs = 1_000, seed = 2026): { sop: MonevSop; runs: MonevRun[]; records: number } {
  const next = random(seed);
  const start = Date.UTC(2026, 0, 5, 1, 0);
  const list: MonevRun[] = [];
  let records = 0;
  for (let r = 0; r < runs; r++) {
    const dimulai = start + Math.floor(next() * 170) * 86_400_000 + Math.floor(next() * 8 * 3_600_000);
    let time = dimulai;
    const keadaan: MonevRun['keadaan'] = {};
    for (const step of STEPS) {
      time += Math.floor((step.menit ?? 30) * (0.3 + next() * 1.6) * 60_000);
      // One run in a hundred has a device clock set back.
      const tick = r % 100 === 7 && step.no === 4 ? time - 86_400_000 : time;
      keadaan[String(step.no)] = {
        dicentang: tick,
        catatan: next() < 0.05 ? 'Catatan sintetis' : '',
        keputusan: step.no === 5 ? 'Sesuai' : null,
      };
      records += 1;
    }
    list.push({
      id: `bench-${r}`,
      sopId: 'monev-bench',
      sopVersi: r % 10 === 0 ? 'versi-lama' : 'versi-kini',
      judul: `Pelaksanaan sintetis ${r + 1}`,
      pemilik: `Rekan ${(r % 12) + 1}`,
      status: 'selesai',
      dimulai,
      diakhiri: time,
      langkah: STEPS,
      keadaan,
    });
  }
  return { sop: { sopId: 'monev-bench', sopVersi: 'versi-kini', langkah: STEPS }, runs: list, records };
}

export interface MonevBench {
  langkah: number;
  pelaksanaan: number;
  medianMs: number;
  semuaMs: number[];
  bebanSistem: number[];
}

export function measureMonev(): MonevBench {
  const { sop, runs, records } = monevData();
  const periode = semester(runs[0]?.dimulai ?? Date.now());
  hitungMonev(runs, sop, periode, KALENDER_ASN);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const hasil = hitungMonev(runs, sop, periode, KALENDER_ASN);
    times.push(performance.now() - started);
    if (hasil.catatanDibaca + hasil.masalahWaktu.length * 10 < records * 0.9) throw new Error('monev membaca terlalu sedikit catatan');
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { langkah: records, pelaksanaan: runs.length, medianMs: sorted[3] as number, semuaMs: times, bebanSistem: os.loadavg() };
}

/**
 * The monev page in Chromium with 10,000 step records of one SOP in IndexedDB (imported as a colleague's backup
 * through the page): milliseconds from the page's navigation start to its figures on screen, and within that the
 * page's own marks: reading IndexedDB, then computing and drawing; the median of 5 loads each. Needs a built site with its monev pages (`npm run build`).
 */
export async function measureMonevPage(
  dist: string,
  base: string,
): Promise<{
  sop: string;
  langkah: number;
  imporMs: number;
  halamanMs: number[];
  medianMs: number;
  bacaIndexedDbMs: number;
  hitungDanGambarMs: number;
}> {
  const { readdir, readFile, writeFile, mkdtemp } = await import('node:fs/promises');
  const path = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { launchChromium } = await import('../src/build-browser/chromium.ts');
  const { startStaticServer } = await import('../scripts/lib/static-server.ts');
  const sops = (await readdir(path.join(dist, 'monev'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const sopId = sops.sort()[0];
  if (!sopId) throw new Error(`${dist}/monev/ tidak memuat halaman SOP; jalankan npm run build dahulu`);
  const snapshot = JSON.parse(await readFile(path.join(dist, 'checklist/sop', `${sopId}.json`), 'utf8'));
  const perRun = snapshot.langkah.length as number;
  const count = Math.ceil(10_000 / perRun);
  const now = Date.now();
  // Within the current semester (the page's default period), ticks a few minutes apart, none in the future.
  const runs = Array.from({ length: count }, (_, i) => {
    const dimulai = now - (i + 2) * 3 * 3_600_000;
    return {
      id: `monev-bench-${i}`,
      ...snapshot,
      judul: `Pelaksanaan sintetis ${i + 1}`,
      namaPelaksana: 'Rekan Sintetis',
      status: 'berjalan',
      dimulai,
      diakhiri: null,
      diperbarui: dimulai + perRun * 5 * 60_000,
      keadaan: Object.fromEntries(
        snapshot.langkah.map((step: { no: number }, k: number) => [
          String(step.no),
          { dicentang: dimulai + (k + 1) * 5 * 60_000, catatan: '', keputusan: null },
        ]),
      ),
    };
  });
  const folder = await mkdtemp(path.join(tmpdir(), 'lajur-monev-'));
  const file = path.join(folder, 'rekan-sintetis.json');
  await writeFile(file, JSON.stringify({ format: 'lajur-checklist', versi: 1, diekspor: new Date().toISOString(), runs }));
  const site = await startStaticServer({ root: dist, base });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await page.goto(`${site.url}monev/`);
    await page.getByLabel('Berkas cadangan rekan').setInputFiles(file);
    const started = performance.now();
    await page.getByRole('button', { name: 'Impor cadangan rekan' }).click();
    await page.getByText(/ditambahkan/).waitFor({ timeout: 180_000 });
    const imporMs = performance.now() - started;
    const times: number[] = [];
    const reading: number[] = [];
    const computing: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${site.url}monev/${sopId}/`);
      await page.locator('.tabel-angka').waitFor({ timeout: 60_000 });
      const marks = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        return { baca: at('monev-baca'), data: at('monev-data'), angka: at('monev-angka'), sekarang: performance.now() };
      });
      times.push(marks.sekarang);
      reading.push(marks.data - marks.baca);
      computing.push(marks.angka - marks.data);
    }
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[2] as number;
    return {
      sop: sopId,
      langkah: count * perRun,
      imporMs,
      halamanMs: times,
      medianMs: middle(times),
      bacaIndexedDbMs: middle(reading),
      hitungDanGambarMs: middle(computing),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

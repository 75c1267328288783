/**
 * Monev in the browser: three colleagues' backups (synthetic people and times, format 1 files as an older Lajur
 * wrote them) imported at once; the SOP's monev page shows the per-step figures and the chart, lists the run with
 * a clock problem apart and the run of another SOP version with its difference; the form is filled, printed to
 * PDF (A4, the kop, the assessor's name), exported as CSV and in the JSON backup, and restored on a fresh browser,
 * where the SOP page and the "perlu revisi" list show the conclusion.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { readPdfPages } from '../../scripts/lib/pdf-pages.ts';
import type { SopSnapshot } from '../../src/domain/checklist.ts';
import { exportBackup, importBackup } from './checklist-helpers.ts';

const MIN = 60_000;
/** A moment in WIB on a day of March 2026 (2 March is a Monday; 9 March is the fixture's synthetic holiday). */
const wib = (day: number, hour: number, minute = 0) => Date.UTC(2026, 2, day, hour - 7, minute);

let serial = 0;
/** A format 1 run: steps 1 and 2 ticked after the given working minutes (all within one morning unless given). */
function run(snapshot: SopSnapshot, nama: string, start: number, ticks: [number, number], extra: Record<string, unknown> = {}) {
  serial += 1;
  return {
    id: `monev-uji-${serial}`,
    ...snapshot,
    judul: `Cascading ${nama} ${serial}`,
    namaPelaksana: nama,
    status: 'berjalan',
    dimulai: start,
    diakhiri: null,
    diperbarui: ticks[1],
    keadaan: {
      1: { dicentang: ticks[0], catatan: serial === 1 ? 'Berkas diterima lewat surel' : '', keputusan: null },
      2: { dicentang: ticks[1], catatan: '', keputusan: null },
    },
    ...extra,
  };
}

const backup = (runs: unknown[]) => JSON.stringify({ format: 'lajur-checklist', versi: 1, diekspor: '2026-03-20T00:00:00.000Z', runs });

async function importColleagues(page: Page, snapshot: SopSnapshot) {
  const older: SopSnapshot = {
    ...snapshot,
    sopVersi: 'versi-lama-uji',
    langkah: snapshot.langkah.map((step) => (step.no === 2 ? { ...step, durasiTeks: '240 menit', menit: 240 } : step)),
  };
  const at = (day: number, first: number, second: number) =>
    [wib(day, 8) + first * MIN, wib(day, 8) + (first + second) * MIN] as [number, number];
  const files = [
    {
      name: 'ani.json',
      text: backup([
        run(snapshot, 'Ani Sintetis', wib(2, 8), at(2, 20, 100)),
        run(snapshot, 'Ani Sintetis', wib(3, 8), at(3, 40, 200)),
        run(snapshot, 'Ani Sintetis', wib(4, 8), at(4, 30, 150)),
      ]),
    },
    {
      name: 'budi.json',
      text: backup([
        run(snapshot, 'Budi Sintetis', wib(5, 8), at(5, 60, 180)),
        // A device clock set back: step 1 ticked before the run started.
        run(snapshot, 'Budi Sintetis', wib(5, 9), [wib(5, 8), wib(5, 10)]),
      ]),
    },
    {
      name: 'citra.json',
      text: backup([
        run(older, 'Citra Sintetis', wib(6, 8), at(6, 10, 200)),
        // Friday 15.30 to Tuesday 07.45 over the synthetic Monday holiday: 60 + 15 working minutes.
        run(snapshot, 'Citra Sintetis', wib(6, 15, 30), [wib(10, 7, 45), wib(10, 7, 45) + 30 * MIN]),
      ]),
    },
  ];
  await page.goto('monev/');
  await page
    .getByLabel('Berkas cadangan rekan')
    .setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) })));
  await expect(page.getByLabel('ani.json, milik:')).toHaveValue('Ani Sintetis');
  await page.getByRole('button', { name: 'Impor cadangan rekan' }).click();
  await expect(page.locator('monev-beranda .transfer-status')).toHaveText(
    'Ani Sintetis: 3 ditambahkan, 0 digabung, 0 sudah sama. Budi Sintetis: 2 ditambahkan, 0 digabung, 0 sudah sama. Citra Sintetis: 2 ditambahkan, 0 digabung, 0 sudah sama.',
  );
  await expect(page.locator('.daftar-rekan li')).toHaveCount(3);
}

test('three colleagues’ backups give per-step figures, a chart and a form that prints, exports and comes back', async ({
  page,
  browser,
}, testInfo) => {
  const snapshot = (await (await page.request.get('checklist/sop/penyusunan-cascading.json')).json()) as SopSnapshot;
  await importColleagues(page, snapshot);

  await page.goto('monev/penyusunan-cascading/');
  // The page says which holidays the figures skip (the fixture's one synthetic date).
  await expect(page.locator('[data-keterangan-libur]')).toHaveText(
    'di luar 1 hari libur nasional dan cuti bersama yang tercatat untuk 2026 (hari libur tahun lain belum tercatat)',
  );
  await page.getByLabel('Periode:').selectOption({ label: 'Semester I 2026' });
  await expect(page.locator('[data-angka="ringkasan"]')).toHaveText('6 pelaksanaan dimulai: 0 selesai, 0 dibatalkan, 6 masih berjalan.');
  const row = (no: number) => page.locator(`.tabel-angka tr[data-no="${no}"]`);
  // Step 1: 20, 40, 30, 60, 10 and 75 working minutes against 30.
  await expect(row(1).locator('[data-kolom="dikerjakan"]')).toHaveText('6');
  await expect(row(1).locator('[data-kolom="median"]')).toHaveText('35 menit');
  await expect(row(1).locator('[data-kolom="terlama"]')).toHaveText('1 jam 15 menit');
  await expect(row(1).locator('[data-kolom="melewati"]')).toHaveText('3 dari 6');
  // Step 2: 100, 200, 150, 180 and 30 against 180, and 200 against the older version's own 240.
  await expect(row(2).locator('[data-kolom="median"]')).toHaveText('2 jam 45 menit');
  await expect(row(2).locator('[data-kolom="melewati"]')).toHaveText('1 dari 6');
  await expect(row(3).locator('[data-kolom="dikerjakan"]')).toHaveText('0');
  // The chart: a bar per step with a time, the over-standard one drawn in the warning colour.
  const bars = page.locator('svg.grafik-monev g.baris');
  await expect(bars).toHaveCount(2);
  await expect(page.locator('svg.grafik-monev g.baris.lewat[data-no="1"] rect.batang')).toHaveCSS('fill', 'rgb(199, 119, 0)');
  expect(Number(await page.locator('svg.grafik-monev g[data-no="1"] rect.batang').getAttribute('width'))).toBeGreaterThan(0);
  await expect(page.locator('.masalah-waktu li')).toHaveText([/Budi Sintetis.*langkah 1 dicentang sebelum pelaksanaan dimulai/]);
  await expect(page.locator('.versi-lain li')).toHaveText([
    /Citra Sintetis.*langkah 2: durasi 240 menit → 120 menit|Citra Sintetis.*langkah 2: durasi 240 menit → 180 menit/,
  ]);
  await expect(page.locator('.catatan-monev li')).toHaveText([/Langkah 1 · Ani Sintetis .*Berkas diterima lewat surel/]);
  await page.screenshot({ path: testInfo.outputPath('monev-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('monev-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Any range of dates: 2 to 4 March holds Ani's three runs only.
  await page.getByLabel('Periode:').selectOption({ label: 'Rentang tanggal…' });
  await page.getByLabel('dari').fill('2026-03-02');
  await page.getByLabel('sampai', { exact: true }).fill('2026-03-04');
  await expect(page.locator('[data-angka="ringkasan"]')).toHaveText('3 pelaksanaan dimulai: 0 selesai, 0 dibatalkan, 3 masih berjalan.');
  await expect(row(1).locator('[data-kolom="median"]')).toHaveText('30 menit');
  await expect(page.locator('[data-tanpa-libur]')).toHaveCount(0);
  // A range reaching into a year without a holiday list says so instead of looking complete.
  await page.getByLabel('dari').fill('2025-12-01');
  await expect(page.locator('[data-tanpa-libur]')).toHaveText(
    'Hari libur 2025 belum tercatat (content/libur/): waktu kerja periode ini menghitung hari libur tahun itu sebagai hari kerja.',
  );
  await page.getByLabel('Periode:').selectOption({ label: 'Semester I 2026' });
  await expect(page.locator('[data-tanpa-libur]')).toHaveCount(0);
  await expect(row(1).locator('[data-kolom="dikerjakan"]')).toHaveText('6');

  // The form starts from the evidence, never from a judgement.
  const catatan = page.getByLabel('Catatan hasil penilaian (kolom 4)');
  await expect(catatan).toHaveValue(/^Bukti checklist Semester I 2026: 6 pelaksanaan dimulai/);
  await expect(page.locator('input[name="penilaian"]:checked')).toHaveCount(0);
  await page.getByLabel('Tidak berjalan dengan baik').check();
  await page.getByLabel('Tindakan yang harus diambil (kolom 5)').fill('Pengarahan kepada pelaksana langkah 1; tinjau mutu baku');
  // The evaluation: every criterion answered Ya or Tidak, one left for later.
  await expect(page.locator('.kriteria-evaluasi tbody tr')).toHaveCount(7);
  await page.getByLabel('Ya: Mampu mendorong peningkatan kinerja').check();
  await page.getByLabel('Tidak: Mudah dipahami').check();
  await page.getByLabel('Ya: Mudah dilaksanakan').check();
  await page.getByLabel('Tidak: Mampu mengatasi permasalahan yang berkaitan dengan proses').check();
  await page.getByLabel('Ya, perlu revisi').check();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.formulir-monev').screenshot({ path: testInfo.outputPath('monev-isian-phone.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('Observasi supervisor').check();
  await page.getByLabel('Nama penilai').fill('Penilai Sintetis');
  await page.getByLabel('NIP').fill('198001012005011001');
  await page.getByLabel('Jabatan').fill('Kepala Bagian Uji');
  await page.getByLabel('Tanggal penilaian').fill('2026-07-03');
  await page.getByRole('button', { name: 'Simpan formulir' }).click();
  await expect(page.locator('monev-sop .transfer-status')).toHaveText(/Formulir Semester I 2026 tersimpan/);
  // The printed sheet follows the form.
  await expect(page.locator('[data-cetak="nama"]')).toHaveText('Penilai Sintetis');
  await expect(page.locator('[data-cetak-penilaian="Tidak berjalan dengan baik"]')).toHaveClass(/dipilih/);
  const printed = (index: number, jawaban: string) => page.locator(`[data-cetak-kriteria="${index}"][data-jawaban="${jawaban}"]`);
  await expect(printed(0, 'Ya')).toHaveText('✓');
  await expect(printed(0, 'Tidak')).toHaveText('');
  await expect(printed(1, 'Tidak')).toHaveText('✓');
  await expect(printed(6, 'Ya')).toHaveText('');
  await expect(printed(6, 'Tidak')).toHaveText('');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.monev-alat').first()).toBeHidden();
  await expect(page.locator('.kop-dinas')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(testInfo.outputPath('monev-formulir.pdf'), pdf);
  const pages = readPdfPages(pdf);
  // Tabel 7, the evaluation and the signature on one A4 sheet; a longer note would move the signature block to
  // the next sheet whole, never split it.
  expect(pages.map((sheet) => sheet.orientation)).toEqual(['tegak']);
  await expect(page.locator('.lembar-monev .tanda-tangan')).toHaveCSS('break-inside', 'avoid');
  expect([Math.round(pages[0]?.width ?? 0), Math.round(pages[0]?.height ?? 0)]).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('\r\nPenilaian Terhadap Penerapan;Tidak berjalan dengan baik\r\n');
  expect(csv).toContain('\r\nNIP Penilai;="198001012005011001"\r\n');
  expect(csv).toContain('\r\nEvaluasi 2: Mudah dipahami;Tidak\r\n');
  expect(csv).toContain('\r\nEvaluasi 7: Sinergi satu dengan lainnya;\r\n');
  expect(csv).toContain('\r\n1;Mendisposisi penyusunan cascading;Kepala Dinas;waktu kerja;30;6;35;75;3;;1\r\n');

  // The form travels in the JSON backup and comes back on a fresh browser.
  const backupPath = await exportBackup(page);
  expect(JSON.parse(await readFile(backupPath, 'utf8'))).toMatchObject({
    versi: 4,
    formulir: [{ penilai: { nama: 'Penilai Sintetis' }, evaluasi: { kriteria: ['Ya', 'Tidak', 'Ya', null, 'Tidak', null, null] } }],
  });
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL, serviceWorkers: 'block' });
  const other = await fresh.newPage();
  expect(await importBackup(other, backupPath)).toMatch(/1 formulir monev dipulihkan/);
  await other.goto('sop/penyusunan-cascading/');
  await expect(other.locator('[data-perlu-revisi]')).toBeVisible();
  await expect(other.locator('[data-perlu-revisi]')).toContainText('periode 2026-01-01 s.d. 2026-06-30');
  await other.setViewportSize({ width: 390, height: 844 });
  await other.locator('#pelaksanaan').screenshot({ path: testInfo.outputPath('sop-perlu-revisi-phone.png') });
  await other.goto('monev/');
  await expect(other.locator('.daftar-perlu-revisi li')).toHaveText([
    /Penyusunan.*periode 1 Januari 2026 s\.d\. 30 Juni 2026 · dinilai oleh Penilai Sintetis/,
  ]);
  await other.screenshot({ path: testInfo.outputPath('monev-beranda-phone.png'), fullPage: true });
  await other.setViewportSize({ width: 1280, height: 720 });
  await other.screenshot({ path: testInfo.outputPath('monev-beranda-desktop.png'), fullPage: true });
  await other.goto('monev/penyusunan-cascading/');
  await other.getByLabel('Periode:').selectOption({ label: 'Semester I 2026' });
  await expect(other.getByLabel('Nama penilai')).toHaveValue('Penilai Sintetis');
  await expect(other.getByLabel('Tidak: Mudah dipahami')).toBeChecked();
  await expect(other.locator('[data-cetak-kriteria="1"][data-jawaban="Tidak"]')).toHaveText('✓');

  // A colleague's backup that holds her own form: it comes in with her runs and is shown beside one's own, as
  // she wrote it, without replacing it.
  const mine = JSON.parse(await readFile(backupPath, 'utf8')) as { formulir: Array<Record<string, unknown>> };
  const hers = {
    ...mine,
    runs: [],
    formulir: [
      {
        ...mine.formulir[0],
        id: 'formulir-dewi-uji',
        monitoring: { penilaian: 'Berjalan dengan baik', catatan: 'Sintetis', tindakan: 'Tidak ada' },
        evaluasi: { kriteria: ['Ya', 'Ya', 'Ya', 'Ya', 'Ya', 'Ya', 'Tidak'], perluRevisi: false, catatan: '' },
        penilai: { nama: 'Dewi Sintetis', nip: '', jabatan: 'Analis (sintetis)' },
      },
    ],
  };
  await other.goto('monev/');
  await other
    .getByLabel('Berkas cadangan rekan')
    .setInputFiles([{ name: 'dewi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hers)) }]);
  // A backup of forms only is filed under its assessor.
  await expect(other.getByLabel('dewi.json, milik:')).toHaveValue('Dewi Sintetis');
  await other.getByRole('button', { name: 'Impor cadangan rekan' }).click();
  await expect(other.locator('monev-beranda .transfer-status')).toHaveText(
    'Dewi Sintetis: 0 ditambahkan, 0 digabung, 0 sudah sama; 1 formulir monev.',
  );
  await expect(other.locator('.daftar-rekan li[data-pemilik="Dewi Sintetis"]')).toContainText('0 pelaksanaan · 1 formulir monev');
  await other.goto('monev/penyusunan-cascading/');
  await other.getByLabel('Periode:').selectOption({ label: 'Semester I 2026' });
  await expect(other.getByLabel('Nama penilai')).toHaveValue('Penilai Sintetis');
  await expect(other.locator('.formulir-rekan li')).toHaveText([
    /^Dewi Sintetis: Berjalan dengan baik; kriteria evaluasi 6 Ya dari 7 dijawab \(7 kriteria\); tidak perlu revisi; tindakan: Tidak ada · Dewi Sintetis, 3 Juli 2026$/,
  ]);
  await fresh.close();
});

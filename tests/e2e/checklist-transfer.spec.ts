/**
 * Backups between devices: a run changed on two devices merges step by step, a real conflict keeps both texts,
 * a deleted run stays deleted, bad files are refused in Indonesian with step numbers from 1, and the CSV is safe
 * to open in Excel.
 */
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { exportBackup, importBackup, startRun, step } from './checklist-helpers.ts';

const note = (page: Page, no: number) => step(page, no).getByRole('textbox', { name: /Catatan/ });

async function writeNote(page: Page, no: number, text: string): Promise<void> {
  await note(page, no).fill(text);
  await note(page, no).blur();
  await expect(step(page, no).getByText('tersimpan')).toBeVisible();
}

test('a run changed on two devices merges step by step; the same note changed on both keeps both texts', async ({ browser }, testInfo) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  const deviceA = await (await browser.newContext()).newPage();
  const deviceB = await (await browser.newContext()).newPage();
  await startRun(deviceA, 'Dua perangkat');
  await writeNote(deviceA, 2, 'awal');
  const runPath = new URL(deviceA.url()).pathname + new URL(deviceA.url()).search;
  const first = await exportBackup(deviceA);
  expect(await importBackup(deviceB, first)).toContain('1 pelaksanaan ditambahkan');

  await deviceA.goto(runPath);
  await writeNote(deviceA, 3, 'catatan langkah 3 dari perangkat A');
  await writeNote(deviceA, 2, 'versi A');
  await deviceB.goto(runPath);
  await step(deviceB, 1).getByRole('checkbox').check();
  await expect(deviceB.getByText('1/10 langkah selesai')).toBeVisible();
  await writeNote(deviceB, 5, 'catatan langkah 5 dari perangkat B');
  await writeNote(deviceB, 2, 'versi B');

  const fromB = await exportBackup(deviceB);
  const fromA = await exportBackup(deviceA);
  expect(await importBackup(deviceA, fromB)).toMatch(/1 digabung/);
  expect(await importBackup(deviceB, fromA)).toMatch(/1 digabung/);
  expect(await importBackup(deviceA, await exportBackup(deviceB))).toMatch(/1 sudah sama/);

  for (const device of [deviceA, deviceB]) {
    await device.goto(runPath);
    await expect(note(device, 3)).toHaveValue('catatan langkah 3 dari perangkat A');
    await expect(note(device, 5)).toHaveValue('catatan langkah 5 dari perangkat B');
    await expect(step(device, 1).getByRole('checkbox')).toBeChecked();
    // Both devices wrote step 2: the later text is the note, the other is kept beside it and the reader told.
    await expect(note(device, 2)).toHaveValue('versi B');
    await expect(step(device, 2).locator('.konflik-catatan')).toContainText('Dua versi catatan');
    await expect(step(device, 2).locator('.konflik-catatan')).toContainText('versi A');
  }
  for (const width of [390, 1280]) {
    await deviceA.setViewportSize({ width, height: 900 });
    await step(deviceA, 2).screenshot({ path: testInfo.outputPath(`konflik-${width}.png`) });
  }
  // The run page with a conflict, a counter and notes passes axe like every built page.
  expect(await seriousViolations(deviceA)).toEqual([]);
  await deviceA.context().close();
  await deviceB.context().close();
});

test('a run deleted on purpose does not return when an older backup is imported', async ({ page }) => {
  await startRun(page, 'Dihapus dengan sengaja');
  const backup = await exportBackup(page);
  await page.getByRole('link', { name: 'Dihapus dengan sengaja' }).click();
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Batalkan pelaksanaan' }).click();
  await page.getByRole('button', { name: 'Hapus dari perangkat ini' }).click();
  await expect(page).toHaveURL(/\/checklist\/$/);
  await expect(page.getByText('Belum ada pelaksanaan')).toBeVisible();
  expect(await importBackup(page, backup)).toMatch(/1 sudah dihapus di perangkat ini/);
  await expect(page.locator('.daftar-run .run')).toHaveCount(0);
});

test('bad backups are refused in Indonesian, naming the run, the step (from 1) and what is expected', async ({ page }) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Sumber cadangan');
  const good = JSON.parse(await readFile(await exportBackup(page), 'utf8'));
  const english = /Invalid|Unexpected|Expected|expected (string|number)|JSON at position|received|daftar "?runs"? tidak ada/;
  const cases: Array<[name: string, text: string, message: RegExp]> = [
    ['terpotong.json', '{"format": "lajur-checklist", "runs": [', /terpotong\.json bukan JSON yang utuh/],
    ['runs-objek.json', JSON.stringify({ ...good, runs: {} }), /runs-objek\.json: "runs" harus berupa daftar pelaksanaan; ditemukan objek/],
    [
      'aktivitas.json',
      JSON.stringify({
        ...good,
        runs: [{ ...good.runs[0], langkah: good.runs[0].langkah.map((s: object, i: number) => (i === 2 ? { ...s, aktivitas: 5 } : s)) }],
      }),
      /pelaksanaan ke-1 \("Sumber cadangan"\), langkah ke-3: aktivitas harus berupa daftar teks; ditemukan angka 5/,
    ],
    [
      'waktu.json',
      JSON.stringify({ ...good, runs: [{ ...good.runs[0], dimulai: 1e300 }] }),
      /pelaksanaan ke-1 \("Sumber cadangan"\): waktu mulai .* di luar rentang/,
    ],
    [
      'catatan.json',
      JSON.stringify({
        ...good,
        runs: [
          { ...good.runs[0], keadaan: { 4: { dicentang: null, catatan: 'x'.repeat(60_000), keputusan: null, jejak: {}, konflik: [] } } },
        ],
      }),
      /langkah 4: catatan 60\.000 karakter; batas 5\.000 karakter/,
    ],
  ];
  for (const [name, text, message] of cases) {
    const status = await importBackup(page, { name, text });
    expect(status, name).toMatch(/^Tidak ada yang diubah\./);
    expect(status, name).toMatch(message);
    expect(status, name).not.toMatch(english);
  }
  await expect(page.locator('.daftar-run .run')).toHaveCount(1);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the CSV neutralises cells that Excel would run as formulas, still one row per step', async ({ page }) => {
  await startRun(page, '=HYPERLINK("http://contoh.invalid","klik")');
  await writeNote(page, 1, '=HYPERLINK("http://contoh.invalid","klik")');
  await writeNote(page, 2, '+62 812 0000');
  await writeNote(page, 3, '-1+1');
  await writeNote(page, 4, '@SUM(A1:A2)');
  await page.goto('checklist/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const rows = csv.slice(1).trimEnd().split('\r\n');
  expect(rows).toHaveLength(1 + 11);
  const cells = rows.slice(1).flatMap((row) => row.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? []);
  const live = cells.map((cell) => cell.replace(/;$/, '').replace(/^"|"$/g, '')).filter((cell) => /^[=+\-@\t\r]/.test(cell));
  expect(live).toEqual([]);
  expect(rows[1]).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""klik"")"`);
  expect(rows[2]).toContain("'+62 812 0000");
  expect(rows[3]).toContain("'-1+1");
  expect(rows[4]).toContain("'@SUM(A1:A2)");
});

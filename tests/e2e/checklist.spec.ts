import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { startRun, step } from './checklist-helpers.ts';

test('start a run, tick steps, decide, note, reload: everything is kept', async ({ page }, testInfo) => {
  await startRun(page, 'Cascading 2026', 'Nama Contoh (uji)');
  await expect(page.getByText('0/10 langkah selesai')).toBeVisible();
  await expect(step(page, 8)).toHaveAttribute('data-status', 'dilewati');

  await step(page, 1).getByRole('checkbox').check();
  await step(page, 2).getByRole('checkbox').check();
  await expect(step(page, 1)).toContainText(/Dicentang \d{2}\/\d{2}\/\d{4} \d{2}\.\d{2}/);
  await step(page, 7).getByLabel('Perlu penyesuaian → langkah 8').check();
  await expect(step(page, 8)).not.toHaveAttribute('data-status', 'dilewati');
  await expect(page.getByText('2/11 langkah selesai')).toBeVisible();
  await step(page, 2).getByLabel('Catatan').fill('Data <b>renja</b> belum lengkap');
  await step(page, 2).getByLabel('Catatan').blur();
  await expect(step(page, 2).getByText('· tersimpan')).toBeVisible();
  await step(page, 1).getByRole('checkbox').uncheck();
  await step(page, 1).getByRole('checkbox').check();
  await expect(page.getByText('2/11 langkah selesai')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('run-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('run-390.png'), fullPage: true });

  await page.reload();
  await expect(page.getByText('2/11 langkah selesai')).toBeVisible();
  await expect(step(page, 1).getByRole('checkbox')).toBeChecked();
  await expect(step(page, 2).getByRole('checkbox')).toBeChecked();
  await expect(step(page, 3).getByRole('checkbox')).not.toBeChecked();
  await expect(step(page, 7).getByLabel('Perlu penyesuaian → langkah 8')).toBeChecked();
  await expect(step(page, 2).getByLabel('Catatan')).toHaveValue('Data <b>renja</b> belum lengkap');
  await expect(page.getByText('Nama Contoh (uji)')).toBeVisible();
});

test('"Checklist saya" lists every run with status and progress, filterable', async ({ page }, testInfo) => {
  await startRun(page, 'Run A');
  await step(page, 1).getByRole('checkbox').check();
  // The tick is stored once the progress line shows it; leaving earlier raced the write.
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
  await startRun(page, 'Run <i>B</i>');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Selesaikan pelaksanaan' }).click();
  await expect(page.locator('.lencana')).toHaveText('Selesai');
  await expect(step(page, 1).getByRole('checkbox')).toBeDisabled();

  await page.getByRole('link', { name: '← Checklist saya' }).click();
  const runs = page.locator('.daftar-run .run');
  await expect(runs).toHaveCount(2);
  await expect(runs.filter({ hasText: 'Run A' })).toContainText('1/10 langkah');
  await expect(runs.filter({ hasText: 'Run <i>B</i>' })).toContainText('Selesai');
  await page.getByLabel('Status').selectOption('selesai');
  await expect(runs).toHaveCount(1);
  await expect(runs.first().locator('.run-judul')).toHaveText('Run <i>B</i>');

  await page.getByLabel('Status').selectOption('');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('checklist-saya-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('checklist-saya-390.png'), fullPage: true });
});

test('two tabs on the same run stay consistent', async ({ page, context }) => {
  await startRun(page, 'Dua tab');
  const other = await context.newPage();
  await other.goto(page.url());
  await step(page, 1).getByRole('checkbox').check();
  await expect(step(other, 1).getByRole('checkbox')).toBeChecked();
  await step(other, 2).getByRole('checkbox').check();
  await expect(page.getByText('2/10 langkah selesai')).toBeVisible();
});

test('export JSON and CSV, then import into a fresh profile restores the run', async ({ page, browser }) => {
  await startRun(page, 'Cadangan 2026');
  await step(page, 1).getByRole('checkbox').check();
  await step(page, 1).getByLabel('Catatan').fill('catatan; dengan "kutip"');
  await step(page, 1).getByLabel('Catatan').blur();
  await expect(step(page, 1).getByText('· tersimpan')).toBeVisible();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
  await expect(page.locator('.pesan[data-kind="galat"]')).toHaveCount(0);
  await page.goto('checklist/');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /Ekspor JSON/ }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^lajur-checklist-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = await json.path();
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'lajur-checklist', versi: 4, terhapus: [], formulir: [] });
  expect(exported.runs).toHaveLength(1);
  expect(exported.runs[0].keadaan['1'].catatan).toBe('catatan; dengan "kutip"');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]?.startsWith('ID Pelaksanaan;Judul;Nomor SOP;Nama SOP')).toBe(true);
  expect(lines).toHaveLength(1 + 11);
  expect(lines[1]).toContain(';selesai;');
  expect(lines[1]).toContain('"catatan; dengan ""kutip"""');

  const fresh = await browser.newContext();
  const restored = await fresh.newPage();
  await restored.goto('checklist/');
  await expect(restored.getByText('Belum ada pelaksanaan')).toBeVisible();
  await restored.getByLabel('Pulihkan dari cadangan JSON').setInputFiles(jsonPath);
  await expect(restored.getByText(/1 pelaksanaan ditambahkan/)).toBeVisible();
  await restored.getByRole('link', { name: 'Cadangan 2026' }).click();
  await expect(step(restored, 1).getByRole('checkbox')).toBeChecked();
  await expect(step(restored, 1).getByLabel('Catatan')).toHaveValue('catatan; dengan "kutip"');
  await fresh.close();
});

test('a wrong file is refused with a message and changes nothing', async ({ page }) => {
  await startRun(page, 'Tetap ada');
  await page.goto('checklist/');
  await page
    .getByLabel('Pulihkan dari cadangan JSON')
    .setInputFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('{"daftar": [1, 2') });
  await expect(page.locator('.transfer-status')).toHaveText(/Tidak ada yang diubah\. bukan\.json bukan JSON yang utuh/);
  await page
    .getByLabel('Pulihkan dari cadangan JSON')
    .setInputFiles({ name: 'lain.json', mimeType: 'application/json', buffer: Buffer.from('{"app": "lain"}') });
  await expect(page.locator('.transfer-status')).toHaveText(/bukan ekspor checklist Lajur/);
  await expect(page.locator('.daftar-run .run')).toHaveCount(1);
});

test('keyboard only: tick a step and choose an outcome', async ({ page }) => {
  await startRun(page, 'Papan ketik');
  await step(page, 1).getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(step(page, 1).getByRole('checkbox')).toBeChecked();
  await step(page, 7).getByLabel('Sesuai → langkah 9').focus();
  await page.keyboard.press('ArrowDown');
  await expect(step(page, 7).getByLabel('Perlu penyesuaian → langkah 8')).toBeChecked();
  await expect(page.getByText('1/11 langkah selesai')).toBeVisible();
});

test('the SOP page loads no database code until a run is started', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('sop/penyusunan-cascading/', { waitUntil: 'networkidle' });
  const before = [...scripts];
  expect(before.some((url) => /database|import-wrapper|runs\./.test(url))).toBe(false);
});

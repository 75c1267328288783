/**
 * What the editor keeps with a draft besides the SOP's text: the importer's TODOs, marked at their fields across
 * a reload until answered, and regulations drafted for the dasar hukum, checked as sop:check checks them, cited by
 * the SOP without a reference error, kept across a reload and saved as their own files. The regulation here is
 * synthetic and says so.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { permenpanDocx } from '../unit/support/permenpan-docx.ts';
import { FIXTURE } from './fixture-site.ts';
import { answerStep7Decision, dropFile } from './penyunting-helpers.ts';

async function saved(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path()) as string, 'utf8') };
}

const stored = (page: Page) => expect(page.locator('[data-status-draf]')).toContainText('Draf tersimpan');

test("an import's TODOs stay marked at their fields across a reload, until answered", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('penyunting/');
  await expect(page.getByLabel('SOP di situs ini')).toBeVisible();
  // Marks typed in the pelaksana columns, so the one thing left to decide is step 7's kind.
  await dropFile(page, 'sop-uji.docx', await permenpanDocx({ marks: [0, 2, 2, 3, 2, 1, 4, 2, 1, 0, 2] }));
  const todo = page.locator('[data-pesan-untuk="langkah.6.jenis"]');
  await expect(todo).toContainText('TODO: langkah 8 berbunyi "apabila diperlukan"');
  // An unrelated edit, so the draft is stored; then the page is loaded again.
  await page.locator('[data-path="nomor"]').fill('UJI/1/2026');
  await stored(page);
  await page.reload();
  await expect(page.locator('[data-path="nomor"]')).toHaveValue('UJI/1/2026');
  await expect(todo).toContainText('TODO: langkah 8 berbunyi "apabila diperlukan"');
  await expect(page.locator('[data-path="langkah.6.jenis"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'galat');

  // Answered: the mark goes, and stays gone after the next reload.
  await answerStep7Decision(page);
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  await expect(todo).toBeEmpty();
  await stored(page);
  await page.reload();
  await expect(page.locator('[data-path="langkah.6.jenis"]')).toHaveValue('keputusan');
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  await expect(todo).toBeEmpty();
});

test('a regulation drafted in the form is cited without a reference error, kept across a reload, and saved as a file that passes sop:check', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('penyunting/?sop=penyusunan-cascading');
  const summary = page.locator('.ringkasan-periksa');
  await expect(summary).toHaveAttribute('data-status', 'lulus');
  await page.getByRole('button', { name: 'Tambah peraturan baru' }).click();
  const form = page.locator('[data-regulasi-baru="0"]');
  // The fields of the regulation schema, its documentation as help.
  await expect(form.getByText('Judul ("tentang ...") lengkap, tanpa kata "tentang".')).toBeVisible();
  await form.getByLabel('Jenis', { exact: true }).selectOption('Pergub');
  await form.getByLabel('Nomor', { exact: true }).fill('77');
  // A mistake gets the regulation schema's own message at its field.
  const tahun = form.getByLabel('Tahun penetapan');
  await tahun.fill('20x1');
  await expect(page.locator('[data-pesan-untuk="regulasi.0.tahun"]')).toHaveText(
    'ditemukan "20x1"; diharapkan tahun berupa angka, misalnya 2013',
  );
  await expect(tahun).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-hasil-periksa]')).toContainText(
    'content/regulasi/pergub-77-20x1.yaml:4 tahun: ditemukan "20x1"; diharapkan tahun berupa angka',
  );
  await tahun.fill('2021');
  // Synthetic: no such regulation exists, and it says so.
  await form.getByLabel('Tentang').fill('Peraturan Uji Sintetis untuk Pengujian Penyunting (bukan peraturan sungguhan)');
  await form.getByLabel('Penerbit', { exact: true }).fill('Gubernur Provinsi Uji Sintetis');
  await form.getByLabel('Penerbit singkat (boleh kosong)').fill('Uji');
  await expect(form.getByLabel('Nama berkas (id yang dikutip SOP, tanpa .yaml)')).toHaveValue('pergub-uji-77-2021');
  await expect(summary).toHaveAttribute('data-status', 'lulus');

  // Picked for the dasar hukum: the SOP's own check knows it, so no "not in content/regulasi/" error.
  const tick = page.getByLabel(
    'Peraturan Gubernur Provinsi Uji Sintetis Nomor 77 Tahun 2021 tentang Peraturan Uji Sintetis untuk Pengujian Penyunting (bukan peraturan sungguhan) (draf baru, belum di content/regulasi/)',
  );
  await tick.check();
  await expect(summary).toHaveAttribute('data-status', 'lulus');
  await expect(page.locator('[data-hasil-periksa] li')).toHaveCount(0);
  await stored(page);

  await page.reload();
  await expect(page.locator('[data-regulasi-baru="0"]').getByLabel('Nomor', { exact: true })).toHaveValue('77');
  await expect(tick).toBeChecked();
  await expect(summary).toHaveAttribute('data-status', 'lulus');

  const sop = await saved(page, 'Unduh .mdx');
  const regulasi = await saved(page, 'Unduh .yaml');
  expect(regulasi.name).toBe('pergub-uji-77-2021.yaml');
  expect(sop.text).toContain('dasarHukum:\n  - pergub-uji-77-2021\n');
  expect(regulasi.text).toBe(
    [
      '# Peraturan baru dari penyunting Lajur, dasar hukum SOP penyusunan-cascading; periksa terhadap naskah resmi.',
      'jenis: Pergub',
      'nomor: 77',
      'tahun: 2021',
      'tentang: Peraturan Uji Sintetis untuk Pengujian Penyunting (bukan peraturan sungguhan)',
      'penerbit: Gubernur Provinsi Uji Sintetis',
      'penerbitSingkat: Uji',
      '',
    ].join('\n'),
  );
  // sop:check itself, on a content folder holding both files.
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-regulasi-'));
  try {
    await cp(FIXTURE.content, dir, { recursive: true });
    await writeFile(path.join(dir, 'sop', 'penyusunan-cascading.mdx'), sop.text);
    await writeFile(path.join(dir, 'regulasi', regulasi.name), regulasi.text);
    const cli = spawnSync('node_modules/.bin/node', ['scripts/sop-check.ts', '--content', dir], { encoding: 'utf8' });
    expect(cli.stdout).toMatch(/: 0 kesalahan, /);
    expect(cli.stdout).not.toContain('regulasi/pergub-uji-77-2021.yaml');
    expect(cli.status, cli.stdout).toBe(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // Into a content/ folder: a new file in regulasi/, after the same confirmation as the SOP's.
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('regulasi', { create: true });
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => root;
  });
  await page.getByRole('button', { name: 'Simpan ke folder content/regulasi/…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Berkas baru: regulasi/pergub-uji-77-2021.yaml' });
  await dialog.getByRole('button', { name: 'Tulis berkas baru' }).click();
  await expect(page.locator('[data-regulasi-baru="0"] [role="status"]')).toContainText('Tersimpan ke');
  const written = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('regulasi');
    return (await (await folder.getFileHandle('pergub-uji-77-2021.yaml')).getFile()).text();
  });
  expect(written).toBe(regulasi.text);
});

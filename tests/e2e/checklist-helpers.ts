/** Shared steps of the checklist browser tests. */
import { expect, type Page } from '@playwright/test';

/** Starts a run of the cascading SOP from its page and returns once the run page shows it. */
export async function startRun(page: Page, judul: string, nama = ''): Promise<void> {
  await page.goto('sop/penyusunan-cascading/');
  const form = page.locator('mulai-pelaksanaan form');
  await form.getByLabel('Judul pelaksanaan').fill(judul);
  if (nama) await form.getByLabel(/Nama Anda/).fill(nama);
  await form.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
  await expect(page).toHaveURL(/\/checklist\/\?run=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(judul);
}

export const step = (page: Page, no: number) => page.locator(`li.langkah-run[data-no="${no}"]`);

/** Downloads the full JSON backup from "Checklist saya" and returns its path. */
export async function exportBackup(page: Page): Promise<string> {
  await page.goto('checklist/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Ekspor JSON/ }).click();
  return (await download).path();
}

/** Restores a backup file (path or contents) on "Checklist saya" and returns the status line's text. */
export async function importBackup(page: Page, file: string | { name: string; text: string }): Promise<string> {
  await page.goto('checklist/');
  const status = page.locator('.transfer-status');
  await page
    .getByLabel('Pulihkan dari cadangan JSON')
    .setInputFiles(typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(status).toHaveText(/dipulihkan|Tidak ada yang diubah/);
  return (await status.textContent()) ?? '';
}

/**
 * What the editor's browser tests do alike: drop a file on the page as an author drags it from the file manager,
 * and answer the one decision the synthetic Word file leaves open (step 7's kind; tests/unit/support/permenpan-docx.ts
 * with marks typed in the pelaksana columns).
 */
import type { Page } from '@playwright/test';

/** Drops `bytes` named `name` on the editor. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dropped = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { bytes: [...bytes], name },
  );
  await page.locator('penyunting-sop').dispatchEvent('drop', { dataTransfer: dropped });
}

/** The import's TODO answered in the form: step 7 is a decision, "Sesuai" to step 9, "Perlu penyesuaian" to 8. */
export async function answerStep7Decision(page: Page): Promise<void> {
  await page.locator('[data-path="langkah.6.jenis"]').selectOption('keputusan');
  await page.locator('[data-path="langkah.6.pilihan.0.label"]').fill('Sesuai');
  await page.locator('[data-path="langkah.6.pilihan.0.lanjutKe"]').selectOption('9');
  await page.locator('[data-path="langkah.6.pilihan.1.label"]').fill('Perlu penyesuaian');
  await page.locator('[data-path="langkah.6.pilihan.1.lanjutKe"]').selectOption('8');
  await page.locator('[data-path="langkah.7.lanjutKe"]').selectOption('9');
}

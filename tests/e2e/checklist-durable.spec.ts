/**
 * Checklist records that outlive the page: a note or a tick followed at once by leaving the page, two tabs on one
 * note, a note longer than the limit, a double "Mulai pelaksanaan", a tab whose database another tab upgraded,
 * and the printed record with a long note.
 */
import { expect, test } from '@playwright/test';
import { startRun, step } from './checklist-helpers.ts';

const note = (page: import('@playwright/test').Page, no: number) => step(page, no).getByRole('textbox', { name: /Catatan/ });

test('a note typed and left at once (reload, Back, tab closed) is kept', async ({ page, context }) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Langsung pergi');
  const runUrl = page.url();

  await note(page, 1).pressSequentially('ditulis lalu muat ulang', { delay: 5 });
  await page.reload();
  await expect(note(page, 1)).toHaveValue('ditulis lalu muat ulang');

  await page.goto('checklist/');
  await page.goto(runUrl);
  await note(page, 2).pressSequentially('ditulis lalu kembali', { delay: 5 });
  await page.goBack();
  await expect(page).toHaveURL(/\/checklist\/$/);
  await page.goForward();
  await expect(note(page, 2)).toHaveValue('ditulis lalu kembali');

  await note(page, 3).pressSequentially('ditulis lalu tab ditutup', { delay: 5 });
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(runUrl);
  await expect(note(again, 3)).toHaveValue('ditulis lalu tab ditutup');
  await expect(note(again, 1)).toHaveValue('ditulis lalu muat ulang');
});

test('a tick followed by an immediate reload is kept, ten times out of ten', async ({ page }) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Centang lalu muat ulang');
  const ticked: number[] = [];
  for (const no of [1, 2, 3, 4, 5, 6, 9, 10, 1, 2]) {
    const box = step(page, no).getByRole('checkbox');
    const wanted = !(await box.isChecked());
    // Clicked and reloaded in one go, as a hurried person (or a closing laptop lid) does.
    await Promise.all([
      page.waitForEvent('load'),
      box.evaluate((element) => {
        (element as HTMLInputElement).click();
        location.reload();
      }),
    ]);
    await expect(step(page, no).getByRole('checkbox')).toBeChecked({ checked: wanted });
    if (wanted) ticked.push(no);
  }
  expect(ticked.length).toBeGreaterThan(0);
});

test('two tabs on one note: the focused tab learns of the other text and neither is lost', async ({ page, context }) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Dua tab satu catatan');
  const other = await context.newPage();
  await other.goto(page.url());

  await note(page, 1).click();
  await note(page, 1).pressSequentially('teks tab A');
  await expect(step(page, 1).getByText('tersimpan')).toBeVisible();

  await note(other, 1).fill('teks tab B');
  await note(other, 1).blur();
  await expect(step(other, 1).getByText('tersimpan')).toBeVisible();

  // Tab A's box still has focus; it must not silently replace tab B's text when it is left.
  await expect(step(page, 1).getByText(/diubah di tab lain|diubah di perangkat lain/)).toBeVisible();
  await note(page, 1).pressSequentially(' ditambah');
  await note(page, 1).blur();

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(note(tab, 1)).toHaveValue(/teks tab A ditambah|teks tab B/);
    await expect(step(tab, 1)).toContainText(/Dua versi catatan/);
    const shown = `${await note(tab, 1).inputValue()} ${await step(tab, 1).textContent()}`;
    expect(shown).toContain('teks tab A ditambah');
    expect(shown).toContain('teks tab B');
  }
});

test('a note over the limit says so with a counter and is never cut silently', async ({ page }) => {
  await startRun(page, 'Catatan panjang');
  const long = 'Berkas usulan diterima lengkap. '.repeat(80).trim(); // about 2,500 characters
  await note(page, 1).fill(long);
  await note(page, 1).blur();
  await expect(step(page, 1).getByText('tersimpan')).toBeVisible();
  await expect(step(page, 1).getByText(`${long.length.toLocaleString('id-ID')}/5.000 karakter`)).toBeVisible();
  await page.reload();
  await expect(note(page, 1)).toHaveValue(long);

  const tooLong = 'x'.repeat(5_200);
  await note(page, 2).fill(tooLong);
  await expect(note(page, 2)).toHaveValue(tooLong);
  await expect(step(page, 2).getByText('5.200/5.000 karakter')).toBeVisible();
  const counter = step(page, 2).getByText('5.200/5.000 karakter');
  await expect(counter).toHaveCSS('color', 'rgb(163, 38, 42)');
  await expect(step(page, 2).getByRole('alert')).toHaveText(/melebihi batas 5\.000 karakter.*200 karakter/);
  await note(page, 2).blur();
  await expect(step(page, 2).getByText('belum tersimpan')).toBeVisible();
});

test('double-clicking or pressing Enter twice on "Mulai pelaksanaan" starts one run', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  const form = page.locator('mulai-pelaksanaan form');
  await form.getByLabel('Judul pelaksanaan').fill('Klik ganda');
  await form.getByRole('button', { name: 'Mulai pelaksanaan' }).dblclick();
  await expect(page).toHaveURL(/\/checklist\/\?run=/);

  await page.goto('sop/penyusunan-cascading/');
  await form.getByLabel('Judul pelaksanaan').fill('Enter dua kali');
  await form.getByLabel('Judul pelaksanaan').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checklist\/\?run=/);

  await page.goto('checklist/');
  await expect(page.getByText('2 dari 2 pelaksanaan')).toBeVisible();
  await expect(page.locator('.daftar-run .run')).toHaveCount(2);
});

test('after another tab upgraded the database, a tick is not shown as saved and survives the reload', async ({ page, context }) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Versi basis data');
  await step(page, 1).getByRole('checkbox').check();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();

  // Another tab (a newer Lajur) opens the database at a higher version.
  const other = await context.newPage();
  await other.goto('checklist/');
  await other.evaluate(async () => {
    const current = (await indexedDB.databases()).find((info) => info.name === 'lajur-checklist')?.version ?? 1;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('lajur-checklist', current + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });
  await other.close();

  await step(page, 2).getByRole('checkbox').click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /Muat ulang/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('body')).not.toContainText('DatabaseClosedError');
  await expect(step(page, 2).getByRole('checkbox')).not.toBeChecked();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
  await page.getByRole('button', { name: 'Muat ulang' }).first().click();
  await expect(step(page, 2).getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('2/10 langkah selesai')).toBeVisible();
});

test('the printed record shows a long note in full, on phone and desktop', async ({ page }, testInfo) => {
  // Many page loads and two browsers: give it room on a busy machine.
  test.slow();
  await startRun(page, 'Cetak catatan panjang', 'Nama Contoh (uji)');
  const paragraphs = Array.from(
    { length: 12 },
    (_, index) => `Paragraf ${index + 1}: berkas usulan dari bidang diperiksa bersama tim; data capaian triwulan dicocokkan dengan renja.`,
  );
  const long = `${paragraphs.join('\n')}\nKalimat terakhir catatan ini harus tercetak.`;
  await step(page, 2).getByRole('checkbox').check();
  await note(page, 2).fill(long);
  await note(page, 2).blur();
  await expect(step(page, 2).getByText('tersimpan')).toBeVisible();

  for (const [name, width] of [
    ['390', 390],
    ['1280', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`catatan-panjang-${name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(step(page, 2).getByText('Kalimat terakhir catatan ini harus tercetak.')).toBeVisible();
  await expect(step(page, 2).getByText('Paragraf 1:')).toBeVisible();
  // A record, not a web page: no site navigation or footer on paper.
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const clipped = await page
    .locator('li.langkah-run[data-no="2"] :is(textarea, .catatan-cetak)')
    .evaluateAll((elements) =>
      elements
        .filter((element) => getComputedStyle(element).display !== 'none')
        .some((element) => element.scrollHeight > element.clientHeight + 1),
    );
  expect(clipped).toBe(false);
  await page.screenshot({ path: testInfo.outputPath('catatan-panjang-cetak.png'), fullPage: true });
  await page.pdf({ path: testInfo.outputPath('catatan-panjang-cetak.pdf'), format: 'A4' });
});

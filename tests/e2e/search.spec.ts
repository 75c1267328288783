import { expect, test, type Page } from '@playwright/test';

/** Opens the search dialog with "/", types a query and returns the result titles in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: /Cari SOP/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Kata pencarian' }).fill(query);
  await expect(dialog.locator('.pencarian-hasil')).toHaveAttribute('aria-busy', 'false');
  await expect(dialog.getByRole('status')).toContainText('hasil untuk');
  return dialog.locator('.pencarian-judul').allTextContents();
}

test.describe('search in Bahasa Indonesia', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('sop/penyusunan-cascading/');
  });

  test('"53 2014" lists the Permen PANRB 53/2014 page first', async ({ page }) => {
    const titles = await search(page, '53 2014');
    expect(titles[0]).toBe('Permen PANRB 53/2014');
  });

  test('"perjanjian kinerja" finds the PK SOP', async ({ page }) => {
    const titles = await search(page, 'perjanjian kinerja');
    expect(titles[0]).toBe('Penyusunan Perjanjian Kinerja (PK)');
  });

  test('"cascading" finds the cascading SOP and the qualification', async ({ page }) => {
    const titles = await search(page, 'cascading');
    expect(titles).toContain('Penyusunan Cascading');
    expect(titles).toContain('Memahami penyusunan Cascading');
  });

  test('"renstra" finds the qualification', async ({ page }) => {
    const titles = await search(page, 'renstra');
    expect(titles).toContain('Memahami Penyusunan Renstra');
  });

  test('filtering by jenis halaman narrows the results', async ({ page }) => {
    const all = await search(page, 'cascading');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jenis halaman').selectOption('SOP');
    await expect(dialog.locator('.pencarian-jenis').first()).toHaveText('SOP');
    await expect(async () => {
      const kinds = await dialog.locator('.pencarian-jenis').allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.length).toBeLessThan(all.length);
      expect(new Set(kinds)).toEqual(new Set(['SOP']));
    }).toPass();
  });

  test('a result opens its page, and Escape closes the dialog', async ({ page }) => {
    await search(page, 'renstra');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await search(page, 'renstra');
    await page
      .getByRole('dialog')
      .getByRole('link', { name: /Memahami Penyusunan Renstra/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memahami Penyusunan Renstra');
  });

  test('diagram text and navigation are not indexed: no duplicate hits', async ({ page }) => {
    // "Mendisposisi" appears in the SOP's diagram and table; the page must come back once.
    const titles = await search(page, 'mendisposisi');
    expect(titles.filter((title) => title === 'Penyusunan Cascading')).toHaveLength(1);
    // The header and footer are on every page; their words ("Lajur menyajikan ...") must match nothing.
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').fill('menyajikan');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/Tidak ada hasil/);
  });
});

test('the search page keeps the term in the address', async ({ page }) => {
  await page.goto('cari/?q=renstra');
  await expect(page.locator('.pencarian-judul').first()).toHaveText('Memahami Penyusunan Renstra');
  await page.getByRole('searchbox').fill('pergub');
  await expect(page).toHaveURL(/\?q=pergub$/);
});

test('the header button opens the search on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  await page.getByRole('link', { name: 'Cari' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await dialog.getByRole('searchbox').fill('sekretaris');
  await expect(dialog.locator('.pencarian-judul').first()).toHaveText('Sekretaris');
});

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

  test('a step is found on its SOP page, not again on the page of its pelaksana', async ({ page }) => {
    // "Mereview dokumen cascading" is the Sekretaris's step 9; the Sekretaris page lists it but is found by name.
    const titles = await search(page, 'mereview');
    expect(titles).toContain('Penyusunan Cascading');
    expect(await page.getByRole('dialog').locator('.pencarian-jenis').allTextContents()).not.toContain('Pelaksana');
    await page.keyboard.press('Escape');
    expect((await search(page, 'sekretaris'))[0]).toBe('Sekretaris');
  });
});

test.describe('search that works the way people type', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('sop/penyusunan-cascading/');
  });

  test('the dialog is styled as the search page: same computed styles', async ({ page }) => {
    const styleOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => {
          const style = getComputedStyle(node);
          return {
            fontSize: style.fontSize,
            paddingTop: style.paddingTop,
            borderTopWidth: style.borderTopWidth,
            borderRadius: style.borderTopLeftRadius,
            width: node.getBoundingClientRect().width > 200,
          };
        });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: /Cari SOP/ });
    await dialog.getByRole('searchbox').fill('cascading');
    await expect(dialog.getByRole('status')).toContainText('hasil untuk');
    const inDialog = await styleOf('dialog .pencarian-form input');
    const box = await dialog.evaluate((node) => {
      const style = getComputedStyle(node);
      return { radius: style.borderTopLeftRadius, listStyle: getComputedStyle(node.querySelector('ol') as Element).listStyleType };
    });
    expect(box.listStyle).toBe('none');
    expect(box.radius).not.toBe('0px');
    await page.goto('cari/?q=cascading');
    await expect(page.locator('.pencarian-judul').first()).toBeVisible();
    const onPage = await styleOf('cari-halaman .pencarian-form input');
    expect(inDialog).toEqual(onPage);
    // An unstyled input would have the browser's 13.33px text and a 1px inset border of 2px padding.
    expect(Number.parseFloat(inDialog.fontSize)).toBeGreaterThan(16);
  });

  test('"53 2014" typed right after "/", before the dialog has loaded, is kept in order', async ({ page }) => {
    // Scripts fetched from now on arrive as late as on a slow phone network: the keys come before the dialog.
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.keyboard.press('/');
    await page.keyboard.type('53 2014');
    const dialog = page.getByRole('dialog', { name: /Cari SOP/ });
    await expect(dialog.getByRole('searchbox')).toHaveValue('53 2014');
    await expect(dialog.locator('.pencarian-judul').first()).toHaveText('Permen PANRB 53/2014');
  });

  test('"surat" lists the SOP named for it before the qualifications that mention it', async ({ page }) => {
    const titles = await search(page, 'surat');
    expect(titles[0]).toBe('Penerimaan Surat Masuk (uji)');
    expect(titles).toContain('Memahami tata naskah dinas surat-menyurat (uji)');
  });

  test('"menyusun cascading" lists the SOP first', async ({ page }) => {
    const titles = await search(page, 'menyusun cascading');
    expect(titles[0]).toBe('Penyusunan Cascading');
  });

  test('"tugas sekretaris" and "peran sekretaris" list the Sekretaris page first', async ({ page }) => {
    expect((await search(page, 'tugas sekretaris'))[0]).toBe('Sekretaris');
    await page.keyboard.press('Escape');
    expect((await search(page, 'peran sekretaris'))[0]).toBe('Sekretaris');
  });

  test('a typo gets "Maksud Anda" from the index, which leads to the right page', async ({ page }) => {
    await search(page, 'perjanjan kinerja');
    const dialog = page.getByRole('dialog');
    const suggestion = dialog.getByRole('button', { name: 'perjanjian kinerja' });
    await expect(dialog.getByText('Maksud Anda:')).toBeVisible();
    await suggestion.click();
    await expect(dialog.getByRole('searchbox')).toHaveValue('perjanjian kinerja');
    await expect(dialog.locator('.pencarian-judul').first()).toHaveText('Penyusunan Perjanjian Kinerja (PK)');
    await dialog
      .getByRole('link', { name: /Penyusunan Perjanjian Kinerja/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Perjanjian Kinerja (PK)');
  });

  test('acronyms match their long form and the reverse', async ({ page }) => {
    // "SAKIP" is written nowhere; the regulation spells it out.
    expect(await search(page, 'sakip')).toContain('Kepgub Jabar 061.1/Kep.201-Org/2020');
    await page.keyboard.press('Escape');
    expect(await search(page, 'iku')).toContain('Memahami Penyusunan Indikator Kinerja Utama');
    await page.keyboard.press('Escape');
    expect((await search(page, 'pk'))[0]).toBe('Penyusunan Perjanjian Kinerja (PK)');
    // Pages show the acronym with its long form.
    await page.goto('sop/penyusunan-perjanjian-kinerja/');
    await expect(page.getByRole('heading', { level: 1 }).locator('abbr')).toHaveAttribute('title', 'Perjanjian Kinerja');
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

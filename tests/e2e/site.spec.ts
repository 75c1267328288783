import { expect, test, type Page } from '@playwright/test';
import { FIXTURE } from './fixture-site.ts';

const origin = `http://127.0.0.1:${FIXTURE.port}`;

/** Opens a page and returns every request it made that left the site's origin. */
async function foreignRequests(page: Page, pathname: string): Promise<string[]> {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto(pathname, { waitUntil: 'networkidle' });
  return foreign;
}

test('the home page lists both seed SOPs by unit with number, date, steps and total', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const pk = page.getByRole('row', { name: /Penyusunan Perjanjian Kinerja/ });
  await expect(pk.getByRole('cell')).toHaveText(['62/46/SEKRT/2023', '27 Juni 2023', /belum tercatat/, /belum tercatat/]);
  const cascading = page.getByRole('row', { name: /Penyusunan Cascading/ });
  await expect(cascading.getByRole('cell')).toHaveText([/belum tercatat/, /belum tercatat/, '11', '30 jam']);
  await expect(page.getByRole('heading', { level: 3, name: 'Sekretariat' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Unit belum tercatat' })).toBeVisible();
});

test('the cascading SOP page shows every step with its mutu baku and the main-path total', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Penyusunan Cascading' }).click();
  await expect(page).toHaveURL(/\/lajur\/sop\/penyusunan-cascading\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Cascading');

  const table = page.locator('#tabel-langkah');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(11);
  await expect(rows.locator('th')).toHaveText(
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'].map((no) => new RegExp(`Langkah\\s*${no}$`)),
  );
  await expect(rows.locator('td.durasi')).toHaveText([
    '30 menit',
    '180 menit',
    '120 menit',
    '900 menit',
    '30 menit',
    '180 menit',
    '180 menit',
    '120 menit',
    '30 menit',
    '30 menit',
    '120 menit',
  ]);

  const step7 = page.locator('#langkah-7');
  await expect(step7).toContainText('Melakukan verifikasi dan validasi Dokumen cascading');
  await expect(step7.locator('.pelaksana')).toContainText('Biro Organisasi');
  await expect(step7.locator('.pilihan li')).toHaveText([/Sesuai → langkah 9/, /Perlu penyesuaian → langkah 8/]);
  await expect(page.locator('#langkah-4 .pelaksana')).toContainText('Tim Urusan / Sekretariat');

  const total = table.locator('tfoot');
  await expect(total).toContainText('30 jam');
  await expect(total).toContainText('langkah 1–7, 9–11');
  await expect(total).toContainText('30 jam hingga 32 jam');

  // Reconstructed actors are marked and explained.
  await expect(page.locator('#rekonstruksi-7')).toContainText('Biro Organisasi');
  await expect(page.getByText('Belum tercatat:')).toBeVisible();
});

test('the Perjanjian Kinerja SOP page shows its identity page and says its procedure is not recorded', async ({ page }) => {
  await page.goto('sop/penyusunan-perjanjian-kinerja/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Perjanjian Kinerja (PK)');
  const header = page.locator('dl.kepala');
  await expect(header).toContainText('62/46/SEKRT/2023');
  await expect(header.locator('div', { hasText: 'Tanggal Pembuatan' })).toContainText('27 Juni 2023');
  await expect(header.locator('div', { hasText: 'Tanggal Revisi' })).toContainText('belum tercatat');
  await expect(header.locator('div', { hasText: 'Disahkan oleh' })).toContainText('belum tercatat');

  const dasarHukum = page.locator('section[aria-labelledby="identitas-dasar-hukum"] li');
  await expect(dasarHukum).toHaveCount(4);
  await expect(dasarHukum.first()).toContainText('Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja');
  await expect(page.locator('section[aria-labelledby="identitas-kualifikasi"] li')).toHaveCount(5);
  await expect(page.locator('section[aria-labelledby="identitas-keterkaitan"]')).toContainText('SOP Peminjaman Ruang Rapat belum tersedia');
  await expect(page.getByText('Prosedur belum tercatat.')).toBeVisible();
});

test('no page requests anything from another origin', async ({ page }) => {
  for (const pathname of ['', 'sop/penyusunan-cascading/', 'sop/penyusunan-perjanjian-kinerja/']) {
    expect(await foreignRequests(page, pathname), pathname).toEqual([]);
  }
});

test('every link and asset stays under the configured sub-path', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[href], [src]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
    ),
  );
  const internal = urls.filter((url) => url.startsWith('/'));
  expect(internal.length).toBeGreaterThan(3);
  expect(internal.filter((url) => !url.startsWith(FIXTURE.base))).toEqual([]);
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('sop/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
  await page.getByRole('link', { name: 'Kembali ke daftar SOP' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standar Operasional Prosedur');
});

test('the steps table reads as cards on a phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('sop/penyusunan-cascading/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('#langkah-1 td.durasi')).toBeVisible();
});

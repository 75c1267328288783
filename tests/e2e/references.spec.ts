import { expect, test } from '@playwright/test';

test('the Pergub Jabar 9/2013 page lists the SOP that cites it', async ({ page }) => {
  await page.goto('dasar-hukum/');
  await page.getByRole('link', { name: 'Pergub Jabar 9/2013' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pergub Jabar 9/2013');
  await expect(
    page.getByText('Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2013 tentang Pedoman Standar Operasional Prosedur'),
  ).toBeVisible();
  const citing = page.getByRole('table', { name: /SOP yang berdasar/ }).getByRole('row', { name: /Penyusunan Perjanjian Kinerja/ });
  await expect(citing).toContainText('62/46/SEKRT/2023');
  await citing.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Perjanjian Kinerja (PK)');
});

test('regulations are grouped by kind in the order of the hierarchy', async ({ page }) => {
  await page.goto('dasar-hukum/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Peraturan Menteri/, /^Peraturan Gubernur/, /^Keputusan Gubernur/]);
  const pergub = page.locator('section', { has: page.getByRole('heading', { name: /^Peraturan Gubernur/ }) }).getByRole('link');
  await expect(pergub).toHaveText(['Pergub Jabar 62/2016', 'Pergub Jabar 9/2013']);
});

test('the Sekretaris page lists the steps the Sekretaris performs, with durations and total', async ({ page }) => {
  await page.goto('pelaksana/');
  await page.getByRole('link', { name: 'Sekretaris', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sekretaris');
  const table = page.getByRole('table', { name: /Langkah Sekretaris dalam Penyusunan Cascading/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Melakukan rapat koordinasi lingkup Dinas');
  await expect(rows.nth(0)).toContainText('180 menit');
  await expect(rows.nth(1)).toContainText('Mereview dokumen cascading');
  await expect(rows.nth(1)).toContainText('30 menit');
  await expect(table.locator('tfoot')).toContainText('3 jam 30 menit');
  await rows.nth(1).getByRole('link', { name: 'Langkah 9' }).click();
  await expect(page).toHaveURL(/sop\/penyusunan-cascading\/#langkah-9$/);
});

test('a step off the main path counts apart from the role total', async ({ page }) => {
  await page.goto('pelaksana/tim-perencanaan/');
  const table = page.getByRole('table', { name: /Penyusunan Cascading/ });
  await expect(table.locator('tbody tr', { hasText: 'penyesuaian' })).toContainText('hanya bila cabang keputusan');
  // 180 + 120 + 30 + 120 minutes on the main path; step 8 (120) only on the branch.
  await expect(table.locator('tfoot')).toContainText('7 jam 30 menit');
});

test('qualifications written alike in several places are one entry, and link to their SOPs', async ({ page }) => {
  await page.goto('kualifikasi/');
  await expect(page.getByRole('link', { name: 'Memahami penyusunan Cascading' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Memahami Penyusunan Renstra' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memahami Penyusunan Renstra');
  await expect(page.getByRole('link', { name: 'Penyusunan Perjanjian Kinerja (PK)' })).toBeVisible();
});

test('an SOP page links its legal bases, qualifications and roles to their pages', async ({ page }) => {
  await page.goto('sop/penyusunan-perjanjian-kinerja/');
  await page.getByRole('link', { name: /Peraturan Gubernur Jawa Barat Nomor 62 Tahun 2016/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pergub Jabar 62/2016');
  await page.goto('sop/penyusunan-perjanjian-kinerja/');
  await page.getByRole('link', { name: 'Memahami Penyusunan Renja' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memahami Penyusunan Renja');
  await page.goto('sop/penyusunan-cascading/');
  await page.locator('#langkah-7').getByRole('link', { name: 'Biro Organisasi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biro Organisasi');
});

test('the header links lead to every section', async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  const sections: Array<[label: string, heading: string]> = [
    ['Dasar Hukum', 'Dasar Hukum'],
    ['Kualifikasi', 'Kualifikasi Pelaksana'],
    ['Pelaksana', 'Pelaksana'],
    ['SOP', 'Standar Operasional Prosedur'],
  ];
  for (const [label, heading] of sections) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('related SOPs link both ways, and one not on the site says so', async ({ page }) => {
  await page.goto('sop/uji-karakter-khusus/');
  const box = page.locator('section[aria-labelledby="identitas-keterkaitan"]');
  await expect(box).toContainText('SOP Yang Belum Ada Di Situs (sintetis) belum tersedia');
  await box.getByRole('link', { name: 'Penyusunan Cascading' }).click();
  const back = page.locator('section[aria-labelledby="identitas-keterkaitan"]');
  await expect(back).toContainText('Dikaitkan oleh');
  await back.getByRole('link', { name: 'Uji "Karakter" Khusus & <Tanda>' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uji "Karakter" Khusus & <Tanda>');
});

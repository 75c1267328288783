/**
 * Request integrity over the built fixture site: every page, and what opens on it (the search dialog, the
 * checklist, the official document), asks only for files that exist. A 404 for a stylesheet leaves a page
 * unstyled without any error on screen, so this is checked on the wire rather than by looking.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, fixtureUrl } from './fixture-site.ts';

/** Every page the build wrote, as paths under the base ("" for the home page, "sop/x/" ...). */
async function builtPages(): Promise<string[]> {
  const entries = await readdir(FIXTURE.out, { recursive: true });
  return entries
    .filter((entry) => entry === 'index.html' || entry.endsWith(`${path.sep}index.html`))
    .map((entry) => entry.slice(0, -'index.html'.length).split(path.sep).join('/'))
    .sort();
}

/**
 * Records every same-origin request that did not answer 2xx (or failed outright) while `page` is used. Requests
 * the browser itself cancelled because the page was left (the search still fetching result fragments, say) are
 * kept apart in `aborted`: the test asks for each of them again, so a missing file is still caught.
 */
function watchRequests(page: Page): { bad: string[]; aborted: Set<string> } {
  const origin = new URL(fixtureUrl()).origin;
  const bad: string[] = [];
  const aborted = new Set<string>();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(origin)) return;
    const status = response.status();
    if (status < 200 || status > 299) bad.push(`${status} ${url} (dari ${page.url()})`);
  });
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith(origin)) return;
    const error = request.failure()?.errorText;
    if (error === 'net::ERR_ABORTED') aborted.add(request.url());
    else bad.push(`gagal ${request.url()}: ${error} (dari ${page.url()})`);
  });
  return { bad, aborted };
}

/** Opens the search dialog with "/", searches, and waits until the results are shown. */
async function searchInDialog(page: Page): Promise<void> {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: /Cari SOP/ });
  await dialog.getByRole('searchbox').fill('cascading');
  await expect(dialog.getByRole('status')).toContainText('hasil untuk');
  await page.keyboard.press('Escape');
}

test('every page, the search dialog, the checklist and the official document request only files that exist', async ({ page }) => {
  test.setTimeout(180_000);
  const { bad, aborted } = watchRequests(page);
  const pages = await builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const pathname of pages) {
    if (pathname === '404/') continue;
    const response = await page.goto(pathname);
    expect(response?.status(), pathname).toBe(200);
    await page.waitForLoadState('networkidle');
  }

  // What opens on a page: the search dialog (its script, stylesheet and the Pagefind index) ...
  await page.goto('sop/penyusunan-cascading/');
  await searchInDialog(page);
  // ... the checklist started from an SOP page ...
  const form = page.locator('mulai-pelaksanaan form');
  await form.getByLabel('Judul pelaksanaan').fill('Uji permintaan');
  await form.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
  await expect(page).toHaveURL(/\/checklist\/\?run=/);
  await page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox').check();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
  await searchInDialog(page);
  // ... and the official document with its print button.
  await page.goto('sop/penyusunan-cascading/dokumen/');
  await page.emulateMedia({ media: 'print' });
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'screen' });
  await searchInDialog(page);

  for (const url of aborted) {
    const response = await page.request.get(url);
    if (!response.ok()) bad.push(`${response.status()} ${url} (dibatalkan saat halaman ditinggalkan, lalu diminta lagi)`);
  }
  expect(bad, 'permintaan yang tidak dijawab 2xx').toEqual([]);
});

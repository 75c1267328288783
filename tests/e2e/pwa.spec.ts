/**
 * The installable offline app: service worker precache, offline navigation and search, the offline page, the
 * update banner with no checklist data lost, and Chromium's installability check.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../src/build-browser/chromium.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { FIXTURE } from './fixture-site.ts';

test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker controls the page, i.e. everything is precached. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit, pages never visited and search work offline', async ({ page, context }) => {
  await page.goto('');
  // The precache holds the editor's Mermaid too (about 3 MB): installing takes a few seconds on a busy machine.
  await expect(page.getByText('Siap digunakan offline')).toBeVisible({ timeout: 20_000 });
  await controlled(page);
  await context.setOffline(true);

  await page.goto('sop/penyusunan-cascading/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Cascading');
  await expect(page.locator('.bagan svg')).toBeVisible();
  await expect(page.getByText('Sedang luring: menampilkan salinan')).toBeVisible();

  await page.goto('dasar-hukum/pergub-jabar-9-2013/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pergub Jabar 9/2013');

  // Pagefind asks for pagefind-entry.json?ts=<now>; the worker must answer it from the precache.
  const entryRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('pagefind-entry.json')) entryRequests.push(request.url());
  });
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('renstra');
  await expect(page.getByRole('dialog').locator('.pencarian-judul').first()).toHaveText('Memahami Penyusunan Renstra');
  expect(entryRequests.some((url) => /\?ts=\d+/.test(url))).toBe(true);
});

test('a page missing from both network and cache shows the offline page', async ({ page, context }) => {
  await page.goto('');
  await controlled(page);
  await context.setOffline(true);
  await page.goto('sop/belum-pernah-ada/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sedang luring');
  await expect(page.getByRole('link', { name: 'Checklist saya' }).last()).toBeVisible();
});

test('ticking a checklist step works offline and is kept', async ({ page, context }) => {
  await page.goto('sop/penyusunan-cascading/');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Judul pelaksanaan').fill('Luring 2026');
  await page.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luring 2026');
  await page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox').check();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
  await page.reload();
  await expect(page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox')).toBeChecked();
  await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
});

test('a new version shows "Versi baru tersedia"; accepting loads it and keeps the checklist', async ({ page }) => {
  // A copy of the fixture site on its own server, so that a second version can be written over it.
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-pwa-'));
  await cp(FIXTURE.out, dir, { recursive: true });
  const site = await startStaticServer({ root: dir, base: FIXTURE.base });
  try {
    await page.goto(`${site.url}sop/penyusunan-cascading/`);
    await controlled(page);
    await page.getByLabel('Judul pelaksanaan').fill('Sebelum pembaruan');
    await page.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
    await page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox').check();
    await expect(page.getByText('1/10 langkah selesai')).toBeVisible();
    const runUrl = page.url();

    const home = path.join(dir, 'index.html');
    await writeFile(
      home,
      (await readFile(home, 'utf8')).replace('Standar Operasional Prosedur</h1>', 'Standar Operasional Prosedur (versi kedua)</h1>'),
    );
    await writeServiceWorker({ dir, base: FIXTURE.base });

    await page.goto(`${site.url}`);
    await expect(page.getByText('Versi baru tersedia.')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standar Operasional Prosedur');
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standar Operasional Prosedur (versi kedua)');

    await page.goto(runUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sebelum pembaruan');
    await expect(page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox')).toBeChecked();
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('Chromium finds the app installable', async ({ browserName, baseURL }) => {
  expect(browserName).toBe('chromium');
  // Installation is never offered in an incognito profile, which is what test contexts are: use a real one.
  const profile = await mkdtemp(path.join(tmpdir(), 'lajur-profil-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL });
  try {
    const page = await context.newPage();
    await page.goto('');
    await controlled(page);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the manifest follows the sub-path and has a maskable icon', async ({ page }) => {
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ lang: 'id', start_url: FIXTURE.base, scope: FIXTURE.base, short_name: 'Lajur' });
  expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain('maskable');
});

test('the Content-Security-Policy allows only this origin and breaks nothing', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('sop/penyusunan-cascading/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).not.toMatch(/https?:|\*/);
  // Style attributes are allowed on the editor only (Mermaid sets them while drawing); readers' pages allow none.
  expect(policy).not.toContain("'unsafe-inline'");
  await controlled(page);
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('sekretaris');
  await expect(page.getByRole('dialog').locator('.pencarian-judul').first()).toHaveText('Sekretaris');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mulai pelaksanaan' }).click();
  await expect(page).toHaveURL(/checklist\/\?run=/);
  await page.locator('li.langkah-run[data-no="1"]').getByRole('checkbox').check();
  expect(violations).toEqual([]);
});

test('a site over the precache budget offers "Simpan semua untuk offline", with progress, and then works offline', async ({
  page,
  context,
}) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-besar-'));
  await cp(FIXTURE.out, dir, { recursive: true });
  // A budget smaller than the site: only the shell is precached.
  const report = await writeServiceWorker({ dir, base: FIXTURE.base, budgetBytes: 10_000 });
  expect(report.mode).toBe('kerangka');
  const site = await startStaticServer({ root: dir, base: FIXTURE.base });
  try {
    await page.goto(site.url);
    await controlled(page);
    const save = page.getByRole('button', { name: 'Simpan semua untuk offline' });
    await expect(page.getByText(`Simpan semua ${report.pages.length} halaman`)).toBeVisible();
    await save.click();
    await expect(page.getByText(`Semua ${report.pages.length} halaman tersimpan`)).toBeVisible({ timeout: 20_000 });
    await context.setOffline(true);
    await page.goto(`${site.url}pelaksana/sekretaris/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sekretaris');
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('links with ?fbclid= or ?ref= open offline, in both precache modes', async ({ page, context }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-param-'));
  await cp(FIXTURE.out, dir, { recursive: true });
  const site = await startStaticServer({ root: dir, base: FIXTURE.base });
  try {
    await page.goto(`${site.url}sop/penyusunan-cascading/`);
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`${site.url}sop/penyusunan-cascading/?fbclid=IwAR0contoh`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Penyusunan Cascading');
    await page.goto(`${site.url}dasar-hukum/pergub-jabar-9-2013/?ref=whatsapp&utm_source=grup`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pergub Jabar 9/2013');
    await page.goto(`${site.url}checklist/?ref=beranda`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checklist saya');

    // A site over the budget: a page cached when visited is found again with other parameters.
    await context.setOffline(false);
    await writeServiceWorker({ dir, base: FIXTURE.base, budgetBytes: 10_000 });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    await page.waitForFunction(async () => (await caches.keys()).length > 0);
    await page.goto(`${site.url}pelaksana/sekretaris/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sekretaris');
    await context.setOffline(true);
    await page.goto(`${site.url}pelaksana/sekretaris/?fbclid=lain`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sekretaris');
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a tab left open across an update still exports and imports, and is told of the new version', async ({ page, context }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-tab-lama-'));
  await cp(FIXTURE.out, dir, { recursive: true });
  const site = await startStaticServer({ root: dir, base: FIXTURE.base });
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (/Failed to fetch dynamically imported module/.test(message.text())) failures.push(message.text());
  });
  try {
    await page.goto(`${site.url}checklist/`);
    await controlled(page);

    // A new release: the chunk with the export code gets a new name, the old file leaves the server.
    const assets = path.join(dir, '_astro');
    const { readdir, rename } = await import('node:fs/promises');
    const names = await readdir(assets);
    const old = names.find((name) => /^transfer\..+\.js$/.test(name));
    expect(old).toBeDefined();
    const renamed = (old as string).replace(/^transfer\./, 'transfer.baru');
    await rename(path.join(assets, old as string), path.join(assets, renamed));
    for (const name of names.filter((candidate) => candidate.endsWith('.js'))) {
      const file = path.join(assets, name === old ? renamed : name);
      await writeFile(file, (await readFile(file, 'utf8')).replaceAll(old as string, renamed));
    }
    await writeServiceWorker({ dir, base: FIXTURE.base });

    // Another tab takes the update.
    const other = await context.newPage();
    await other.goto(site.url);
    await expect(other.getByText('Versi baru tersedia.')).toBeVisible({ timeout: 15_000 });
    await other.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Versi baru Lajur sudah aktif/)).toBeVisible({ timeout: 15_000 });

    // The old tab keeps working: its export code is still served.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Ekspor JSON/ }).click();
    const file = await (await download).path();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'lajur-checklist' });
    await page.getByLabel('Pulihkan dari cadangan JSON').setInputFiles(file);
    await expect(page.locator('.transfer-status')).toHaveText(/dipulihkan/);
    expect(failures).toEqual([]);
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
});

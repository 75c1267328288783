/**
 * The editor's official-document preview (/penyunting/, panel "Dokumen resmi") against the built
 * /sop/<id>/dokumen/ pages: every fixture SOP, and a generated 8-lane, 30-step SOP on a small synthetic site
 * built here with the public origin set (QR code). The preview must be the printed document: the same sheets,
 * rows cut onto the same pages at the same heights (both measure rows in Chromium), the same symbols in the same
 * lane and row at the same place, the same connector letters and labels. Typing changes it; it passes axe; it
 * prints alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seriousViolations } from './axe.ts';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { generate } from '../../bench/generate.ts';
import { readPdfPages } from '../../scripts/lib/pdf-pages.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from './build-site.ts';
import { dokumenTerlihat, potongan } from './dokumen-pratinjau.ts';

const PREVIEW = '[data-pratinjau-dokumen] .dokumen-resmi';
const BUILT = 'main .dokumen-resmi';

/** A cell's text as read, without the soft hyphens put in for printing. */
const shown = (locator: Locator) => locator.evaluate((element) => (element.textContent ?? '').replace(/\u00ad/g, ''));

/** Opens an SOP of the site in the editor and waits for its document preview to be drawn. */
async function openPreview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-pratinjau-dokumen]')).toHaveAttribute('data-status', 'siap', { timeout: 30_000 });
}

/** The built document and the editor's preview of SOP `id`, as a reader sees them, at 100 %. */
async function bothDocuments(page: Page, base: (pathname: string) => string, id: string) {
  await page.goto(base(`sop/${id}/dokumen/`));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const built = await dokumenTerlihat(page, BUILT);
  await openPreview(page, base(`penyunting/?sop=${id}`));
  const scaled = await dokumenTerlihat(page, PREVIEW);
  await page.getByRole('button', { name: 'Ukuran asli (100 %)' }).click();
  await expect(page.getByRole('button', { name: 'Ukuran asli (100 %)' })).toHaveAttribute('aria-pressed', 'true');
  const actual = await dokumenTerlihat(page, PREVIEW);
  return { built, scaled, actual };
}

function expectSameDocument(built: Awaited<ReturnType<typeof dokumenTerlihat>>, preview: typeof built, id: string): void {
  expect(preview.length, id).toBe(built.length);
  // The pages are cut identically: both measured the rows in Chromium.
  expect(potongan(preview), id).toEqual(potongan(built));
  expect(preview, id).toEqual(built);
}

test.describe('the fixture site', () => {
  const ids = [
    'penyusunan-cascading',
    'prosedur-uji-pagination',
    'uji-karakter-khusus',
    'penerimaan-surat-masuk-uji',
    'penyusunan-perjanjian-kinerja',
  ];
  for (const id of ids) {
    test(`the editor's document preview of ${id} is the built official document`, async ({ page }) => {
      test.setTimeout(90_000);
      const { built, scaled, actual } = await bothDocuments(page, (pathname) => pathname, id);
      expect(built.length).toBeGreaterThan(0);
      expectSameDocument(built, actual, id);
      // Scaled to the panel, the symbols keep their places in their tables (within rounding).
      expect(potongan(scaled)).toEqual(potongan(built));
      const symbols = (sheets: typeof built) => sheets.flatMap((sheet) => sheet.simbol ?? []);
      symbols(scaled).forEach((symbol, i) => {
        const real = symbols(built)[i];
        expect({ ...symbol, x: 0, y: 0 }).toEqual({ ...real, x: 0, y: 0 });
        expect(Math.abs(symbol.x - (real?.x ?? 0))).toBeLessThanOrEqual(2);
        expect(Math.abs(symbol.y - (real?.y ?? 0))).toBeLessThanOrEqual(2);
      });
    });
  }

  test('renaming a lane and adding a step change the preview: the new column header, the new row', async ({ page }) => {
    await openPreview(page, 'penyunting/?sop=penyusunan-cascading');
    const headers = page.locator(`${PREVIEW} .lembar-alur`).first().locator('.kepala-pelaksana');
    await expect.poll(() => shown(headers.nth(1))).toBe('Sekretaris');
    await page.locator('[data-path="pelaksana.1"]').fill('Sekretaris Dinas');
    await expect.poll(() => shown(headers.nth(1))).toBe('Sekretaris Dinas');
    // Leaving the field rebuilds the steps' lane choices; the form is then ready for the next click.
    await page.locator('[data-path="pelaksana.1"]').press('Tab');
    const steps = page.locator(`${PREVIEW} tr.baris-langkah`);
    const before = await steps.count();
    // A step inserted before the last one (the end must stay a "selesai" step): a new row, its text, one more row.
    await page.getByRole('button', { name: `Sisipkan langkah sebelum langkah ${before}` }).click();
    await page.locator(`[data-path="langkah.${before - 1}.aktivitas"]`).fill('Mengarsipkan dokumen cascading (uji)');
    await expect(steps).toHaveCount(before + 1);
    await expect
      .poll(() => shown(page.locator(`${PREVIEW} tr[data-langkah="${before}"] .aktivitas`)))
      .toBe('Mengarsipkan dokumen cascading (uji)');
    await expect(page.locator(`${PREVIEW} tr[data-langkah="${before + 1}"] .simbol-terminator`)).toHaveCount(1);
  });

  test('"Cetak pratinjau" prints the document alone: as many pages as the built document prints', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('sop/penyusunan-cascading/dokumen/');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const builtPages = readPdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.dicetak = 'ya';
      };
    });
    await openPreview(page, 'penyunting/?sop=penyusunan-cascading');
    await page.getByRole('button', { name: 'Cetak pratinjau' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-dicetak', 'ya');
    // Only the document: on paper, the editor's form, diagram and header are gone, every sheet is there.
    await page.emulateMedia({ media: 'print' });
    for (const gone of ['.form-sop', '[data-pratinjau-bagan]', '.kepala-sunting', '.site-header', '.buka', '.alat-dokumen']) {
      await expect(page.locator(gone).first(), gone).toBeHidden();
    }
    await expect(page.locator(`${PREVIEW} .lembar`)).toHaveCount(builtPages.length);
    for (const sheet of await page.locator(`${PREVIEW} .lembar`).all()) await expect(sheet).toBeVisible();
    expect(await page.locator(PREVIEW).evaluate((element) => getComputedStyle(element).transform)).toBe('none');
    // page.pdf prints with print media unless told otherwise.
    await page.emulateMedia({ media: null });
    const printed = readPdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // The same sheets on the same paper: identity pages upright, flowchart pages lying down.
    expect(printed.map((sheet) => sheet.orientation)).toEqual(builtPages.map((sheet) => sheet.orientation));
    // After printing, the panel shows the sheets scaled again.
    await expect(page.locator('html')).not.toHaveClass(/cetak-pratinjau/);
    await expect(page.locator('[data-pratinjau-dokumen]')).toHaveAttribute('data-skala', 'muat');
  });

  for (const viewport of [
    { width: 390, height: 844, name: 'phone' },
    { width: 1280, height: 800, name: 'desktop' },
  ]) {
    test(`the editor with the document preview open passes axe at ${viewport.width} px (${viewport.name})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(viewport);
      await openPreview(page, 'penyunting/?sop=penyusunan-cascading');
      // The sheets are scaled to fit the panel, which fits the screen: nothing to scroll sideways to see them.
      const frame = page.locator('[data-pratinjau-dokumen]');
      expect(Number(await frame.getAttribute('data-skala-nilai'))).toBeLessThan(1);
      const fits = await frame.evaluate((element) => ({
        inside: element.getBoundingClientRect().right <= window.innerWidth,
        scrolls: element.scrollWidth > element.clientWidth,
      }));
      expect(fits).toEqual({ inside: true, scrolls: false });
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('a generated 8-lane, 30-step SOP', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  const BASE = '/lajur/';
  const ID = 'prosedur-sintetis-0005';
  let dir = '';
  let site: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  const url = (pathname: string) => new URL(pathname, site?.url).href;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    dir = await mkdtemp(path.join(tmpdir(), 'lajur-pratinjau-'));
    // Seed 2026 with 6 SOPs makes prosedur-sintetis-0005 an SOP of 8 lanes and 30 steps (checked below).
    await generate({ sops: 6, seed: 2026, out: path.join(dir, 'content'), units: 10, regulations: 20 });
    const build = await buildSite({
      LAJUR_CONTENT: path.join(dir, 'content'),
      LAJUR_OUT: path.join(dir, 'dist'),
      LAJUR_CACHE: path.join(dir, 'cache'),
      LAJUR_DIAGRAM_CACHE: path.join(dir, 'diagrams'),
      LAJUR_DIAGRAMS: 'off',
      LAJUR_BASE: BASE,
      LAJUR_SITE: 'https://sop.contoh-sintetis.go.id',
    });
    expect(build.status, build.output).toBe(0);
    site = await startStaticServer({ root: path.join(dir, 'dist'), base: BASE });
  });

  test.afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('its preview is the built official document, QR code and all, and typing stays quick', async ({ page }) => {
    const { built, actual } = await bothDocuments(page, url, ID);
    const flow = built.filter((sheet) => sheet.jenis === 'alur');
    expect(flow[0]?.kepala?.filter((text) => text.startsWith('Pelaksana Sintetis'))).toHaveLength(8);
    expect(potongan(built).flat()).toHaveLength(30);
    expect(flow.length).toBeGreaterThanOrEqual(4);
    expectSameDocument(built, actual, ID);
    await expect(page.locator(`${PREVIEW} .kaki-dokumen svg.qr`)).toHaveCount(1);
    // Keys typed into a step's activity all arrive while the document is redrawn behind them.
    const field = page.locator('[data-path="langkah.2.aktivitas"]');
    await field.click();
    await field.press('End');
    await page.keyboard.type(' tambahan uji', { delay: 20 });
    await expect(field).toHaveValue(/ tambahan uji$/);
    await expect(page.locator(`${PREVIEW} tr[data-langkah="3"] .aktivitas`)).toContainText('tambahan uji', { timeout: 15_000 });
  });
});

/**
 * The official document (dokumen resmi) in the browser: reached from the SOP page, identity page with empty boxes
 * for what is unknown, flowchart pages whose symbols sit in their pelaksana's column and whose arrows end on
 * symbols at the heights the browser really gave the rows, and a print view with only the document.
 */
import { expect, test, type Page } from '@playwright/test';

const CASCADING = 'sop/penyusunan-cascading/dokumen/';
const PK = 'sop/penyusunan-perjanjian-kinerja/dokumen/';
const UJI = 'sop/prosedur-uji-pagination/dokumen/';

/** For each flowchart sheet: step number → the pelaksana whose header cell spans the symbol's centre. */
async function symbolColumns(page: Page): Promise<Record<string, string>[]> {
  return page.locator('.lembar-alur').evaluateAll((sheets) =>
    sheets.map((sheet) => {
      const headers = [...sheet.querySelectorAll<HTMLElement>('th.kepala-pelaksana')].map((th) => ({
        name: th.textContent?.replaceAll('\u00ad', '').trim() ?? '',
        box: th.getBoundingClientRect(),
      }));
      return Object.fromEntries(
        [...sheet.querySelectorAll<SVGGElement>('.simbol-alur[data-langkah]')].map((symbol) => {
          const box = symbol.getBoundingClientRect();
          const centre = box.left + box.width / 2;
          return [symbol.dataset.langkah, headers.find((header) => centre > header.box.left && centre < header.box.right)?.name ?? ''];
        }),
      );
    }),
  );
}

/**
 * Arrowhead tips that do not touch a symbol's outline, measured in the page as laid out (rows as tall as their
 * text made them). An empty list means every arrow ends on a symbol or a connector.
 */
async function looseArrowheads(page: Page): Promise<string[]> {
  return page.locator('.lembar-alur').evaluateAll((sheets) =>
    sheets.flatMap((sheet, sheetIndex) => {
      const symbols = [...sheet.querySelectorAll<SVGGElement>('.simbol-alur')].map((symbol) => symbol.getBoundingClientRect());
      return [...sheet.querySelectorAll<SVGPathElement>('.kepala-panah')].flatMap((head, i) => {
        const box = head.getBoundingClientRect();
        const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        const tip = {
          bottom: { x: middle.x, y: box.bottom },
          top: { x: middle.x, y: box.top },
          right: { x: box.right, y: middle.y },
          left: { x: box.left, y: middle.y },
        }[head.dataset.arah as 'bottom' | 'top' | 'right' | 'left'];
        const touches = symbols.some(
          (s) => tip.x >= s.left - 1.5 && tip.x <= s.right + 1.5 && tip.y >= s.top - 1.5 && tip.y <= s.bottom + 1.5,
        );
        return touches ? [] : [`lembar ${sheetIndex + 1}, kepala panah ${i + 1} di (${tip.x.toFixed(1)}, ${tip.y.toFixed(1)})`];
      });
    }),
  );
}

/**
 * Ends of line pieces that join nothing: not another line, not a symbol, not an arrowhead. Each row draws its own
 * pieces, so a row whose drawing did not stretch with the row would leave ends hanging at the row edges.
 */
async function danglingLineEnds(page: Page): Promise<string[]> {
  return page.locator('.lembar-alur').evaluateAll((sheets) =>
    sheets.flatMap((sheet, sheetIndex) => {
      type Box = { left: number; right: number; top: number; bottom: number };
      // A line's box is its geometry without the stroke: zero wide when vertical, zero high when horizontal.
      const lines = [...sheet.querySelectorAll<SVGLineElement>('.garis')].map((line) => {
        const box = line.getBoundingClientRect();
        return { x1: box.left, x2: box.right, y1: box.top, y2: box.bottom };
      });
      const boxes: Box[] = [...sheet.querySelectorAll<SVGGraphicsElement>('.simbol-alur, .kepala-panah')].map((element) =>
        element.getBoundingClientRect(),
      );
      const near = (x: number, y: number, box: Box) =>
        x >= box.left - 1.5 && x <= box.right + 1.5 && y >= box.top - 1.5 && y <= box.bottom + 1.5;
      return lines.flatMap((line, i) =>
        [
          [line.x1, line.y1],
          [line.x2, line.y2],
        ].flatMap(([x = 0, y = 0]) => {
          const onLine = lines.some(
            (other, j) =>
              j !== i &&
              near(x, y, {
                left: Math.min(other.x1, other.x2),
                right: Math.max(other.x1, other.x2),
                top: Math.min(other.y1, other.y2),
                bottom: Math.max(other.y1, other.y2),
              }),
          );
          return onLine || boxes.some((box) => near(x, y, box))
            ? []
            : [`lembar ${sheetIndex + 1}: ujung garis di (${x.toFixed(1)}, ${y.toFixed(1)})`];
        }),
      );
    }),
  );
}

test('the SOP page links to its official document', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  await page.getByRole('link', { name: 'Dokumen resmi (cetak)' }).click();
  await expect(page).toHaveURL(/\/lajur\/sop\/penyusunan-cascading\/dokumen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokumen resmi: Penyusunan Cascading');
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
});

test('the identity page prints recorded values and leaves unknown ones as empty boxes', async ({ page }) => {
  await page.goto(PK);
  const identitas = page.locator('.lembar-identitas');
  await expect(identitas.locator('.kop')).toContainText('Pemerintah Daerah Provinsi Jawa Barat');
  await expect(identitas.locator('[data-isian="nomor"]')).toHaveText('62/46/SEKRT/2023');
  await expect(identitas.locator('[data-isian="tanggal-pembuatan"]')).toHaveText('27 Juni 2023');
  await expect(identitas.locator('[data-isian="tanggal-revisi"]')).toHaveText('');
  await expect(identitas.locator('[data-isian="nama"]')).toHaveText('Penyusunan Perjanjian Kinerja (PK)');
  // Nobody signed it yet: room to sign, no name and no number invented.
  await expect(identitas.locator('.pengesah-jabatan')).toHaveText('');
  await expect(identitas.locator('.pengesah-nama')).toHaveText('');
  await expect(identitas.locator('.pengesah-nip')).toHaveText('NIP.');
  await expect(identitas.locator('[data-isian="dasar-hukum"] li')).toHaveCount(4);
  await expect(identitas.locator('[data-isian="kualifikasi"] li')).toHaveCount(5);
  await expect(identitas.locator('[data-isian="keterkaitan"] li')).toHaveText([
    'SOP Pengelolaan Naskah Surat Masuk/Keluar',
    'SOP Peminjaman Ruang Rapat',
  ]);
  for (const part of ['.dok-identitas', '.dok-kotak']) {
    await expect(identitas.locator(part)).not.toContainText('belum tercatat', { ignoreCase: true });
  }
  // Steps not recorded: one plain line, no table.
  await expect(page.locator('.lembar-alur')).toHaveCount(0);
  await expect(identitas.getByText('Prosedur (bagan alir) SOP ini belum tercatat.')).toBeVisible();

  await page.goto(CASCADING);
  const kosong = page.locator('.lembar-identitas');
  for (const isian of ['nomor', 'tanggal-pembuatan', 'tanggal-berlaku']) {
    await expect(kosong.locator(`[data-isian="${isian}"]`), isian).toHaveText('');
  }
  for (const kotak of ['dasar-hukum', 'kualifikasi', 'keterkaitan', 'peralatan', 'peringatan', 'pencatatan']) {
    await expect(kosong.locator(`[data-isian="${kotak}"] h3`), kotak).toBeVisible();
    await expect(kosong.locator(`[data-isian="${kotak}"] :is(ol, p)`), kotak).toHaveCount(0);
  }
  await expect(page.locator('.dokumen-alat')).toContainText('Dibiarkan kosong untuk diisi tangan');
});

test('cascading flowchart: symbols in their pelaksana columns, arrows end on symbols, connector A joins the pages', async ({ page }) => {
  await page.goto(CASCADING);
  const sheets = page.locator('.lembar-alur');
  await expect(sheets).toHaveCount(2);
  // Header words carry soft hyphens (they break with a visible hyphen); read without them.
  const headers = await sheets
    .first()
    .locator('th.kepala-pelaksana')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.replaceAll('\u00ad', '').trim()));
  expect(headers).toEqual(['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan', 'Tim Urusan / Sekretariat', 'Biro Organisasi']);
  // The header is on every page.
  await expect(sheets.nth(1).locator('thead')).toContainText('Mutu Baku');
  await expect(sheets.nth(1).locator('thead th', { hasText: 'Kelengkapan' })).toHaveCount(1);

  expect(await symbolColumns(page)).toEqual([
    { 1: 'Kepala Dinas', 2: 'Tim Perencanaan', 3: 'Tim Perencanaan', 4: 'Tim Urusan / Sekretariat', 5: 'Tim Perencanaan', 6: 'Sekretaris' },
    { 7: 'Biro Organisasi', 8: 'Tim Perencanaan', 9: 'Sekretaris', 10: 'Kepala Dinas', 11: 'Tim Perencanaan' },
  ]);
  await expect(sheets.nth(0).locator('.simbol-alur[data-huruf="A"][data-peran="keluar"]')).toHaveCount(1);
  await expect(sheets.nth(1).locator('.simbol-alur[data-huruf="A"][data-peran="masuk"]')).toHaveCount(1);
  expect((await sheets.nth(1).locator('.label-pilihan').allTextContents()).map((text) => text.trim()).sort()).toEqual([
    'Perlu penyesuaian',
    'Sesuai',
  ]);
  await expect(sheets.nth(1).locator('tr[data-langkah="7"]')).toContainText('180 menit');

  expect(await looseArrowheads(page)).toEqual([]);
  expect(await danglingLineEnds(page)).toEqual([]);
  // One arrow per flow edge (11: ten steps lead on, the decision has two ways), and one more: 6 → 7 is cut at the page break.
  await expect(page.locator('.kepala-panah')).toHaveCount(12);
});

test('the 25-step SOP: four pages with connectors in pairs, arrows still on symbols when text makes rows tall', async ({ page }) => {
  await page.goto(UJI);
  const sheets = page.locator('.lembar-alur');
  await expect(sheets).toHaveCount(4);
  const letters = await sheets.evaluateAll((all) =>
    all.map((sheet) =>
      [...sheet.querySelectorAll<SVGGElement>('.simbol-alur[data-huruf]')].map((g) => `${g.dataset.huruf}:${g.dataset.peran}`).sort(),
    ),
  );
  const all = letters.flat();
  for (const letter of new Set(all.map((item) => item.split(':')[0]))) {
    expect(all.filter((item) => item.startsWith(`${letter}:`)).sort(), letter).toEqual([`${letter}:keluar`, `${letter}:masuk`]);
  }
  expect(letters[0]).toContain('A:keluar');
  expect(letters[1]).toContain('A:masuk');
  expect(await looseArrowheads(page)).toEqual([]);
  expect(await danglingLineEnds(page)).toEqual([]);

  // Rows grow when their text wraps (bigger text, as a reader's zoom or a long activity makes it): lines stay joined.
  // Through the CSSOM, which the Content-Security-Policy allows (a <style> tag it would refuse).
  await page.locator('.dok-alur td.aktivitas').evaluateAll((cells) => {
    for (const cell of cells as HTMLElement[]) Object.assign(cell.style, { fontSize: '24px', lineHeight: '32px' });
  });
  expect(await page.locator('tr[data-langkah="9"]').evaluate((row) => row.getBoundingClientRect().height)).toBeGreaterThan(80);
  expect(await looseArrowheads(page)).toEqual([]);
  expect(await danglingLineEnds(page)).toEqual([]);
});

test('the print view shows only the document: named pages, no site header, no buttons', async ({ page }) => {
  await page.goto(CASCADING);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.dokumen-alat')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(page.locator('.nomor-lembar').first()).toBeHidden();
  const pages = await page.locator('.lembar').evaluateAll((sheets) => sheets.map((sheet) => getComputedStyle(sheet).page));
  expect(pages).toEqual(['identitas', 'alur', 'alur']);
  const rows = await page.locator('.dok-alur tr').evaluateAll((all) => [...new Set(all.map((row) => getComputedStyle(row).breakInside))]);
  expect(rows).toEqual(['avoid']);
});

test('the identity page fits a portrait page even when the document is laid out at landscape width', async ({ page }) => {
  // Chromium prints mixed orientations at one layout width, the landscape one: 277 mm of printable width.
  await page.setViewportSize({ width: Math.round((277 / 25.4) * 96), height: 800 });
  await page.goto('sop/penyusunan-perjanjian-kinerja/dokumen/');
  await page.emulateMedia({ media: 'print' });
  const width = await page.locator('.dok-identitas').evaluate((table) => table.getBoundingClientRect().width);
  // A4 portrait less 10 mm margins each side: 190 mm.
  expect(width).toBeLessThanOrEqual((190 / 25.4) * 96 + 1);
});

test('the document is complete without JavaScript; with it, Cetak opens the print dialog', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const withoutScript = await context.newPage();
  await withoutScript.goto(UJI);
  await expect(withoutScript.locator('.lembar-alur')).toHaveCount(4);
  await expect(withoutScript.locator('.simbol-alur[data-langkah]')).toHaveCount(25);
  const arrowsWithout = await withoutScript.locator('.kepala-panah').count();
  // No button that would do nothing: the browser's own print is there anyway.
  await expect(withoutScript.getByRole('button', { name: 'Cetak' })).toBeHidden();
  await context.close();

  await page.goto(UJI);
  await expect(page.locator('.kepala-panah')).toHaveCount(arrowsWithout);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-dicetak', 'ya');
  });
  await page.getByRole('button', { name: 'Cetak' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-dicetak', 'ya');
});

test('the Content-Security-Policy holds on the document: nothing refused, no style attributes', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(CASCADING);
  await expect(page.locator('.lembar-alur')).toHaveCount(2);
  await expect(page.locator('.dokumen-resmi [style], .dokumen-resmi [onclick], .dokumen-alat [onclick]')).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('on a phone the page does not scroll sideways; the flowchart table scrolls inside its sheet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(CASCADING);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const scroller = page.locator('.gulir-lembar').first();
  expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});

test('the kop shows the office logo when the office has one, and only the name when it has none', async ({ page }) => {
  await page.goto(UJI);
  const logo = page.locator('.lembar-identitas .kop img.kop-logo');
  await expect(logo).toHaveCount(1);
  await expect(logo).toHaveAttribute('alt', 'Logo Dinas Contoh Pengujian');
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect((await logo.boundingBox())?.height ?? 0).toBeGreaterThan(60);
  await page.goto(CASCADING);
  await expect(page.locator('.kop img')).toHaveCount(0);
  await expect(page.locator('.kop')).not.toContainText(/logo|belum/i);
  await expect(page.locator('.kaki-dokumen')).toContainText('Versi prosedur');
});

test('printed type is readable: body at least 9 pt, labels and headers at least 8 pt, in the static print font', async ({ page }) => {
  await page.goto(UJI);
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.evaluate(() => {
    const px = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    return {
      body: Math.min(...px('.dok-alur tbody td.aktivitas, .dok-alur tbody td.output, .dok-kotak li')),
      labels: Math.min(...px('.label-pilihan')),
      headers: Math.min(...px('.dok-alur thead th')),
      family: getComputedStyle(document.querySelector('.dok-alur') as Element).fontFamily,
    };
  });
  // 9 pt = 12 px, 8 pt = 10.67 px.
  expect(sizes.body).toBeGreaterThanOrEqual(12);
  expect(sizes.labels).toBeGreaterThanOrEqual(10.66);
  expect(sizes.headers).toBeGreaterThanOrEqual(10.66);
  expect(sizes.family).toContain('Inter Cetak');
});

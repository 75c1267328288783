import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { FIXTURE } from './fixture-site.ts';
import { scriptClosure } from '../../src/integrations/script-closure.ts';

/** Lane names from left to right, read off the rendered SVG. */
async function laneNames(page: Page): Promise<string[]> {
  return page.locator('.bagan svg').evaluate((svg) =>
    [...svg.querySelectorAll('.cluster')]
      .map((lane) => ({
        x: (lane.querySelector('.swimlane-title') as SVGGraphicsElement).getBBox().x,
        name: lane.querySelector('.cluster-label')?.textContent?.trim() ?? '',
      }))
      .sort((a, b) => a.x - b.x)
      .map((lane) => lane.name),
  );
}

/** Each step's label as readers see it: the SVG text lines joined by spaces. */
async function stepLabels(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.bagan svg')
    .evaluate((svg) =>
      Object.fromEntries(
        [...svg.querySelectorAll('[data-langkah]')].map((node) => [
          node.getAttribute('data-langkah'),
          [...node.querySelectorAll('tspan')].map((line) => line.textContent ?? '').join(' '),
        ]),
      ),
    );
}

test('the cascading diagram is inline SVG with the five lanes in order and every step', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  const svg = page.locator('.bagan svg');
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveAttribute('role', /graphics-document/);
  await expect(svg.locator('title')).toHaveText('Bagan alir SOP Penyusunan Cascading');
  expect(await laneNames(page)).toEqual(['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan', 'Tim Urusan / Sekretariat', 'Biro Organisasi']);

  const labels = await stepLabels(page);
  expect(
    Object.keys(labels)
      .map(Number)
      .sort((a, b) => a - b),
  ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  for (const [no, label] of Object.entries(labels)) expect(label.startsWith(`${no}. `)).toBe(true);

  for (const outcome of ['Sesuai', 'Perlu penyesuaian']) await expect(svg.locator('.edgeLabel', { hasText: outcome })).toBeVisible();
  await expect(page.locator('#keterangan-bagan a[href="#tabel-langkah"]')).toBeVisible();
});

test('each step sits in its pelaksana lane', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  const placement = await page.locator('.bagan svg').evaluate((svg) => {
    const lanes = [...svg.querySelectorAll('.cluster')].map((lane) => {
      const box = (lane.querySelector('.swimlane-body') as SVGGraphicsElement).getBBox();
      return { name: lane.querySelector('.cluster-label')?.textContent?.trim(), from: box.x, to: box.x + box.width };
    });
    return Object.fromEntries(
      [...svg.querySelectorAll<SVGGElement>('[data-langkah]')].map((node) => {
        const matrix = node.transform.baseVal.consolidate()?.matrix;
        const x = matrix?.e ?? 0;
        return [node.dataset.langkah, lanes.find((lane) => x >= lane.from && x <= lane.to)?.name];
      }),
    );
  });
  expect(placement).toEqual({
    1: 'Kepala Dinas',
    2: 'Tim Perencanaan',
    3: 'Tim Perencanaan',
    4: 'Tim Urusan / Sekretariat',
    5: 'Tim Perencanaan',
    6: 'Sekretaris',
    7: 'Biro Organisasi',
    8: 'Tim Perencanaan',
    9: 'Sekretaris',
    10: 'Kepala Dinas',
    11: 'Tim Perencanaan',
  });
});

test('labels fit inside their symbols in the reader’s browser', async ({ page }) => {
  for (const pathname of ['sop/penyusunan-cascading/', 'sop/uji-karakter-khusus/']) {
    await page.goto(pathname);
    await page.evaluate(() => document.fonts.ready);
    const overflowing = await page.locator('.bagan svg').evaluate((svg) =>
      [...svg.querySelectorAll<SVGGElement>('[data-langkah]')].flatMap((node) => {
        const shape = (node.querySelector('rect, polygon') as SVGGraphicsElement).getBoundingClientRect();
        const text = (node.querySelector('text') as SVGGraphicsElement).getBoundingClientRect();
        const inside =
          text.left >= shape.left - 0.5 &&
          text.right <= shape.right + 0.5 &&
          text.top >= shape.top - 0.5 &&
          text.bottom <= shape.bottom + 0.5;
        return inside ? [] : [node.dataset.langkah];
      }),
    );
    expect(overflowing, pathname).toEqual([]);
  }
});

test('text that would break Mermaid syntax is shown as written', async ({ page }) => {
  await page.goto('sop/uji-karakter-khusus/');
  expect(await laneNames(page)).toEqual(['Petugas "Loket"', 'Kepala <Seksi> & Staf']);
  const labels = await stepLabels(page);
  expect(labels[1]).toBe('1. Menerima "berkas" [asli] {salinan} (dua) #12; a|b; c<d & e>f');
  expect(labels[2]).toBe('2. • Memeriksa kelengkapan; nomor #3 • baris kedua `kode` \\ garis miring');
  expect(labels[3]).toMatch(/^3\. Menyerahkan hasil kepada pemohon .*…$/);
  const outcomes = await page.locator('.bagan .edgeLabel').allTextContents();
  expect(outcomes.map((text) => text.replace(/\s+/g, ' ').trim()).sort()).toEqual(['Tidak #2; |ulang|', 'Ya "lengkap"']);
  await expect(page.locator('.bagan svg title')).toHaveText('Bagan alir SOP Uji "Karakter" Khusus & <Tanda>');
});

test('readers get no Mermaid code: the page loads no script that mentions it, and only the editor can load it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('sop/penyusunan-cascading/', { waitUntil: 'networkidle' });
  const inline = await page.locator('script').evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  expect([...scripts, ...inline].filter((code) => /mermaid/i.test(code))).toEqual([]);

  // The build ships Mermaid for the editor (/penyunting/) alone: no other page can reach a file that mentions it.
  const assets = path.join(FIXTURE.out, '_astro');
  const shipped = readdirSync(assets)
    .filter((file) => /\.m?js$/.test(file) && /mermaid/i.test(readFileSync(path.join(assets, file), 'utf8')))
    .map((file) => path.join(assets, file));
  const editor = scriptClosure(FIXTURE.out, path.join(FIXTURE.out, 'penyunting/index.html'));
  expect(shipped.length).toBeGreaterThan(0);
  expect(shipped.filter((file) => !editor.has(file))).toEqual([]);
});

test('a step in the diagram links to its row in the steps table', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  await page.locator('.bagan [data-langkah="7"]').click();
  await expect(page).toHaveURL(/#langkah-7$/);
  await expect(page.locator('#langkah-7')).toBeInViewport();
});

test('on a phone the diagram scrolls inside its frame and can be shown at full size', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('sop/penyusunan-cascading/');
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  const frame = page.locator('.bagan-gulir');
  const scrollable = await frame.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(scrollable).toBe(true);
  await frame.screenshot({ path: testInfo.outputPath('bagan-390.png') });

  const fitted = await page.locator('.bagan svg').evaluate((svg) => svg.getBoundingClientRect().width);
  await page.getByLabel('Ukuran asli').check();
  const full = await page.locator('.bagan svg').evaluate((svg) => svg.getBoundingClientRect().width);
  expect(full).toBeGreaterThan(fitted);
  expect(full).toBe(Number(await page.locator('.bagan svg').getAttribute('width')));
});

test('the Mermaid text is there to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('sop/penyusunan-cascading/');
  await page.getByText('Teks Mermaid bagan ini').click();
  await expect(page.locator('#mermaid-teks')).toContainText('swimlane-beta TB');
  await page.getByRole('button', { name: 'Salin teks' }).click();
  await expect(page.getByText('Tersalin.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#mermaid-teks').textContent());
  expect(copied).toContain('s7 -->|"Perlu penyesuaian"| s8');
});

test('desktop screenshot of the diagram for review', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('sop/penyusunan-cascading/');
  await page.locator('.bagan').screenshot({ path: testInfo.outputPath('bagan-1280.png') });
  const box = await page.locator('.bagan svg').boundingBox();
  expect(box?.width).toBeGreaterThan(900);
});

test('every SOP page with recorded steps carries its diagram: all lanes in declared order, every step', async ({ page }) => {
  const files = readdirSync(path.join(FIXTURE.content, 'sop')).filter((file) => file.endsWith('.mdx'));
  let withDiagram = 0;
  for (const file of files) {
    const id = file.replace(/\.mdx$/, '');
    const frontmatter = readFileSync(path.join(FIXTURE.content, 'sop', file), 'utf8').split(/^---$/m)[1] ?? '';
    const sop = yaml.load(frontmatter) as { pelaksana: string[] | null; langkah: Array<{ no: number }> | null };
    await page.goto(`sop/${id}/`);
    if (!sop.langkah || !sop.pelaksana) {
      await expect(page.locator('.bagan svg'), id).toHaveCount(0);
      continue;
    }
    withDiagram += 1;
    expect(await laneNames(page), id).toEqual(sop.pelaksana);
    const labels = await stepLabels(page);
    expect(
      Object.keys(labels)
        .map(Number)
        .sort((a, b) => a - b),
      id,
    ).toEqual(sop.langkah.map((step) => step.no));
  }
  expect(withDiagram).toBeGreaterThanOrEqual(3);
});

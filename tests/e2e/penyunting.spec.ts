/**
 * The SOP editor (/penyunting/) against the built fixture site: every SOP opened and saved unchanged gives its
 * bytes back; a mistake typed into a field shows sop:check's own message there; the live diagram has the lanes
 * and steps of the built one; a new SOP written in the form passes sop:check; a draft survives a reload right
 * after typing and works offline; reader pages can load neither the editor nor Mermaid.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readdirSync, readFileSync as readSync } from 'node:fs';
import { seriousViolations } from './axe.ts';
import { expect, type Page, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/content-check/check.ts';
import { readData, splitSopFile, writeSopFile } from '../../src/editor/sop-file.ts';
import { permenpanDocx } from '../unit/support/permenpan-docx.ts';
import { FIXTURE } from './fixture-site.ts';
import { answerStep7Decision, dropFile } from './penyunting-helpers.ts';
import { inlineScripts, scriptClosure } from '../../src/integrations/script-closure.ts';
import { ON_DEMAND_CACHE } from '../../src/lib/site-files.ts';

const SOP_DIR = path.join(FIXTURE.content, 'sop');

async function openSop(page: Page, id: string): Promise<void> {
  await page.goto(`penyunting/?sop=${id}`);
  await expect(page.locator('[data-hasil-periksa] .ringkasan-periksa')).toBeVisible();
}

async function saved(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh .mdx' }).click()]);
  return readFile((await download.path()) as string, 'utf8');
}

/** sop:check's own run over the fixture content with `text` as content/sop/<id>.mdx. */
async function checkAs(id: string, text: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-penyunting-'));
  try {
    await cp(FIXTURE.content, dir, { recursive: true });
    await writeFile(path.join(dir, 'sop', `${id}.mdx`), text);
    const result = await checkContent(dir, dir);
    return result.issues.filter((issue) => issue.file === `sop/${id}.mdx`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('every SOP of the site, opened and saved unchanged, is the same file byte for byte', async ({ page }) => {
  test.setTimeout(120_000);
  const files = (await readdir(SOP_DIR)).filter((name) => name.endsWith('.mdx'));
  expect(files.length).toBeGreaterThan(3);
  for (const name of files) {
    await openSop(page, name.replace(/\.mdx$/, ''));
    expect(await saved(page), name).toBe(await readFile(path.join(SOP_DIR, name), 'utf8'));
  }
});

test('a mistake typed into a field shows the message sop:check prints, at that field', async ({ page }) => {
  await openSop(page, 'penyusunan-cascading');
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  const durasi = page.locator('[data-path="langkah.0.mutuBaku.durasi"]');
  await durasi.fill('tiga puluh menit');
  const shown = page.locator('[data-pesan-untuk="langkah.0.mutuBaku.durasi"] p');
  await expect(shown).toHaveCount(1);
  await expect(durasi).toHaveAttribute('aria-invalid', 'true');
  const issues = await checkAs('penyusunan-cascading', await saved(page));
  expect(issues.map((issue) => issue.field)).toEqual(['langkah no 1 > mutuBaku > durasi']);
  await expect(shown).toHaveText(issues[0]?.pesan as string);
  // The message is read out with the field.
  const described = await durasi.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${described?.split(' ')[0]}"]`).textContent()).toBe(issues[0]?.pesan);
});

test('the live diagram has the lanes and steps of the built diagram', async ({ page }) => {
  await page.goto('sop/penyusunan-cascading/');
  const lanes = (page: Page, scope: string) => page.locator(`${scope} svg .cluster-label`).allTextContents();
  const steps = (page: Page, scope: string) =>
    page.locator(`${scope} svg [data-langkah]`).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-langkah')));
  const builtLanes = await lanes(page, '.bagan');
  const builtSteps = await steps(page, '.bagan');
  expect(builtLanes.length).toBe(5);
  await openSop(page, 'penyusunan-cascading');
  await expect(page.locator('[data-pratinjau-bagan]')).toHaveAttribute('data-status', 'siap', { timeout: 30_000 });
  expect(await lanes(page, '[data-pratinjau-bagan]')).toEqual(builtLanes);
  expect(await steps(page, '[data-pratinjau-bagan]')).toEqual(builtSteps);

  // A lane renamed in the form is renamed in the diagram; its steps follow it.
  await page.locator('[data-path="pelaksana.1"]').fill('Sekretaris Dinas');
  const renamed = builtLanes.map((lane) => (lane === 'Sekretaris' ? 'Sekretaris Dinas' : lane));
  await expect.poll(() => lanes(page, '[data-pratinjau-bagan]')).toEqual(renamed);
  expect(await steps(page, '[data-pratinjau-bagan]')).toEqual(builtSteps);

  // Leaving the renamed lane by pressing a button: the press is not lost to the form being redrawn.
  await page.getByRole('button', { name: 'Tambah langkah di akhir' }).click();
  await expect(page.locator('[data-path="langkah.11.aktivitas"]')).toBeVisible();
  await expect(page.locator('[data-path="langkah.0.pelaksana"] option', { hasText: 'Sekretaris Dinas' })).toHaveCount(1);
});

test('a new SOP written in the form is saved as a file that passes sop:check', async ({ page }) => {
  await page.goto('penyunting/');
  await page.getByText('SOP baru (kerangka').click();
  await page.getByLabel('Nama SOP', { exact: true }).fill('Uji Penyunting Sintetis');
  await page.getByLabel('Instansi', { exact: true }).selectOption('instansi-uji');
  await page.getByLabel('Pelaksana, dipisahkan koma').fill('Petugas Uji, Kepala Uji');
  await page.getByRole('button', { name: 'Buat kerangka' }).click();
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  await page.getByRole('button', { name: 'Tambah langkah di akhir' }).click();
  await page.getByRole('button', { name: 'Tambah langkah di akhir' }).click();
  await page.locator('[data-path="langkah.0.aktivitas"]').fill('Menerima berkas uji');
  await page.locator('[data-path="langkah.0.mutuBaku.durasi"]').fill('15 menit');
  await page.locator('[data-path="langkah.1.jenis"]').selectOption('selesai');
  await page.locator('[data-path="langkah.1.aktivitas"]').fill('Menyetujui berkas uji');
  await page.locator('[data-path="langkah.1.pelaksana"]').selectOption('Kepala Uji');
  await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  await expect(page.locator('[data-total]')).toHaveText('Total waktu jalur utama: 15 menit');
  const text = await saved(page);
  expect(text).toContain('# SOP baru dari npm run sop:new.');
  expect(await checkAs('uji-penyunting-sintetis', text)).toEqual([]);
});

test('a draft typed and left at once survives the reload, and is listed', async ({ page }) => {
  await openSop(page, 'penyusunan-perjanjian-kinerja');
  const nama = page.locator('[data-path="nama"]');
  await nama.press('End');
  await nama.pressSequentially(' revisi', { delay: 0 });
  await page.reload();
  await expect(page.locator('[data-path="nama"]')).toHaveValue('Penyusunan Perjanjian Kinerja (PK) revisi');
  await expect(page.locator('[data-daftar-draf] li').first()).toContainText('Penyusunan Perjanjian Kinerja (PK) revisi');
  // Undoing the change gives the original file back.
  await page.locator('[data-path="nama"]').fill('Penyusunan Perjanjian Kinerja (PK)');
  expect(await saved(page)).toBe(await readFile(path.join(SOP_DIR, 'penyusunan-perjanjian-kinerja.mdx'), 'utf8'));
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the editor opens offline, with its checks, and a draft made offline is kept', async ({ page, context }) => {
    await page.goto('penyunting/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    // Mermaid and the import readers are not in the precache (readers never download them): the editor stores
    // them when visited online.
    await expect(page.locator('penyunting-sop[data-luring-siap]')).toBeAttached({ timeout: 30_000 });
    await context.setOffline(true);
    await openSop(page, 'penyusunan-cascading');
    await page.locator('[data-path="langkah.0.mutuBaku.durasi"]').fill('45 menit');
    await expect(page.locator('[data-status-draf]')).toContainText('Draf tersimpan');
    await page.reload();
    await expect(page.locator('[data-path="langkah.0.mutuBaku.durasi"]')).toHaveValue('45 menit');
    await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
  });

  test("the editor's on-demand cache loses what an older build left in it, and keeps the current files", async ({ page }) => {
    await page.goto('offline/');
    // What an older version's editor stored: a chunk the current build no longer has.
    const stale = new URL(`${FIXTURE.base}_astro/mermaid.core.SEBELUMNYA.js`, page.url()).href;
    await page.evaluate(
      async ({ name, url }) => {
        const cache = await caches.open(name);
        await cache.put(url, new Response('// versi lama', { headers: { 'content-type': 'text/javascript' } }));
      },
      { name: ON_DEMAND_CACHE, url: stale },
    );
    await page.goto('penyunting/');
    await expect(page.locator('penyunting-sop[data-luring-siap]')).toBeAttached({ timeout: 30_000 });
    const kept = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    }, ON_DEMAND_CACHE);
    const listed = ((await (await page.request.get('lajur-offline.json')).json()) as { penyunting: string[] }).penyunting;
    expect(listed.length).toBeGreaterThan(0);
    expect(kept).not.toContain(new URL(stale).pathname);
    for (const url of listed) expect(kept).toContain(url);
  });
});

test('reader pages can load neither the editor nor Mermaid', () => {
  const pages = readdirSync(FIXTURE.out, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'));
  const marker = /mermaid|penyunting-sop/i;
  const editor = scriptClosure(FIXTURE.out, path.join(FIXTURE.out, 'penyunting/index.html'));
  // The markers are there to find: the editor's own page reaches both.
  expect([...editor].some((file) => /penyunting-sop/.test(readSync(file, 'utf8')))).toBe(true);
  expect([...editor].some((file) => /mermaid/i.test(readSync(file, 'utf8')))).toBe(true);
  const offending: string[] = [];
  for (const name of pages.filter((candidate) => candidate !== path.join('penyunting', 'index.html'))) {
    const html = path.join(FIXTURE.out, name);
    for (const file of scriptClosure(FIXTURE.out, html))
      if (marker.test(readSync(file, 'utf8'))) offending.push(`${name}: ${path.basename(file)}`);
    if (inlineScripts(html).some((code) => marker.test(code))) offending.push(`${name}: inline`);
  }
  expect(pages.length).toBeGreaterThan(20);
  expect(offending).toEqual([]);
});

test('a Word file dropped in gives the CLI import; its TODOs filled in the form, it passes sop:check and equals the CLI draft with the same answers', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-impor-'));
  try {
    // Marks typed in the pelaksana columns, so the one thing left to decide is step 7's kind.
    const docx = path.join(dir, 'sop-uji.docx');
    await writeFile(docx, await permenpanDocx({ marks: [0, 2, 2, 3, 2, 1, 4, 2, 1, 0, 2] }));
    const cli = spawnSync('node_modules/.bin/node', ['scripts/sop-import.ts', docx, '--out', path.join(dir, 'drafts')], {
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    const cliDraft = await readFile(path.join(dir, 'drafts', 'sop', 'penyusunan-cascading.mdx'), 'utf8');

    await page.goto('penyunting/');
    await expect(page.getByLabel('SOP di situs ini')).toBeVisible();
    // Dropped on the page, as an author drags it from the file manager.
    await dropFile(page, 'sop-uji.docx', await readFile(docx));
    await expect(page.locator('[data-hasil-impor]')).toContainText('sop-uji.docx: 2 draf SOP');
    await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'galat');
    expect(await saved(page)).toBe(cliDraft);

    const todo = page.locator('[data-pesan-untuk="langkah.6.jenis"]');
    await expect(todo).toContainText('TODO: langkah 8 berbunyi "apabila diperlukan"');
    await answerStep7Decision(page);
    await expect(page.locator('.ringkasan-periksa')).toHaveAttribute('data-status', 'lulus');
    await expect(todo).toBeEmpty();
    const text = await saved(page);

    // The CLI draft with the same answers, written by hand into its text.
    const parts = splitSopFile(cliDraft);
    if (!parts) throw new Error('no frontmatter');
    const { data } = readData(parts.yaml);
    const answered = structuredClone(data) as { langkah: Array<Record<string, unknown>> };
    const seventh = answered.langkah[6] as Record<string, unknown>;
    const eighth = answered.langkah[7] as Record<string, unknown>;
    seventh.jenis = 'keputusan';
    seventh.pilihan = [
      { label: 'Sesuai', lanjutKe: 9 },
      { label: 'Perlu penyesuaian', lanjutKe: 8 },
    ];
    eighth.lanjutKe = 9;
    expect(text).toBe(writeSopFile(parts, data, answered, parts.body));
    expect(text.split('\n').filter((line, i) => line !== cliDraft.split('\n')[i])[0]).toBe('    jenis: keputusan');
    expect((await checkAs('penyusunan-cascading', text)).filter((issue) => issue.level === 'error')).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('saving into a content/ folder shows what changes and writes only when confirmed', async ({ page }) => {
  const original = await readFile(path.join(SOP_DIR, 'penyusunan-cascading.mdx'), 'utf8');
  await openSop(page, 'penyusunan-cascading');
  // The folder the author would pick: a real directory handle of the origin's private file system.
  await page.evaluate(async (text) => {
    const root = await navigator.storage.getDirectory();
    const sop = await root.getDirectoryHandle('sop', { create: true });
    const writable = await (await sop.getFileHandle('penyusunan-cascading.mdx', { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () => root;
  }, original);
  const onDisk = () =>
    page.evaluate(async () => {
      const sop = await (await navigator.storage.getDirectory()).getDirectoryHandle('sop');
      return (await (await sop.getFileHandle('penyusunan-cascading.mdx')).getFile()).text();
    });
  await page.locator('[data-path="langkah.0.mutuBaku.durasi"]').fill('45 menit');
  const save = page.getByRole('button', { name: 'Simpan ke folder content/…' });
  await save.click();
  const dialog = page.getByRole('dialog', { name: 'Timpa sop/penyusunan-cascading.mdx?' });
  await expect(dialog.locator('[data-kind="hapus"]')).toHaveText(['-       durasi: 30 menit\n']);
  await expect(dialog.locator('[data-kind="tambah"]')).toHaveText(['+       durasi: 45 menit\n']);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator('[data-status-folder]')).toHaveText('Dibatalkan; berkas di folder tidak diubah.');
  expect(await onDisk()).toBe(original);

  await save.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Timpa berkas' }).click();
  await expect(page.locator('[data-status-folder]')).toContainText('Tersimpan ke');
  expect(await onDisk()).toBe(original.replace('      durasi: 30 menit', '      durasi: 45 menit'));
});

test('the editor allows style attributes only, so Mermaid draws without a refusal, and nothing else is loosened', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { refused: string[] }).refused = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
  });
  await openSop(page, 'penyusunan-cascading');
  await expect(page.locator('[data-pratinjau-bagan]')).toHaveAttribute('data-status', 'siap', { timeout: 30_000 });
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).toContain("style-src-attr 'unsafe-inline'");
  expect(policy.split(';').filter((directive) => directive.includes("'unsafe-inline'"))).toHaveLength(1);
  const refused = await page.evaluate(() => (window as unknown as { refused: string[] }).refused);
  expect(refused.filter((directive) => directive === 'style-src-attr')).toEqual([]);
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the editor with an SOP open and a message shown passes axe at ${viewport.width} px (${viewport.name})`, async ({ page }) => {
    // axe over a long form and a drawn diagram takes a while on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await openSop(page, 'penyusunan-cascading');
    await expect(page.locator('[data-pratinjau-bagan]')).toHaveAttribute('data-status', 'siap', { timeout: 30_000 });
    // The page never scrolls sideways: a diagram wider than the screen scrolls inside its own frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expect(page.locator('[data-pratinjau-bagan]')).toHaveCSS('overflow-x', 'auto');
    await page.locator('[data-path="langkah.0.mutuBaku.durasi"]').fill('tiga puluh menit');
    await expect(page.locator('[data-pesan-untuk="langkah.0.mutuBaku.durasi"] p')).toHaveCount(1);
    // A regulation being drafted, its messages shown at its fields.
    await page.getByRole('button', { name: 'Tambah peraturan baru' }).click();
    await expect(page.locator('[data-pesan-untuk="regulasi.0.tentang"] p')).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

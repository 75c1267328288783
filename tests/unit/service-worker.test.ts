/** The precache budget: a site that fits is precached whole; a larger one precaches its shell and lists its pages. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ignoredParameters, PREVIOUS_ASSETS_CACHE, writeServiceWorker } from '../../src/integrations/service-worker.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A tiny built site: shell pages, two SOP pages, a script and a Pagefind file. */
async function site(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-sw-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'index.html': '<h1>Beranda</h1>',
    'offline/index.html': '<h1>Sedang luring</h1>',
    'checklist/index.html': '<h1>Checklist</h1>',
    'cari/index.html': '<h1>Cari</h1>',
    '404.html': '<h1>404</h1>',
    'sop/a/index.html': `<h1>A</h1>${'x'.repeat(5000)}`,
    'sop/b/index.html': `<h1>B</h1>${'x'.repeat(5000)}`,
    '_astro/app.js': 'console.log(1)',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/pagefind-ui.js': 'unused',
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('writeServiceWorker', () => {
  it('precaches every page, under the sub-path, when the site fits the budget', async () => {
    const dir = await site();
    const report = await writeServiceWorker({ dir, base: '/sop/', budgetBytes: 1_000_000 });
    expect(report.mode).toBe('semua');
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    for (const url of ['/sop/sop/a/index.html', '/sop/index.html', '/sop/_astro/app.js', '/sop/pagefind/pagefind-entry.json'])
      expect(sw).toContain(url);
    expect(sw).not.toContain('pagefind-ui.js');
    expect(sw).toContain('/sop/offline/index.html');
    // Seven pages, the script and the Pagefind entry.
    expect(report.files).toBe(9);
  }, 60_000);

  it('precaches only the shell of a site over budget and lists its pages for "Simpan semua"', async () => {
    const dir = await site();
    const report = await writeServiceWorker({ dir, base: '/', budgetBytes: 2_000 });
    expect(report.mode).toBe('kerangka');
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('"/index.html"');
    expect(sw).toContain('"/_astro/app.js"');
    expect(sw).not.toContain('/sop/a/index.html');
    expect(JSON.parse(await readFile(path.join(dir, 'lajur-offline.json'), 'utf8'))).toMatchObject({
      mode: 'kerangka',
      halaman: ['/sop/a/', '/sop/b/'],
      prasimpan: { berkas: report.files, byte: report.bytes, anggaran: 2_000 },
    });
  }, 60_000);
});

describe("the editor's on-demand code", () => {
  it('is left out of the precache, listed for the editor, while what readers share stays in', async () => {
    const dir = await site();
    const chunks: Record<string, string> = {
      // A reader page's script, which the editor also uses.
      'sop/a/index.html': '<h1>A</h1><script type="module" src="/_astro/app.js"></script>',
      'penyunting/index.html': '<script type="module" src="/_astro/penyunting.js"></script>',
      '_astro/penyunting.js': 'import{a}from"./app.js";import"./form.js";const m=()=>import("./mermaid.core.js");',
      '_astro/form.js': 'export const f=1;',
      '_astro/mermaid.core.js': 'const d=()=>import("./swimlanes.js");',
      '_astro/swimlanes.js': 'export default 1;',
    };
    for (const [file, text] of Object.entries(chunks)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    await writeServiceWorker({ dir, base: '/', budgetBytes: 1_000_000 });
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    // What the editor page needs to start, and what readers load, are precached.
    for (const url of ['/_astro/app.js', '/_astro/penyunting.js', '/_astro/form.js', '/penyunting/index.html']) expect(sw).toContain(url);
    // What it loads on demand is not, and is listed for the editor to store.
    expect(sw).not.toContain('mermaid.core.js');
    expect(sw).not.toContain('swimlanes.js');
    const list = JSON.parse(await readFile(path.join(dir, 'lajur-offline.json'), 'utf8'));
    expect(list.penyunting).toEqual(['/_astro/mermaid.core.js', '/_astro/swimlanes.js']);
  }, 60_000);
});

describe('query parameters and previous chunks', () => {
  it('ignores every parameter except those on the allow-list', () => {
    const [none] = ignoredParameters([]);
    for (const name of ['fbclid', 'ref', 'utm_source', 'ts', 'run', 'q']) expect(none?.test(name)).toBe(true);
    const [some] = ignoredParameters(['halaman']);
    expect(some?.test('halaman')).toBe(false);
    expect(some?.test('halaman2')).toBe(true);
    expect(some?.test('fbclid')).toBe(true);
  });

  it("imports the script that keeps the previous version's _astro files, and never precaches it", async () => {
    const dir = await site();
    await writeServiceWorker({ dir, base: '/sop/', budgetBytes: 1_000_000 });
    const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('importScripts("/sop/lajur-sw-extra.js")');
    expect(sw).not.toMatch(/url:\s*"\/sop\/lajur-sw-extra\.js"/);
    const extra = await readFile(path.join(dir, 'lajur-sw-extra.js'), 'utf8');
    expect(extra).toContain(PREVIOUS_ASSETS_CACHE);
  }, 60_000);
});

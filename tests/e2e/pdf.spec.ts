/**
 * `npm run pdf` on the fixture site: one PDF per SOP, the identity page A4 portrait and the flowchart pages A4
 * landscape, with a progress line per SOP; and a clear message when the site was not built.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readPdfPages } from '../../scripts/lib/pdf-pages.ts';
import { writePdfs } from '../../scripts/lib/pdf.ts';
import { FIXTURE, fixtureUrl } from './fixture-site.ts';

/** A4 in PostScript points, as Chromium writes it. */
const A4 = { short: 595, long: 842 };

test('each SOP becomes one PDF: identity page upright, flowchart pages lying down', async ({ browser }) => {
  const out = await mkdtemp(path.join(tmpdir(), 'lajur-pdf-'));
  try {
    const lines: string[] = [];
    const results = await writePdfs({
      dist: FIXTURE.out,
      base: FIXTURE.base,
      out,
      ids: ['penyusunan-cascading', 'penyusunan-perjanjian-kinerja'],
      log: (line) => lines.push(line),
      browser,
    });
    expect(lines).toEqual([
      expect.stringMatching(/^\[1\/2\] penyusunan-cascading: .*penyusunan-cascading\.pdf, 3 halaman \(1 tegak, 2 mendatar\)/),
      expect.stringMatching(/^\[2\/2\] penyusunan-perjanjian-kinerja: .*\.pdf, 1 halaman \(1 tegak\)/),
    ]);

    const cascading = readPdfPages(await readFile(path.join(out, 'penyusunan-cascading.pdf')));
    expect(cascading.map((page) => page.orientation)).toEqual(['tegak', 'mendatar', 'mendatar']);
    for (const page of cascading) {
      const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
      expect(Math.round(short)).toBe(A4.short);
      expect(Math.round(long)).toBe(A4.long);
    }
    const pk = readPdfPages(await readFile(path.join(out, 'penyusunan-perjanjian-kinerja.pdf')));
    expect(pk.map((page) => page.orientation)).toEqual(['tegak']);
    expect(results.map((result) => result.id)).toEqual(['penyusunan-cascading', 'penyusunan-perjanjian-kinerja']);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('the PDF embeds Inter as TrueType outlines (no Type 3) and has as many pages as the screen numbers', async ({ browser, page }) => {
  const out = await mkdtemp(path.join(tmpdir(), 'lajur-pdf-'));
  try {
    const [result] = await writePdfs({
      dist: FIXTURE.out,
      base: FIXTURE.base,
      out,
      ids: ['prosedur-uji-pagination'],
      log: () => {},
      browser,
    });
    const bytes = await readFile(path.join(out, 'prosedur-uji-pagination.pdf'));
    const text = bytes.toString('latin1');
    expect(text).toContain('/FontFile2');
    expect(text).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+Inter-Regular/);
    expect(text).not.toMatch(/\/Subtype\s*\/Type3/);
    await page.goto(fixtureUrl('sop/prosedur-uji-pagination/dokumen/'));
    const screen = await page.locator('.nomor-lembar').last().textContent();
    expect(screen).toBe(`Halaman ${result?.pages.length} dari ${result?.pages.length}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('npm run pdf says how to build when there is no built site', () => {
  const missing = path.join(tmpdir(), 'lajur-tidak-ada-dist');
  const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--dist', missing], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('npm run build');
});

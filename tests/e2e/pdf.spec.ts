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
import { FIXTURE } from './fixture-site.ts';

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

test('npm run pdf says how to build when there is no built site', () => {
  const missing = path.join(tmpdir(), 'lajur-tidak-ada-dist');
  const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--dist', missing], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('npm run build');
});

/**
 * The official document checked geometrically in the browser (scripts/lib/dokumen-geometri.ts), over every SOP
 * of the fixture site (the real SOPs and the synthetic extras) and of a generated site of long synthetic SOPs
 * (bench/generate.ts: 24-30 steps, up to 8 lanes, loops), built here without diagrams: no decision label over
 * text or a symbol, no crossing without a hop, every arrow's line ending on a symbol or connector, no word broken
 * without a hyphen. The same check over 1,000 SOPs is `node bench/dokumen-geometri.ts` (BENCHMARKS.md).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generate } from '../../bench/generate.ts';
import { addCounts, periksaGeometri, ZERO, type GeometriCounts } from '../../scripts/lib/dokumen-geometri.ts';
import { builtDokumenIds } from '../../scripts/lib/pdf.ts';
import { labelSize } from '../../src/dokumen/lembar-alur/labels.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from './build-site.ts';
import { FIXTURE, fixtureUrl } from './fixture-site.ts';

/** The counts this check holds at zero: all of them. */
const HELD = Object.keys(ZERO) as (keyof GeometriCounts)[];

async function checkSite(page: Page, ids: readonly string[], url: (id: string) => string) {
  let counts = ZERO;
  const details: string[] = [];
  let labels = 0;
  for (const id of ids) {
    await page.goto(url(id));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const result = await periksaGeometri(page);
    counts = addCounts(counts, result.counts);
    labels += result.checked.labels;
    details.push(...result.details.map((line) => `${id}: ${line}`));
  }
  return { counts, details, labels };
}

const held = (counts: GeometriCounts) => Object.fromEntries(HELD.map((key) => [key, counts[key]]));

test('every official document of the fixture site: labels clear of text and symbols, crossings bridged, arrows joined, words whole', async ({
  page,
}) => {
  const ids = await builtDokumenIds(FIXTURE.out);
  expect(ids.length).toBeGreaterThanOrEqual(4);
  const { counts, details, labels } = await checkSite(page, ids, (id) => fixtureUrl(`sop/${id}/dokumen/`));
  expect(labels).toBeGreaterThan(0);
  expect(held(counts), details.join('\n')).toEqual(held(ZERO));
});

test('decision labels are placed with widths never narrower than the browser prints them (label-width.ts holds for the font)', async ({
  page,
}) => {
  const ids = await builtDokumenIds(FIXTURE.out);
  const printed: { lines: string[]; width: number }[] = [];
  for (const id of ids) {
    await page.goto(fixtureUrl(`sop/${id}/dokumen/`));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    printed.push(
      ...(await page.locator('.label-pilihan').evaluateAll((labels) =>
        labels.map((label) => ({
          lines: [...label.querySelectorAll('tspan')].map((line) => line.textContent ?? ''),
          width: label.getBoundingClientRect().width,
        })),
      )),
    );
  }
  expect(printed.length).toBeGreaterThan(0);
  const tooNarrow = printed.filter((label) => labelSize(label.lines).w < label.width);
  expect(tooNarrow).toEqual([]);
});

test.describe('a generated site of long SOPs', () => {
  test.describe.configure({ timeout: 600_000 });
  let dir = '';
  let site: Awaited<ReturnType<typeof startStaticServer>> | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    dir = await mkdtemp(path.join(tmpdir(), 'lajur-geometri-'));
    await generate({ sops: 30, seed: 2026, out: path.join(dir, 'content') });
    const build = await buildSite({
      LAJUR_CONTENT: path.join(dir, 'content'),
      LAJUR_OUT: path.join(dir, 'dist'),
      LAJUR_CACHE: path.join(dir, 'cache'),
      LAJUR_DIAGRAMS: 'off',
      LAJUR_BASE: '/',
    });
    expect(build.status, build.output).toBe(0);
    site = await startStaticServer({ root: path.join(dir, 'dist'), base: '/' });
  });

  test.afterAll(async () => {
    await site?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('every official document of 30 generated SOPs passes the geometric check', async ({ page }) => {
    const ids = await builtDokumenIds(path.join(dir, 'dist'));
    expect(ids).toHaveLength(30);
    const { counts, details, labels } = await checkSite(page, ids, (id) => new URL(`sop/${id}/dokumen/`, site?.url).href);
    expect(labels).toBeGreaterThan(50);
    expect(held(counts), details.join('\n')).toEqual(held(ZERO));
  });
});

/**
 * Search latency as a reader meets it: on an SOP page, "/" opens the dialog and the query is typed key by key.
 * Times run from a keystroke (a keydown listener in the page) to the results of that query on screen (the status
 * line names the term once its first results are rendered), so they include loading, the debounce and rendering.
 */
import type { Browser } from 'playwright';
import { median } from './measure.ts';

export interface SearchFigures {
  /** From "/" on a page that has loaded nothing of the search, to the first query's results. */
  pertamaDariGarisMiringMs: number;
  /** From the last key of the first query to its results. */
  pertamaMs: number;
  /** Median, over the later queries, from the last key of a query to its results. */
  medianMs: number;
  /** Each later query's time, in the order of {@link LATER_QUERIES}. */
  berikutnyaMs: number[];
  kueri: number;
  /** Requests (page and Pagefind's worker) and their bytes from "/" to the first query's results. */
  permintaanPertama: number;
  bytePertama: number;
  /** Requests and bytes over the whole run. */
  permintaan: number;
  byte: number;
}

/** The later queries, typed one after another into the open dialog. */
export const LATER_QUERIES = [
  'berkas',
  'memverifikasi',
  'laporan uji',
  'pelaksana sintetis 07',
  'pergub',
  '2010',
  'nota dinas',
  'prosedur sintetis 0500',
  'kualifikasi',
  'rekap',
];

/** Measures on `pageUrl` (an SOP page of the served site). */
export async function measureSearch(browser: Browser, pageUrl: string): Promise<SearchFigures> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Responses of the page and of Pagefind's worker (the context sees both), counted from "/" on.
  let counting = false;
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    if (counting)
      sizes.push(
        request.sizes().then(
          (size) => size.responseBodySize + size.responseHeadersSize,
          () => 0,
        ),
      );
  });
  const tally = async () => ({ count: sizes.length, bytes: (await Promise.all(sizes)).reduce((sum, value) => sum + value, 0) });
  try {
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const state = window as unknown as { lastKey: number; slash: number };
      document.addEventListener(
        'keydown',
        (event) => {
          state.lastKey = performance.now();
          if (event.key === '/' && !state.slash) state.slash = state.lastKey;
        },
        { capture: true },
      );
    });
    /** Types `term` and resolves with [ms since "/", ms since its last key] once its results are on screen. */
    const query = async (term: string): Promise<[number, number]> => {
      await page.keyboard.type(term);
      const handle = await page.waitForFunction(
        (term) => {
          const status = document.querySelector('.dialog-cari .pencarian-status')?.textContent ?? '';
          const list = document.querySelector('.dialog-cari .pencarian-hasil');
          // The first results are on screen (the rest of the 20 may still be loading below them).
          if (!status.includes(`“${term}”`) || !list?.firstElementChild) return false;
          const state = window as unknown as { lastKey: number; slash: number };
          const now = performance.now();
          return [now - state.slash, now - state.lastKey];
        },
        term,
        { polling: 'raf', timeout: 30_000 },
      );
      return (await handle.jsonValue()) as [number, number];
    };
    counting = true;
    await page.keyboard.press('/');
    const [fromSlash, first] = await query('sintetis');
    const firstTally = await tally();
    const later: number[] = [];
    for (const term of LATER_QUERIES) {
      await page.keyboard.press('Control+A');
      later.push((await query(term))[1]);
    }
    await page.waitForTimeout(300);
    const all = await tally();
    return {
      pertamaDariGarisMiringMs: fromSlash,
      pertamaMs: first,
      medianMs: median(later),
      berikutnyaMs: later,
      kueri: LATER_QUERIES.length,
      permintaanPertama: firstTally.count,
      bytePertama: firstTally.bytes,
      permintaan: all.count,
      byte: all.bytes,
    };
  } finally {
    await context.close();
  }
}

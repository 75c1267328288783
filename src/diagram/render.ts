/**
 * Renders Mermaid text to SVG in one headless Chromium page, for a whole build at once: starting a browser costs
 * about a second, a diagram in an open page about a tenth of that. The page is served from a fake origin through
 * Playwright's router, with Mermaid and the site's own font read from node_modules: no network, and labels are
 * measured with exactly the glyphs readers will see.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../build-browser/chromium.ts';
import { accessibleTexts, DIAGRAM_FONT_FAMILY, DIAGRAM_ID, MERMAID_CONFIG, STAND_INS, withStandIns } from './mermaid-setup.ts';
import { tidySvgInPage } from './tidy-in-page.ts';

export { DIAGRAM_FONT_FAMILY, DIAGRAM_ID, MERMAID_CONFIG, STAND_INS, withStandIns } from './mermaid-setup.ts';

const require = createRequire(import.meta.url);
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;
export const DIAGRAM_FONT_FILE = require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');
/** Only for measuring the stand-ins below; readers see the real characters, from the Latin file. */
const DIAGRAM_FONT_EXT_FILE = require.resolve('@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2');

/** Changes whenever the same text could render differently: Mermaid, its settings, the font, our tidying. */
export const RENDERER_VERSION = `mermaid@${MERMAID_VERSION};lajur-render@7;${JSON.stringify(MERMAID_CONFIG)}`;

const ORIGIN = 'http://lajur-render.invalid';

export type RenderResult = { ok: true; svg: string } | { ok: false; error: string };

/** One page of the render site, ready to draw: Mermaid loaded and initialised, fonts loaded. */
async function openRenderPage(browser: Browser): Promise<Page> {
  // A context of its own gives each page its own renderer process, so pages draw in parallel on several cores.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/mermaid.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(MERMAID_SCRIPT) });
    if (pathname === '/font.woff2') return route.fulfill({ contentType: 'font/woff2', body: readFileSync(DIAGRAM_FONT_FILE) });
    if (pathname === '/font-ext.woff2') return route.fulfill({ contentType: 'font/woff2', body: readFileSync(DIAGRAM_FONT_EXT_FILE) });
    if (pathname === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><style>
          @font-face { font-family: "${DIAGRAM_FONT_FAMILY}"; src: url(/font.woff2) format("woff2"); font-weight: 100 900; unicode-range: U+0000-00FF, U+2000-206F; }
          @font-face { font-family: "${DIAGRAM_FONT_FAMILY}"; src: url(/font-ext.woff2) format("woff2"); font-weight: 100 900; unicode-range: U+0100-02FF; }
          body { margin: 0; font-family: "${DIAGRAM_FONT_FAMILY}", sans-serif; }
        </style></head><body><div id="stage"></div></body></html>`,
      });
    }
    return route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ url: `${ORIGIN}/mermaid.js` });
  await page.evaluate(
    async ({ config, family }) => {
      await Promise.all([document.fonts.load(`16px "${family}"`, 'a'), document.fonts.load(`16px "${family}"`, '\u02BA')]);
      const mermaid = (window as unknown as { mermaid: { initialize(config: unknown): void } }).mermaid;
      mermaid.initialize(config);
    },
    { config: MERMAID_CONFIG, family: DIAGRAM_FONT_FAMILY },
  );
  return page;
}

/** How many pages draw at once: one per core, at most four (each is a renderer process of its own). */
export function defaultRenderPages(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Renders diagrams in one Chromium, on a few pages at once. `render` waits for a free page, so callers can ask
 * for several diagrams concurrently and each page works through them one after another.
 */
export class DiagramRenderer {
  private readonly browser: Browser;
  private readonly idle: Page[];
  private readonly waiting: Array<(page: Page) => void> = [];
  readonly size: number;

  private constructor(browser: Browser, pages: Page[]) {
    this.browser = browser;
    this.idle = [...pages];
    this.size = pages.length;
  }

  static async start(log?: (line: string) => void, options: { pages?: number } = {}): Promise<DiagramRenderer> {
    const browser = await launchChromium(log);
    try {
      const pages = await Promise.all(Array.from({ length: options.pages ?? 1 }, () => openRenderPage(browser)));
      return new DiagramRenderer(browser, pages);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  private acquire(): Promise<Page> {
    const page = this.idle.pop();
    return page ? Promise.resolve(page) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  async render(text: string): Promise<RenderResult> {
    const page = await this.acquire();
    try {
      return await this.renderOn(page, text);
    } finally {
      this.release(page);
    }
  }

  /** One diagram. Mermaid's parse or layout error comes back as the result, not thrown, so a batch goes on. */
  private async renderOn(page: Page, text: string): Promise<RenderResult> {
    const result = await page.evaluate(
      async ({ text, id }) => {
        const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        try {
          return { ok: true as const, svg: (await mermaid.render(id, text)).svg };
        } catch (error) {
          // Mermaid leaves its scratch element behind on errors.
          document.getElementById(`d${id}`)?.remove();
          return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      },
      { text: withStandIns(text), id: DIAGRAM_ID },
    );
    if (!result.ok) return result;
    const restore = STAND_INS.map(([, standIn, real]) => [standIn, real] as [string, string]);
    return { ok: true, svg: await page.evaluate(tidySvgInPage, { svg: result.svg, restore, ...accessibleTexts(text) }) };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

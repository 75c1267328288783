/**
 * Measures the official document's flowchart rows in Chromium before pages are generated (src/dokumen/ukur.ts),
 * so the dokumen pages are cut from the heights the browser really gives the rows. Measurements are cached by
 * their text and dropped after 30 days unused; the log says how many tables were measured and dropped.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { launchChromium } from '../build-browser/chromium.ts';
import { checkContentOnce } from '../content-check/check.ts';
import { tabelTeks } from '../dokumen/dokumen.ts';
import { ukurTabel, type TabelTeks } from '../dokumen/ukur.ts';

export function dokumen(options: { contentDir: string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lajur:dokumen',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        const { catalog } = await checkContentOnce(path.resolve(root, options.contentDir), root);
        const tables = catalog.sops.map(tabelTeks).filter((table): table is TabelTeks => table !== null);
        let browser: Browser | undefined;
        try {
          const { diukur, dibuang } = await ukurTabel(tables, async () => {
            browser ??= await launchChromium((line) => logger.info(line));
            return browser;
          });
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `Dokumen resmi: ${tables.length} tabel bagan alir, ${diukur} diukur di browser, ${tables.length - diukur} dari cache, ${dibuang} ukuran lama dibuang (${seconds} s)`,
          );
        } finally {
          await browser?.close();
        }
      },
    },
  };
}

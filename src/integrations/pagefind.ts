/**
 * Builds the search index with Pagefind's Node API once the pages are written (astro:build:done), and before the
 * service worker integration lists the files to precache. Only the pages that mark their content with
 * data-pagefind-body are indexed: SOPs, regulations, qualifications and roles; Indonesian stemming comes from
 * <html lang="id">. Before indexing, acronyms of content/istilah/ are marked up as <abbr> (istilah-abbr.ts); after it,
 * the index's words are written for the search box's suggestions (search-words.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { abbreviateSite, readIstilah } from './istilah-abbr.ts';
import { writeSearchWords } from './search-words.ts';

/** `contentDir` holds istilah/, whose acronyms are marked up as <abbr> before indexing. */
export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'lajur:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const abbreviated = await abbreviateSite(site, await readIstilah(options.contentDir));
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind tidak dapat dimulai: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind gagal mengindeks: ${added.errors.join('; ')}`);
          const root = site.replace(/\/$/, '');
          const written = await index.writeFiles({ outputPath: `${root}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
          await mkdir(`${root}/cari`, { recursive: true });
          const words = await writeSearchWords(`${root}/pagefind`, `${root}/cari/kata.json`);
          logger.info(
            `Pencarian: ${added.page_count} halaman diindeks, ${words} kata untuk saran, singkatan di ${abbreviated} halaman (${Math.round(performance.now() - started)} ms)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { basePath, cacheDir, contentDir, outDir, siteUrl } from './src/site-config.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Order matters at build:done: the search index is written before anything that lists the output files.
  integrations: [contentCheck({ contentDir }), diagrams({ contentDir }), mdx(), pagefindSearch()],
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX file triggers this warning (withastro/astro#18087, open); at a province's scale it buries
        // the build log. Only that exact warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

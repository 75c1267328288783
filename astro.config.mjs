// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { dokumen } from './src/integrations/dokumen.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { basePath, cacheDir, contentDir, diagramsEnabled, outDir, siteUrl } from './src/settings.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro inlines stylesheets under 4 KB into the pages that import them and deletes the file, even when a
    // script still asks for it by URL (the search dialog's `search.css?url`: withastro/astro#8329, #13581, open).
    // Files only: every stylesheet a chunk asks for is in dist, and pages share them from the cache.
    inlineStylesheets: 'never',
  },
  // Classes rather than data-astro-cid attributes: shorter on every element of long SOP pages.
  scopedStyleStrategy: 'class',
  // No code blocks in SOPs; Shiki's inline styles would also clash with the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    // Only the site's own origin. Astro hashes its inline scripts and styles into the meta tag; Pagefind compiles
    // WebAssembly ('wasm-unsafe-eval'). No style attributes anywhere, so none are allowed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Order matters at build:done: the search index is written before anything that lists the output files.
  integrations: [
    contentCheck({ contentDir }),
    diagrams({ contentDir, enabled: diagramsEnabled }),
    dokumen({ contentDir }),
    mdx(),
    pagefindSearch({ contentDir }),
    serviceWorker({ base: basePath }),
  ],
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

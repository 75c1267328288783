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
    // Stylesheets under 4 KB inline (fewer render-blocking requests on a slow phone); the large shared ones stay
    // files, cached across pages. The search dialog's stylesheet is only ever imported by URL (`search.css?url`,
    // in dialog.ts and src/pages/cari.astro), so it stays a file: imported as CSS, Astro would inline it and delete
    // the file a script still asks for (withastro/astro#8329, #13581; tests/e2e/requests.spec.ts).
    inlineStylesheets: 'auto',
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

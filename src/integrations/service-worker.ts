/**
 * The service worker: written with workbox-build at the end of the build, after the search index, so that every
 * page, the search index and its fragments, fonts and icons can be precached.
 *
 * Precache budget: everything is precached while the site fits the budget (LAJUR_PRECACHE_MB, default 25 MB of
 * files). A larger site precaches its shell instead: scripts, styles, fonts, icons, the search index, the home,
 * checklist, search, editor and offline pages. Other pages are then cached when first visited, and the footer offers
 * "Simpan semua untuk offline", which stores every page listed in lajur-offline.json, with progress.
 *
 * Navigations that miss both network and cache get the offline page, not a single-page-app fallback.
 *
 * Query parameters: no parameter chooses another file on this static site (`?run=`, `?q=` are read by the
 * page's script), so every parameter not on the allow-list below is ignored when looking up the cache: links
 * with `?fbclid=`, `?ref=` or `utm_*` open offline.
 *
 * Updates: a tab opened before an update keeps running the previous version's scripts, which may load chunks
 * on demand (export, import). `lajur-sw-extra.js` copies the previous version's `_astro/` files into a cache of
 * their own when a new worker installs, and answers `_astro/` requests from any Lajur cache first, so such a tab
 * keeps working; the page also tells it that a new version is active (src/client/pwa/register.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { precacheBudgetBytes } from '../settings.ts';
import { OFFLINE_LIST, ON_DEMAND_CACHE, PAGE_CACHE } from '../lib/site-files.ts';
import { closureOf, pageScripts } from './script-closure.ts';

/** The previous version's hashed scripts and styles, kept for tabs opened before an update. */
export const PREVIOUS_ASSETS_CACHE = 'lajur-aset-sebelumnya';
const EXTRA_SCRIPT = 'lajur-sw-extra.js';

/** Query parameters that would make the service worker look up a different file. None do on this site today. */
export const PAGE_PARAMETERS: readonly string[] = [];

/** Patterns of the parameters to ignore: every parameter except those in `allow`. */
export function ignoredParameters(allow: readonly string[] = PAGE_PARAMETERS): RegExp[] {
  const escaped = allow.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return [escaped.length === 0 ? /.*/ : new RegExp(`^(?!(?:${escaped.join('|')})$)`)];
}

/** Runs inside the service worker (imported before Workbox's code, so its fetch handler answers first). */
function extraWorker(previousCache: string): string {
  return `// Lajur: keeps the previous version's _astro files for tabs opened before an update (see service-worker.ts).
const PREVIOUS = ${JSON.stringify(previousCache)};
const ON_DEMAND = ${JSON.stringify(ON_DEMAND_CACHE)};
const isAsset = (url) => new URL(url).pathname.includes('/_astro/');
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const copies = [];
    for (const name of await caches.keys()) {
      if (!name.includes('-precache-')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!isAsset(request.url)) continue;
        const response = await cache.match(request);
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        if (response) copies.push([url.href, response]);
      }
    }
    if (copies.length === 0) return;
    await caches.delete(PREVIOUS);
    const previous = await caches.open(PREVIOUS);
    await Promise.all(copies.map(([url, response]) => previous.put(url, response)));
  })());
});
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || !isAsset(event.request.url)) return;
  event.respondWith((async () => {
    const cached = await caches.match(event.request, { ignoreSearch: true });
    if (cached) return cached;
    const response = await fetch(event.request);
    // Files left out of the precache (the editor's on-demand code) are kept once fetched.
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(ON_DEMAND).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  })());
});
`;
}

export interface PrecacheReport {
  mode: 'semua' | 'kerangka';
  files: number;
  bytes: number;
  budgetBytes: number;
  /** Every page of the site, for "Simpan semua untuk offline". */
  pages: string[];
  warnings: string[];
}

/** Pagefind's own UI bundles are not used (Lajur has its own search box); the playground is never written. */
const NEVER_PRECACHE = [
  'sw.js',
  EXTRA_SCRIPT,
  'workbox-*.js',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
];
const EDITOR_PAGE = 'penyunting/index.html';
const SHELL_PAGES = ['index.html', 'offline/index.html', 'checklist/index.html', 'cari/index.html', 'penyunting/index.html', '404.html'];
const ASSETS = '**/*.{js,css,woff2,svg,png,ico,json,webmanifest,wasm,pagefind,pf_meta,pf_fragment,pf_index,pf_filter}';

async function listFiles(dir: string): Promise<Array<{ file: string; bytes: number }>> {
  const names = await readdir(dir, { recursive: true });
  const files = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(dir, name));
      return info.isFile() ? { file: name.split(path.sep).join('/'), bytes: info.size } : undefined;
    }),
  );
  return files.filter((entry): entry is { file: string; bytes: number } => entry !== undefined);
}

/**
 * The editor's code that loads on demand (Mermaid and its diagram chunks, the Word and Excel readers: megabytes)
 * and that no other page can reach. Left out of the precache so that readers never download it; the editor page
 * stores it when visited online (the list is in lajur-offline.json as `penyunting`), so it works offline after.
 */
function editorOnDemandScripts(dir: string, files: ReadonlyArray<{ file: string }>): string[] {
  const editorPage = path.join(dir, EDITOR_PAGE);
  if (!files.some((entry) => entry.file === EDITOR_PAGE)) return [];
  const readerEntries = files
    .filter((entry) => entry.file.endsWith('.html') && entry.file !== EDITOR_PAGE)
    .flatMap((entry) => pageScripts(dir, path.join(dir, entry.file)));
  const readers = closureOf([...new Set(readerEntries)]);
  const editorEntries = pageScripts(dir, editorPage);
  const editorStart = closureOf(editorEntries, { staticOnly: true });
  return [...closureOf(editorEntries)]
    .filter((file) => !readers.has(file) && !editorStart.has(file))
    .map((file) => path.relative(dir, file).split(path.sep).join('/'))
    .sort();
}

/** Writes sw.js and lajur-offline.json into a built site. Exported for tests that build a second version. */
export async function writeServiceWorker(options: { dir: string; base: string; budgetBytes?: number }): Promise<PrecacheReport> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const budgetBytes = options.budgetBytes ?? precacheBudgetBytes;
  const listed = await listFiles(options.dir);
  const editorOnDemand = new Set(editorOnDemandScripts(options.dir, listed));
  const all = listed.filter(
    (entry) =>
      entry.file !== EXTRA_SCRIPT &&
      !editorOnDemand.has(entry.file) &&
      !/^sw\.js$|^workbox-|^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)/.test(entry.file),
  );
  const total = all.reduce((sum, entry) => sum + entry.bytes, 0);
  const mode: PrecacheReport['mode'] = total <= budgetBytes ? 'semua' : 'kerangka';
  const pages = all
    .filter((entry) => entry.file.endsWith('index.html') && !SHELL_PAGES.includes(entry.file))
    .map((entry) => `${base}${entry.file.replace(/index\.html$/, '')}`)
    .sort();

  await writeFile(path.join(options.dir, EXTRA_SCRIPT), extraWorker(PREVIOUS_ASSETS_CACHE));
  const { count, size, warnings } = await generateSW({
    importScripts: [`${base}${EXTRA_SCRIPT}`],
    swDest: path.join(options.dir, 'sw.js'),
    globDirectory: options.dir,
    globPatterns: mode === 'semua' ? ['**/*.html', ASSETS] : [...SHELL_PAGES, ASSETS],
    // The offline list is written afterwards (it records this precache); the page fetches it over the network.
    globIgnores: [...NEVER_PRECACHE, ...editorOnDemand],
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    // Every parameter but the allow-list: ?ts= (Pagefind's cache-busting), ?run=, ?q=, ?fbclid=, ?ref=, utm_*.
    ignoreURLParametersMatching: ignoredParameters(),
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The page asks (workbox-window's messageSkipWaiting) after the reader accepts "Versi baru tersedia".
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGE_CACHE,
          networkTimeoutSeconds: 5,
          // A page cached when visited is found again whatever tracking parameters a link adds.
          matchOptions: { ignoreSearch: true },
          precacheFallback: { fallbackURL: `${base}offline/index.html` },
        },
      },
    ],
  });
  // Written after the worker, so that it also records what was precached; the page reads mode and halaman.
  await writeFile(
    path.join(options.dir, OFFLINE_LIST),
    JSON.stringify({
      mode,
      halaman: pages,
      prasimpan: { berkas: count, byte: size, anggaran: budgetBytes },
      penyunting: [...editorOnDemand].map((file) => `${base}${file}`),
    }),
  );
  return { mode, files: count, bytes: size, budgetBytes, pages, warnings };
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function serviceWorker(options: { base: string }): AstroIntegration {
  return {
    name: 'lajur:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeServiceWorker({ dir: fileURLToPath(dir), base: options.base });
        for (const warning of report.warnings) logger.warn(warning);
        logger.info(
          report.mode === 'semua'
            ? `Service worker: ${report.files} berkas dipra-simpan (${MB(report.bytes)}, anggaran ${MB(report.budgetBytes)}): semua halaman tersedia luring`
            : `Service worker: situs melebihi anggaran ${MB(report.budgetBytes)}; ${report.files} berkas kerangka dipra-simpan (${MB(report.bytes)}), ${report.pages.length} halaman disimpan saat dibuka atau lewat "Simpan semua untuk offline"`,
        );
      },
    },
  };
}

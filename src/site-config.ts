/**
 * Build settings that deployments change, read from the environment so that one code base serves the real site,
 * the test fixture site and the benchmark site.
 *
 * - LAJUR_CONTENT: the content folder (default "./content").
 * - LAJUR_BASE: the sub-path the site is served under, e.g. "/sop/" (default "/").
 * - LAJUR_SITE: the public origin, e.g. "https://sop.example.go.id" (optional; used for canonical links).
 * - LAJUR_OUT: the output folder (default "./dist").
 * - LAJUR_DIAGRAMS: "off" builds without diagrams (the benchmark compares build times with and without them).
 * - LAJUR_CACHE: Astro's cache folder (default "./node_modules/.astro"); a separate one per site keeps the content
 *   store of the real site and the test site from evicting each other.
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const contentDir = (env.LAJUR_CONTENT ?? './content').replace(/\/+$/, '');

/** Always starts and ends with "/". */
export const basePath = `/${(env.LAJUR_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export const siteUrl = env.LAJUR_SITE || undefined;

export const outDir = env.LAJUR_OUT ?? './dist';

export const cacheDir = env.LAJUR_CACHE ?? './node_modules/.astro';

export const diagramsEnabled = env.LAJUR_DIAGRAMS !== 'off';

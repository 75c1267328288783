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
 * - LAJUR_ROWS_PER_PAGE: at most this many steps on one printed flowchart page of the official document
 *   (default 8; see src/dokumen/paginate.ts).
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const contentDir = (env.LAJUR_CONTENT ?? './content').replace(/\/+$/, '');

/** Always starts and ends with "/". */
export const basePath = `/${(env.LAJUR_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export const siteUrl = env.LAJUR_SITE || undefined;

export const outDir = env.LAJUR_OUT ?? './dist';

export const cacheDir = env.LAJUR_CACHE ?? './node_modules/.astro';

export const diagramsEnabled = env.LAJUR_DIAGRAMS !== 'off';

/** Default of {@link flowchartRowsPerPage}: eight rows of the usual height fit an A4 landscape page with room to spare. */
export const DEFAULT_ROWS_PER_PAGE = 8;

/** Reads a whole number of at least 1, or stops the build naming the variable and what it held. */
export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`${name} harus bilangan bulat 1 atau lebih; ditemukan "${value}".`);
  }
  return number;
}

/** At most this many steps on one printed flowchart page of the official document. */
export const flowchartRowsPerPage = positiveInteger('LAJUR_ROWS_PER_PAGE', env.LAJUR_ROWS_PER_PAGE, DEFAULT_ROWS_PER_PAGE);

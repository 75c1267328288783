/**
 * Every setting that a deployment, a test run or a benchmark changes: one `LAJUR_*` environment variable each,
 * documented and checked here and read nowhere else. The README's settings table is generated from
 * {@link SETTINGS} (`node scripts/update-readme.ts`; a unit test fails when they disagree).
 *
 * A bad value stops whatever reads the settings (build, check, scripts, tests) with a message that names the
 * variable, the value found and what is expected.
 */
import { z } from 'astro/zod';

/** What one setting means and what it holds when unset, for the README table. */
export interface SettingDoc {
  /** What the setting does, in a line. */
  meaning: string;
  /** The value used when the variable is unset, as the README shows it. */
  shownDefault: string;
}

/** Text that, trimmed, is not empty; an empty variable counts as unset. */
const path = z.string().trim().min(1);

/** A whole number of at least 1, written as decimal digits. */
const positiveInteger = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: 'diharapkan bilangan bulat 1 atau lebih' })
  .transform(Number)
  .refine((value) => value >= 1, { error: 'diharapkan bilangan bulat 1 atau lebih' });

/** A positive number, decimal point or comma allowed ("12.5", "12,5"). */
const positiveNumber = z
  .string()
  .trim()
  .regex(/^\d+([.,]\d+)?$/, { error: 'diharapkan bilangan lebih dari 0, misalnya 25 atau 12,5' })
  .transform((text) => Number(text.replace(',', '.')))
  .refine((value) => value > 0, { error: 'diharapkan bilangan lebih dari 0, misalnya 25 atau 12,5' });

function setting<T extends z.ZodType>(schema: T, doc: SettingDoc) {
  return { schema, doc };
}

/** Every setting, in the order of the README table. */
export const SETTINGS = {
  LAJUR_BASE: setting(
    path
      .regex(/^[A-Za-z0-9._~\-/]+$/, { error: 'diharapkan sub-path berisi huruf, angka, "-", "_", "." dan "/", misalnya /sop/' })
      .optional(),
    { meaning: 'sub-path the site is served under, e.g. `/sop/`', shownDefault: '`/`' },
  ),
  LAJUR_SITE: setting(
    z.url({ protocol: /^https?$/, error: 'diharapkan alamat http(s) lengkap, misalnya https://sop.example.go.id' }).optional(),
    { meaning: 'public origin, e.g. `https://sop.example.go.id` (canonical links)', shownDefault: 'none' },
  ),
  LAJUR_CONTENT: setting(path.optional(), { meaning: 'the content folder', shownDefault: '`./content`' }),
  LAJUR_OUT: setting(path.optional(), { meaning: 'the output folder of the build', shownDefault: '`./dist`' }),
  LAJUR_CACHE: setting(path.optional(), {
    meaning: "Astro's cache folder; a separate one per site keeps the real, test and benchmark sites from evicting each other",
    shownDefault: '`./node_modules/.astro`',
  }),
  LAJUR_DIAGRAMS: setting(z.enum(['on', 'off'], { error: 'diharapkan "on" atau "off"' }).optional(), {
    meaning: '`off` builds without diagrams (the benchmark compares build times with and without them)',
    shownDefault: '`on`',
  }),
  LAJUR_DIAGRAM_CACHE: setting(path.optional(), {
    meaning: 'rendered diagrams, keyed by their text and the renderer version',
    shownDefault: '`node_modules/.cache/lajur-diagrams`',
  }),
  LAJUR_CHROMIUM: setting(path.optional(), { meaning: 'path to a Chromium or Chrome', shownDefault: 'found' }),
  LAJUR_INSTALL_CHROMIUM: setting(z.enum(['0', '1'], { error: 'diharapkan "0" (jangan memasang) atau "1"' }).optional(), {
    meaning: "`0` forbids installing Debian's Chromium when none is found",
    shownDefault: '`1`',
  }),
  LAJUR_SOFFICE: setting(path.optional(), {
    meaning: "LibreOffice's command, for `sop:import` of .doc and .odt files",
    shownDefault: '`soffice` or `libreoffice` on the PATH',
  }),
  LAJUR_PRECACHE_MB: setting(positiveNumber.optional(), {
    meaning: 'precache budget of the service worker, in MB (see below)',
    shownDefault: '`25`',
  }),
  LAJUR_ROWS_PER_PAGE: setting(positiveInteger.optional(), {
    meaning: 'at most this many steps on one printed flowchart page of the official document',
    shownDefault: '`8`',
  }),
  LAJUR_TEST_PORT: setting(positiveInteger.refine((port) => port <= 65535, { error: 'diharapkan nomor port 1 sampai 65535' }).optional(), {
    meaning: 'port of the fixture site the browser tests start',
    shownDefault: '`4599`',
  }),
} as const;

export type SettingName = keyof typeof SETTINGS;

type Values = { [Name in SettingName]: z.output<(typeof SETTINGS)[Name]['schema']> };

/** Thrown for a bad value; its message is meant for the person who set the variable. */
export class SettingError extends Error {
  override name = 'SettingError';
}

/**
 * Reads and checks every setting from an environment (the process's own by default). Empty values count as
 * unset. Throws a {@link SettingError} listing every bad value at once.
 */
export function readSettings(env: Record<string, string | undefined>): Values {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, { schema }] of Object.entries(SETTINGS)) {
    const raw = env[name]?.trim() === '' ? undefined : env[name];
    const result = schema.safeParse(raw);
    if (result.success) values[name] = result.data;
    else problems.push(`${name}="${raw}": ${result.error.issues[0]?.message ?? 'nilai tidak valid'}`);
  }
  if (problems.length > 0) throw new SettingError(`Pengaturan tidak valid:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
  return values as Values;
}

/** Normalises a sub-path so that it starts and ends with one "/" ("sop" and "/sop//" both give "/sop/"). */
export function normaliseBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** The settings of this process. A bad value stops it here, with the message alone: a stack trace would bury it. */
function settingsOfThisProcess(): Values {
  try {
    return readSettings(typeof process === 'undefined' ? {} : process.env);
  } catch (error) {
    if (!(error instanceof SettingError) || typeof process === 'undefined') throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const values = settingsOfThisProcess();

/** The content folder, without a trailing slash. */
export const contentDir = (values.LAJUR_CONTENT ?? './content').replace(/\/+$/, '');

/** The sub-path the site is served under; always starts and ends with "/". */
export const basePath = normaliseBase(values.LAJUR_BASE ?? '/');

/** The public origin, when known. */
export const siteUrl = values.LAJUR_SITE;

export const outDir = values.LAJUR_OUT ?? './dist';

export const cacheDir = values.LAJUR_CACHE ?? './node_modules/.astro';

export const diagramsEnabled = values.LAJUR_DIAGRAMS !== 'off';

export const diagramCacheDir = values.LAJUR_DIAGRAM_CACHE ?? 'node_modules/.cache/lajur-diagrams';

/** A Chromium the deployment names; undefined means "find one". */
export const chromiumPath = values.LAJUR_CHROMIUM;

/** A LibreOffice command the deployment names; undefined means "look on the PATH". */
export const sofficePath = values.LAJUR_SOFFICE;

export const chromiumInstallAllowed = values.LAJUR_INSTALL_CHROMIUM !== '0';

/** The service worker precaches every page while the site's files fit in this many bytes. */
export const precacheBudgetBytes = (values.LAJUR_PRECACHE_MB ?? 25) * 1024 * 1024;

/** Default of {@link flowchartRowsPerPage}: eight rows of the usual height fit an A4 landscape page with room to spare. */
export const DEFAULT_ROWS_PER_PAGE = 8;

/** At most this many steps on one printed flowchart page of the official document. */
export const flowchartRowsPerPage = values.LAJUR_ROWS_PER_PAGE ?? DEFAULT_ROWS_PER_PAGE;

export const testPort = values.LAJUR_TEST_PORT ?? 4599;

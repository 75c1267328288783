/**
 * What the author wrote beside what YAML makes of it. js-yaml (Astro's parser) reads unquoted `061` as 61, an
 * 18-digit NIP as a rounded float, `2023-02-31` as 3 March and a time with an offset as the day before, and drops
 * everything after ` #`. The build must not print any of that: each is refused (or warned) with how to write it.
 *
 * A second js-yaml load with the same rules, only keeping the source text of numbers and timestamps, finds them.
 */
import jsYaml from 'js-yaml';
import { tanggalProblem } from '../domain/tanggal.ts';

/** A problem found in the source text: at a value (`path`) or on a line of the file. */
export interface SourceProblem {
  path?: PropertyKey[];
  line?: number;
  /** The value whose schema issues this problem already explains (default: `path`). */
  covers?: PropertyKey[];
  pesan: string;
  level: 'error' | 'warning';
}

const RAW = Symbol('raw');
interface RawScalar {
  [RAW]: 'int' | 'float' | 'timestamp';
  text: string;
  value: unknown;
}

/** js-yaml's own scalar types (exported at run time, missing from @types/js-yaml). */
interface ScalarType {
  tag: string;
  resolve: (data: string) => boolean;
  construct: (data: string) => unknown;
}
const { types } = jsYaml as unknown as { types: Record<'int' | 'float' | 'timestamp', ScalarType> };

function keeping(kind: RawScalar[typeof RAW], type: ScalarType): jsYaml.Type {
  return new jsYaml.Type(type.tag, {
    kind: 'scalar',
    resolve: type.resolve,
    construct: (text: string): RawScalar => ({ [RAW]: kind, text, value: type.construct(text) }),
  });
}

const RAW_SCHEMA = jsYaml.DEFAULT_SCHEMA.extend({
  implicit: [keeping('int', types.int), keeping('float', types.float), keeping('timestamp', types.timestamp)],
});

const quoteHint = (text: string) => `tulis dalam tanda petik: "${text}"`;

/** Fields that hold a number: a leading zero there is only dropped, never meant. */
const NUMBER_FIELDS = new Set(['no', 'lanjutKe', 'tahun']);

function numberProblem(scalar: RawScalar, key: PropertyKey | undefined): string | undefined {
  const { text, value } = scalar;
  if (typeof value !== 'number') return undefined;
  if (scalar[RAW] === 'int') {
    if (!Number.isSafeInteger(value)) {
      return `ditemukan ${text} tanpa tanda petik: angka sepanjang ini dibaca YAML sebagai ${String(value)} (angka terakhir berubah); ${quoteHint(text)}`;
    }
    if (/^[-+]?0\d/.test(text) && NUMBER_FIELDS.has(String(key)))
      return `ditemukan ${text}; diharapkan angka tanpa 0 di depan: tulis ${value}`;
    if (/^[-+]?0\d/.test(text)) {
      return `ditemukan ${text} tanpa tanda petik: YAML membacanya sebagai angka ${value}, angka 0 di depan hilang; bila nol itu bagian dari isian, ${quoteHint(text)}; bila bukan, tulis ${value}`;
    }
    if (String(value) !== text.replace(/^\+/, '')) {
      return `ditemukan ${text} tanpa tanda petik: YAML membacanya sebagai angka ${value}; ${quoteHint(text)}, atau tulis ${value}`;
    }
    return undefined;
  }
  if (String(value) !== text.replace(/^\+/, '')) {
    return `ditemukan ${text} tanpa tanda petik: YAML membacanya sebagai angka ${value}; ${quoteHint(text)}`;
  }
  return undefined;
}

function collect(node: unknown, path: PropertyKey[], problems: SourceProblem[]): void {
  if (node === null || typeof node !== 'object') return;
  const raw = node as RawScalar;
  if (raw[RAW]) {
    const pesan = raw[RAW] === 'timestamp' ? tanggalProblem(raw.text) : numberProblem(raw, path[path.length - 1]);
    if (pesan) problems.push({ path, pesan, level: 'error' });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      collect(item, [...path, i], problems);
    });
  } else for (const [key, value] of Object.entries(node)) collect(value, [...path, key], problems);
}

/**
 * ` #` starts a comment in YAML, so `loket #3` is read as "loket". A comment written right after the text, with no
 * space after the `#`, is almost always part of the text.
 */
function commentCuts(yamlText: string, lineOffset: number): SourceProblem[] {
  const problems: SourceProblem[] = [];
  yamlText.split('\n').forEach((line, i) => {
    const match = /^\s*(?:-\s+|[A-Za-z]\w*:\s+)+([^\s'"#{[|>&*!%@`-][^#]*?)\s+(#\S.*?)\s*$/.exec(line.replace(/\r$/, ''));
    if (!match || /^\s*#/.test(line)) return;
    const [, kept, cut] = match;
    problems.push({
      line: i + 1 + lineOffset,
      pesan: `teks sesudah " #" dianggap komentar YAML dan tidak ikut terbaca: terbaca "${kept}", "${cut}" hilang; bila "${cut}" bagian dari isian, tulis seluruhnya dalam tanda petik: "${kept} ${cut}"`,
      level: 'warning',
    });
  });
  return problems;
}

/**
 * Anything YAML could read as a number or date other than as written: long digit runs, leading zeros, bases,
 * underscores, trailing decimal zeros, exponents, infinities, and dates (checked one by one below).
 */
const SUSPECT =
  /\d{16,}|(?:[:[{,]|^\s*-)[ \t]*[-+]?0[\dxob]|\d_\d|\d\.\d*0(?!\d)|\d[eE][-+]?\d|\.(?:inf|nan)\b|(\d{4}-\d\d?-\d\d?)([Tt ]\d)?/gim;

/**
 * Whether any value could be changed by YAML. A quick scan, so that the second load runs only for the few files that
 * need it; it may say yes for text inside quotes (the load then decides).
 */
function mayChange(yamlText: string): boolean {
  for (const match of yamlText.matchAll(SUSPECT)) {
    const [, date, time] = match;
    if (date === undefined || time !== undefined) return true;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && tanggalProblem(date)) return true;
  }
  return false;
}

/** Every value YAML would change, and every text a ` #` comment would cut, in one file's YAML. */
export function faithfulnessProblems(yamlText: string, lineOffset: number): SourceProblem[] {
  const problems: SourceProblem[] = [];
  if (mayChange(yamlText)) collect(jsYaml.load(yamlText, { schema: RAW_SCHEMA }), [], problems);
  if (yamlText.includes(' #')) problems.push(...commentCuts(yamlText, lineOffset));
  return problems;
}

/**
 * In a flow mapping `{ durasi: 1,5 jam }` the comma separates fields: YAML reads durasi 1 and a field "5 jam".
 * Seen in the data as a number followed by a key that starts with digits and has no value.
 */
export function flowCommaProblems(data: unknown, path: PropertyKey[] = []): SourceProblem[] {
  if (data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => flowCommaProblems(item, [...path, i]));
  const problems: SourceProblem[] = [];
  const entries = Object.entries(data);
  entries.forEach(([key, value], i) => {
    const next = entries[i + 1];
    if (typeof value === 'number' && next && next[1] === null && /^\d+\s*\S/.test(next[0])) {
      const written = `${value},${next[0]}`;
      problems.push({
        path: [...path, key],
        covers: path,
        pesan: `ditemukan ${key}: ${written} di dalam { }: koma di sana memisahkan kolom, sehingga terbaca ${key} ${value} dan kolom "${next[0]}"; tulis dalam tanda petik: ${key}: "${written}"`,
        level: 'error',
      });
    }
    problems.push(...flowCommaProblems(value, [...path, key]));
  });
  return problems;
}

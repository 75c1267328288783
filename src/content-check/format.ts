/**
 * Turns schema and reference problems into the messages authors read: which file and line, which field, what was
 * found and what was expected, in Bahasa Indonesia.
 */
import type { z } from 'astro/zod';

export interface ContentIssue {
  file: string;
  line: number;
  /** The field, readable: "langkah no 7 > mutuBaku > durasi". */
  field: string;
  pesan: string;
  level: 'error' | 'warning';
  /** Where in the data, when known: the editor shows the message at that field. */
  path?: PropertyKey[];
}

/** `file:line field: message`, the form editors and CI logs link to. */
export function formatIssue(issue: ContentIssue): string {
  const prefix = issue.level === 'warning' ? 'peringatan: ' : '';
  return `${issue.file}:${issue.line} ${issue.field}: ${prefix}${issue.pesan}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * A path as authors think of it: steps by their number, other list items by their position counted from 1.
 */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(berkas)';
  const parts: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const parent = path[i - 1];
      const item = valueAt(data, path.slice(0, i + 1)) as { no?: unknown } | undefined;
      if (parent === 'langkah' && typeof item?.no === 'number') parts[parts.length - 1] += ` no ${item.no}`;
      else parts[parts.length - 1] += ` butir ${segment + 1}`;
    } else {
      parts.push(String(segment));
    }
  });
  return parts.join(' > ');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'angka bulat',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'objek (pasangan kolom: isi)',
  date: 'tanggal',
};

/** What was found, quoted so an author can search the file for it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'tidak ada (kolom tidak ditulis)';
  if (value === null) return 'null';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
  if (Array.isArray(value)) return value.length === 0 ? 'daftar kosong' : `daftar ${value.length} butir`;
  if (typeof value === 'object') return `objek { ${Object.keys(value).join(', ')} }`;
  return String(value);
}

type SchemaDef = Record<string, unknown> & { type: string };

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** Looks through wrappers (nullable, optional, transforms) and, for a union, at its object option. */
function unwrap(schema: unknown): unknown {
  const def = defOf(schema);
  if (!def) return schema;
  if (def.type === 'nullable' || def.type === 'optional' || def.type === 'default') return unwrap(def.innerType);
  if (def.type === 'pipe') return unwrap(def.in);
  if (def.type === 'union') {
    const options = def.options as unknown[];
    return unwrap(options.find((option) => defOf(option)?.type === 'object') ?? options[0]);
  }
  return schema;
}

/** The schema of the field at `path`, wrappers kept; undefined when the path leaves the schema. */
function schemaAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  let current = schema;
  for (const segment of path) {
    const def = defOf(unwrap(current));
    if (def?.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def?.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

/** Keys the schema allows at `path`, for "unknown field" messages. */
function knownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  const def = defOf(unwrap(schemaAt(schema, path)));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** Whether `null` ("belum tercatat") is accepted at `path`. */
function acceptsNull(schema: unknown, path: readonly PropertyKey[]): boolean {
  let def = defOf(schemaAt(schema, path));
  while (def?.type === 'optional' || def?.type === 'default') def = defOf(def.innerType);
  return def?.type === 'nullable';
}

function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const saved = row[j] as number;
        row[j] = Math.min(
          (row[j] as number) + 1,
          (row[j - 1] as number) + 1,
          previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
        );
        previous = saved;
      }
    }
    return row[b.length] as number;
  };
  const best = candidates.map((candidate) => ({ candidate, d: distance(word, candidate) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

export interface LocatedProblem {
  path: PropertyKey[];
  pesan: string;
}

/** One Zod issue as problems with a path and a message that says what was found and what was expected. */
export function explainZodIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): LocatedProblem[] {
  const path = issue.path as PropertyKey[];
  const found = valueAt(data, path);
  const params = (issue as { params?: { lengkap?: boolean } }).params;
  if (issue.code === 'unrecognized_keys') {
    const keys = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, keys);
      return {
        path: [...path, key],
        pesan: `kolom "${key}" tidak dikenal; ${suggestion ? `mungkin maksudnya "${suggestion}"? ` : ''}diharapkan salah satu kolom: ${keys.join(', ')}`,
      };
    });
  }
  if (params?.lengkap) return [{ path, pesan: issue.message }];
  let expected = issue.message;
  if (issue.code === 'invalid_type' && !issue.message.startsWith('diharapkan')) {
    expected = `diharapkan ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  } else if (issue.code === 'invalid_value' && !issue.message.startsWith('diharapkan')) {
    expected = `diharapkan salah satu dari: ${issue.values.map(String).join(', ')}`;
  } else if (issue.code === 'too_small' && !issue.message.startsWith('diharapkan') && !issue.message.includes('diharapkan')) {
    expected = `diharapkan sedikitnya ${String(issue.minimum)}${issue.origin === 'array' ? ' butir' : ''}`;
  } else if (issue.code === 'too_big' && !issue.message.includes('diharapkan')) {
    expected = `diharapkan paling banyak ${String(issue.maximum)}${issue.origin === 'array' ? ' butir' : ''}`;
  } else if (!issue.message.includes('diharapkan')) {
    expected = `tidak sesuai (${issue.message})`;
  }
  if (found === undefined) {
    const hint = acceptsNull(schema, path) ? ' (tulis null bila belum tercatat)' : '';
    return [{ path, pesan: `kolom wajib tidak ditulis; ${expected}${hint}` }];
  }
  return [{ path, pesan: `ditemukan ${describeValue(found)}; ${expected}` }];
}

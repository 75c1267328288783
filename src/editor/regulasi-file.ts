/**
 * A new regulation drafted in the editor, as the YAML file it becomes in content/regulasi/: its text is the truth
 * (comments, key order and untouched values kept, as for an SOP), each form field changes one key, and it is
 * checked as `sop:check` checks a regulation file: the schema, the file name as id, and the site's regulations.
 */
import { Document, isMap, isPair, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { checkFileText, type SiteContext } from '../content-check/check-file.ts';
import { type ContentIssue, describePath } from '../content-check/format.ts';
import { buildCatalog, type Entry } from '../domain/catalog.ts';
import { slugify } from '../domain/text.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { type Regulasi, regulasiSchema } from '../schemas/regulasi.ts';

/** A regulation drafted alongside an SOP, kept with its draft. */
export interface RegulasiDraft {
  /** The file name without .yaml: the id the SOP cites. */
  berkas: string;
  /** The YAML text as it will be saved. */
  teks: string;
  /** Set once the author typed the file name; until then it follows jenis, penerbit, nomor and tahun. */
  namaTetap?: boolean;
}

/** The keys of a regulation file, in the schema's order (the order new keys are written in). */
export const REGULASI_KEYS = Object.keys(regulasiSchema.shape) as Array<keyof typeof regulasiSchema.shape>;
const REQUIRED = ['jenis', 'nomor', 'tahun', 'tentang', 'penerbit'];

/** The text of a new, empty regulation: the required keys, empty, under a header saying where it came from. */
export function newRegulasiText(header: readonly string[]): string {
  const doc = new Document(Object.fromEntries(REQUIRED.map((key) => [key, null])));
  // On the first key, as the files in content/regulasi/ have it (a document comment would add a blank line).
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (header.length > 0 && isScalar(first)) first.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ nullStr: '', lineWidth: 0 });
}

/** The values of a regulation text (as YAML reads them), or an empty object when it is not a mapping. */
export function regulasiValues(text: string): Record<string, unknown> {
  const value = parseDocument(text).toJS() as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The value a form field writes: a number where YAML and the schema expect one (a year, a plain number without a
 * leading 0, as the importer writes it), otherwise the text; `null` when empty.
 */
export function fieldValue(key: string, input: string): string | number | null {
  const text = input.trim();
  if (text === '') return null;
  if ((key === 'tahun' || key === 'nomor') && /^(?:0|[1-9]\d*)$/.test(text)) return Number(text);
  return text;
}

/**
 * `text` with `key` set to `value` (null empties a required key and removes an optional one). Comments and the
 * other keys stay as written; a new key goes where the schema lists it.
 */
export function setRegulasiField(text: string, key: string, value: string | number | null): string {
  const doc = parseDocument(text) as unknown as Document;
  if (!isMap(doc.contents)) return text;
  const map = doc.contents as YAMLMap<unknown, unknown>;
  if (value === null && !REQUIRED.includes(key)) {
    map.delete(key);
  } else if (map.has(key)) {
    const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.value)) pair.value.value = value;
    else map.set(key, value);
  } else {
    const order = REGULASI_KEYS.indexOf(key as (typeof REGULASI_KEYS)[number]);
    const later = map.items.findIndex((item) => {
      const other = isScalar(item.key) ? REGULASI_KEYS.indexOf(item.key.value as (typeof REGULASI_KEYS)[number]) : -1;
      return other > order;
    });
    const pair = doc.createPair(key, value);
    if (later === -1) map.items.push(pair);
    else map.items.splice(later, 0, pair);
  }
  return doc.toString({ nullStr: '', lineWidth: 0 });
}

/** The id the existing files use: "pergub-jabar-9-2013", "kepgub-jabar-061-1-kep-201-org-2020". */
export function suggestedRegulasiId(values: Record<string, unknown>): string {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
  const nomor = text(values.nomor) ? slugify(text(values.nomor)) : '';
  const tahun = text(values.tahun);
  const parts = [
    text(values.jenis).toLowerCase(),
    slugify(text(values.penerbitSingkat) || text(values.penerbit)),
    nomor,
    nomor.endsWith(`-${tahun}`) ? '' : tahun,
  ];
  return parts.filter((part) => part !== '' && part !== 'tanpa-nama').join('-') || 'peraturan-baru';
}

/** What `sop:check` says of one drafted regulation, and its entry when the schema passes. */
export interface RegulasiCheck {
  file: string;
  issues: ContentIssue[];
  entry?: Entry<Regulasi>;
}

/** Checks `draft` as content/regulasi/<berkas>.yaml beside the site's regulations and the other drafts. */
export function checkRegulasiDraft(draft: RegulasiDraft, site: SiteContext, others: readonly RegulasiDraft[] = []): RegulasiCheck {
  const file = `content/regulasi/${draft.berkas}.yaml`;
  const nameIssue = (pesan: string): RegulasiCheck => ({
    file,
    issues: [{ file, line: 1, field: '(nama berkas)', pesan, level: 'error', path: ['(nama berkas)'] }],
  });
  if (!ID_PATTERN.test(draft.berkas)) {
    return nameIssue(
      `nama berkas "${draft.berkas}" tidak dapat dipakai sebagai id; diharapkan huruf kecil, angka dan tanda hubung, misalnya "pergub-jabar-9-2013"`,
    );
  }
  const taken = site.regulasi.some((entry) => entry.id === draft.berkas) || others.some((other) => other.berkas === draft.berkas);
  if (taken) {
    return nameIssue(
      `id "${draft.berkas}" juga dipakai oleh regulasi/${draft.berkas}.yaml; diharapkan nama berkas yang unik dalam content/regulasi/`,
    );
  }
  const result = checkFileText(file, draft.berkas, draft.teks, 'regulasi');
  const issues = [...result.issues];
  if (result.parsed === undefined || !result.source) return { file, issues };
  const entry: Entry<Regulasi> = { id: draft.berkas, data: result.parsed as Regulasi };
  // The same regulation under another id: the build's own warning, on this file (it comes last).
  const catalog = buildCatalog({ regulasi: [...site.regulasi, entry], instansi: [], sop: [] });
  for (const issue of catalog.issues) {
    if (issue.collection !== 'regulasi' || issue.id !== entry.id) continue;
    issues.push({
      file,
      line: result.source.lineOf(issue.path),
      field: describePath(result.source.data, issue.path),
      pesan: issue.pesan,
      level: issue.level,
      path: issue.path,
    });
  }
  return { file, issues, entry };
}

/**
 * The drafts checked together: every message (its path under `regulasi.<index>`, where the editor shows the
 * draft's fields), and the site as the SOP's checks see it, with the drafts that pass their schema added.
 */
export function checkRegulasiDrafts(site: SiteContext, drafts: readonly RegulasiDraft[]): { site: SiteContext; issues: ContentIssue[] } {
  if (drafts.length === 0) return { site, issues: [] };
  const issues: ContentIssue[] = [];
  const entries: Entry<Regulasi>[] = [];
  drafts.forEach((draft, i) => {
    const check = checkRegulasiDraft(draft, site, drafts.slice(0, i));
    for (const issue of check.issues) issues.push({ ...issue, path: ['regulasi', i, ...(issue.path ?? ['(berkas)'])] });
    if (check.entry) entries.push(check.entry);
  });
  return { site: { ...site, regulasi: [...site.regulasi, ...entries] }, issues };
}

/** The site as the SOP's checks see it, with the drafted regulations that pass their schema added. */
export function siteWithDrafts(site: SiteContext, drafts: readonly RegulasiDraft[]): SiteContext {
  return checkRegulasiDrafts(site, drafts).site;
}

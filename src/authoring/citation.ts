/**
 * Legal bases as SOPs cite them ("Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2013 tentang ..."): read into the
 * fields of a regulation entry, matched to the entries in content/regulasi/, or given an id for a new entry.
 */
import type { Entry } from '../domain/catalog.ts';
import { normalKey, slugify } from '../domain/text.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import type { JenisRegulasi } from '../domain/regulasi.ts';
import { cleanText, tightenSlashes } from './source-document.ts';

/** A citation read into the fields of {@link Regulasi}, and the issuer's name without its office ("Jawa Barat"). */
export interface Kutipan {
  jenis: JenisRegulasi;
  nomor: string;
  tahun: number;
  tentang: string;
  penerbit: string;
  /** The part of the citation that names the issuer beyond the kind: "Jawa Barat", "PAN&RB"; empty for national kinds. */
  wilayah: string;
}

/**
 * How citations open, longest first so that "Peraturan Pemerintah Pengganti Undang-Undang" is not read as
 * "Peraturan Pemerintah". `jabatan` is put before the rest of the opening to name the issuer ("Gubernur" +
 * "Jawa Barat"); `penerbit` is the issuer of national kinds, whose citations do not name it.
 */
const PEMBUKA: ReadonlyArray<{ pattern: RegExp; jenis: JenisRegulasi; jabatan?: string; penerbit?: string }> = [
  { pattern: /^peraturan pemerintah pengganti undang-undang|^perppu\b/i, jenis: 'Perppu', penerbit: 'Presiden Republik Indonesia' },
  { pattern: /^undang-undang|^uu\b/i, jenis: 'UU', penerbit: 'Dewan Perwakilan Rakyat dan Presiden Republik Indonesia' },
  { pattern: /^peraturan pemerintah|^pp\b/i, jenis: 'PP', penerbit: 'Presiden Republik Indonesia' },
  { pattern: /^peraturan presiden|^perpres\b/i, jenis: 'Perpres', penerbit: 'Presiden Republik Indonesia' },
  { pattern: /^keputusan presiden|^keppres\b/i, jenis: 'Keppres', penerbit: 'Presiden Republik Indonesia' },
  { pattern: /^instruksi presiden|^inpres\b/i, jenis: 'Inpres', penerbit: 'Presiden Republik Indonesia' },
  { pattern: /^peraturan menteri|^permen\b/i, jenis: 'Permen', jabatan: 'Menteri' },
  { pattern: /^permendagri\b/i, jenis: 'Permen', jabatan: 'Menteri Dalam Negeri' },
  { pattern: /^keputusan menteri|^kepmen\b/i, jenis: 'Kepmen', jabatan: 'Menteri' },
  { pattern: /^peraturan daerah|^perda\b/i, jenis: 'Perda', jabatan: '' },
  { pattern: /^peraturan gubernur|^pergub\b/i, jenis: 'Pergub', jabatan: 'Gubernur' },
  { pattern: /^keputusan gubernur|^kepgub\b/i, jenis: 'Kepgub', jabatan: 'Gubernur' },
  { pattern: /^peraturan bupati|^perbup\b/i, jenis: 'Perbup', jabatan: 'Bupati' },
  { pattern: /^peraturan wali ?kota|^perwal[i]?\b/i, jenis: 'Perwal', jabatan: 'Wali Kota' },
  { pattern: /^surat edaran|^se\b/i, jenis: 'SE', jabatan: '' },
  { pattern: /^peraturan (?=badan|lembaga|kepala)/i, jenis: 'Perban', jabatan: '' },
];

const BAGIAN = /^(?<pembuka>.+?)\s+(?:nomor\b|no\.|no\b)\s*:?\s*(?<nomor>.+?)(?:\s+tahun\s+(?<tahun>\d{4}))?\s+tentang\s+(?<tentang>.+)$/i;

/**
 * Reads a citation; undefined when it does not have the form "<jenis> [penerbit] Nomor <n> [Tahun <yyyy>] tentang
 * <judul>" with a known kind and a year (written, or ending the number: "061.1/Kep.201-Org/2020").
 */
export function parseKutipan(text: string): Kutipan | undefined {
  const kutipan = cleanText(text);
  const parts = BAGIAN.exec(kutipan)?.groups;
  if (!parts) return undefined;
  const pembuka = cleanText(parts.pembuka ?? '');
  const kind = PEMBUKA.find((candidate) => candidate.pattern.test(pembuka));
  if (!kind) return undefined;
  const nomor = tightenSlashes(cleanText(parts.nomor ?? ''));
  const tahun = Number(parts.tahun ?? /\/(\d{4})$/.exec(nomor)?.[1]);
  if (!Number.isInteger(tahun) || tahun < 1945 || tahun > 2100) return undefined;
  const wilayah = kind.penerbit ? '' : cleanText(pembuka.replace(kind.pattern, ''));
  const penerbit = kind.penerbit ?? cleanText(`${kind.jabatan ?? ''} ${wilayah}`);
  if (penerbit.length === 0) return undefined;
  // Spaces before punctuation and the closing full stop are typing, not part of the title.
  const tentang = cleanText(parts.tentang ?? '')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[.;,]+$/, '');
  return { jenis: kind.jenis, nomor, tahun, tentang, penerbit, wilayah };
}

/** The id for a new regulation entry, in the form of the existing ones: "pergub-jawa-barat-9-2013". */
export function regulasiId(kutipan: Kutipan): string {
  const nomor = slugify(kutipan.nomor);
  const tahun = nomor.endsWith(`-${kutipan.tahun}`) ? '' : String(kutipan.tahun);
  return [kutipan.jenis.toLowerCase(), slugify(kutipan.wilayah.replace(/&/g, '')), nomor, tahun]
    .filter((part) => part.length > 0 && part !== 'tanpa-nama')
    .join('-');
}

const nomorKey = (nomor: string) => nomor.toLowerCase().replace(/\s+/g, '');

/**
 * The entries a citation refers to: same kind, number and year; when several share those, the ones whose issuer
 * matches too. More than one result means the citation is ambiguous.
 */
export function matchRegulasi(kutipan: Kutipan, entries: readonly Entry<Regulasi>[]): Entry<Regulasi>[] {
  const same = entries.filter(
    (entry) =>
      entry.data.jenis === kutipan.jenis && entry.data.tahun === kutipan.tahun && nomorKey(entry.data.nomor) === nomorKey(kutipan.nomor),
  );
  if (same.length <= 1) return same;
  const issuer = normalKey(kutipan.penerbit);
  const byIssuer = same.filter((entry) => {
    const other = normalKey(entry.data.penerbit);
    return other.includes(issuer) || issuer.includes(other);
  });
  return byIssuer.length > 0 ? byIssuer : same;
}

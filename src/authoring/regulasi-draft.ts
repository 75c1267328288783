/**
 * Legal bases of an imported SOP: each citation on the identity page ("Peraturan Gubernur Jawa Barat Nomor 9 Tahun
 * 2013 tentang ...") becomes the id of a regulation already in content/regulasi/, the id of a new draft regulation,
 * or a TODO when it cannot be read or matches more than one.
 */
import type { Entry } from '../domain/catalog.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import { matchRegulasi, parseKutipan, regulasiId } from './citation.ts';
import { type Draft, type Notes, TODO } from './draft.ts';

/** A new regulation: its draft file, and the entry it will be, for matching later citations of the same one. */
export interface Drafted {
  draft: Draft;
  entry: Entry<Regulasi>;
}

export interface CiteContext {
  /** Regulations already written (content/regulasi/ and earlier drafts). */
  regulasi: readonly Entry<Regulasi>[];
  /** Regulations drafted so far in this import; a new draft is added here. */
  drafted: Drafted[];
  /** Lines for the command's summary. */
  catatan: string[];
}

/** One legal basis: the id of an existing entry, of a new draft entry, or a TODO when the citation cannot be read. */
export function citeRegulasi(kutipan: string, index: number, notes: Notes, input: CiteContext): string {
  const path = ['dasarHukum', index];
  const singkat = kutipan.length > 110 ? `${kutipan.slice(0, 107)}...` : kutipan;
  const parsed = parseKutipan(kutipan);
  if (!parsed) {
    notes.todo(
      path,
      `TODO: dasar hukum butir ${index + 1} tidak dapat dibaca: "${kutipan}". Diharapkan "<jenis> <penerbit> Nomor <nomor> Tahun <tahun> tentang <judul>"; tulis id peraturannya (buat berkasnya di content/regulasi/ bila belum ada).`,
    );
    input.catatan.push(`Dasar hukum butir ${index + 1} tidak dapat dibaca dan ditandai TODO: "${singkat}"`);
    return TODO;
  }
  const known = [...input.regulasi, ...input.drafted.map((item) => item.entry)];
  const matches = matchRegulasi(parsed, known);
  if (matches.length > 1) {
    notes.todo(
      path,
      `TODO: dasar hukum butir ${index + 1} ("${singkat}") cocok dengan beberapa peraturan: ${matches.map((entry) => entry.id).join(', ')}; tulis salah satunya.`,
    );
    input.catatan.push(`Dasar hukum butir ${index + 1} cocok dengan ${matches.length} peraturan; ditandai TODO.`);
    return TODO;
  }
  const match = matches[0];
  if (match) {
    const draft = input.drafted.some((item) => item.entry === match);
    notes.note(path, `Butir ${index + 1}: ${singkat}`);
    input.catatan.push(`Dasar hukum butir ${index + 1} → ${match.id}${draft ? ' (draf baru)' : ' (sudah ada)'}: ${singkat}`);
    return match.id;
  }
  let id = regulasiId(parsed);
  for (let n = 2; known.some((entry) => entry.id === id); n++) id = `${regulasiId(parsed)}-${n}`;
  const { wilayah: _wilayah, ...fields } = parsed;
  const entry: Entry<Regulasi> = { id, data: fields };
  const draft: Draft = {
    id,
    data: { ...fields, nomor: /^\d+$/.test(parsed.nomor) ? Number(parsed.nomor) : parsed.nomor },
    notes: [
      {
        path: ['jenis'],
        text: `TODO: periksa jenis, nomor, tahun, penerbit dan judul (tentang) terhadap naskah resmi, misalnya di JDIH; tambahkan penerbitSingkat dan tautan bila ada. Lalu hapus baris TODO ini. Kutipan pada dokumen sumber: "${kutipan}"`,
        todo: true,
      },
    ],
  };
  input.drafted.push({ draft, entry });
  notes.note(path, `Butir ${index + 1}: ${singkat} (draf baru)`);
  input.catatan.push(`Dasar hukum butir ${index + 1} → ${id} (draf baru): ${singkat}`);
  return id;
}

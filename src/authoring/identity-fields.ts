/**
 * The identity page read into the draft's fields: the office from the letterhead, the number (and the unit from its
 * code), the dates, the signatory, the legal bases and the boxes. Empty or missing boxes are null with a note; what
 * cannot be read is a TODO.
 */
import type { Entry } from '../domain/catalog.ts';
import { parseTanggal } from '../domain/tanggal.ts';
import { normalKey } from '../domain/text.ts';
import type { Instansi } from '../schemas/instansi.ts';
import { type Notes, TODO } from './draft.ts';
import { type IdentityField, type IdentityPage, LABEL, valueItems, valueText } from './identity.ts';
import { readPengesah } from './pengesah.ts';
import { type CiteContext, citeRegulasi } from './regulasi-draft.ts';
import { ImportError, tightenSlashes } from './source-document.ts';

/** The office the SOP belongs to, and where that was read from (for the note). */
export interface Office {
  entry?: Entry<Instansi>;
  asal: string;
}

/** The office named by --instansi, else the one whose name the letterhead contains. */
export function findInstansi(instansi: readonly Entry<Instansi>[], instansiId: string | undefined, kop: readonly string[]): Office {
  if (instansiId !== undefined) {
    const entry = instansi.find((item) => item.id === instansiId);
    if (!entry) {
      throw new ImportError(
        `instansi "${instansiId}" (--instansi) tidak ada di content/instansi/; diharapkan salah satu dari: ${instansi.map((item) => item.id).join(', ') || '(belum ada)'}`,
      );
    }
    return { entry, asal: 'dari --instansi' };
  }
  const kopKey = normalKey(kop.join(' '));
  const entry = kopKey.length === 0 ? undefined : instansi.find((item) => kopKey.includes(normalKey(item.data.nama)));
  return { ...(entry ? { entry } : {}), asal: 'dibaca dari kop halaman identitas' };
}

/** Writes the identity fields of `data` from the page. */
export function readIdentityFields(identity: IdentityPage, data: Record<string, unknown>, notes: Notes, office: Office, cite: CiteContext) {
  const missing = (field: IdentityField) => identity.values[field] === undefined;
  const empty = (field: IdentityField, path: PropertyKey[] = [field]) =>
    notes.note(
      path,
      missing(field) ? `Baris "${LABEL[field]}" tidak ada pada dokumen sumber.` : `"${LABEL[field]}" kosong pada dokumen sumber.`,
    );

  const nomorAsli = valueText(identity, 'nomor');
  if (nomorAsli) {
    const nomor = tightenSlashes(nomorAsli);
    data.nomor = nomor;
    if (nomor !== nomorAsli) notes.note(['nomor'], `Dokumen sumber menulis "${nomorAsli}"; spasi di sekitar "/" dihapus.`);
    const unit = office.entry?.data.unit.find((item) => item.kode !== undefined && nomor.split('/').includes(item.kode));
    if (unit) {
      data.unit = unit.nama;
      notes.note(['unit'], `Dibaca dari kode ${unit.kode} pada nomor SOP.`);
    }
  } else {
    empty('nomor');
  }

  for (const field of ['tanggalPembuatan', 'tanggalRevisi', 'tanggalBerlaku'] as const) {
    const text = valueText(identity, field);
    if (!text) {
      empty(field);
      continue;
    }
    const iso = parseTanggal(text);
    data[field] = iso ?? TODO;
    if (!iso)
      notes.todo(
        [field],
        `TODO: "${LABEL[field]}" tertulis "${text}" (${identity.values[field]?.lokasi}) dan tidak dapat dibaca; tulis seperti 2023-06-27 atau "27 Juni 2023".`,
      );
  }

  readPengesah(identity, data, notes, () => empty('disahkanOleh'));

  const dasar = valueItems(identity, 'dasarHukum');
  if (dasar.length === 0) empty('dasarHukum');
  else data.dasarHukum = dasar.map((kutipan, i) => citeRegulasi(kutipan, i, notes, cite));

  for (const field of ['kualifikasiPelaksana', 'keterkaitan', 'peralatanPerlengkapan'] as const) {
    const items = valueItems(identity, field);
    if (items.length === 0) empty(field);
    else data[field] = items;
  }
  for (const field of ['peringatan', 'pencatatanPendataan'] as const) {
    const text = valueText(identity, field);
    if (text) data[field] = text;
    else empty(field);
  }
}

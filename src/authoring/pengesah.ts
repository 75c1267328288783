/** The "Disahkan oleh" box of an identity page: the official's jabatan, nama and NIP, one per line. */
import { type Notes, TODO } from './draft.ts';
import type { IdentityPage } from './identity.ts';

/**
 * Writes `data.disahkanOleh`: jabatan, nama and NIP when they can be told apart (one per line, the NIP marked);
 * otherwise a TODO quoting the box. `empty` records an empty or missing box.
 */
export function readPengesah(identity: IdentityPage, data: Record<string, unknown>, notes: Notes, empty: () => void) {
  const paragraphs = (identity.values.disahkanOleh?.cell.paragraphs ?? []).filter((line) => !/^\(?ttd\.?\)?$|^cap$/i.test(line));
  if (paragraphs.length === 0) {
    empty();
    return;
  }
  const nipLine = paragraphs.findIndex((line) => /^NIP\b/i.test(line));
  const nip = nipLine >= 0 ? paragraphs[nipLine]?.replace(/^NIP\.?\s*:?\s*/i, '').replace(/\s+/g, '') : undefined;
  const names = paragraphs.filter((_, i) => i !== nipLine);
  if (names.length === 2 && (nip === undefined || /^\d{18}$/.test(nip))) {
    data.disahkanOleh = { jabatan: names[0]?.replace(/,$/, ''), nama: names[1], nip: nip ?? null };
    if (nip === undefined) notes.note(['disahkanOleh'], 'NIP tidak tertulis pada dokumen sumber.');
    return;
  }
  data.disahkanOleh = TODO;
  notes.todo(
    ['disahkanOleh'],
    `TODO: kolom Disahkan berbunyi "${paragraphs.join(' / ')}"; jabatan, nama dan NIP tidak dapat dipisahkan dengan pasti. Tulis { jabatan: ..., nama: ..., nip: ... } (NIP 18 angka, atau null).`,
  );
}

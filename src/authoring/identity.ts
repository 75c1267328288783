/**
 * The identity page of an SOP AP: the rows "Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Berlaku",
 * "Disahkan", "Nama SOP", and the paired boxes Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan |
 * Peralatan/Perlengkapan, Peringatan | Pencatatan dan Pendataan. Found by their labels wherever they sit in the
 * tables (Word layouts differ: a colon column, the letterhead in a merged cell, a box's text in the label's cell or
 * in the cell below it).
 */
import { cellItems, cellText, ImportError, labelKey, type SourceCell, type SourceRow } from './source-document.ts';

/** Rows whose value is in the next cell to the right. */
const BARIS = {
  nomor: /^(no|nomor)\.? sop$/,
  tanggalPembuatan: /^(tanggal|tgl\.?) pembuatan$/,
  tanggalRevisi: /^(tanggal|tgl\.?) revisi$/,
  tanggalBerlaku: /^(tanggal|tgl\.?) (berlaku|efektif|berlaku\/efektif)$/,
  disahkanOleh: /^disahkan( oleh)?$/,
  nama: /^nama sop$/,
} as const;

/** Boxes whose text is below the label (or after it in the same cell). */
const KOTAK = {
  dasarHukum: /^dasar hukum$/,
  kualifikasiPelaksana: /^kualifikasi pelaksana$/,
  keterkaitan: /^keterkaitan$/,
  peralatanPerlengkapan: /^peralatan(\/| dan )perlengkapan$/,
  peringatan: /^peringatan$/,
  pencatatanPendataan: /^pencatatan( dan |\/)pendataan$/,
} as const;

export type IdentityField = keyof typeof BARIS | keyof typeof KOTAK;

/** The label in written form, for messages. */
export const LABEL: Record<IdentityField, string> = {
  nomor: 'Nomor SOP',
  tanggalPembuatan: 'Tanggal Pembuatan',
  tanggalRevisi: 'Tanggal Revisi',
  tanggalBerlaku: 'Tanggal Berlaku',
  disahkanOleh: 'Disahkan',
  nama: 'Nama SOP',
  dasarHukum: 'Dasar Hukum',
  kualifikasiPelaksana: 'Kualifikasi Pelaksana',
  keterkaitan: 'Keterkaitan',
  peralatanPerlengkapan: 'Peralatan/Perlengkapan',
  peringatan: 'Peringatan',
  pencatatanPendataan: 'Pencatatan dan Pendataan',
};

export interface IdentityValue {
  /** The value's cell; empty paragraphs when the box or row is empty. */
  cell: SourceCell;
  lokasi: string;
}

export interface IdentityPage {
  values: Partial<Record<IdentityField, IdentityValue>>;
  /** Text near the identity table that is neither label nor value: the letterhead (kop), used to find the office. */
  kop: string[];
  lokasi: string;
}

function labelOf<T extends Record<string, RegExp>>(patterns: T, text: string): keyof T | undefined {
  const key = labelKey(text);
  return (Object.keys(patterns) as Array<keyof T>).find((field) => patterns[field]?.test(key));
}

/**
 * Finds the identity page in the given rows (all tables that are not flowcharts, in order). `kopBefore` is the text
 * of the paragraphs before the first identity table. Undefined when no identity label is found.
 */
export function readIdentityPage(rows: readonly SourceRow[], kopBefore: readonly string[]): IdentityPage | undefined {
  const values: IdentityPage['values'] = {};
  const used = new Set<SourceCell>();
  let lokasi: string | undefined;

  const found = (field: IdentityField, cell: SourceCell, row: SourceRow) => {
    const earlier = values[field];
    if (earlier) {
      throw new ImportError(
        `label "${LABEL[field]}" muncul dua kali (${earlier.lokasi} dan ${row.lokasi}); diharapkan satu halaman identitas per berkas: pisahkan setiap SOP ke berkasnya sendiri`,
        row.lokasi,
      );
    }
    values[field] = { cell, lokasi: row.lokasi };
    used.add(cell);
    lokasi ??= row.lokasi;
  };

  rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const [first = '', ...rest] = cell.paragraphs;
      // "Nomor SOP : 62/46/SEKRT/2023" in one cell, or the label alone with its value to the right.
      const [labelText = '', ...inline] = first.split(':');
      const rowField = labelOf(BARIS, labelText) ?? labelOf(BARIS, first);
      if (rowField) {
        used.add(cell);
        const inlineValue = inline.join(':').trim();
        if (inlineValue.length > 0 || rest.length > 0) {
          found(rowField, { paragraphs: [inlineValue, ...rest].filter((text) => text.length > 0) }, row);
          return;
        }
        const valueCell = row.cells.slice(c + 1).find((other) => cellText(other) !== ':') ?? { paragraphs: [] };
        found(rowField, valueCell, row);
        return;
      }
      const boxField = labelOf(KOTAK, first);
      if (boxField) {
        used.add(cell);
        const below = rows[r + 1]?.cells[c];
        found(boxField, rest.length > 0 || !below ? { paragraphs: rest } : below, row);
      }
    });
  });
  if (lokasi === undefined) return undefined;

  const kop = [
    ...kopBefore,
    ...rows.flatMap((row) => row.cells.filter((cell) => !used.has(cell)).flatMap((cell) => cell.paragraphs)),
  ].filter((text) => text.length > 0 && text !== ':');
  return { values, kop, lokasi };
}

/** Text of a value, empty when missing. */
export function valueText(page: IdentityPage, field: IdentityField): string {
  return cellText(page.values[field]?.cell);
}

/** List items of a value. */
export function valueItems(page: IdentityPage, field: IdentityField): string[] {
  return cellItems(page.values[field]?.cell);
}

/**
 * The header of a flowchart table as offices draw it, read into what each column holds. Columns are recognised by
 * their words, in any order: No/Nomor, Aktivitas/Kegiatan/Uraian, Pelaksana, Mutu Baku (Persyaratan/Kelengkapan,
 * Waktu/Durasi, Output/Hasil), Keterangan/Ket. The header may take two rows: a merged "Pelaksana" cell over the
 * actor columns with their names on the second row, a merged "Mutu Baku" over its three columns. A merged cell's
 * span is known from a .docx or .xlsx; in text it is the label followed by empty cells.
 */
import { cellText, labelKey, type SourceRow } from './source-document.ts';

const KOLOM = {
  no: /^(no|nomor)\.?( urut)?$/,
  aktivitas: /^(aktivitas|kegiatan|uraian|uraian (kegiatan|aktivitas|prosedur)|uraian\/(kegiatan|aktivitas))$/,
  pelaksana: /^pelaksana( kegiatan)?$/,
  mutuBaku: /^mutu baku$/,
  kelengkapan: /^(persyaratan|kelengkapan|perlengkapan|(persyaratan|kelengkapan)\/(kelengkapan|perlengkapan|persyaratan))$/,
  durasi: /^(waktu|durasi|waktu\/durasi|durasi\/waktu)( \((menit|jam|hari|hari kerja)\))?$/,
  output: /^(output|keluaran|hasil|output\/hasil|hasil\/output)$/,
  keterangan: /^(ket|keterangan)\.?$/,
} as const;

export type Kolom = keyof typeof KOLOM;
export type MutuKolom = 'kelengkapan' | 'durasi' | 'output';
export const MUTU: readonly MutuKolom[] = ['kelengkapan', 'durasi', 'output'];

/** What a header cell's words say it is, if anything. */
export function kolomOf(text: string): Kolom | undefined {
  const key = labelKey(text);
  return (Object.keys(KOLOM) as Kolom[]).find((kolom) => KOLOM[kolom].test(key));
}

export interface KepalaTabelProsedur {
  /** Index of the header's first row, and of the first row after it. */
  start: number;
  end: number;
  no: number;
  aktivitas: number;
  keterangan: number;
  /** One column per pelaksana, named by its header; the lanes in order. */
  actors: Array<{ index: number; nama: string }>;
  /** A single "Pelaksana" column holding the actor's name as text on every row (instead of one column each). */
  pelaksanaText: number;
  mutu: Record<MutuKolom, number>;
  /** The unit a duration header names ("Waktu (menit)"), for cells that hold a bare number. */
  satuanDurasi?: string;
  /** Columns under "Mutu Baku" without a sub-header naming them; the reader decides from their content. */
  mutuUnnamed: number[];
  /** The header rows' texts, to recognise the header repeated further down (a table running over pages). */
  signatures: string[];
  lokasi: string;
}

const signature = (row: SourceRow) => row.cells.map(cellText).join('\t');

function isEmptyAt(row: SourceRow | undefined, index: number): boolean {
  return cellText(row?.cells[index]).length === 0;
}

/** Where a header row has both a No and an Aktivitas column (among the first rows of a table), or -1. */
export function findHeaderRow(rows: readonly SourceRow[]): number {
  return rows.slice(0, 6).findIndex((row) => hasNoAndAktivitas(row));
}

function hasNoAndAktivitas(row: SourceRow): boolean {
  const kinds = row.cells.map((cell) => kolomOf(cellText(cell)));
  return kinds.includes('no') && kinds.includes('aktivitas');
}

/** Columns a header cell covers: its known span, else itself and the empty cells after it on the same row. */
function spanOf(row: SourceRow, index: number): number {
  const known = row.cells[index]?.colSpan;
  if (known !== undefined) return known;
  let span = 1;
  while (index + span < row.cells.length && isEmptyAt(row, index + span)) span++;
  return span;
}

/** Reads the header of a flowchart table; undefined when the table has no No and Aktivitas header. */
export function readKepalaTabelProsedur(rows: readonly SourceRow[]): KepalaTabelProsedur | undefined {
  const start = findHeaderRow(rows);
  const top = rows[start];
  if (!top) return undefined;
  const width = Math.max(...rows.map((row) => row.cells.length));
  const find = (kolom: Kolom) => top.cells.findIndex((cell) => kolomOf(cellText(cell)) === kolom);
  const no = find('no');
  const aktivitas = find('aktivitas');

  // The second header row: No and Aktivitas are merged down into it (empty there), and it holds some text.
  const next = rows[start + 1];
  const sub =
    next && isEmptyAt(next, no) && isEmptyAt(next, aktivitas) && next.cells.some((cell) => cellText(cell).length > 0) ? next : undefined;

  const group = new Map<number, 'pelaksana' | 'mutuBaku'>();
  top.cells.forEach((cell, index) => {
    const kolom = kolomOf(cellText(cell));
    if (kolom !== 'pelaksana' && kolom !== 'mutuBaku') return;
    // Without a second row, a lone "Pelaksana" column is the text kind; its span is itself.
    const span = sub ? spanOf(top, index) : kolom === 'mutuBaku' ? spanOf(top, index) : 1;
    for (let c = index; c < index + span; c++) group.set(c, kolom);
  });

  const header: KepalaTabelProsedur = {
    start,
    end: start + (sub ? 2 : 1),
    no,
    aktivitas,
    keterangan: find('keterangan'),
    actors: [],
    pelaksanaText: -1,
    mutu: { kelengkapan: -1, durasi: -1, output: -1 },
    mutuUnnamed: [],
    signatures: [top, ...(sub ? [sub] : [])].map(signature),
    lokasi: top.lokasi,
  };
  for (let index = 0; index < width; index++) {
    if (index === no || index === aktivitas || index === header.keterangan) continue;
    const topText = cellText(top.cells[index]);
    const subText = cellText(sub?.cells[index]);
    const inGroup = group.get(index);
    const kolom = kolomOf(subText) ?? (inGroup ? undefined : kolomOf(topText));
    if (kolom === 'kelengkapan' || kolom === 'durasi' || kolom === 'output') {
      if (header.mutu[kolom] < 0) header.mutu[kolom] = index;
      const satuan = kolom === 'durasi' ? /\((.+)\)$/.exec(labelKey(subText || topText))?.[1] : undefined;
      if (satuan) header.satuanDurasi = satuan;
      continue;
    }
    if (inGroup === 'mutuBaku') {
      header.mutuUnnamed.push(index);
      continue;
    }
    if (inGroup === 'pelaksana') {
      if (subText.length > 0) header.actors.push({ index, nama: subText });
      else if (!sub) header.pelaksanaText = index;
      continue;
    }
    // Not under a group: an actor named on the first row (merged down), or on the second.
    const nama = topText.length > 0 ? topText : subText;
    if (nama.length > 0 && kolom === undefined) header.actors.push({ index, nama });
  }
  return header;
}

/**
 * Rows that are not steps: empty rows, the header repeated (Word repeats it on every page; a copy keeps it), and a
 * row numbering the columns (1 | 2 | 3 ...) as some offices put under the header.
 */
export function isNotAStep(row: SourceRow, header: KepalaTabelProsedur): boolean {
  const texts = row.cells.map(cellText);
  if (texts.every((text) => text.length === 0)) return true;
  if (header.signatures.includes(texts.join('\t'))) return true;
  if (hasNoAndAktivitas(row)) return true;
  const filled = texts.filter((text) => text.length > 0);
  if (filled.length >= 4 && filled.every((text, i) => text.replace(/[().]/g, '') === String(i + 1))) return true;
  // The second header row again: the Mutu Baku sub-labels, No and Aktivitas empty.
  return (
    isEmptyAt(row, header.no) &&
    isEmptyAt(row, header.aktivitas) &&
    MUTU.some((kolom) => kolomOf(texts[header.mutu[kolom]] ?? '') === kolom)
  );
}

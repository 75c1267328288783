/**
 * The flowchart table of an SOP AP (Permenpan RB 35/2012): No | Aktivitas | one column per pelaksana | Mutu Baku
 * (Kelengkapan, Waktu, Output) | Keterangan, read into the `pelaksana` and `langkah` of a draft.
 *
 * What the table cannot tell is marked TODO, never guessed: the flowchart symbols are drawings, so a text copy
 * (and mammoth's reading of a .docx) loses the mark that says whose column a step is in, and whether a step is a
 * decision. A step saying "(apabila diperlukan)" hints that the step before decides; the hint is passed on as a
 * TODO for the author.
 */
import { parseDurasi } from '../domain/durasi.ts';
import { type Notes, TODO } from './draft.ts';
import { ImportError, cellItems, cellText, labelKey, type SourceCell, type SourceRow } from './source-document.ts';

const KOLOM = {
  no: /^(no|nomor)\.?$/,
  aktivitas: /^(aktivitas|kegiatan|uraian (kegiatan|aktivitas))$/,
  mutuBaku: /^mutu baku$/,
  kelengkapan: /^(persyaratan|kelengkapan|perlengkapan|persyaratan\/(kelengkapan|perlengkapan))$/,
  durasi: /^(waktu|durasi|waktu\/durasi)$/,
  output: /^(output|keluaran)$/,
  keterangan: /^(ket|keterangan)\.?$/,
} as const;

type Kolom = keyof typeof KOLOM;

const HINT_KEPUTUSAN = /\b(apabila|jika|bila|kalau) (diperlukan|perlu)\b/i;

/** Whether a table is a flowchart table: a row among its first three has both a No and an Aktivitas column. */
export function findHeaderRow(rows: readonly SourceRow[]): number {
  return rows.slice(0, 3).findIndex((row) => columnOf(row, 'no') >= 0 && columnOf(row, 'aktivitas') >= 0);
}

function columnOf(row: SourceRow | undefined, kolom: Kolom): number {
  return row?.cells.findIndex((cell) => KOLOM[kolom].test(labelKey(cellText(cell)))) ?? -1;
}

export interface Flowchart {
  pelaksana: string[];
  langkah: Array<Record<string, unknown>>;
  /** Where the table starts, for messages. */
  lokasi: string;
}

/**
 * Reads one flowchart table. Notes and TODOs go to `notes` with paths from the SOP's top (`['langkah', 0, ...]`).
 * Throws {@link ImportError} when the table has not the shape of a flowchart table.
 */
export function readFlowchart(rows: readonly SourceRow[], notes: Notes): Flowchart {
  const headerIndex = findHeaderRow(rows);
  const header = rows[headerIndex];
  if (!header) throw new ImportError('tabel tanpa kolom No dan Aktivitas; diharapkan baris judul tabel bagan alir', rows[0]?.lokasi);
  const columns = { no: columnOf(header, 'no'), aktivitas: columnOf(header, 'aktivitas') };

  // "Mutu Baku" spans its three columns; their names are on the next row (or on the same row when not grouped).
  const next = rows[headerIndex + 1];
  const subHeader = next && (['kelengkapan', 'durasi', 'output'] as const).some((kolom) => columnOf(next, kolom) >= 0) ? next : undefined;
  const find = (kolom: Kolom) => Math.max(columnOf(header, kolom), columnOf(subHeader, kolom));
  const mutu = { kelengkapan: find('kelengkapan'), durasi: find('durasi'), output: find('output') };
  const mutuStart = [columnOf(header, 'mutuBaku'), ...Object.values(mutu)].filter((index) => index >= 0);
  if (mutuStart.length === 0) {
    throw new ImportError(
      'tabel bagan alir tanpa kolom Mutu Baku; diharapkan kolom Persyaratan/Kelengkapan, Waktu/Durasi dan Output setelah kolom pelaksana',
      header.lokasi,
    );
  }
  const firstMutu = Math.min(...mutuStart);
  const keterangan = columnOf(header, 'keterangan');

  const actorColumns: Array<{ index: number; nama: string }> = [];
  for (let index = columns.aktivitas + 1; index < firstMutu; index++) {
    const nama = cellText(header.cells[index]);
    if (nama.length > 0) actorColumns.push({ index, nama });
  }
  if (actorColumns.length === 0) {
    throw new ImportError(
      'tabel bagan alir tanpa kolom pelaksana; diharapkan satu kolom per pelaksana di antara Aktivitas dan Mutu Baku',
      header.lokasi,
    );
  }
  for (const [kolom, index] of Object.entries(mutu)) {
    if (index < 0) notes.note(['langkah'], `Kolom ${kolom} tidak ada pada tabel bagan alir; isiannya ditulis null (belum tercatat).`);
  }
  const pelaksana = actorColumns.map((column) => column.nama);

  const stepRows = rows.slice(headerIndex + (subHeader ? 2 : 1)).filter((row) => {
    const isEmpty = row.cells.every((cell) => cellText(cell).length === 0);
    const repeatsHeader = columnOf(row, 'no') === columns.no && columnOf(row, 'aktivitas') === columns.aktivitas;
    return !isEmpty && !repeatsHeader;
  });
  if (stepRows.length < 2) {
    throw new ImportError(
      `tabel bagan alir memuat ${stepRows.length} baris langkah; diharapkan sedikitnya dua langkah (mulai dan selesai)`,
      header.lokasi,
    );
  }

  const langkah = stepRows.map((row, i) => {
    const noText = cellText(row.cells[columns.no]);
    const no = /^(\d+)\.?$/.exec(noText)?.[1];
    if (no === undefined) {
      throw new ImportError(
        `kolom No berisi ${noText ? `"${noText}"` : 'kosong'}; diharapkan nomor langkah berupa angka pada setiap baris tabel bagan alir`,
        row.lokasi,
      );
    }
    const path = ['langkah', i];
    const step: Record<string, unknown> = {
      no: Number(no),
      jenis: i === 0 ? 'mulai' : i === stepRows.length - 1 ? 'selesai' : 'proses',
    };

    const aktivitas = cellItems(row.cells[columns.aktivitas]);
    step.aktivitas = aktivitas.length === 0 ? null : aktivitas.length === 1 ? aktivitas[0] : aktivitas;
    if (aktivitas.length === 0)
      notes.todo([...path, 'aktivitas'], `TODO: kolom Aktivitas langkah ${no} kosong pada dokumen sumber; tulis kegiatannya.`);

    const marked = actorColumns.filter((column) => cellText(row.cells[column.index]).length > 0);
    if (marked.length === 1) {
      step.pelaksana = marked[0]?.nama;
    } else {
      step.pelaksana = TODO;
      notes.todo(
        [...path, 'pelaksana'],
        marked.length === 0
          ? `TODO: pelaksana langkah ${no} tidak terbaca dari dokumen sumber; tulis salah satu nama dalam daftar pelaksana.`
          : `TODO: langkah ${no} bertanda pada ${marked.length} kolom pelaksana (${marked.map((column) => column.nama).join(', ')}); tulis satu pelaksana.`,
      );
    }

    step.mutuBaku = {
      kelengkapan: listOrNull(row.cells[mutu.kelengkapan]),
      durasi: readDurasi(row.cells[mutu.durasi], [...path, 'mutuBaku', 'durasi'], Number(no), notes),
      output: listOrNull(row.cells[mutu.output]),
    };
    const ket = keterangan >= 0 ? cellText(row.cells[keterangan]) : '';
    if (ket.length > 0) step.keterangan = ket;
    return step;
  });

  // "(apabila diperlukan)": the step before probably decides whether this one runs. Only the author can say.
  langkah.forEach((step, i) => {
    const before = langkah[i - 1];
    const text = ([] as unknown[]).concat(step.aktivitas).join(' ');
    if (!before || !HINT_KEPUTUSAN.test(text) || before.jenis === 'mulai') return;
    const after = langkah[i + 1]?.no;
    before.jenis = TODO;
    notes.todo(
      ['langkah', i - 1, 'jenis'],
      `TODO: langkah ${step.no} berbunyi "${HINT_KEPUTUSAN.exec(text)?.[0]}", jadi langkah ${before.no} mungkin sebuah keputusan. ` +
        `Bila ya, tulis jenis: keputusan dengan dua pilihan berlabel${after === undefined ? '' : ` (misalnya Sesuai → lanjutKe: ${after}, Perlu penyesuaian → lanjutKe: ${step.no})`}` +
        `${after === undefined ? '' : ` dan lanjutKe: ${after} pada langkah ${step.no}`}; bila tidak, tulis jenis: proses.`,
    );
  });

  return { pelaksana, langkah, lokasi: header.lokasi };
}

function listOrNull(cell: SourceCell | undefined): string | string[] | null {
  const items = cellItems(cell);
  if (items.length === 0) return null;
  return items.length === 1 ? (items[0] as string) : items;
}

function readDurasi(cell: SourceCell | undefined, path: PropertyKey[], no: number, notes: Notes): string | null {
  const text = cellText(cell);
  if (text.length === 0) return null;
  const result = parseDurasi(text);
  if (result.ok) return result.durasi.teks;
  notes.todo(
    path,
    `TODO: waktu langkah ${no} tertulis "${text}" dan tidak dapat dibaca; tulis misalnya "30 menit", "2 jam" atau "1 hari kerja".`,
  );
  return TODO;
}

/**
 * The flowchart table of an SOP AP (Permenpan RB 35/2012): No | Aktivitas | one column per pelaksana | Mutu Baku
 * (Kelengkapan, Waktu, Output) | Keterangan, read into the `pelaksana` and `langkah` of a draft. The header is read
 * by {@link ./tabel-prosedur-kepala.ts}, in whatever order and rows the office drew it.
 *
 * What the table cannot tell is marked TODO, never guessed: the flowchart symbols are drawings, so a text copy
 * (and a reading of a .docx) loses the mark that says whose column a step is in, and whether a step is a decision.
 * A mark typed in the column (√ v X ✓ ●, with "-" in the other columns) is read. A step saying "(apabila
 * diperlukan)" hints that the step before decides; the hint is passed on as a TODO for the author.
 */
import { parseDurasi } from '../domain/durasi.ts';
import { type Notes, TODO } from './draft.ts';
import { type KepalaTabelProsedur, isNotAStep, MUTU, type MutuKolom, readKepalaTabelProsedur } from './tabel-prosedur-kepala.ts';
import { cellItems, cellText, ImportError, type SourceCell, type SourceRow } from './source-document.ts';

const HINT_KEPUTUSAN = /\b(apabila|jika|bila|kalau) (diperlukan|perlu)\b/i;
/** What offices type in the other actor columns of a row: nothing, or a filler dash. */
const FILLER = /^[-–—.]*$/;

export interface TabelProsedur {
  pelaksana: string[];
  langkah: Array<Record<string, unknown>>;
  /** Where the table starts, for messages. */
  lokasi: string;
}

const MUTU_LABEL: Record<MutuKolom, string> = { kelengkapan: 'Persyaratan/Kelengkapan', durasi: 'Waktu', output: 'Output' };

/**
 * Gives the columns under "Mutu Baku" that have no sub-header their meaning: the one whose cells are durations is
 * Waktu; the two others are, in the order of Permenpan RB 35/2012, Persyaratan/Kelengkapan then Output. When that
 * does not settle it, the columns stay unnamed and their cells become TODOs.
 */
function nameMutuColumns(header: KepalaTabelProsedur, rows: readonly SourceRow[], notes: Notes): number[] {
  const unnamed = header.mutuUnnamed.filter((index) => !Object.values(header.mutu).includes(index));
  if (unnamed.length === 0) return [];
  const missing = MUTU.filter((kolom) => header.mutu[kolom] < 0);
  const durationShare = (index: number) => {
    const texts = rows.map((row) => cellText(row.cells[index])).filter((text) => text.length > 0);
    return texts.length === 0 ? 0 : texts.filter((text) => parseDurasi(text).ok).length / texts.length;
  };
  const durasi = missing.includes('durasi') ? unnamed.find((index) => durationShare(index) >= 0.5) : undefined;
  const rest = unnamed.filter((index) => index !== durasi);
  const restKinds = missing.filter((kolom) => kolom !== 'durasi');
  if ((durasi !== undefined || !missing.includes('durasi')) && rest.length === restKinds.length) {
    if (durasi !== undefined) header.mutu.durasi = durasi;
    rest.forEach((index, i) => {
      header.mutu[restKinds[i] as MutuKolom] = index;
    });
    notes.note(
      ['langkah'],
      `Kolom di bawah "Mutu Baku" tanpa judul; dibaca menurut isinya dan urutan Permenpan RB 35/2012: ${missing.map((kolom) => MUTU_LABEL[kolom]).join(', ')}.`,
    );
    return [];
  }
  return unnamed;
}

/**
 * Reads one flowchart table (continuations already joined). Notes and TODOs go to `notes` with paths from the
 * SOP's top (`['langkah', 0, ...]`). Throws {@link ImportError} when the table has not the shape of a flowchart.
 */
export function readTabelProsedur(rows: readonly SourceRow[], notes: Notes): TabelProsedur {
  const header = readKepalaTabelProsedur(rows);
  if (!header) throw new ImportError('tabel tanpa kolom No dan Aktivitas; diharapkan baris judul tabel bagan alir', rows[0]?.lokasi);
  const hasMutu = MUTU.some((kolom) => header.mutu[kolom] >= 0) || header.mutuUnnamed.length > 0;
  if (!hasMutu) {
    throw new ImportError(
      'tabel bagan alir tanpa kolom Mutu Baku; diharapkan kolom Persyaratan/Kelengkapan, Waktu/Durasi dan Output setelah kolom pelaksana',
      header.lokasi,
    );
  }
  if (header.actors.length === 0 && header.pelaksanaText < 0) {
    throw new ImportError(
      'tabel bagan alir tanpa kolom pelaksana; diharapkan satu kolom per pelaksana (atau kolom "Pelaksana" bergabung di atas nama-nama pelaksana)',
      header.lokasi,
    );
  }
  const stepRows = rows.slice(header.end).filter((row) => !isNotAStep(row, header));
  if (stepRows.length < 2) {
    throw new ImportError(
      `tabel bagan alir memuat ${stepRows.length} baris langkah; diharapkan sedikitnya dua langkah (mulai dan selesai)`,
      header.lokasi,
    );
  }
  const unnamedMutu = nameMutuColumns(header, stepRows, notes);
  for (const kolom of MUTU) {
    if (header.mutu[kolom] < 0 && unnamedMutu.length === 0)
      notes.note(['langkah'], `Kolom ${MUTU_LABEL[kolom]} tidak ada pada tabel bagan alir; isiannya ditulis null (belum tercatat).`);
  }

  if (header.satuanDurasi)
    notes.note(
      ['langkah'],
      `Judul kolom waktu menyebut satuannya: angka tanpa satuan ditulis dalam ${header.satuanDurasi} ("30" menjadi "30 ${header.satuanDurasi}").`,
    );

  const pelaksana =
    header.pelaksanaText >= 0
      ? [...new Set(stepRows.map((row) => cellText(row.cells[header.pelaksanaText])).filter((nama) => !FILLER.test(nama)))]
      : header.actors.map((column) => column.nama);

  const langkah = stepRows.map((row, i) => {
    const noText = cellText(row.cells[header.no]);
    const no = /^(\d+)[.)]?$/.exec(noText)?.[1];
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

    const aktivitas = cellItems(row.cells[header.aktivitas]);
    step.aktivitas = aktivitas.length === 0 ? TODO : aktivitas.length === 1 ? aktivitas[0] : aktivitas;
    if (aktivitas.length === 0)
      notes.todo(
        [...path, 'aktivitas'],
        `TODO: kolom Aktivitas langkah ${no} kosong pada dokumen sumber (${row.lokasi}); tulis kegiatannya.`,
      );

    step.pelaksana = readPelaksana(row, header, Number(no), [...path, 'pelaksana'], notes);

    const mutuBaku: Record<MutuKolom, unknown> = {
      kelengkapan: listOrNull(row.cells[header.mutu.kelengkapan]),
      durasi: readDurasi(
        row.cells[header.mutu.durasi],
        header.satuanDurasi,
        [...path, 'mutuBaku', 'durasi'],
        Number(no),
        row.lokasi,
        notes,
      ),
      output: listOrNull(row.cells[header.mutu.output]),
    };
    const unread = unnamedMutu.map((index) => cellText(row.cells[index])).filter((text) => text.length > 0);
    if (unread.length > 0) {
      for (const kolom of MUTU.filter((item) => header.mutu[item] < 0)) {
        mutuBaku[kolom] = TODO;
        notes.todo(
          [...path, 'mutuBaku', kolom],
          `TODO: kolom di bawah "Mutu Baku" tanpa judul (${row.lokasi}) berisi ${unread.map((text) => `"${text}"`).join(', ')}; tidak dapat dipastikan mana ${MUTU_LABEL[kolom]}. Tulis dari dokumen asli (atau null).`,
        );
      }
    }
    step.mutuBaku = mutuBaku;
    const ket = header.keterangan >= 0 ? cellText(row.cells[header.keterangan]) : '';
    if (ket.length > 0 && !FILLER.test(ket)) step.keterangan = ket;
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

/** The step's pelaksana: the one actor column with a mark in it (or the name in a "Pelaksana" text column). */
function readPelaksana(row: SourceRow, header: KepalaTabelProsedur, no: number, path: PropertyKey[], notes: Notes): string {
  if (header.pelaksanaText >= 0) {
    const nama = cellText(row.cells[header.pelaksanaText]);
    if (!FILLER.test(nama)) return nama;
    notes.todo(
      path,
      `TODO: kolom Pelaksana langkah ${no} kosong pada dokumen sumber (${row.lokasi}); tulis salah satu nama dalam daftar pelaksana.`,
    );
    return TODO;
  }
  const marked = header.actors.filter((column) => !FILLER.test(cellText(row.cells[column.index])));
  if (marked.length === 1) return marked[0]?.nama as string;
  notes.todo(
    path,
    marked.length === 0
      ? `TODO: pelaksana langkah ${no} tidak terbaca dari dokumen sumber (${row.lokasi}: tidak ada tanda pada kolom pelaksana; simbol bagan alir berupa gambar); tulis salah satu nama dalam daftar pelaksana.`
      : `TODO: langkah ${no} bertanda pada ${marked.length} kolom pelaksana (${marked.map((column) => column.nama).join(', ')}; ${row.lokasi}); tulis satu pelaksana.`,
  );
  return TODO;
}

function listOrNull(cell: SourceCell | undefined): string | string[] | null {
  const items = cellItems(cell).filter((item) => !FILLER.test(item));
  if (items.length === 0) return null;
  return items.length === 1 ? (items[0] as string) : items;
}

/** The step's duration as Lajur reads it; a bare number takes the unit its column header names ("Waktu (menit)"). */
function readDurasi(
  cell: SourceCell | undefined,
  satuan: string | undefined,
  path: PropertyKey[],
  no: number,
  lokasi: string,
  notes: Notes,
): string | null {
  const written = cellText(cell);
  if (FILLER.test(written)) return null;
  const text = satuan && /^\d+([.,]\d+)?$/.test(written) ? `${written} ${satuan}` : written;
  const result = parseDurasi(text);
  if (result.ok) return result.durasi.teks;
  notes.todo(
    path,
    `TODO: waktu langkah ${no} tertulis "${written}" (${lokasi}) dan tidak dapat dibaca; tulis misalnya "30 menit", "2 jam" atau "1 hari kerja".`,
  );
  return TODO;
}

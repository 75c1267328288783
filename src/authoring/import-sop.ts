/**
 * Converts a source document (read from text or .docx into the table model) into draft content: one SOP draft per
 * document found, draft regulations for legal bases that are not in content/regulasi/ yet, and notes for the
 * author. Pure: the caller reads the files and the existing content and writes the drafts.
 *
 * Nothing is invented. A value the source does not give is null ("belum tercatat") when the schema allows it, and
 * a TODO that fails `sop:check` when the author must decide (a step's pelaksana, a decision, an unreadable date).
 */
import type { Entry } from '../domain/catalog.ts';
import { slugify, sopTitleKey } from '../domain/text.ts';
import type { Instansi } from '../schemas/instansi.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import { type Draft, Notes, TODO } from './draft.ts';
import { type TabelProsedur, readTabelProsedur } from './tabel-prosedur.ts';
import { findTabelProsedur } from './tabel-prosedur-cari.ts';
import { type JudulTabelProsedur, paragraphsBefore, titleBefore } from './tabel-prosedur-judul.ts';
import { findInstansi, type Office, readIdentityFields } from './identity-fields.ts';
import { type IdentityPage, readIdentityPage, valueText } from './identity.ts';
import type { Drafted } from './regulasi-draft.ts';
import { cellText, cleanText, ImportError, type SourceDocument } from './source-document.ts';

export interface ImportContext {
  /** Offices in content/instansi/, to find the office from the letterhead and the unit from the SOP number. */
  instansi: readonly Entry<Instansi>[];
  /** Regulations already written (content/regulasi/ and earlier drafts), to cite instead of drafting again. */
  regulasi: readonly Entry<Regulasi>[];
  /** SOPs already on the site, to warn about the same number or file name. */
  sop: ReadonlyArray<{ id: string; nomor: string | null }>;
  /** --instansi: the office id, overriding the letterhead. */
  instansiId?: string | undefined;
  /** --unit: the unit name, overriding the unit code in the SOP number. */
  unit?: string | undefined;
}

export interface ImportResult {
  sop: Array<Draft & { body: string }>;
  regulasi: Draft[];
  /** The drafted regulations as entries, so that a later file of the same import cites them instead of drafting again. */
  regulasiBaru: Entry<Regulasi>[];
  /** What the author should know that is not a TODO in a file: documents found, legal bases matched, clashes. */
  catatan: string[];
}

const IDENTITY_FIELDS = [
  'nomor',
  'nama',
  'instansi',
  'unit',
  'tanggalPembuatan',
  'tanggalRevisi',
  'tanggalBerlaku',
  'disahkanOleh',
  'dasarHukum',
  'kualifikasiPelaksana',
  'keterkaitan',
  'peralatanPerlengkapan',
  'peringatan',
  'pencatatanPendataan',
] as const;

/** Converts a document; throws {@link ImportError} when it holds neither a flowchart table nor an identity page. */
export function importSop(source: SourceDocument, context: ImportContext): ImportResult {
  const tables = source.blocks.filter((block) => block.kind === 'table');
  if (tables.length === 0) {
    throw new ImportError(
      'tidak ada tabel dalam berkas; diharapkan tabel bagan alir (kolom No, Aktivitas, pelaksana, Mutu Baku) dan/atau halaman identitas SOP (Nomor SOP, Nama SOP, ...)' +
        (source.file.endsWith('.docx') ? '' : ', dengan kolom dipisahkan tab'),
    );
  }
  const sorted = findTabelProsedur(source);
  if (sorted.flow.length > 1) {
    throw new ImportError(
      `berkas memuat ${sorted.flow.length} tabel bagan alir dengan judul kolom atau judul SOP yang berbeda (${sorted.flow.map((table) => table.first.lokasi).join(', ')}); diharapkan satu SOP per berkas (tabel lanjutan dengan judul kolom yang sama digabung)`,
    );
  }
  const flowTable = sorted.flow[0];
  const otherRows = sorted.other.flatMap((table) => table.rows);
  const firstOther = sorted.other[0];
  const identity = readIdentityPage(otherRows, firstOther ? paragraphsBefore(source, firstOther) : []);

  if (!flowTable && !identity) {
    const halfHeader = tables
      .flatMap((table) => table.rows.slice(0, 3))
      .find((row) => /\b(aktivitas|kegiatan)\b/i.test(cleanText(row.cells.map(cellText).join(' '))));
    throw new ImportError(
      halfHeader
        ? 'tabel bagan alir tanpa kolom No atau Aktivitas; diharapkan baris judul "No | Aktivitas | pelaksana... | Mutu Baku | Keterangan"'
        : 'tidak ada tabel bagan alir (kolom No dan Aktivitas) maupun halaman identitas SOP (Nomor SOP, Nama SOP, Dasar Hukum, ...)',
      (halfHeader ?? tables[0]?.rows[0])?.lokasi,
    );
  }

  const catatan: string[] = [...sorted.catatan];
  const drafted: Drafted[] = [];
  const flowNotes = new Notes();
  const flow = flowTable ? readTabelProsedur(flowTable.joined.rows, flowNotes) : undefined;
  const flowTitle = flowTable ? titleBefore(source, flowTable.first) : undefined;
  const namaIdentitas = identity ? valueText(identity, 'nama') : '';

  const office = findInstansi(context.instansi, context.instansiId, identity?.kop ?? []);
  const sameDocument = !flow || !identity || !flowTitle || !namaIdentitas || sopTitleKey(flowTitle.nama) === sopTitleKey(namaIdentitas);

  const drafts: ImportResult['sop'] = [];
  if (sameDocument) {
    if (flow && identity && !flowTitle) {
      catatan.push(`Tabel bagan alir tidak berjudul; dianggap bagian dari SOP "${namaIdentitas}" pada halaman identitas.`);
    }
    drafts.push(buildSop({ source, context, identity, flow, flowNotes, flowTitle, office, drafted, catatan }));
  } else if (flow && identity && flowTitle) {
    catatan.push(
      `Berkas memuat dua dokumen: bagan alir berjudul "${flowTitle.asli}" (${flow.lokasi}) dan halaman identitas SOP "${namaIdentitas}" (${identity.lokasi}). ` +
        'Judulnya berbeda, jadi keduanya tidak digabung: ditulis dua draf, bagan alir tanpa identitas dan identitas tanpa bagan alir. ' +
        'Bila keduanya ternyata satu SOP, salin pelaksana dan langkah ke draf halaman identitas lalu hapus draf bagan alir.',
    );
    const lain = { flow: `halaman identitas SOP "${namaIdentitas}"`, identity: `bagan alir berjudul "${flowTitle.asli}"` };
    drafts.push(buildSop({ source, context, flow, flowNotes, flowTitle, office, drafted, catatan, lain: lain.flow }));
    drafts.push(buildSop({ source, context, identity, office, drafted, catatan, lain: lain.identity }));
  }

  for (const draft of drafts) {
    const clash = context.sop.find((sop) => sop.id === draft.id);
    if (clash) catatan.push(`Sudah ada SOP dengan nama berkas ${draft.id}.mdx di content/sop/; periksa sebelum memindahkan draf ini.`);
    const nomor = draft.data.nomor;
    const sameNumber = context.sop.find((sop) => nomor !== null && sop.nomor === nomor);
    if (sameNumber) catatan.push(`Nomor SOP ${String(nomor)} sudah dipakai oleh content/sop/${sameNumber.id}.mdx.`);
  }
  return { sop: drafts, regulasi: drafted.map((item) => item.draft), regulasiBaru: drafted.map((item) => item.entry), catatan };
}

interface BuildInput {
  source: SourceDocument;
  context: ImportContext;
  identity?: IdentityPage | undefined;
  flow?: TabelProsedur | undefined;
  flowNotes?: Notes;
  flowTitle?: JudulTabelProsedur | undefined;
  office: Office;
  /** Regulations drafted so far in this import, shared by the drafts of one file. */
  drafted: Drafted[];
  catatan: string[];
  /** Set when the file holds another SOP's document that this draft does not take from: what it is. */
  lain?: string;
}

function buildSop(input: BuildInput): Draft & { body: string } {
  const { identity, flow, context, office } = input;
  const notes = new Notes();
  const data: Record<string, unknown> = {};
  const unmarked = flow?.langkah.some((step) => step.pelaksana === TODO) ?? false;

  for (const field of IDENTITY_FIELDS) data[field] = null;

  // nama: the identity page's, else the flowchart title.
  const namaIdentitas = identity ? valueText(identity, 'nama') : '';
  if (namaIdentitas) {
    data.nama = namaIdentitas;
  } else if (input.flowTitle) {
    data.nama = input.flowTitle.nama;
    if (input.flowTitle.hurufDiubah)
      notes.note(['nama'], `Judul bagan alir pada dokumen sumber: "${input.flowTitle.asli}"; huruf kapital disesuaikan.`);
  } else {
    data.nama = TODO;
    notes.todo(
      ['nama'],
      'TODO: nama SOP tidak ditemukan (tidak ada baris "Nama SOP" maupun judul "SOP ..." di atas tabel bagan alir); tulis namanya.',
    );
  }

  if (office.entry) {
    data.instansi = office.entry.id;
    const asal =
      input.lain && !identity && office.asal.startsWith('dibaca dari kop') ? `${office.asal} lain dalam berkas yang sama` : office.asal;
    notes.note(['instansi'], `Instansi ${asal}: ${office.entry.data.nama}.`);
  } else {
    data.instansi = TODO;
    notes.todo(
      ['instansi'],
      `TODO: instansi tidak dikenali${identity?.kop.length ? ` dari kop "${identity.kop.join(' / ')}"` : ' (dokumen tanpa kop)'}; tulis id instansi di content/instansi/ (${context.instansi.map((item) => item.id).join(', ') || 'belum ada: buat dahulu'}) atau jalankan ulang dengan --instansi.`,
    );
  }

  if (identity)
    readIdentityFields(identity, data, notes, office, { regulasi: context.regulasi, drafted: input.drafted, catatan: input.catatan });
  else {
    notes.note(
      ['nomor'],
      input.lain
        ? `Dokumen sumber memuat bagan alir SOP ini tanpa halaman identitasnya (${input.lain} dalam berkas yang sama adalah SOP lain); bagian identitas belum tercatat (null).`
        : 'Dokumen sumber hanya memuat bagan alir; bagian identitas SOP ini belum tercatat (null).',
    );
  }

  if (context.unit !== undefined) {
    data.unit = context.unit;
  } else if (data.unit === null && identity) {
    notes.note(['unit'], 'Unit kerja tidak terbaca dari nomor SOP; tulis nama unit bila diketahui (atau jalankan ulang dengan --unit).');
  }
  if (data.unit !== null && office.entry && !office.entry.data.unit.some((unit) => unit.nama === data.unit)) {
    throw new ImportError(
      `unit "${String(data.unit)}"${context.unit === undefined ? '' : ' (--unit)'} tidak terdaftar pada instansi ${office.entry.id}; diharapkan salah satu dari: ${office.entry.data.unit.map((unit) => unit.nama).join(', ')}`,
    );
  }

  if (flow && input.flowNotes) {
    data.pelaksana = flow.pelaksana;
    data.langkah = flow.langkah;
    notes.list.push(...input.flowNotes.list);
    notes.note(
      ['pelaksana'],
      `Dari judul kolom tabel bagan alir, kiri ke kanan.${unmarked ? ' Tanda simbol pada kolom pelaksana tidak terbaca dari dokumen sumber, jadi pelaksana langkah ditandai TODO: isi dari dokumen asli; bila pelaksana disimpulkan dari bunyi aktivitas, tulis alasannya pada rekonstruksiPelaksana langkah itu.' : ''}`,
    );
  } else {
    data.pelaksana = null;
    data.langkah = null;
    notes.note(
      ['pelaksana'],
      `Dokumen sumber tidak memuat bagan alir SOP ini${input.lain ? ` (${input.lain} dalam berkas yang sama adalah SOP lain)` : ''}; pelaksana dan langkah belum tercatat (null).`,
    );
  }

  const nama = typeof data.nama === 'string' && data.nama !== TODO ? data.nama : 'draf-sop';
  const id = slugify(nama);
  const body = [
    '## Catatan sumber',
    '',
    `Draf ini dibuat dengan \`npm run sop:import\` dari berkas ${input.source.file}.${input.lain ? ` Berkas yang sama juga memuat ${input.lain} dari SOP lain; bagian itu ditulis sebagai draf tersendiri.` : ''}`,
    ...(unmarked
      ? ['', 'Tanda simbol pada kolom pelaksana tidak terbaca dari dokumen sumber; pelaksana setiap langkah perlu diisi dari dokumen asli.']
      : []),
    '',
  ].join('\n');
  return { id, data, notes: notes.list, body };
}

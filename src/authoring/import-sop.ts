/**
 * Converts a source document (read from text or .docx into the table model) into draft content: one SOP draft per
 * document found, draft regulations for legal bases that are not in content/regulasi/ yet, and notes for the
 * author. Pure: the caller reads the files and the existing content and writes the drafts.
 *
 * Nothing is invented. A value the source does not give is null ("belum tercatat") when the schema allows it, and
 * a TODO that fails `sop:check` when the author must decide (a step's pelaksana, a decision, an unreadable date).
 */
import type { Entry } from '../domain/catalog.ts';
import { parseTanggal } from '../domain/tanggal.ts';
import { normalKey, slugify, sopTitleKey } from '../domain/text.ts';
import type { Instansi } from '../schemas/instansi.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import { matchRegulasi, parseKutipan, regulasiId } from './citation.ts';
import { type Draft, Notes, TODO } from './draft.ts';
import { findHeaderRow, type Flowchart, readFlowchart } from './flowchart.ts';
import { type IdentityField, type IdentityPage, LABEL, readIdentityPage, valueItems, valueText } from './identity.ts';
import { cellText, cleanText, ImportError, type SourceDocument, type SourceRow, tightenSlashes } from './source-document.ts';

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
  const flowTables = tables.filter((table) => findHeaderRow(table.rows) >= 0);
  if (flowTables.length > 1) {
    throw new ImportError(
      `berkas memuat ${flowTables.length} tabel bagan alir (${flowTables.map((table) => table.lokasi).join(', ')}); diharapkan satu SOP per berkas`,
    );
  }
  const flowTable = flowTables[0];
  const otherRows = tables.filter((table) => table !== flowTable).flatMap((table) => table.rows);
  const firstOther = tables.find((table) => table !== flowTable);
  const identity = readIdentityPage(otherRows, firstOther ? paragraphsBefore(source, firstOther) : []);

  if (!flowTable && !identity) {
    const halfHeader = tables.flatMap((table) => table.rows.slice(0, 3)).find((row) => /\b(aktivitas|kegiatan)\b/i.test(rowText(row)));
    throw new ImportError(
      halfHeader
        ? 'tabel bagan alir tanpa kolom No atau Aktivitas; diharapkan baris judul "No | Aktivitas | pelaksana... | Mutu Baku | Keterangan"'
        : 'tidak ada tabel bagan alir (kolom No dan Aktivitas) maupun halaman identitas SOP (Nomor SOP, Nama SOP, Dasar Hukum, ...)',
      (halfHeader ?? tables[0]?.rows[0])?.lokasi,
    );
  }

  const catatan: string[] = [];
  const drafted: Drafted[] = [];
  const flowNotes = new Notes();
  const flow = flowTable ? readFlowchart(flowTable.rows, flowNotes) : undefined;
  const flowTitle = flowTable ? titleBefore(source, flowTable) : undefined;
  const namaIdentitas = identity ? valueText(identity, 'nama') : '';

  const kop = identity?.kop ?? [];
  const office = findInstansi(context, kop);
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
  return { sop: drafts, regulasi: drafted.map((item) => item.draft), catatan };
}

function rowText(row: SourceRow): string {
  return cleanText(row.cells.map(cellText).join(' '));
}

/** The paragraphs between the previous table (or the start) and `table`. */
function paragraphsBefore(source: SourceDocument, table: SourceDocument['blocks'][number]): string[] {
  const index = source.blocks.indexOf(table);
  const texts: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const block = source.blocks[i];
    if (!block || block.kind === 'table') break;
    texts.unshift(block.text);
  }
  return texts;
}

/**
 * The flowchart's title: "SOP ..." or "Standar Operasional Prosedur ..." in a paragraph right above the table, or in
 * a row of the table above its header (Word layouts often merge the first row into a title).
 */
function titleBefore(source: SourceDocument, table: Extract<SourceDocument['blocks'][number], { kind: 'table' }>) {
  const titleRows = table.rows.slice(0, Math.max(0, findHeaderRow(table.rows))).map((row) => rowText(row));
  const asli = [...paragraphsBefore(source, table), ...titleRows].findLast((text) => /^(sop|standar operasional prosedur)\b/i.test(text));
  if (!asli) return undefined;
  const tanpaAwalan = cleanText(asli.replace(/^(sop|standar operasional prosedur)\b\s*[:.-]?\s*/i, ''));
  if (tanpaAwalan.length === 0) return undefined;
  return { asli, ...titleCase(tanpaAwalan) };
}

const KATA_SAMBUNG = new Set([
  'dan',
  'di',
  'ke',
  'dari',
  'atau',
  'yang',
  'untuk',
  'pada',
  'dengan',
  'dalam',
  'oleh',
  'serta',
  'atas',
  'bagi',
  'tentang',
]);

/**
 * A title written in capitals ("PENYUSUNAN CASCADING") in the case the site uses ("Penyusunan Cascading"). Words in
 * brackets stay as written: they are abbreviations ("(PK)"). Titles in mixed case are left alone.
 */
function titleCase(text: string): { nama: string; hurufDiubah: boolean } {
  if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return { nama: text, hurufDiubah: false };
  const nama = text
    .split(' ')
    .map((word, i) => {
      if (/^\(.*\)$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && KATA_SAMBUNG.has(lower)) return lower;
      return lower.replace(/(^|[-/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
  return { nama, hurufDiubah: true };
}

function findInstansi(context: ImportContext, kop: readonly string[]): { entry?: Entry<Instansi>; asal: string } {
  if (context.instansiId !== undefined) {
    const entry = context.instansi.find((item) => item.id === context.instansiId);
    if (!entry) {
      throw new ImportError(
        `instansi "${context.instansiId}" (--instansi) tidak ada di content/instansi/; diharapkan salah satu dari: ${context.instansi.map((item) => item.id).join(', ') || '(belum ada)'}`,
      );
    }
    return { entry, asal: 'dari --instansi' };
  }
  const kopKey = normalKey(kop.join(' '));
  const entry = kopKey.length === 0 ? undefined : context.instansi.find((item) => kopKey.includes(normalKey(item.data.nama)));
  return { ...(entry ? { entry } : {}), asal: 'dibaca dari kop halaman identitas' };
}

/** A new regulation: its draft file, and the entry it will be, for matching later citations of the same file. */
interface Drafted {
  draft: Draft;
  entry: Entry<Regulasi>;
}

interface BuildInput {
  source: SourceDocument;
  context: ImportContext;
  identity?: IdentityPage | undefined;
  flow?: Flowchart | undefined;
  flowNotes?: Notes;
  flowTitle?: { asli: string; nama: string; hurufDiubah: boolean } | undefined;
  office: { entry?: Entry<Instansi>; asal: string };
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

  if (identity) readIdentityFields(identity, data, notes, input);
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

  const nama = typeof data.nama === 'string' ? data.nama : 'draf-sop';
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

function readIdentityFields(identity: IdentityPage, data: Record<string, unknown>, notes: Notes, input: BuildInput) {
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
    const unit = input.office.entry?.data.unit.find((item) => item.kode !== undefined && nomor.split('/').includes(item.kode));
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
        `TODO: "${LABEL[field]}" tertulis "${text}" dan tidak dapat dibaca; tulis seperti 2023-06-27 atau "27 Juni 2023".`,
      );
  }

  readPengesah(identity, data, notes, empty);

  const dasar = valueItems(identity, 'dasarHukum');
  if (dasar.length === 0) empty('dasarHukum');
  else data.dasarHukum = dasar.map((kutipan, i) => citeRegulasi(kutipan, i, notes, input));

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

/** "Disahkan": jabatan, nama and NIP when they can be told apart (one per line, NIP marked); otherwise a TODO. */
function readPengesah(identity: IdentityPage, data: Record<string, unknown>, notes: Notes, empty: (field: IdentityField) => void) {
  const paragraphs = (identity.values.disahkanOleh?.cell.paragraphs ?? []).filter((line) => !/^\(?ttd\.?\)?$|^cap$/i.test(line));
  if (paragraphs.length === 0) {
    empty('disahkanOleh');
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

/** One legal basis: the id of an existing entry, of a new draft entry, or a TODO when the citation cannot be read. */
function citeRegulasi(kutipan: string, index: number, notes: Notes, input: BuildInput): string {
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
  const known = [...input.context.regulasi, ...input.drafted.map((item) => item.entry)];
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

/**
 * The import corpus: SOP documents laid out the ways offices lay them out (contents.ts says what they carry), each
 * with the draft it must give. generate.ts writes them; tests/unit/sop-import-korpus.test.ts reads them.
 */
import {
  type Flow,
  type Identity,
  ruangExpected,
  ruangFlow,
  seedExpected,
  seedFlow,
  tamuExpected,
  tamuFlow,
  tamuIdentity,
} from './contents.ts';

/** How the flowchart table is drawn. */
export interface Layout {
  /**
   * merged: "Pelaksana" over the actor columns, names on row 2, "Mutu Baku" over its three columns.
   * names-top: names on row 1 (merged down), "Mutu Baku" over its sub-header on row 2 (Lajur's own seed layout).
   * single: one header row, names and Kelengkapan/Waktu/Output side by side.
   * mutu-no-sub: one header row, "Mutu Baku" merged over three unnamed columns.
   * pelaksana-text: one "Pelaksana" column holding each step's actor by name.
   */
  header: 'merged' | 'names-top' | 'single' | 'mutu-no-sub' | 'pelaksana-text';
  order?: 'no-first' | 'aktivitas-first';
  labels?: Partial<Record<'no' | 'aktivitas' | 'pelaksana' | 'kelengkapan' | 'durasi' | 'output' | 'keterangan', string>>;
  mark?: string;
  /** What stands in the actor cells without a mark. */
  filler?: string;
  /** Word's automatic numbering in the No column (Word only). */
  autoNumber?: boolean;
  /** The header rows again after this many steps (a table copied over pages). */
  repeatHeaderAfter?: number;
  /** A second table (after a page break) from this step on; with or without the header. */
  continueAfter?: number;
  continuationHeader?: boolean;
  /** A row 1 | 2 | 3 ... numbering the columns under the header. */
  columnNumbers?: boolean;
  /** Multi-item activities as a table nested in the cell (Word) or lines in one cell (Excel, text). */
  nestedLists?: boolean;
}

export interface Case {
  file: string;
  /** Which observed problem, or which office habit, the case stands for. */
  about: string;
  format: 'docx' | 'xlsx' | 'txt-utf8' | 'txt-utf16' | 'txt-1252';
  layout: Layout;
  flow: Flow;
  identity?: Identity;
  /** The draft's expected fields beyond pelaksana and langkah (taken from flow). */
  expected: { id: string; data: Record<string, unknown>; todos: string[] };
}

const merged: Layout = { header: 'merged', mark: '√' };

export const CASES: Case[] = [
  {
    file: 'w01-pelaksana-digabung.docx',
    about: 'merged "Pelaksana" over the five actors, names on row 2',
    format: 'docx',
    layout: merged,
    flow: seedFlow('W01'),
    expected: seedExpected('W01'),
  },
  {
    file: 'w02-penomoran-otomatis.docx',
    about: 'Word automatic numbering in the No column',
    format: 'docx',
    layout: { ...merged, autoNumber: true, mark: '✓' },
    flow: seedFlow('W02'),
    expected: seedExpected('W02'),
  },
  {
    file: 'w03-judul-berulang.docx',
    about: 'the header repeated inside the table',
    format: 'docx',
    layout: { ...merged, repeatHeaderAfter: 6, mark: 'v' },
    flow: seedFlow('W03'),
    expected: seedExpected('W03'),
  },
  {
    file: 'w04-tabel-bersambung.docx',
    about: 'continued in a second table after a page break, header repeated',
    format: 'docx',
    layout: { ...merged, continueAfter: 6, continuationHeader: true, mark: '●' },
    flow: seedFlow('W04'),
    expected: seedExpected('W04'),
  },
  {
    file: 'w05-bersambung-penomoran.docx',
    about: 'continued without header, Word numbering running on',
    format: 'docx',
    layout: { ...merged, continueAfter: 5, continuationHeader: false, autoNumber: true, mark: 'X', filler: '-' },
    flow: seedFlow('W05'),
    expected: seedExpected('W05'),
  },
  {
    file: 'w06-aktivitas-dahulu.docx',
    about: 'header order Aktivitas | No | ...',
    format: 'docx',
    layout: { header: 'single', order: 'aktivitas-first', mark: '√' },
    flow: seedFlow('W06'),
    expected: seedExpected('W06'),
  },
  {
    file: 'w07-mutu-tanpa-subjudul.docx',
    about: '"Mutu Baku" without its sub-header row',
    format: 'docx',
    layout: { header: 'mutu-no-sub', mark: '√' },
    flow: seedFlow('W07'),
    expected: seedExpected('W07'),
  },
  {
    file: 'w08-tanda-x-isian.docx',
    about: 'an X mark with "-" in the other actor cells',
    format: 'docx',
    layout: { ...merged, mark: 'X', filler: '-' },
    flow: seedFlow('W08'),
    expected: seedExpected('W08'),
  },
  {
    file: 'w09-tabel-bersarang.docx',
    about: 'a nested table in Aktivitas',
    format: 'docx',
    layout: { ...merged, nestedLists: true },
    flow: seedFlow('W09'),
    expected: seedExpected('W09'),
  },
  {
    file: 'w10-nomor-kolom.docx',
    about: 'a row numbering the columns under the header',
    format: 'docx',
    layout: { ...merged, columnNumbers: true },
    flow: seedFlow('W10'),
    expected: seedExpected('W10'),
  },
  {
    file: 'w11-tanpa-tanda.docx',
    about: 'no typed marks (the symbols were drawn, and drawings are not read): every lane a TODO',
    format: 'docx',
    layout: { header: 'names-top' },
    flow: seedFlow('W11', Array(11).fill(null)),
    expected: seedExpected(
      'W11',
      Array.from({ length: 11 }, (_, i) => `langkah no ${i + 1} > pelaksana`),
    ),
  },
  {
    file: 'w12-identitas-dan-bagan.docx',
    about: 'identity page and flowchart of one SOP; header words Nomor, Uraian Kegiatan, Durasi, Hasil, Keterangan',
    format: 'docx',
    layout: {
      ...merged,
      labels: {
        no: 'Nomor',
        aktivitas: 'Uraian Kegiatan',
        kelengkapan: 'Kelengkapan',
        durasi: 'Durasi',
        output: 'Hasil',
        keterangan: 'Keterangan',
      },
      nestedLists: true,
    },
    flow: tamuFlow('W12'),
    identity: tamuIdentity('W12'),
    expected: tamuExpected('W12'),
  },
  {
    file: 'w13-kolom-pelaksana-teks.docx',
    about: 'one "Pelaksana" column with the actor named on each row',
    format: 'docx',
    layout: { header: 'pelaksana-text' },
    flow: ruangFlow,
    expected: ruangExpected,
  },
  {
    file: 'x01-pelaksana-digabung.xlsx',
    about: 'Excel: title row and merged header cells',
    format: 'xlsx',
    layout: merged,
    flow: seedFlow('X01'),
    expected: seedExpected('X01'),
  },
  {
    file: 'x02-identitas-lembar.xlsx',
    about: 'Excel: identity page and flowchart on two sheets, a date typed as a date',
    format: 'xlsx',
    layout: { ...merged, labels: { output: 'Output/Hasil' }, nestedLists: true },
    flow: tamuFlow('X02'),
    identity: tamuIdentity('X02'),
    expected: tamuExpected('X02'),
  },
  {
    file: 'x03-mutu-tanpa-subjudul.xlsx',
    about: 'Excel: Mutu Baku without sub-header, X marks with "-" filler, lines in one cell',
    format: 'xlsx',
    layout: { header: 'mutu-no-sub', mark: 'X', filler: '-', nestedLists: true },
    flow: seedFlow('X03'),
    expected: seedExpected('X03'),
  },
  {
    file: 't01-sel-berkutip.txt',
    about: 'text: Excel-quoted multi-line cells and doubled quotes',
    format: 'txt-utf8',
    layout: { ...merged, nestedLists: true },
    flow: {
      ...seedFlow('T01'),
      steps: seedFlow('T01').steps.map((step) => (step.no === 1 ? { ...step, keterangan: 'Disposisi bertanda "segera"' } : step)),
    },
    expected: seedExpected('T01'),
  },
  {
    file: 't02-unicode-text.txt',
    about: 'text: UTF-16 with BOM (Excel "Unicode Text"), CRLF, ✓ marks',
    format: 'txt-utf16',
    layout: { ...merged, mark: '✓', nestedLists: true },
    flow: seedFlow('T02'),
    expected: seedExpected('T02'),
  },
  {
    file: 't03-windows-1252.txt',
    about: 'text: Windows-1252 with curly quotes and dashes',
    format: 'txt-1252',
    layout: { header: 'names-top', mark: 'v' },
    flow: {
      ...tamuFlow('T03'),
      steps: tamuFlow('T03').steps.map((step) => (step.no === 3 ? { ...step, keterangan: '“Bila berhalangan” – diwakilkan' } : step)),
    },
    identity: tamuIdentity('T03'),
    expected: tamuExpected('T03'),
  },
  {
    file: 't04-urutan-kolom.txt',
    about: 'text: header order Aktivitas | No | ...',
    format: 'txt-utf8',
    layout: {
      header: 'single',
      order: 'aktivitas-first',
      mark: 'x',
      labels: { durasi: 'Waktu/Durasi', output: 'Output', keterangan: 'Ket.' },
    },
    flow: seedFlow('T04'),
    expected: seedExpected('T04'),
  },
  {
    file: 't05-mutu-tanpa-subjudul.txt',
    about: 'text: Mutu Baku without sub-header, ● marks',
    format: 'txt-utf8',
    layout: { header: 'mutu-no-sub', mark: '●', filler: '-' },
    flow: seedFlow('T05'),
    expected: seedExpected('T05'),
  },
];

/** The draft a case must give: its expected fields, then pelaksana and langkah from the flow. */
export function expectedDraft(item: Case) {
  const { flow } = item;
  const pelaksana =
    item.layout.header === 'pelaksana-text' ? [...new Set(flow.steps.map((step) => flow.actors[step.lane ?? -1]))] : flow.actors;
  return {
    file: item.file,
    about: item.about,
    id: item.expected.id,
    data: {
      ...item.expected.data,
      pelaksana,
      langkah: flow.steps.map((step) => ({
        no: step.no,
        jenis: step.jenis,
        aktivitas: step.aktivitas,
        pelaksana: step.lane === null ? 'TODO' : flow.actors[step.lane],
        mutuBaku: { kelengkapan: step.kelengkapan, durasi: step.durasi, output: step.output },
        ...(step.keterangan ? { keterangan: step.keterangan } : {}),
      })),
    },
    todos: item.expected.todos,
  };
}

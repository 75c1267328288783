/**
 * A Word document in the Permenpan layout, built here from the seed, converts to the same drafts as the seed's text
 * form; marks typed in the pelaksana columns are read; a file that is not a .docx is refused with a clear message.
 */
import path from 'node:path';
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { type ImportContext, importSop } from '../../src/authoring/import-sop.ts';
import { readDocx } from '../../src/authoring/read-docx.ts';
import { readTabSeparated } from '../../src/authoring/read-text.ts';
import { ImportError } from '../../src/authoring/source-document.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { permenpanDocx } from './support/permenpan-docx.ts';
import { seedSteps, seedText } from './support/seed.ts';

const { catalog } = await checkContent(path.resolve('content'), path.resolve('.'));
const context: ImportContext = {
  instansi: catalog.instansi,
  regulasi: catalog.regulasi,
  sop: catalog.sops.map((sop) => ({ id: sop.id, nomor: sop.data.nomor })),
};

/** What a draft says, without where in the source each note came from. */
const essence = (result: ReturnType<typeof importSop>) =>
  result.sop.map((draft) => ({
    id: draft.id,
    data: draft.data,
    todos: draft.notes.filter((note) => note.todo).map((note) => note.path),
  }));

describe('a .docx in the Permenpan layout', { timeout: 60_000 }, () => {
  it('converts to the same drafts as the text form: steps, durations, outputs, legal bases, TODOs', async () => {
    const fromDocx = importSop(await readDocx('sop.docx', await permenpanDocx()), context);
    const fromText = importSop(readTabSeparated('sop.txt', seedText), context);
    expect(essence(fromDocx)).toEqual(essence(fromText));

    const [cascading, perjanjian] = fromDocx.sop;
    const steps = cascading?.data.langkah as Array<{ no: number; mutuBaku: { durasi: string; output: string } }>;
    expect(steps.map((step) => step.no)).toEqual(seedSteps.map((row) => Number(row[0])));
    expect(steps.map((step) => step.mutuBaku.durasi)).toEqual(seedSteps.map((row) => row[8]));
    expect(steps.map((step) => step.mutuBaku.output)).toEqual(seedSteps.map((row) => row[9]));
    expect(perjanjian?.data.dasarHukum).toEqual([
      'permen-panrb-53-2014',
      'pergub-jabar-9-2013',
      'pergub-jabar-62-2016',
      'kepgub-jabar-061-1-kep-201-org-2020',
    ]);
    expect(perjanjian?.data).toMatchObject({ nomor: '62/46/SEKRT/2023', instansi: 'dpmptsp-jabar', unit: 'Sekretariat' });
    expect(fromDocx.catatan.find((line) => line.startsWith('Berkas memuat dua dokumen'))).toMatch(
      /\(tabel 1 baris 1\).*\(tabel 2 baris 1\)/,
    );
  });

  it('reads the pelaksana from marks typed in the actor columns', async () => {
    const marks = [0, 2, 2, 3, 2, 1, 4, 2, 1, 0, 2];
    const result = importSop(await readDocx('sop.docx', await permenpanDocx({ marks })), context);
    const cascading = result.sop[0];
    if (!cascading) throw new Error('no draft');
    const actors = cascading.data.pelaksana as string[];
    expect((cascading.data.langkah as Array<{ pelaksana: string }>).map((step) => step.pelaksana)).toEqual(marks.map((i) => actors[i]));
    expect(cascading.notes.filter((note) => note.todo).map((note) => note.path)).toEqual([['langkah', 6, 'jenis']]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /^berkas kosong; diharapkan dokumen Word \.docx/],
    [
      'a file that is not a .docx',
      Buffer.from('bukan dokumen Word, hanya teks'),
      /^berkas tidak dapat dibaca sebagai dokumen Word \.docx \(.+\); diharapkan/,
    ],
  ])('refuses %s', async (_, buffer, message) => {
    await expect(readDocx('rusak.docx', buffer)).rejects.toThrow(ImportError);
    await expect(readDocx('rusak.docx', buffer)).rejects.toThrow(message);
  });

  it('reads Word numbering in the No column as Word shows it: its start, its format, and lists with text left as lists', async () => {
    const cell = (children: Paragraph[]) => new TableCell({ children });
    const text = (value: string) => cell([new Paragraph(value)]);
    const row = (no: Paragraph, aktivitas: Paragraph[], mark: string) =>
      new TableRow({ children: [cell([no]), cell(aktivitas), text(mark), text(''), text('Berkas'), text('5 menit'), text('Hasil')] });
    const nomor = () => new Paragraph({ numbering: { reference: 'nomor', level: 0 } });
    const butir = (value: string) => new Paragraph({ text: value, numbering: { reference: 'butir', level: 0 } });
    const document = new Document({
      numbering: {
        config: [
          // "5)", "6)", ...: a flowchart continuing an earlier one, numbered with a bracket.
          { reference: 'nomor', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', start: 5 }] },
          { reference: 'butir', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.' }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('SOP UJI PENOMORAN'),
            new Table({
              rows: [
                new TableRow({ children: ['No', 'Aktivitas', 'Petugas', 'Kepala Seksi', 'Kelengkapan', 'Waktu', 'Output'].map(text) }),
                row(nomor(), [new Paragraph('Menerima berkas')], 'v'),
                row(nomor(), [butir('Memeriksa isi'), butir('Memeriksa tanda tangan')], ''),
                row(nomor(), [new Paragraph('Menyerahkan hasil')], 'v'),
              ],
            }),
          ],
        },
      ],
    });
    const result = importSop(await readDocx('penomoran.docx', await Packer.toBuffer(document)), {
      ...context,
      instansiId: 'dpmptsp-jabar',
    });
    const steps = result.sop[0]?.data.langkah as Array<{ no: number; aktivitas: unknown }>;
    expect(steps.map((step) => step.no)).toEqual([5, 6, 7]);
    expect(steps[1]?.aktivitas).toEqual(['Memeriksa isi', 'Memeriksa tanda tangan']);
  });
});

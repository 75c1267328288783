/**
 * Text exports as offices make them: Excel's quoting of cells with line breaks, tabs and quotes; "Unicode Text"
 * (UTF-16) and Windows-1252 found from the bytes, never shown as mojibake; a text that fits no encoding refused with
 * a message; and a flowchart continued after a blank line joined, while two different flowcharts are refused.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportContext, importSop } from '../../src/authoring/import-sop.ts';
import { readTabSeparated } from '../../src/authoring/read-text.ts';
import { ImportError } from '../../src/authoring/source-document.ts';
import { decodeText } from '../../src/authoring/text-encoding.ts';
import { checkContent } from '../../src/content-check/check.ts';

const { catalog } = await checkContent(path.resolve('content'), path.resolve('.'));
const context: ImportContext = { instansi: catalog.instansi, regulasi: catalog.regulasi, sop: [], instansiId: 'dpmptsp-jabar' };

describe('text encodings', () => {
  const text = 'Ket\t“Bila berhalangan” – diwakilkan\n';
  it.each([
    ['UTF-16LE with a byte order mark (Excel "Unicode Text")', Buffer.from(`\ufeff${text}`, 'utf16le'), 'UTF-16LE'],
    ['UTF-16LE without a mark', Buffer.from(text, 'utf16le'), 'UTF-16LE'],
    ['UTF-16BE with a mark', Buffer.from(`\ufeff${text}`, 'utf16le').swap16(), 'UTF-16BE'],
    ['UTF-8', Buffer.from(text, 'utf8'), 'UTF-8'],
    ['UTF-8 with a mark', Buffer.from(`\ufeff${text}`, 'utf8'), 'UTF-8'],
    [
      'Windows-1252',
      Buffer.from([...Buffer.from('Ket\t'), 0x93, ...Buffer.from('Bila berhalangan'), 0x94, 0x20, 0x96, ...Buffer.from(' diwakilkan\n')]),
      'Windows-1252',
    ],
  ])('%s is read as written', (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replace(/^\uFEFF/, '')).toBe(text);
    expect(decoded.text).not.toMatch(/â€|Ã|\uFFFD/);
  });

  it('refuses bytes that are no UTF-8, UTF-16 or Windows-1252, saying what is expected', () => {
    const bytes = Buffer.from([...Buffer.from('No\tAktivitas\n1\t'), 0x81, 0x8d, ...Buffer.from('x\n')]);
    expect(() => decodeText(bytes)).toThrow(ImportError);
    expect(() => decodeText(bytes)).toThrow(
      /^pengodean teks tidak dikenali \(byte 0x81 pada posisi 15\); diharapkan UTF-8, UTF-16 \("Unicode Text" dari Excel\) atau Windows-1252/,
    );
  });
});

describe('Excel quoting', () => {
  it('reads a quoted cell with line breaks, a tab and doubled quotes as one cell, and counts lines right after it', () => {
    const source = readTabSeparated('kutip.txt', 'A\t"baris satu\nbaris ""dua""\tmasih sel"\tC\nD\tE\tF\n');
    const [table] = source.blocks;
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.cells.map((cell) => cell.paragraphs))).toEqual([
      [['A'], ['baris satu', 'baris "dua" masih sel'], ['C']],
      [['D'], ['E'], ['F']],
    ]);
    expect(table.rows.map((row) => row.lokasi)).toEqual(['baris 1', 'baris 3']);
  });

  it('leaves a quote that does not open an Excel-quoted cell as written', () => {
    const source = readTabSeparated('kutip.txt', '"Mutu" baku\tB\n"tanpa penutup\tC\n');
    const [table] = source.blocks;
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.cells.map((cell) => cell.paragraphs[0]))).toEqual([
      ['"Mutu" baku', 'B'],
      ['"tanpa penutup', 'C'],
    ]);
  });
});

describe('flowcharts over more than one table', () => {
  const header = 'No\tAktivitas\tPetugas\tKepala Seksi\tKelengkapan\tWaktu\tOutput';
  const rows = (from: number, to: number) =>
    Array.from(
      { length: to - from + 1 },
      (_, i) => `${from + i}\tLangkah ${from + i}\t${i % 2 ? '' : 'v'}\t${i % 2 ? 'v' : ''}\tBerkas\t5 menit\tHasil`,
    );

  it('joins a table continued after a blank line, with or without the header again', () => {
    for (const again of [[header], []]) {
      const text = ['SOP UJI SAMBUNG', header, ...rows(1, 3), '', ...again, ...rows(4, 5)].join('\n');
      const result = importSop(readTabSeparated('sambung.txt', text), context);
      const steps = result.sop[0]?.data.langkah as Array<{ no: number; pelaksana: string }>;
      expect(steps.map((step) => step.no)).toEqual([1, 2, 3, 4, 5]);
      expect(steps.map((step) => step.pelaksana)).toEqual(['Petugas', 'Kepala Seksi', 'Petugas', 'Petugas', 'Kepala Seksi']);
      expect(result.catatan.some((line) => /bersambung di baris \d+/.test(line))).toBe(true);
    }
  });

  it('refuses two flowcharts with different columns, naming both', () => {
    const other = 'No\tAktivitas\tSekretaris\tKelengkapan\tWaktu\tOutput';
    const text = [header, ...rows(1, 2), '', other, '3\tLain\tv\tB\t5 menit\tH', '4\tLain\tv\tB\t5 menit\tH'].join('\n');
    expect(() => importSop(readTabSeparated('dua.txt', text), context)).toThrow(
      /^berkas memuat 2 tabel bagan alir dengan judul kolom atau judul SOP yang berbeda \(baris 1, baris 5\); diharapkan satu SOP per berkas/,
    );
  });
});

describe('"Mutu Baku" without its sub-header', () => {
  const header = 'SOP UJI MUTU BAKU\nNo\tAktivitas\tPetugas\tMutu Baku\t\t';
  it('reads the columns by their content and the Permenpan order, and says so', () => {
    const text = [
      header,
      '1\tMenerima berkas\tv\tBerkas\t5 menit\tBerkas diterima',
      '2\tMemeriksa berkas\tv\tBerkas\t1 jam\tHasil periksa',
    ].join('\n');
    const draft = importSop(readTabSeparated('mutu.txt', text), context).sop[0];
    expect(((draft?.data.langkah ?? []) as Array<{ mutuBaku: unknown }>).map((step) => step.mutuBaku)).toEqual([
      { kelengkapan: 'Berkas', durasi: '5 menit', output: 'Berkas diterima' },
      { kelengkapan: 'Berkas', durasi: '1 jam', output: 'Hasil periksa' },
    ]);
    expect(draft?.notes.find((note) => note.path.join('.') === 'langkah')?.text).toBe(
      'Kolom di bawah "Mutu Baku" tanpa judul; dibaca menurut isinya dan urutan Permenpan RB 35/2012: Persyaratan/Kelengkapan, Waktu, Output.',
    );
  });

  it('marks every filled mutu baku TODO, with the cells and their row, when the content does not tell which is which', () => {
    const text = [header, '1\tMenerima berkas\tv\tBerkas\tsegera\tBerkas diterima', '2\tMemeriksa berkas\tv\t\t\t'].join('\n');
    const draft = importSop(readTabSeparated('mutu.txt', text), context).sop[0];
    const steps = draft?.data.langkah as Array<{ mutuBaku: unknown }>;
    expect(steps[0]?.mutuBaku).toEqual({ kelengkapan: 'TODO', durasi: 'TODO', output: 'TODO' });
    expect(steps[1]?.mutuBaku).toEqual({ kelengkapan: null, durasi: null, output: null });
    const todos = draft?.notes.filter((note) => note.todo) ?? [];
    expect(todos.map((note) => note.path.join('.'))).toEqual([
      'langkah.0.mutuBaku.kelengkapan',
      'langkah.0.mutuBaku.durasi',
      'langkah.0.mutuBaku.output',
    ]);
    expect(todos[1]?.text).toBe(
      'TODO: kolom di bawah "Mutu Baku" tanpa judul (baris 3) berisi "Berkas", "segera", "Berkas diterima"; tidak dapat dipastikan mana Waktu. Tulis dari dokumen asli (atau null).',
    );
  });
});

describe('a duration column naming its unit', () => {
  it('"Waktu (menit)" with bare numbers gives durations in minutes, and says so', () => {
    const text = [
      'SOP UJI SATUAN',
      'No\tAktivitas\tPetugas\tKelengkapan\tWaktu (menit)\tOutput',
      '1\tMenerima\tv\tBerkas\t30\tDiterima',
      '2\tMencatat\tv\tBuku\t1 jam\tTercatat',
    ].join('\n');
    const draft = importSop(readTabSeparated('satuan.txt', text), context).sop[0];
    expect(draft?.data.pelaksana).toEqual(['Petugas']);
    expect(((draft?.data.langkah ?? []) as Array<{ mutuBaku: { durasi: unknown } }>).map((step) => step.mutuBaku.durasi)).toEqual([
      '30 menit',
      '1 jam',
    ]);
    expect(draft?.notes.map((note) => note.text)).toContain(
      'Judul kolom waktu menyebut satuannya: angka tanpa satuan ditulis dalam menit ("30" menjadi "30 menit").',
    );
  });
});

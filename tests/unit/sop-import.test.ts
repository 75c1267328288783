/**
 * Importing the real source document (tab-separated text): the draft keeps every step, activity, duration, output
 * and legal basis of the source, marks what the text cannot tell as TODO on the right lines, reports that the file
 * joins two SOPs, and passes the content check once the TODOs are filled.
 */
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { type DraftFile, regulasiDraftFile, sopDraftFile } from '../../src/authoring/draft-file.ts';
import { type ImportContext, type ImportResult, importSop } from '../../src/authoring/import-sop.ts';
import { readTabSeparated } from '../../src/authoring/read-text.ts';
import { ImportError } from '../../src/authoring/source-document.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { formatIssue } from '../../src/content-check/format.ts';
import { readSourceFile } from '../../src/content-check/source-file.ts';
import { parseDurasi } from '../../src/domain/durasi.ts';
import { regulasiSchema } from '../../src/schemas/regulasi.ts';
import { SEED_LANES, seedBoxes, seedHeader, seedSteps, seedText } from './support/seed.ts';

const { catalog } = await checkContent(path.resolve('content'), path.resolve('.'));
const siteContext: ImportContext = {
  instansi: catalog.instansi,
  regulasi: catalog.regulasi,
  sop: catalog.sops.map((sop) => ({ id: sop.id, nomor: sop.data.nomor })),
};

function filesOf(result: ImportResult): DraftFile[] {
  return [...result.sop.map((draft) => sopDraftFile(draft, ['Draf uji'])), ...result.regulasi.map((draft) => regulasiDraftFile(draft, []))];
}

/** The frontmatter of a draft file as the content check reads it. */
function dataOf(file: DraftFile): Record<string, unknown> {
  return readSourceFile(file.relativePath, 'draf', file.text, file.relativePath.endsWith('.mdx') ? 'mdx' : 'yaml').data as Record<
    string,
    unknown
  >;
}

const seed = importSop(readTabSeparated('sop-source.txt', seedText), siteContext);
const seedFiles = filesOf(seed);
const cascading = seedFiles.find((file) => file.relativePath === 'sop/penyusunan-cascading.mdx') as DraftFile;
const perjanjian = seedFiles.find((file) => file.relativePath === 'sop/penyusunan-perjanjian-kinerja-pk.mdx') as DraftFile;
type Step = {
  no: number;
  jenis: string;
  aktivitas: string | string[];
  pelaksana: string;
  mutuBaku: { kelengkapan: unknown; durasi: string; output: unknown };
};
const steps = () => dataOf(cascading).langkah as Step[];

describe('the seed text', () => {
  it('becomes two drafts, because the flowchart and the identity page belong to different SOPs, and says so', () => {
    expect(seedFiles.map((file) => file.relativePath)).toEqual([
      'sop/penyusunan-cascading.mdx',
      'sop/penyusunan-perjanjian-kinerja-pk.mdx',
    ]);
    const twoDocuments = seed.catatan.find((line) => line.startsWith('Berkas memuat dua dokumen'));
    expect(twoDocuments).toContain('"SOP PENYUSUNAN CASCADING"');
    expect(twoDocuments).toContain('"Penyusunan Perjanjian Kinerja (PK)"');
    expect(dataOf(cascading)).toMatchObject({ nama: 'Penyusunan Cascading', nomor: null, dasarHukum: null, instansi: 'dpmptsp-jabar' });
    expect(dataOf(perjanjian)).toMatchObject({ nama: 'Penyusunan Perjanjian Kinerja (PK)', pelaksana: null, langkah: null });
  });

  it('keeps every step with its activity, kelengkapan, duration and output as the source writes them', () => {
    expect(steps().map((step) => step.no)).toEqual(seedSteps.map((row) => Number(row[0])));
    expect(steps()).toHaveLength(11);
    expect(
      steps()
        .map((step) => parseDurasi(step.mutuBaku.durasi))
        .map((result) => result.ok && result.durasi.menit),
    ).toEqual([30, 180, 120, 900, 30, 180, 180, 120, 30, 30, 120]);
    steps().forEach((step, i) => {
      const row = seedSteps[i] as string[];
      expect(step.mutuBaku.durasi).toBe(row[8]);
      expect(step.mutuBaku.output).toBe(row[9]);
      expect(step.mutuBaku.kelengkapan).toBe(row[7]);
      if (i !== 1) expect(step.aktivitas).toBe(row[1]);
    });
    // Step 2 holds two dashed activities in one cell.
    expect(steps()[1]?.aktivitas).toEqual([
      'Melakukan pembahasan penyusunan Cascading',
      'Melakukan penyiapan data dan informasi yang dibutuhkan',
    ]);
    expect(steps().map((step) => step.jenis)).toEqual([
      'mulai',
      ...Array(5).fill('proses'),
      'TODO',
      'proses',
      'proses',
      'proses',
      'selesai',
    ]);
  });

  it('takes the pelaksana from the column headers and marks every step pelaksana TODO, on the lines it names', () => {
    expect(dataOf(cascading).pelaksana).toEqual(seedHeader.slice(2, 7));
    expect(steps().every((step) => step.pelaksana === 'TODO')).toBe(true);
    const lines = cascading.text.split('\n');
    expect(cascading.todos.map((todo) => todo.field)).toEqual([
      ...Array.from({ length: 6 }, (_, i) => `langkah no ${i + 1} > pelaksana`),
      'langkah no 7 > jenis',
      ...Array.from({ length: 4 }, (_, i) => `langkah no ${i + 7} > pelaksana`),
      'langkah no 11 > pelaksana',
    ]);
    for (const todo of cascading.todos) expect(lines[todo.line - 1]).toMatch(/^\s+(pelaksana|jenis): TODO$/);
    expect(cascading.todos.find((todo) => todo.field === 'langkah no 7 > jenis')?.pesan).toMatch(
      /langkah 8 berbunyi "apabila diperlukan".*keputusan/,
    );
  });

  it('cites the four legal bases of the identity page by the ids of the existing regulations, in order', () => {
    expect(dataOf(perjanjian).dasarHukum).toEqual([
      'permen-panrb-53-2014',
      'pergub-jabar-9-2013',
      'pergub-jabar-62-2016',
      'kepgub-jabar-061-1-kep-201-org-2020',
    ]);
    expect(seed.regulasi).toEqual([]);
  });

  it('drafts the four regulations from their citations when the site has none of them', () => {
    const result = importSop(readTabSeparated('sop-source.txt', seedText), { ...siteContext, regulasi: [] });
    const drafted = filesOf(result).filter((file) => file.relativePath.startsWith('regulasi/'));
    expect(drafted).toHaveLength(4);
    const parsed = drafted.map((file) => regulasiSchema.parse(dataOf(file)));
    const citations = seedBoxes()[0]?.values[0] ?? [];
    expect(citations).toHaveLength(4);
    // The hand-written entries in content/regulasi/ were made from the same citations: kind, number and year agree.
    const existing = catalog.regulasi;
    parsed.forEach((regulasi, i) => {
      const cited = existing.find((entry) => entry.id === (dataOf(perjanjian).dasarHukum as string[])[i]);
      expect(regulasi).toMatchObject({ jenis: cited?.data.jenis, nomor: cited?.data.nomor, tahun: cited?.data.tahun });
      expect(citations[i]).toContain(`tentang ${regulasi.tentang.slice(0, 15)}`);
    });
    expect(parsed[1]).toMatchObject({ penerbit: 'Gubernur Jawa Barat' });
    expect(parsed[2]?.tentang).toBe(
      'Tugas Pokok, Fungsi, Rincian Tugas Unit Dan Tata Kerja Dinas Penanaman Modal Dan Pelayanan Terpadu Satu Pintu',
    );
    expect(drafted.map((file) => file.relativePath)).toEqual([
      'regulasi/permen-panrb-53-2014.yaml',
      'regulasi/pergub-jawa-barat-9-2013.yaml',
      'regulasi/pergub-jawa-barat-62-2016.yaml',
      'regulasi/kepgub-jawa-barat-061-1-kep-201-org-2020.yaml',
    ]);
    for (const file of drafted) {
      expect(file.text).toMatch(/^# TODO: periksa jenis, nomor, tahun, penerbit dan judul/m);
      expect(file.todos).toHaveLength(1);
    }
    const citing = filesOf(result).find((file) => file.relativePath === perjanjian.relativePath) as DraftFile;
    expect(dataOf(citing).dasarHukum).toEqual(drafted.map((file) => path.basename(file.relativePath, '.yaml')));
  });

  it('reads the identity page: number, dates, unit from the number, lists split, empty cells null', () => {
    expect(dataOf(perjanjian)).toMatchObject({
      nomor: '62/46/SEKRT/2023',
      unit: 'Sekretariat',
      tanggalRevisi: null,
      disahkanOleh: null,
      kualifikasiPelaksana: [
        'Memahami penyusunan Cascading',
        'Memahami Penyusunan Renstra',
        'Memahami Penyusunan Renja',
        'Memahami Penyusunan Indikator Kinerja Utama',
        'Memahami penyusunan perencanaan dan pelaporan',
      ],
      keterkaitan: ['SOP Pengelolaan Naskah Surat Masuk/Keluar', 'SOP Peminjaman Ruang Rapat'],
      peringatan: 'Jika tidak disusun maka akan berdampak pada Akuntabilitas Kinerja Perangkat Daerah',
    });
    expect(dataOf(perjanjian).tanggalPembuatan).toEqual(new Date('2023-06-27'));
    expect(perjanjian.text).toContain('# Dokumen sumber menulis "62/ 46 /SEKRT/2023"');
    expect(perjanjian.todos).toEqual([]);
    expect(seed.catatan).toContain('Nomor SOP 62/46/SEKRT/2023 sudah dipakai oleh content/sop/penyusunan-perjanjian-kinerja.mdx.');
  });
});

describe('the drafts and the content check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lajur-import-'));
    // The site without the two SOPs the seed already became: the drafts take their place.
    await cp(path.resolve('content'), dir, {
      recursive: true,
      filter: (source) => !/penyusunan-(cascading|perjanjian-kinerja)\.mdx$/.test(source),
    });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function checkWith(files: Array<{ relativePath: string; text: string }>) {
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file.relativePath)), { recursive: true });
      await writeFile(path.join(dir, file.relativePath), file.text);
    }
    return checkContent(dir, dir);
  }

  const errorLines = (result: Awaited<ReturnType<typeof checkContent>>) =>
    result.issues.filter((issue) => issue.level === 'error').map((issue) => `${issue.file}:${issue.line}`);
  const todoLines = (filter: (field: string) => boolean) =>
    cascading.todos.filter((todo) => filter(todo.field)).map((todo) => `sop/penyusunan-cascading.mdx:${todo.line}`);

  it('fail while TODOs are open, on the TODO lines', async () => {
    // The check reports every TODO in one run: the undecided step kind and each undeclared pelaksana.
    expect(errorLines(await checkWith(seedFiles))).toEqual(todoLines(() => true));
    const kindDecided = cascading.text.replace(/^(\s+jenis:) TODO$/m, '$1 proses');
    const result = await checkWith([{ relativePath: cascading.relativePath, text: kindDecided }]);
    expect(errorLines(result)).toEqual(todoLines((field) => field.endsWith('pelaksana')));
    expect(result.issues.map(formatIssue).join('\n')).toMatch(
      /pelaksana "TODO" tidak ada dalam daftar pelaksana; diharapkan salah satu dari: Kepala Dinas/,
    );
  });

  it('pass once the TODOs are filled, step 7 as the decision the hint suggests', async () => {
    const doc = parseDocument(cascading.text.split('---\n')[1] ?? '');
    const actor = SEED_LANES;
    actor.forEach((nama, i) => {
      doc.setIn(['langkah', i, 'pelaksana'], nama);
    });
    doc.setIn(['langkah', 6, 'jenis'], 'keputusan');
    doc.setIn(
      ['langkah', 6, 'pilihan'],
      [
        { label: 'Sesuai', lanjutKe: 9 },
        { label: 'Perlu penyesuaian', lanjutKe: 8 },
      ],
    );
    doc.setIn(['langkah', 7, 'lanjutKe'], 9);
    const filled = `---\n${doc.toString({ lineWidth: 0 })}---\n`;
    expect(filled).not.toMatch(/:\s*TODO$/m);

    const result = await checkWith([{ relativePath: cascading.relativePath, text: filled }, perjanjian]);
    expect(result.issues.filter((issue) => issue.level === 'error').map(formatIssue)).toEqual([]);
    const sop = result.catalog.sopById.get('penyusunan-cascading');
    // Main path skips the optional step 8: the same total as the hand-written SOP.
    expect(sop?.flow?.totals.utama.menit).toBe(1800);
    expect(result.catalog.sopById.get('penyusunan-perjanjian-kinerja-pk')?.dasarHukum).toHaveLength(4);
  });
});

describe('malformed input', () => {
  const importText = (text: string) => () => importSop(readTabSeparated('rusak.txt', text), siteContext);
  const header = 'No\tAktivitas\tPetugas\tKepala Seksi\tKelengkapan\tWaktu\tOutput\tKet';

  it.each([
    ['an empty file', '  \n\n', /^berkas kosong; diharapkan teks bertab/],
    [
      'text without a table',
      'SOP PENERIMAAN BERKAS\nLangkah pertama menerima berkas.\n',
      /^tidak ada tabel dalam berkas; diharapkan tabel bagan alir/,
    ],
    ['a table without No', 'Kegiatan\tAktivitas\tPetugas\n1\tMenerima\t\n', /^tabel bagan alir tanpa kolom No atau Aktivitas/],
    [
      'a table that is no SOP',
      'Nama\tAlamat\nBudi\tBandung\n',
      /^tidak ada tabel bagan alir \(kolom No dan Aktivitas\) maupun halaman identitas/,
    ],
    [
      'a step without a number',
      `${header}\n1\tMenerima\t\t\tBerkas\t5 menit\tBerkas\t\nsatu\tMemeriksa\t\t\tBerkas\t5 menit\tHasil\t\n`,
      /^kolom No berisi "satu"; diharapkan nomor langkah/,
    ],
    [
      'no pelaksana columns',
      'No\tAktivitas\tKelengkapan\tWaktu\tOutput\n1\tA\tB\t5 menit\tC\n2\tD\tE\t5 menit\tF\n',
      /^tabel bagan alir tanpa kolom pelaksana/,
    ],
    ['no mutu baku columns', 'No\tAktivitas\tPetugas\n1\tA\t\n2\tB\t\n', /^tabel bagan alir tanpa kolom Mutu Baku/],
    [
      'a single step',
      `${header}\n1\tMenerima\t\t\tBerkas\t5 menit\tBerkas\t\n`,
      /memuat 1 baris langkah; diharapkan sedikitnya dua langkah/,
    ],
  ])('%s is refused with what was expected', (_, text, message) => {
    expect(importText(text)).toThrow(ImportError);
    expect(importText(text)).toThrow(message);
  });

  it('names the line of a bad row', () => {
    try {
      importText(`${header}\n1\tMenerima\t\t\tBerkas\t5 menit\tBerkas\t\n\tMemeriksa\t\t\tBerkas\t5 menit\tHasil\t\n`)();
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).lokasi).toBe('baris 3');
      expect((error as ImportError).message).toMatch(/^kolom No berisi kosong/);
    }
  });

  it('marks an unreadable duration and an unreadable citation TODO instead of failing or dropping them', () => {
    const text = [
      'Nomor SOP\tUJI/9/2024',
      'Nama SOP\tPenerimaan Berkas Uji',
      '',
      'DASAR HUKUM\tKUALIFIKASI PELAKSANA',
      '1. Peraturan Daerah Provinsi Contoh Nomor 1 Tahun 2020 tentang Contoh Peraturan untuk Pengujian2. Surat dari Kepala Dinas tanggal 5 Mei\tTeliti',
      '',
      header,
      '1\tMenerima berkas\t✓\t\tBerkas\t5 menit\tBerkas diterima\t',
      '2\tMemeriksa berkas\t\t✓\tBerkas\tsebentar\tHasil periksa\t',
      '3\tMenyerahkan hasil\t✓\t\tHasil periksa\t1 jam\tTanda terima\t',
    ].join('\n');
    const result = importSop(readTabSeparated('uji.txt', text), { ...siteContext, instansiId: 'dpmptsp-jabar' });
    const [file] = filesOf(result);
    const data = dataOf(file as DraftFile);
    // One document: the flowchart has no title of its own.
    expect(result.sop).toHaveLength(1);
    expect(data.pelaksana).toEqual(['Petugas', 'Kepala Seksi']);
    // Typed marks in the actor columns are read: no pelaksana TODO.
    expect((data.langkah as Step[]).map((step) => step.pelaksana)).toEqual(['Petugas', 'Kepala Seksi', 'Petugas']);
    expect((data.langkah as Step[])[1]?.mutuBaku.durasi).toBe('TODO');
    expect(data.dasarHukum).toEqual(['perda-provinsi-contoh-1-2020', 'TODO']);
    expect(file?.todos.map((todo) => todo.field)).toEqual(['dasarHukum butir 2', 'langkah no 2 > mutuBaku > durasi']);
    expect(file?.todos[0]?.pesan).toMatch(/^TODO: dasar hukum butir 2 tidak dapat dibaca: "Surat dari Kepala Dinas tanggal 5 Mei"/);
    expect(file?.todos[1]?.pesan).toMatch(/^TODO: waktu langkah 2 tertulis "sebentar" \(baris 9\) dan tidak dapat dibaca/);
    expect(result.catatan).toContain('Dasar hukum butir 2 tidak dapat dibaca dan ditandai TODO: "Surat dari Kepala Dinas tanggal 5 Mei"');
  });
});

describe('layout variants', () => {
  it('finds the flowchart title in a merged first row and the identity values after a colon column', () => {
    const text = [
      'Nomor SOP\t:\tUJI/7/2024',
      'Nama SOP\t:\tPenerimaan Tamu',
      'Disahkan oleh\t:\tKepala Dinas<br>Budi Santoso<br>NIP. 19700101 199003 1 001',
      '',
      'SOP PENERIMAAN TAMU\t\t\t\t\t\t',
      'No\tKegiatan\tResepsionis\tKepala Bagian\tKelengkapan\tWaktu\tOutput',
      '1\tMenerima tamu\t\t\tBuku tamu\t5 menit\tTamu tercatat',
      '2\tMenyerahkan tanda pengenal\t\t\tTanda pengenal\t2 menit\tTanda pengenal diterima',
    ].join('\n');
    const result = importSop(readTabSeparated('tamu.txt', text), { ...siteContext, instansiId: 'dpmptsp-jabar' });
    // The titles agree: one SOP with both the identity page and the flowchart.
    expect(result.sop).toHaveLength(1);
    expect(result.sop[0]?.data).toMatchObject({
      nomor: 'UJI/7/2024',
      nama: 'Penerimaan Tamu',
      disahkanOleh: { jabatan: 'Kepala Dinas', nama: 'Budi Santoso', nip: '197001011990031001' },
      pelaksana: ['Resepsionis', 'Kepala Bagian'],
    });
  });
});

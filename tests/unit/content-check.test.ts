/**
 * Every broken-content fixture fails the check with a message that names the file, the field, what was found and
 * what was expected. The fixtures live in tests/fixtures/broken/<collection>/; each is checked on its own beside
 * the valid base content in tests/fixtures/content-base/.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/content-check/check.ts';
import { formatIssue } from '../../src/content-check/format.ts';
import { BROKEN_CASES } from './support/content-cases.ts';

const fixtures = path.resolve('tests/fixtures');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function checkWith(collection: string, file: string): Promise<{ result: CheckResult; lines: string[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-check-'));
  temporary.push(dir);
  await cp(path.join(fixtures, 'content-base'), dir, { recursive: true });
  await cp(path.join(fixtures, 'broken', collection, file), path.join(dir, collection, file));
  const result = await checkContent(dir, dir);
  return { result, lines: result.issues.filter((issue) => issue.level === 'error').map(formatIssue) };
}

/** fixture -> the one error line expected: file:line, field, and the words that carry found/expected. */
const cases: Array<[collection: string, file: string, expected: RegExp]> = [
  [
    'istilah',
    'singkatan-berspasi.yaml',
    /^istilah\/singkatan-berspasi\.yaml:4 istilah butir 2 > singkatan: ditemukan "Indikator Kinerja"; diharapkan satu kata tanpa spasi, misalnya "PK"$/,
  ],
  ['sop', 'field-missing.mdx', /^sop\/field-missing\.mdx:3 nama: kolom wajib tidak ditulis; diharapkan teks$/],
  [
    'sop',
    'field-malformed-date.mdx',
    /^sop\/field-malformed-date\.mdx:9 tanggalBerlaku: ditemukan "31 Juni 2024"; diharapkan tanggal seperti 2023-06-27/,
  ],
  [
    'sop',
    'actor-undeclared.mdx',
    /^sop\/actor-undeclared\.mdx:30 langkah no 2 > pelaksana: pelaksana "Kepala Bidang" tidak ada dalam daftar pelaksana; diharapkan salah satu dari: Petugas, Kepala Seksi$/,
  ],
  [
    'sop',
    'step-number-duplicate.mdx',
    /^sop\/step-number-duplicate\.mdx:27 langkah no 1 > no: nomor langkah 1 dipakai dua kali .*diharapkan nomor yang unik$/,
  ],
  [
    'sop',
    'regulation-missing.mdx',
    /^sop\/regulation-missing\.mdx:14 dasarHukum butir 1: peraturan "pergub-tidak-ada-9-2099" tidak ada di content\/regulasi\/; diharapkan salah satu dari: perda-uji-1-2020$/,
  ],
  [
    'sop',
    'related-sop-missing.mdx',
    /^sop\/related-sop-missing\.mdx:16 keterkaitan butir 1 > sop: SOP "sop-tidak-ada" tidak ada di content\/sop\/; diharapkan salah satu dari: prosedur-uji/,
  ],
  [
    'sop',
    'step-target-missing.mdx',
    /^sop\/step-target-missing\.mdx:34 langkah no 2 > pilihan butir 1 > lanjutKe: langkah 99 tidak ada; diharapkan salah satu nomor langkah yang ada \(1, 2, 3\)$/,
  ],
  [
    'sop',
    'flow-no-start.mdx',
    /^sop\/flow-no-start\.mdx:21 langkah: tidak ada langkah dengan jenis "mulai"; diharapkan tepat satu langkah awal/,
  ],
  [
    'sop',
    'flow-no-end.mdx',
    /^sop\/flow-no-end\.mdx:21 langkah: tidak ada langkah dengan jenis "selesai"; diharapkan sedikitnya satu langkah akhir/,
  ],
  ['sop', 'step-unreachable.mdx', /^sop\/step-unreachable\.mdx:42 langkah no 4: langkah 4 tidak dapat dicapai dari langkah mulai \(1\)/],
  [
    'sop',
    'decision-one-outcome.mdx',
    /^sop\/decision-one-outcome\.mdx:32 langkah no 2 > pilihan: langkah keputusan 2 memiliki 1 pilihan; diharapkan tepat dua pilihan berlabel/,
  ],
  [
    'sop',
    'decision-unlabelled.mdx',
    /^sop\/decision-unlabelled\.mdx:35 langkah no 2 > pilihan butir 2 > label: ditemukan ""; teks kosong; diharapkan isian/,
  ],
  [
    'sop',
    'duration-unparseable.mdx',
    /^sop\/duration-unparseable\.mdx:31 langkah no 2 > mutuBaku > durasi: durasi "sebentar saja" tidak dapat dibaca; diharapkan angka dengan satuan/,
  ],
  ['sop', 'yaml-syntax.mdx', /^sop\/yaml-syntax\.mdx:18 \(berkas\): YAML tidak valid: tanda petik dibuka tetapi tidak ditutup/],
  [
    'sop',
    'office-missing.mdx',
    /^sop\/office-missing\.mdx:5 instansi: instansi "dinas-tidak-ada" tidak ada di content\/instansi\/; diharapkan salah satu dari: instansi-uji$/,
  ],
  [
    'regulasi',
    'regulation-kind-unknown.yaml',
    /^regulasi\/regulation-kind-unknown\.yaml:2 jenis: ditemukan "Pergubb"; diharapkan salah satu dari: UU, .*Pergub/,
  ],
  [
    'regulasi',
    'regulation-year-text.yaml',
    /^regulasi\/regulation-year-text\.yaml:4 tahun: ditemukan "dua ribu"; diharapkan tahun berupa angka/,
  ],
];

describe('broken content', () => {
  it.each(cases)('%s/%s fails with file, line, field and expectation', async (collection, file, expected) => {
    const { result, lines } = await checkWith(collection, file);
    expect(lines).toEqual([expect.stringMatching(expected)]);
    expect(result.errorCount).toBe(1);
  });

  it('suggests the field an unknown key was probably meant to be', async () => {
    const { lines } = await checkWith('sop', 'field-unknown.mdx');
    expect(lines).toEqual([
      'sop/field-unknown.mdx:3 tanggalBerlaku: kolom wajib tidak ditulis; diharapkan tanggal seperti 2023-06-27 atau "27 Juni 2023" (tulis null bila belum tercatat)',
      expect.stringMatching(
        /^sop\/field-unknown\.mdx:9 tanggalBerlak: kolom "tanggalBerlak" tidak dikenal; mungkin maksudnya "tanggalBerlaku"\?/,
      ),
    ]);
  });

  it('names every step that cannot reach an end', async () => {
    const { lines } = await checkWith('sop', 'step-cannot-finish.mdx');
    expect(lines).toEqual([
      expect.stringMatching(/:42 langkah no 4: dari langkah 4 tidak ada jalan menuju langkah selesai/),
      expect.stringMatching(/:48 langkah no 5: dari langkah 5 tidak ada jalan menuju langkah selesai/),
    ]);
  });

  it('covers every fixture in the folder', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = [
      ...(await readdir(path.join(fixtures, 'broken/sop'))).map((file) => `sop/${file}`),
      ...(await readdir(path.join(fixtures, 'broken/regulasi'))).map((file) => `regulasi/${file}`),
      ...(await readdir(path.join(fixtures, 'broken/instansi'))).map((file) => `instansi/${file}`),
      ...(await readdir(path.join(fixtures, 'broken/istilah'))).map((file) => `istilah/${file}`),
    ];
    const tested = new Set([
      ...cases.map(([collection, file]) => `${collection}/${file}`),
      ...BROKEN_CASES.map(([fixture]) => fixture),
      'sop/field-unknown.mdx',
      'sop/step-cannot-finish.mdx',
    ]);
    expect(files.filter((file) => !tested.has(file))).toEqual([]);
  });
});

describe('the real content', () => {
  it('passes, with the related SOPs that are not on the site listed as warnings', async () => {
    const result = await checkContent(path.resolve('content'), path.resolve('.'));
    expect(result.errorCount).toBe(0);
    // Two SOPs, four regulations, the office, the acronym list (istilah) and the 2026 holidays (libur).
    expect(result.fileCount).toBe(9);
    expect(result.issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^content\/sop\/penyusunan-perjanjian-kinerja\.mdx:25 keterkaitan butir 1: peringatan: SOP terkait "SOP Pengelolaan Naskah Surat Masuk\/Keluar" belum tersedia/,
      ),
      expect.stringMatching(
        /^content\/sop\/penyusunan-perjanjian-kinerja\.mdx:26 keterkaitan butir 2: peringatan: SOP terkait "SOP Peminjaman Ruang Rapat" belum tersedia/,
      ),
    ]);
  });
});

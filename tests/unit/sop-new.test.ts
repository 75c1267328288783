/**
 * `npm run sop:new` with flags, as a script or an editor task runs it: the skeleton has every field, each with its
 * documentation above it, carries the answers, and passes the content check as written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldComment } from '../../src/authoring/field-docs.ts';
import { AnswerError, checkAnswers, splitNames } from '../../src/authoring/new-sop.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { formatIssue } from '../../src/content-check/format.ts';
import { readSourceFile } from '../../src/content-check/source-file.ts';
import { sopFields } from '../../src/schemas/sop.ts';

const run = promisify(execFile);
/** Each case starts Node processes; on a machine busy with browser tests one can take seconds. */
const SPAWN_TIMEOUT = 60_000;
const script = path.resolve('scripts/sop-new.ts');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lajur-new-'));
  await cp(path.resolve('tests/fixtures/content-base'), path.join(dir, 'content'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function sopNew(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sop:new', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a documented skeleton with every field that passes the check at once', async () => {
    const { code, stdout } = await sopNew(
      '--nama',
      'Penerimaan Surat Masuk',
      '--nomor',
      'UJI/99/2024',
      '--unit',
      'Bagian Uji',
      '--pelaksana',
      'Petugas Arsip, Kepala Bagian',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ditulis content\/sop\/penerimaan-surat-masuk\.mdx\./);
    const text = await readFile(path.join(dir, 'content/sop/penerimaan-surat-masuk.mdx'), 'utf8');

    const data = readSourceFile('x.mdx', 'x', text, 'mdx').data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(Object.keys(sopFields));
    expect(data).toMatchObject({
      nomor: 'UJI/99/2024',
      nama: 'Penerimaan Surat Masuk',
      // The only office in the folder is taken without asking.
      instansi: 'instansi-uji',
      unit: 'Bagian Uji',
      pelaksana: ['Petugas Arsip', 'Kepala Bagian'],
      tanggalBerlaku: null,
      langkah: null,
    });
    const lines = text.split('\n');
    for (const key of Object.keys(sopFields) as Array<keyof typeof sopFields>) {
      const doc = fieldComment(sopFields[key]);
      expect(doc.length, `${key} has no documentation`).toBeGreaterThan(0);
      // The comment block right above the field (blank lines allowed) holds its documentation.
      let top = lines.findIndex((line) => line.startsWith(`${key}:`));
      while (top > 0 && /^(#|$)/.test(lines[top - 1] ?? '')) top--;
      const block = lines.slice(
        top,
        lines.findIndex((line) => line.startsWith(`${key}:`)),
      );
      expect(block, `${key} is not documented above`).toContain(`# ${doc[0]}`);
    }

    const result = await checkContent(path.join(dir, 'content'), dir);
    expect(result.issues.filter((issue) => issue.level === 'error').map(formatIssue)).toEqual([]);
  });

  it('gives a commented example of steps that passes the check once uncommented', async () => {
    await sopNew('--nama', 'Contoh Langkah', '--pelaksana', 'Petugas');
    const file = path.join(dir, 'content/sop/contoh-langkah.mdx');
    const text = await readFile(file, 'utf8');
    const uncommented = text
      .replace(/^langkah: null\n/m, '')
      .replace(/^# (langkah:| {2}.*)$/gm, '$1')
      .replace(/^#\s*(?=\s{2})/gm, '');
    const data = readSourceFile('x.mdx', 'x', uncommented, 'mdx').data as { langkah: Array<{ jenis: string; pelaksana: string }> };
    expect(data.langkah.map((step) => step.jenis)).toEqual(['mulai', 'selesai']);
    expect(data.langkah.every((step) => step.pelaksana === 'Petugas')).toBe(true);
    await writeFile(file, uncommented);
    const result = await checkContent(path.join(dir, 'content'), dir);
    expect(result.errorCount).toBe(0);
  });

  it.each([
    ['no name', [], /^nama SOP wajib diisi/],
    ['an existing SOP', ['--nama', 'Prosedur Uji'], /^berkas sudah ada: content\/sop\/prosedur-uji\.mdx; tidak ditimpa/],
  ])('refuses %s with exit code 1', async (_, args, message) => {
    const { code, stderr } = await sopNew(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it.each([
    [
      'an unknown office',
      { instansi: 'dinas-lain' },
      /^instansi "dinas-lain" tidak ada di content\/instansi\/; diharapkan salah satu dari: instansi-uji$/,
    ],
    [
      'a unit the office does not have',
      { unit: 'Bidang Lain' },
      /^unit "Bidang Lain" tidak terdaftar pada instansi instansi-uji; diharapkan salah satu dari: Bagian Uji$/,
    ],
    ['a number already used', { nomor: 'UJI/1/2024' }, /^nomor SOP "UJI\/1\/2024" sudah dipakai oleh SOP prosedur-uji/],
    ['a pelaksana twice', { pelaksana: splitNames('A, B, A') }, /^pelaksana "A" ditulis dua kali/],
    ['an unusable file name', { file: 'Nama Berkas' }, /^nama berkas "Nama Berkas" tidak dapat dipakai/],
  ])('refuses %s before writing anything', async (_, answers, message) => {
    const { catalog } = await checkContent(path.resolve('tests/fixtures/content-base'));
    expect(() => checkAnswers({ nama: 'X', ...answers }, catalog)).toThrow(AnswerError);
    expect(() => checkAnswers({ nama: 'X', ...answers }, catalog)).toThrow(message);
  });
});

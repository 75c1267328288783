/**
 * `npm run sop:import` as an author runs it: it writes the drafts and lists each TODO with its line; it refuses
 * malformed input and existing files with a message naming the file, exit code 1, and nothing written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permenpanDocx } from './support/permenpan-docx.ts';
import { SEED_FILE } from './support/seed.ts';

const run = promisify(execFile);
/** Each case starts Node processes; on a machine busy with browser tests one can take seconds. */
const SPAWN_TIMEOUT = 60_000;
const script = path.resolve('scripts/sop-import.ts');
const content = path.resolve('content');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lajur-import-cli-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function sopImport(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args, '--content', content], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const written = async () => (await readdir(dir, { recursive: true })).filter((name) => /\.(mdx|yaml)$/.test(name)).sort();

describe('sop:import', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes the drafts of the seed into drafts/ and lists every TODO with file and line', async () => {
    const { code, stdout } = await sopImport(SEED_FILE);
    expect(code).toBe(0);
    expect(await written()).toEqual(['drafts/sop/penyusunan-cascading.mdx', 'drafts/sop/penyusunan-perjanjian-kinerja-pk.mdx']);
    expect(stdout).toContain('drafts/sop/penyusunan-cascading.mdx (12 TODO)');
    expect(stdout).toMatch(/Berkas memuat dua dokumen/);
    const todoLines = stdout.split('\n').filter((line) => /^ {2}drafts\/sop\/.*:\d+ /.test(line));
    expect(todoLines).toHaveLength(12);
    const draft = (await readFile(path.join(dir, 'drafts/sop/penyusunan-cascading.mdx'), 'utf8')).split('\n');
    for (const line of todoLines) {
      const number = Number(/:(\d+) /.exec(line)?.[1]);
      expect(draft[number - 1]).toMatch(/TODO$/);
    }
  });

  it('reads a .docx', async () => {
    const file = path.join(dir, 'sop-cascading.docx');
    await writeFile(file, await permenpanDocx());
    const { code, stdout } = await sopImport(file, '--out', 'hasil');
    expect(code).toBe(0);
    expect(stdout).toContain('hasil/sop/penyusunan-cascading.mdx (12 TODO)');
  });

  it('refuses to overwrite drafts unless --force, and then writes nothing', async () => {
    await sopImport(SEED_FILE);
    const path1 = path.join(dir, 'drafts/sop/penyusunan-cascading.mdx');
    await writeFile(path1, 'diubah penulis');
    const again = await sopImport(SEED_FILE);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/berkas sudah ada: drafts\/sop\/penyusunan-cascading\.mdx, .*tidak ditimpa.*--force/);
    expect(await readFile(path1, 'utf8')).toBe('diubah penulis');
    const forced = await sopImport(SEED_FILE, '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(path1, 'utf8')).toMatch(/^---\n# Draf dari npm run sop:import/);
  });

  it.each([
    [
      'unknown extension',
      'sop.pdf',
      'isi',
      /sop\.pdf: jenis berkas "\.pdf" tidak dikenal; diharapkan \.docx \(dokumen Word\), \.xlsx \(Excel\), \.doc\/\.odt \(diubah dengan LibreOffice\) atau \.txt\/\.tsv\/\.text/,
    ],
    [
      'a bad row',
      'baris.txt',
      'No\tAktivitas\tPetugas\tWaktu\n1\tA\t\t5 menit\nx\tB\t\t5 menit\n',
      /baris\.txt \(baris 3\): kolom No berisi "x"/,
    ],
  ])('refuses %s with a message naming the file, exit 1, nothing written', async (_, name, text, message) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    const { code, stderr } = await sopImport(file);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(await written()).toEqual([]);
  });

  it('names a file that does not exist', async () => {
    const { code, stderr } = await sopImport('tidak-ada.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tidak-ada\.txt: berkas tidak ditemukan/);
  });
});

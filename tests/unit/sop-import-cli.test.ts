/**
 * `npm run sop:import` as an author runs it: it writes the drafts and lists each TODO with its line; it refuses
 * malformed input and existing files with a message naming the file, exit code 1, and nothing written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/authoring/read-source.ts';
import { permenpanDocx } from './support/permenpan-docx.ts';
import { SEED_FILE, SEED_LANES } from './support/seed.ts';

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

const KORPUS = path.resolve('tests/fixtures/import/korpus');
const soffice = await findSoffice();

async function sopImport(...args: string[]) {
  return sopImportWith(process.env, ...args);
}

async function sopImportWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args, '--content', content], { cwd: dir, env });
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

  it('imports a whole folder: one progress line per file, a summary table, every TODO; run again, it refuses every file and changes nothing', {
    timeout: 180_000,
  }, async () => {
    const folder = path.join(dir, 'dokumen lama');
    await cp(KORPUS, folder, { recursive: true });
    const names = (await readdir(folder)).sort((a, b) => a.localeCompare(b, 'id'));
    expect(names.length).toBeGreaterThanOrEqual(20);

    const first = await sopImport(folder);
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    const progress = lines.filter((line) => /^\[\d+\/\d+\] /.test(line));
    expect(progress).toHaveLength(names.length);
    let todoSum = 0;
    progress.forEach((line, i) => {
      const match = new RegExp(
        `^\\[${i + 1}/${names.length}\\] ${names[i]?.replace(/\./g, '\\.')}: 1 SOP, (\\d+) TODO → drafts/sop/[a-z0-9-]+\\.mdx$`,
      ).exec(line);
      expect(match, line).not.toBeNull();
      todoSum += Number(match?.[1]);
    });
    expect(first.stdout).toContain(`Ringkasan: ${names.length} berkas, ${names.length} ditulis, 0 ditolak.`);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Berkas +SOP +TODO +Hasil$/));
    for (const name of names)
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${name.replace(/\./g, '\\.')} +1 +\\d+ +ditulis$`)));
    expect(first.stdout).toContain(`TODO (${todoSum}):`);
    expect(lines.filter((line) => /^ {2}drafts\/sop\/.*\.mdx:\d+ /.test(line))).toHaveLength(todoSum);
    const drafts = await written();
    expect(drafts).toHaveLength(names.length);
    const before = await Promise.all(drafts.map((file) => readFile(path.join(dir, file), 'utf8')));

    const again = await sopImport(folder);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`Ringkasan: ${names.length} berkas, 0 ditulis, ${names.length} ditolak.`);
    for (const name of names) {
      expect(again.stdout.split('\n')).toContainEqual(
        expect.stringMatching(new RegExp(`^  ${name.replace(/\./g, '\\.')} +- +- +ditolak: berkas sudah ada: drafts/sop/.*tidak ditimpa`)),
      );
    }
    expect(await written()).toEqual(drafts);
    expect(await Promise.all(drafts.map((file) => readFile(path.join(dir, file), 'utf8')))).toEqual(before);
  });

  it('in a folder, a refused file writes nothing and the others are still written', async () => {
    const folder = path.join(dir, 'campuran');
    await mkdir(folder);
    const good =
      'SOP PENERIMAAN SURAT UJI\nNo\tAktivitas\tPetugas\tKelengkapan\tWaktu\tOutput\n1\tMenerima surat\tv\tSurat\t5 menit\tSurat diterima\n2\tMencatat surat\tv\tBuku agenda\t5 menit\tSurat tercatat\n';
    await writeFile(path.join(folder, 'a-baik.txt'), good);
    await writeFile(path.join(folder, 'b-baris-rusak.txt'), 'No\tAktivitas\tPetugas\tWaktu\n1\tA\tv\t5 menit\nx\tB\tv\t5 menit\n');
    await writeFile(path.join(folder, 'c-salinan.txt'), good);
    await writeFile(path.join(folder, 'd-catatan.pdf'), 'bukan SOP');
    const { code, stdout } = await sopImport(folder);
    expect(code).toBe(1);
    expect(stdout).toContain('Ringkasan: 4 berkas, 1 ditulis, 3 ditolak.');
    expect(stdout).toMatch(/^ {2}a-baik\.txt +1 +1 +ditulis$/m);
    expect(stdout).toMatch(/^ {2}b-baris-rusak\.txt +- +- +ditolak: \(baris 3\) kolom No berisi "x"/m);
    expect(stdout).toMatch(/^ {2}c-salinan\.txt +- +- +ditolak: berkas sudah ada: drafts\/sop\/penerimaan-surat-uji\.mdx/m);
    expect(stdout).toMatch(/^ {2}d-catatan\.pdf +- +- +ditolak: jenis berkas "\.pdf" tidak dikenal/m);
    expect(await written()).toEqual(['drafts/sop/penerimaan-surat-uji.mdx']);
  });

  it('--out pointing at a file: a clear message, no stack trace, nothing written', async () => {
    await writeFile(path.join(dir, 'hasil.txt'), 'berkas biasa');
    const { code, stderr } = await sopImport(SEED_FILE, '--out', 'hasil.txt');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      '--out hasil.txt: itu sebuah berkas, bukan folder; diharapkan folder tujuan draf (berisi sop/ dan regulasi/, dibuat bila belum ada). Pilih folder lain.',
    );
    const inside = await sopImport(SEED_FILE, '--out', 'hasil.txt/draf');
    expect(inside.code).toBe(1);
    expect(inside.stderr).toMatch(/draf tidak dapat ditulis ke hasil\.txt\/draf: sebagian jalurnya adalah berkas, bukan folder/);
    expect(`${inside.stderr}${stderr}`).not.toMatch(/\n\s+at /);
    expect(await written()).toEqual([]);
    expect(await readFile(path.join(dir, 'hasil.txt'), 'utf8')).toBe('berkas biasa');
  });

  it.each(['sop.doc', 'sop.odt'])('%s without LibreOffice: a message naming the Debian package, nothing written', async (name) => {
    await writeFile(path.join(dir, name), 'isi');
    const { LAJUR_SOFFICE: _, ...env } = process.env;
    const { code, stderr } = await sopImportWith({ ...env, PATH: path.join(dir, 'tanpa-program') }, path.join(dir, name));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `${name.replace('.', '\\.')}: dokumen .* perlu diubah dahulu ke \\.docx dengan LibreOffice, dan LibreOffice tidak terpasang\\. Pasang paket Debian libreoffice-writer-nogui`,
      ),
    );
    expect(await written()).toEqual([]);
  });

  it.skipIf(!soffice)('reads .odt and .doc through LibreOffice (only where LibreOffice is installed)', { timeout: 180_000 }, async () => {
    const convert = (file: string, to: string) =>
      run(soffice as string, [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', to, '--outdir', dir, file], {
        timeout: 120_000,
      });
    const docx = path.join(dir, 'w01.docx');
    await cp(path.join(KORPUS, 'w01-pelaksana-digabung.docx'), docx);
    // Made the way an office would have it: saved as .odt, and from there as Word 97-2003.
    await convert(docx, 'odt');
    await convert(path.join(dir, 'w01.odt'), 'doc');
    for (const [name, out] of [
      ['w01.odt', 'dari-odt'],
      ['w01.doc', 'dari-doc'],
    ] as const) {
      const { code, stdout } = await sopImport(path.join(dir, name), '--out', out);
      expect(code, stdout).toBe(0);
      expect(stdout).toContain(`${out}/sop/penyusunan-cascading-uji-w01.mdx (2 TODO)`);
      expect(stdout).toContain(`${name} diubah ke .docx dengan LibreOffice sebelum dibaca.`);
      const draft = await readFile(path.join(dir, out, 'sop/penyusunan-cascading-uji-w01.mdx'), 'utf8');
      expect(draft).toMatch(
        /pelaksana:\n\s+- Kepala Dinas\n\s+- Sekretaris\n\s+- Tim Perencanaan\n\s+- Tim Urusan \/ Sekretariat\n\s+- Biro Organisasi\n/,
      );
      expect(draft.match(/^\s+pelaksana: (.+)$/gm)?.map((line) => line.trim())).toEqual(SEED_LANES.map((nama) => `pelaksana: ${nama}`));
    }
  });
});

/** The benchmark's synthetic content: deterministic, and valid by the same rules as real content. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { promisify } from 'node:util';
import { generate, MARKER } from '../../bench/generate.ts';
import { checkContent } from '../../src/content-check/check.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function fingerprint(options: { sops: number; seed: number }): Promise<{ dir: string; hash: string; files: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-gen-'));
  dirs.push(dir);
  await generate({ ...options, out: dir });
  const files = (await readdir(dir, { recursive: true })).filter((name) => /\.(mdx|yaml)$/.test(name)).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)));
  return { dir, hash: hash.digest('hex'), files: files.length };
}

describe('bench/generate.ts', () => {
  it('writes the same files for the same seed, and other files for another', async () => {
    const a = await fingerprint({ sops: 40, seed: 7 });
    const b = await fingerprint({ sops: 40, seed: 7 });
    const c = await fingerprint({ sops: 40, seed: 8 });
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
    // 40 SOPs, 200 regulations, 5 offices.
    expect(a.files).toBe(245);
  });

  it('writes content that passes the content check, with decisions and loops, names saying it is synthetic', async () => {
    const { dir } = await fingerprint({ sops: 60, seed: 2026 });
    const result = await checkContent(dir, dir);
    expect(result.errorCount).toBe(0);
    const steps = result.catalog.sops.flatMap((sop) => sop.data.langkah ?? []);
    expect(result.catalog.sops.every((sop) => /Sintetis/.test(sop.data.nama))).toBe(true);
    const decisions = steps.filter((step) => step.jenis === 'keputusan');
    expect(decisions.length).toBeGreaterThan(20);
    expect(decisions.some((step) => (step.pilihan?.[1]?.lanjutKe ?? 0) < step.no)).toBe(true);
    const lengths = result.catalog.sops.map((sop) => sop.data.langkah?.length ?? 0);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(30);
    const lanes = result.catalog.sops.map((sop) => sop.data.pelaksana?.length ?? 0);
    expect(Math.min(...lanes)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lanes)).toBeLessThanOrEqual(8);
  });
});

const run = promisify(execFile);
async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.resolve('bench/generate.ts'), ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('bench/generate.ts on the command line', { timeout: 60_000 }, () => {
  it('prints its usage for --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Pemakaian: node bench\/generate\.ts \[--sops 1000\]/);
  });

  it('refuses --sops abc, writing nothing', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'lajur-gen-')), 'baru');
    dirs.push(path.dirname(out));
    const { code, stderr } = await cli(['--sops', 'abc', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--sops "abc" bukan bilangan bulat positif; diharapkan misalnya --sops 1000/);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('never empties a folder it did not write, such as the real content', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lajur-gen-'));
    dirs.push(out);
    await mkdir(path.join(out, 'sop'));
    await writeFile(path.join(out, 'sop', 'penting.mdx'), 'SOP nyata (sintetis untuk uji)');
    const { code, stderr } = await cli(['--sops', '2', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `folder ${out} tidak kosong dan tidak dibuat oleh bench/generate.ts (tidak ada berkas ${MARKER}); isinya tidak dihapus`,
    );
    expect(await readFile(path.join(out, 'sop', 'penting.mdx'), 'utf8')).toBe('SOP nyata (sintetis untuk uji)');
  });

  it('writes again into a folder it wrote before', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'lajur-gen-'));
    dirs.push(out);
    expect((await cli(['--sops', '2', '--out', out])).code).toBe(0);
    const again = await cli(['--sops', '3', '--out', out]);
    expect(again.code).toBe(0);
    expect((await readdir(path.join(out, 'sop'))).length).toBe(3);
  });
});

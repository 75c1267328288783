/**
 * `npm run sop:check` as an author runs it: one run over a folder holding every broken fixture at once prints the
 * problem of each fixture, the same lines the build's check produces, and exits with 1.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { formatIssue } from '../../src/content-check/format.ts';

const run = promisify(execFile);
/** Each case starts Node processes; on a machine busy with browser tests one can take seconds. */
const SPAWN_TIMEOUT = 60_000;
const script = path.resolve('scripts/sop-check.ts');
const fixtures = path.resolve('tests/fixtures');
let workDir: string;

/** Runs the script with the pinned Node; resolves with exit code and output instead of throwing on exit 1. */
async function sopCheck(cwd: string, args: string[] = []) {
  try {
    const { LAJUR_CONTENT: _ignored, ...env } = process.env;
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'lajur-sop-check-'));
  await cp(path.join(fixtures, 'content-base'), path.join(workDir, 'content'), { recursive: true });
  for (const collection of ['sop', 'regulasi']) {
    await mkdir(path.join(workDir, 'content', collection), { recursive: true });
    await cp(path.join(fixtures, 'broken', collection), path.join(workDir, 'content', collection), { recursive: true });
  }
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('sop:check', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the problem of every broken fixture in one run and exits with 1', async () => {
    const { code, stdout } = await sopCheck(workDir);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    const summary = lines.pop() ?? '';

    const broken = [
      ...(await readdir(path.join(fixtures, 'broken/sop'))).map((file) => `content/sop/${file}`),
      ...(await readdir(path.join(fixtures, 'broken/regulasi'))).map((file) => `content/regulasi/${file}`),
    ];
    expect(broken.length).toBeGreaterThan(15);
    for (const file of broken) {
      expect(
        lines.some((line) => line.startsWith(`${file}:`)),
        `no problem printed for ${file}`,
      ).toBe(true);
    }

    // Exactly what the build's check reports, in the same form, errors and warnings alike.
    const result = await checkContent(path.join(workDir, 'content'), workDir);
    expect(lines).toEqual(result.issues.map(formatIssue));
    expect(summary).toMatch(
      new RegExp(`^${result.fileCount} berkas diperiksa dalam \\d+ ms: ${result.errorCount} kesalahan, ${result.warningCount} peringatan$`),
    );
  });

  it('passes the real content, printing its warnings, with exit code 0', async () => {
    const { code, stdout } = await sopCheck(path.resolve('.'), ['--content', 'content']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/peringatan: SOP terkait "SOP Peminjaman Ruang Rapat" belum tersedia/);
    expect(stdout).toMatch(/^\d+ berkas diperiksa dalam \d+ ms: 0 kesalahan, \d+ peringatan$/m);
  });

  it('fails on a folder with no content instead of reporting nothing wrong', async () => {
    const { code, stderr } = await sopCheck(workDir, ['--content', 'tidak-ada']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/tidak ada berkas konten di tidak-ada; diharapkan folder berisi sop\//);
  });
});

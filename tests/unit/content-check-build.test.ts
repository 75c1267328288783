/**
 * `sop:check` and the build agree. On a sample of broken fixtures the real `astro build` stops with the very lines
 * `sop:check` prints, and no stack trace; on the accepted fixtures both pass and the built pages show what the
 * author wrote. (Both call one reader, src/content-check/; this shows it end to end.)
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixtures = path.resolve('tests/fixtures');
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Runs a Node script from the project root; resolves with exit code and output instead of throwing. */
async function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { LAJUR_CONTENT: _ignored, ...base } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...base, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: `${stdout}\n${stderr}`.replace(ANSI, '') };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: `${failed.stdout}\n${failed.stderr}`.replace(ANSI, '') };
  }
}

async function contentWith(files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-agree-'));
  temporary.push(dir);
  await cp(path.join(fixtures, 'content-base'), dir, { recursive: true });
  for (const file of files) {
    const [, collection] = /^[^/]+\/([^/]+)\//.exec(file) ?? [];
    await cp(path.join(fixtures, file), path.join(dir, collection ?? '', path.basename(file)), { verbatimSymlinks: true });
  }
  return dir;
}

const build = (content: string, out: string) =>
  node([path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
    LAJUR_CONTENT: content,
    LAJUR_OUT: out,
    // Beside the output, not in it: the build empties its output folder first.
    LAJUR_CACHE: `${out}-cache`,
    LAJUR_DIAGRAMS: 'off',
  });
const sopCheck = (content: string) => node([path.resolve('scripts/sop-check.ts'), '--content', content]);
const issueLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+ /.test(line.replace(/^.*?\] /, '')));

describe('sop:check and the build', { timeout: 240_000 }, () => {
  it('stop on the same problems, listed the same way, with no stack trace', async () => {
    const sample = [
      'broken/sop/comment-dashes-line-end.mdx',
      'broken/sop/nip-unquoted.mdx',
      'broken/sop/date-february-31.mdx',
      'broken/sop/date-with-offset.mdx',
      'broken/sop/nomor-leading-zero.mdx',
      'broken/sop/body-less-than-number.mdx',
      'broken/sop/body-expression.mdx',
      'broken/sop/yaml-colon-in-text.mdx',
      'broken/sop/encoding-windows-1252.mdx',
      'broken/sop/duration-comma-in-flow.mdx',
      'broken/regulasi/regulation-year-2101.yaml',
      'odd-files/sop/prosedur-besar.MDX',
      'odd-files/sop/hilang.mdx',
    ];
    const content = await contentWith(sample);
    const out = await mkdtemp(path.join(tmpdir(), 'lajur-agree-out-'));
    temporary.push(out, `${out}-cache`);
    const [checked, built] = [await sopCheck(content), await build(content, out)];
    expect(checked.code).toBe(1);
    expect(built.code).toBe(1);
    const errors = issueLines(checked.output).filter((line) => !/^\S+:\d+ [^:]+: peringatan: /.test(line));
    expect(errors.length, errors.join('\n')).toBe(sample.length);
    const builtLines = issueLines(built.output).map((line) => line.replace(/^.*?\] /, ''));
    for (const line of errors) expect(builtLines).toContain(line);
    expect(built.output).toContain(`${errors.length} kesalahan konten:`);
    expect(built.output).not.toMatch(/unhandled error|astro:config:setup|\n\s+at /i);
  });

  it('pass what offices write, and the pages show it as written', async () => {
    const accepted = (await readdir(path.join(fixtures, 'accepted/sop'))).map((file) => `accepted/sop/${file}`);
    const content = await contentWith(accepted);
    const out = await mkdtemp(path.join(tmpdir(), 'lajur-agree-out-'));
    temporary.push(out, `${out}-cache`);
    const checked = await sopCheck(content);
    expect(checked.code, checked.output).toBe(0);
    const built = await build(content, out);
    expect(built.code, built.output.slice(-3000)).toBe(0);
    const page = (id: string) => readFile(path.join(out, 'sop', id, 'index.html'), 'utf8');
    expect(await page('nip-quoted')).toContain('197001011990031001');
    expect(await page('nomor-quoted-zero')).toContain('062');
    expect(await page('duration-hari-kalender')).toContain('5 hari kalender');
    expect(await page('duration-1x24-jam')).toContain('1x24 jam');
    for (const id of ['bom', 'blank-first-line', 'delimiter-trailing-space', 'crlf-line-ends', 'comment-rule-line']) {
      expect(await page(id)).toContain('Peraturan Daerah Provinsi Contoh Nomor 1 Tahun 2020');
    }
  });
});

/**
 * Issue 13: what authors write is read exactly as written, or refused with a clear message before the build. Every
 * case is a fixture with the exact lines `sop:check` prints for it (tests/unit/support/content-cases.ts).
 */
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/content-check/check.ts';
import { formatIssue } from '../../src/content-check/format.ts';
import { ACCEPTED_SOP_CASES, BROKEN_CASES, ODD_FILE_LINES } from './support/content-cases.ts';

const fixtures = path.resolve('tests/fixtures');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The base content plus `files` (fixture path -> path in the content folder), checked. */
async function checkBeside(files: Array<[from: string, to: string]>): Promise<CheckResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-cases-'));
  temporary.push(dir);
  await cp(path.join(fixtures, 'content-base'), dir, { recursive: true });
  for (const [from, to] of files) await cp(path.join(fixtures, from), path.join(dir, to), { recursive: true, verbatimSymlinks: true });
  return checkContent(dir, dir);
}

describe('content an author should fix', () => {
  it.each(BROKEN_CASES)('broken/%s prints exactly its lines', async (fixture, lines) => {
    const result = await checkBeside([[`broken/${fixture}`, fixture]]);
    expect(result.issues.map(formatIssue)).toEqual(lines);
  });

  it('has at least 60 new cases, each a fixture of its own', () => {
    expect(BROKEN_CASES.length + ODD_FILE_LINES.length + ACCEPTED_SOP_CASES.length).toBeGreaterThanOrEqual(60);
  });
});

describe('files the build would not read', () => {
  it('names each stray, hidden, dangling or misnamed file in content/sop/ without crashing', async () => {
    const result = await checkBeside([['odd-files/sop', 'sop']]);
    expect(result.issues.map(formatIssue)).toEqual(ODD_FILE_LINES);
    // The valid base SOP is still read; nothing in the odd folder is.
    expect(result.catalog.sops.map((sop) => sop.id)).toEqual(['prosedur-uji']);
  });
});

describe('content offices really write', () => {
  it.each(ACCEPTED_SOP_CASES)('accepted/sop/%s passes and is read as written', async (file, expected) => {
    const result = await checkBeside([[`accepted/sop/${file}`, `sop/${file}`]]);
    expect(result.issues.map(formatIssue)).toEqual([]);
    const sop = result.catalog.sopById.get(file.replace(/\.mdx$/, ''));
    expect(sop).toBeDefined();
    const base = result.catalog.sopById.get('prosedur-uji');
    if (expected.durasi) expect(sop?.data.langkah?.[1]?.mutuBaku.durasi).toEqual(expected.durasi);
    if (expected.data) expect(sop?.data).toMatchObject(expected.data);
    if (!expected.durasi && !expected.data) {
      // Read like the base SOP it was made from: the same fields, every step.
      const { nomor: _a, ...same } = sop?.data ?? {};
      const { nomor: _b, ...baseSame } = base?.data ?? {};
      expect(same).toEqual(baseSame);
    }
  });

  it('accepts a regulation linked over https', async () => {
    const result = await checkBeside([['accepted/regulasi/regulation-link-https.yaml', 'regulasi/regulation-link-https.yaml']]);
    expect(result.issues).toEqual([]);
    expect(result.catalog.regulasiById.get('regulation-link-https')?.data.tautan).toBe('https://jdih.example.go.id/perda-2-2021');
  });

  it('has a case for every fixture in the folders', async () => {
    const accepted = await readdir(path.join(fixtures, 'accepted/sop'));
    expect(accepted.sort()).toEqual(ACCEPTED_SOP_CASES.map(([file]) => file).sort());
  });
});

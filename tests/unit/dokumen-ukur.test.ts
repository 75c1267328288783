/**
 * The measurement cache of the official document's rows (src/dokumen/ukur.ts): a build marks what it uses and
 * drops what no build has used for 30 days, so the file does not grow with every text ever measured.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const dir = await mkdtemp(path.join(tmpdir(), 'lajur-ukur-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
// The cache lives beside the diagram cache; settings are read once, when first imported.
vi.stubEnv('LAJUR_DIAGRAM_CACHE', path.join(dir, 'diagrams'));
const { KEEP_DAYS, ukuranFile, ukuranKey, ukurTabel } = await import('../../src/dokumen/ukur.ts');
const { tableLayout } = await import('../../src/dokumen/layout.ts');

it('keeps what this build uses, drops what no build used for 30 days, and measures nothing already measured', async () => {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.UTC(2026, 11, 1);
  const tabel = {
    pelaksana: ['Pelaksana Uji'],
    baris: [{ no: 1, aktivitas: ['Langkah uji'], kelengkapan: null, waktu: null, output: null, keterangan: null }],
  };
  const key = ukuranKey(tabel, tableLayout(1));
  expect(ukuranFile()).toBe(path.join(dir, 'lajur-dokumen-ukuran.json'));
  await writeFile(
    ukuranFile(),
    JSON.stringify({
      [key]: { kepala: 48, baris: [60], dipakai: now - 40 * day },
      'dipakai-situs-lain': { kepala: 48, baris: [60], dipakai: now - 5 * day },
      'sop-lama': { kepala: 48, baris: [75], dipakai: now - (KEEP_DAYS + 1) * day },
    }),
  );
  const result = await ukurTabel([tabel], () => Promise.reject(new Error('tidak ada yang perlu diukur')), now);
  expect(result).toEqual({ diukur: 0, dibuang: 1 });
  const kept = JSON.parse(await readFile(ukuranFile(), 'utf8'));
  expect(Object.keys(kept).sort()).toEqual([key, 'dipakai-situs-lain'].sort());
  expect(kept[key].dipakai).toBe(now);
});

/**
 * The backup check (src/db/import-check.ts) and the stored types agree. The field lists below must equal the
 * types' keys (checked by the type checker in `npm run check`: add a field to RunRecord and this file stops
 * compiling), and the test proves the import refuses a wrong value in every one of them, so no field of a backup
 * reaches the database unchecked.
 */
import 'fake-indexeddb/auto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LajurDatabase, type RunRecord } from '../../src/db/database.ts';
import type { StepRecord } from '../../src/db/merge.ts';
import { setNote, setTicked, startRun } from '../../src/db/runs.ts';
import { exportJson, BackupError, parseExport } from '../../src/db/transfer.ts';
import type { RunStepSnapshot } from '../../src/domain/checklist.ts';
import { SOP_UJI } from './checklist-fixture.ts';

const RUN_FIELDS = [
  'id',
  'sopId',
  'sopNomor',
  'sopNama',
  'sopVersi',
  'sopTanggalRevisi',
  'judul',
  'namaPelaksana',
  'status',
  'dimulai',
  'diakhiri',
  'diperbarui',
  'langkah',
  'keadaan',
] as const;
const STEP_FIELDS = [
  'no',
  'jenis',
  'aktivitas',
  'pelaksana',
  'durasiTeks',
  'menit',
  'kelengkapan',
  'output',
  'lanjutKe',
  'pilihan',
  'hari',
] as const;
const STATE_FIELDS = ['dicentang', 'catatan', 'keputusan', 'jejak', 'konflik'] as const;

expectTypeOf<(typeof RUN_FIELDS)[number]>().toEqualTypeOf<keyof RunRecord>();
expectTypeOf<(typeof STEP_FIELDS)[number]>().toEqualTypeOf<keyof RunStepSnapshot>();
expectTypeOf<(typeof STATE_FIELDS)[number]>().toEqualTypeOf<keyof StepRecord>();

/** A real backup of one run with a tick and a note, as the export writes it. */
async function backup(): Promise<{ versi: number; runs: Array<Record<string, unknown>> }> {
  const db = new LajurDatabase(`bentuk-${crypto.randomUUID()}`);
  const runId = await startRun(db, SOP_UJI, { judul: 'Uji bentuk', namaPelaksana: 'Petugas Uji' });
  await setTicked(db, runId, 1, true);
  await setNote(db, runId, 1, 'catatan uji');
  const text = await exportJson(db);
  db.close();
  return JSON.parse(text);
}

/** A value of the wrong kind for every field: none of them is a boolean. */
const WRONG = true;

describe('backup shape', () => {
  it('a backup as exported imports', async () => {
    const file = await backup();
    expect(parseExport(JSON.stringify(file), 'cadangan.json').runs).toHaveLength(1);
  });

  it.each(RUN_FIELDS)('refuses a run whose %s is of the wrong kind', async (field) => {
    const file = await backup();
    const run = file.runs[0] as Record<string, unknown>;
    run[field] = WRONG;
    expect(() => parseExport(JSON.stringify(file), 'cadangan.json')).toThrow(BackupError);
  });

  it.each(STEP_FIELDS)('refuses a copied step whose %s is of the wrong kind', async (field) => {
    const file = await backup();
    const run = file.runs[0] as { langkah: Array<Record<string, unknown>> };
    (run.langkah[1] as Record<string, unknown>)[field] = WRONG;
    expect(() => parseExport(JSON.stringify(file), 'cadangan.json')).toThrow(BackupError);
  });

  it.each(STATE_FIELDS)('refuses a step record whose %s is of the wrong kind', async (field) => {
    const file = await backup();
    const run = file.runs[0] as { keadaan: Record<string, Record<string, unknown>> };
    (run.keadaan['1'] as Record<string, unknown>)[field] = WRONG;
    expect(() => parseExport(JSON.stringify(file), 'cadangan.json')).toThrow(BackupError);
  });
});

/**
 * The merge rule (src/db/MERGE.md), tried on random histories with fast-check: two devices edit one run in any
 * interleaving, sometimes sending each other backups, then both export and import each other's file. Both must
 * end with the same steps, and every step field must hold its latest edit (a note: as the note, or, when the
 * devices' clocks disagree, at least as a kept version). Runs on the real database code over fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LajurDatabase } from '../../src/db/database.ts';
import { compareVersi, emptyStep, mergeStep, type StepRecord } from '../../src/db/merge.ts';
import { chooseOutcome, setNote, setTicked, startRun } from '../../src/db/runs.ts';
import { exportJson, importJson } from '../../src/db/transfer.ts';
import { SOP_UJI } from './checklist-fixture.ts';

const T0 = Date.UTC(2026, 0, 5, 1, 0);
const NOTES = ['', 'berkas lengkap', 'menunggu surat', 'dikembalikan ke bidang'];

type Edit =
  | { kind: 'tick'; device: 0 | 1; no: 1 | 2 | 3 | 4; value: boolean }
  | { kind: 'note'; device: 0 | 1; no: 1 | 2 | 3 | 4; value: string }
  | { kind: 'outcome'; device: 0 | 1; no: 2; value: string | null }
  | { kind: 'sync'; from: 0 | 1 };

const device = fc.constantFrom<0 | 1>(0, 1);
const no = fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), device, no, value: fc.boolean() }),
  fc.record({ kind: fc.constant('note' as const), device, no, value: fc.constantFrom(...NOTES) }),
  fc.record({
    kind: fc.constant('outcome' as const),
    device,
    no: fc.constant(2 as const),
    value: fc.constantFrom('Lengkap', 'Tidak lengkap', null),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: device }),
);

let counter = 0;
async function play(edits: Edit[], skew: [number, number]) {
  counter += 1;
  const devices = [new LajurDatabase(`fc-a-${counter}`), new LajurDatabase(`fc-b-${counter}`)] as const;
  try {
    const id = await startRun(devices[0], SOP_UJI, { judul: 'Acak (sintetis)' }, T0);
    await importJson(devices[1], await exportJson(devices[0]));
    const latest = new Map<string, unknown>();
    let clock = T0;
    for (const step of edits) {
      clock += 1_000;
      if (step.kind === 'sync') {
        await importJson(devices[1 - step.from] as LajurDatabase, await exportJson(devices[step.from]));
        continue;
      }
      const db = devices[step.device];
      const now = clock + skew[step.device];
      if (step.kind === 'tick') await setTicked(db, id, step.no, step.value, now);
      else if (step.kind === 'note') await setNote(db, id, step.no, step.value, now);
      else await chooseOutcome(db, id, step.no, step.value, now);
      latest.set(`${step.no}|${step.kind}`, step.value);
    }
    // Both export, then each imports the other's file.
    const [fromA, fromB] = [await exportJson(devices[0]), await exportJson(devices[1])];
    await importJson(devices[0], fromB);
    await importJson(devices[1], fromA);
    const [a, b] = [await devices[0].runs.get(id), await devices[1].runs.get(id)];
    return { a, b, latest };
  } finally {
    for (const db of devices) {
      db.close();
      await db.delete();
    }
  }
}

describe('merge of two devices (randomised)', () => {
  it('any interleaving of edits and imports ends the same on both devices, every step with its latest edit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits) => {
        const { a, b, latest } = await play(edits, [0, 0]);
        expect(a?.keadaan).toEqual(b?.keadaan);
        for (const [key, value] of latest) {
          const [stepNo, kind] = key.split('|');
          const state = a?.keadaan[stepNo as string] ?? emptyStep();
          if (kind === 'tick') expect(state.dicentang !== null).toBe(value);
          if (kind === 'note') expect(state.catatan).toBe(value);
          if (kind === 'outcome') expect(state.keputusan).toBe(value);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('with device clocks hours apart, both still agree and no note text is lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 20 }),
        fc.tuple(fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }), fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 })),
        async (edits, skew) => {
          const { a, b, latest } = await play(edits, skew);
          expect(a?.keadaan).toEqual(b?.keadaan);
          for (const [key, value] of latest) {
            const [stepNo, kind] = key.split('|');
            if (kind !== 'note' || value === '') continue;
            const state = a?.keadaan[stepNo as string] ?? emptyStep();
            expect([state.catatan, ...state.konflik]).toContain(value);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('merge rule', () => {
  const note = (text: string, versi: Record<string, number>, perangkat: string): StepRecord => ({
    ...emptyStep(),
    catatan: text,
    jejak: { catatan: { waktu: Math.max(...Object.values(versi)), perangkat, versi } },
  });

  it('takes the side that has seen the other, and keeps both texts of concurrent notes, in either order', () => {
    const base = note('awal', { a: 1 }, 'a');
    const later = note('lanjutan', { a: 2 }, 'a');
    expect(mergeStep(base, later).catatan).toBe('lanjutan');
    expect(mergeStep(later, base).konflik).toEqual([]);
    const fromB = note('dari B', { a: 1, b: 5 }, 'b');
    const merged = mergeStep(later, fromB);
    expect(merged).toEqual(mergeStep(fromB, later));
    expect(merged).toMatchObject({ catatan: 'dari B', konflik: ['lanjutan'] });
    expect(compareVersi(merged.jejak.catatan?.versi ?? {}, { a: 2, b: 5 })).toBe('sama');
    // Settled on one device (a change that has seen both), the conflict does not come back.
    const settled: StepRecord = { ...note('keduanya', { a: 6, b: 5 }, 'a'), konflik: [] };
    expect(mergeStep(merged, settled)).toMatchObject({ catatan: 'keduanya', konflik: [] });
  });
});

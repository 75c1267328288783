/**
 * Operations on checklist runs. Each change happens in a transaction on the run's row, so two tabs working on
 * the same run never overwrite each other's ticks or notes, and `diperbarui` always moves forward.
 */
import { liveQuery, type Observable } from 'dexie';
import { EMPTY_STATE, type RunStepState, type SopSnapshot } from '../domain/checklist.ts';
import type { LajurDatabase, RunRecord, RunStatus } from './database.ts';

export type { SopSnapshot };

export class RunError extends Error {
  override name = 'RunError';
}

function newId(): string {
  return crypto.randomUUID();
}

export async function startRun(
  db: LajurDatabase,
  sop: SopSnapshot,
  input: { judul: string; namaPelaksana?: string | null },
  now = Date.now(),
): Promise<string> {
  const judul = input.judul.trim();
  if (!judul) throw new RunError('Judul pelaksanaan kosong; tuliskan misalnya "Cascading 2026".');
  if (sop.langkah.length === 0) throw new RunError('SOP ini belum memiliki langkah yang tercatat.');
  const run: RunRecord = {
    id: newId(),
    ...sop,
    langkah: structuredClone(sop.langkah),
    judul,
    namaPelaksana: input.namaPelaksana?.trim() || null,
    status: 'berjalan',
    dimulai: now,
    diakhiri: null,
    diperbarui: now,
    keadaan: {},
  };
  await db.runs.add(run);
  return run.id;
}

/** Changes one run inside a transaction; refuses runs that are finished or cancelled. */
async function change(db: LajurDatabase, runId: string, now: number, apply: (run: RunRecord) => void): Promise<void> {
  await db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run) throw new RunError('Pelaksanaan ini tidak ada lagi di perangkat ini.');
    if (run.status !== 'berjalan') throw new RunError(`Pelaksanaan ini sudah ${run.status}; langkahnya tidak dapat diubah.`);
    apply(run);
    run.diperbarui = Math.max(now, run.diperbarui + 1);
    await db.runs.put(run);
  });
}

function stepState(run: RunRecord, no: number): RunStepState {
  if (!run.langkah.some((step) => step.no === no)) throw new RunError(`Langkah ${no} tidak ada dalam pelaksanaan ini.`);
  const key = String(no);
  run.keadaan[key] ??= { ...EMPTY_STATE };
  return run.keadaan[key];
}

/** Ticks (records the time) or unticks (clears it) a step. */
export function setTicked(db: LajurDatabase, runId: string, no: number, ticked: boolean, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run) => {
    stepState(run, no).dicentang = ticked ? now : null;
  });
}

export function setNote(db: LajurDatabase, runId: string, no: number, catatan: string, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run) => {
    stepState(run, no).catatan = catatan;
  });
}

/** Records the outcome chosen at a decision (one of its labels), or clears it with null. */
export function chooseOutcome(db: LajurDatabase, runId: string, no: number, label: string | null, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run) => {
    const step = run.langkah.find((candidate) => candidate.no === no);
    if (step?.jenis !== 'keputusan') throw new RunError(`Langkah ${no} bukan keputusan.`);
    if (label !== null && !step.pilihan?.some((pilihan) => pilihan.label === label)) {
      throw new RunError(`Langkah ${no} tidak memiliki pilihan "${label}".`);
    }
    stepState(run, no).keputusan = label;
  });
}

function end(db: LajurDatabase, runId: string, status: Exclude<RunStatus, 'berjalan'>, now: number): Promise<void> {
  return change(db, runId, now, (run) => {
    run.status = status;
    run.diakhiri = now;
  });
}

export const finishRun = (db: LajurDatabase, runId: string, now = Date.now()) => end(db, runId, 'selesai', now);
export const cancelRun = (db: LajurDatabase, runId: string, now = Date.now()) => end(db, runId, 'dibatalkan', now);

/** Deletes a run for good (after the person confirmed). */
export async function deleteRun(db: LajurDatabase, runId: string): Promise<void> {
  await db.runs.delete(runId);
}

/** Every run, newest activity first; updates whenever any tab changes one. */
export function watchRuns(db: LajurDatabase): Observable<RunRecord[]> {
  return liveQuery(() => db.runs.orderBy('diperbarui').reverse().toArray());
}

export function watchRun(db: LajurDatabase, runId: string): Observable<RunRecord | undefined> {
  return liveQuery(() => db.runs.get(runId));
}

/** The step states of a run as the domain functions take them. */
export function statesOf(run: RunRecord): Map<number, RunStepState> {
  return new Map(Object.entries(run.keadaan).map(([no, state]) => [Number(no), state]));
}

/**
 * Operations on checklist runs. Each change happens in a transaction on the run's row and stamps the field it
 * changes with a trace (see MERGE.md), so two tabs working on the same run never overwrite each other's ticks or
 * notes, and a note changed in another tab since this one read it is kept beside the new text, not replaced.
 * A promise resolves only after IndexedDB committed the change: that is when the screen may say "tersimpan".
 */
import { liveQuery, type Observable } from 'dexie';
import type { RunStepState, SopSnapshot } from '../domain/checklist.ts';
import { deviceId, type LajurDatabase, type RunRecord, type RunStatus } from './database.ts';
import { type Bidang, emptyStep, nextJejak, type StepRecord } from './merge.ts';

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

/** The longest note kept, in characters; the screen counts towards it and an import refuses longer ones. */
export const CATATAN_MAKS = 5_000;

/** Changes one run inside a transaction; refuses runs that are finished or cancelled. */
async function change(db: LajurDatabase, runId: string, now: number, apply: (run: RunRecord, device: string) => void): Promise<void> {
  const device = await deviceId(db);
  await db.transaction('rw', db.runs, async () => {
    const run = await db.runs.get(runId);
    if (!run) throw new RunError('Pelaksanaan ini tidak ada lagi di perangkat ini.');
    if (run.status !== 'berjalan') throw new RunError(`Pelaksanaan ini sudah ${run.status}; langkahnya tidak dapat diubah.`);
    apply(run, device);
    run.diperbarui = Math.max(now, run.diperbarui + 1);
    await db.runs.put(run);
  });
}

function stepState(run: RunRecord, no: number): StepRecord {
  if (!run.langkah.some((step) => step.no === no)) throw new RunError(`Langkah ${no} tidak ada dalam pelaksanaan ini.`);
  const key = String(no);
  run.keadaan[key] ??= emptyStep();
  return run.keadaan[key];
}

/** Sets one field of a step and stamps it; `seen` is the version the writer had read (for notes). */
function setField<F extends Bidang>(
  step: StepRecord,
  field: F,
  value: StepRecord[F],
  device: string,
  now: number,
  seen?: Record<string, number>,
): void {
  step[field] = value;
  step.jejak[field] = nextJejak(device, now, step.jejak[field]?.versi, seen);
}

/** Ticks (records the time) or unticks (clears it) a step. */
export function setTicked(db: LajurDatabase, runId: string, no: number, ticked: boolean, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run, device) => {
    setField(stepState(run, no), 'dicentang', ticked ? now : null, device, now);
  });
}

/** The version of a step's note as read, to hand back to `setNote` with the text written on top of it. */
export function noteVersion(run: RunRecord, no: number): Record<string, number> {
  return { ...(run.keadaan[String(no)]?.jejak.catatan?.versi ?? {}) };
}

const covers = (seen: Record<string, number>, stored: Record<string, number>) =>
  Object.entries(stored).every(([device, time]) => (seen[device] ?? 0) >= time);

/**
 * Stores a note. `seen` is the version of the note the text was written on (from `noteVersion`); when the
 * stored note changed since (another tab, an import), the stored text is kept as a concurrent version beside
 * the new one, never silently replaced. Without `seen` the stored note is taken as read.
 */
export function setNote(
  db: LajurDatabase,
  runId: string,
  no: number,
  catatan: string,
  now = Date.now(),
  seen?: Record<string, number>,
): Promise<void> {
  if (catatan.length > CATATAN_MAKS) {
    return Promise.reject(
      new RunError(
        `Catatan langkah ${no} terlalu panjang: ${catatan.length.toLocaleString('id-ID')} karakter; batas ${CATATAN_MAKS.toLocaleString('id-ID')}.`,
      ),
    );
  }
  return change(db, runId, now, (run, device) => {
    const step = stepState(run, no);
    const stored = step.jejak.catatan?.versi ?? {};
    if (seen && !covers(seen, stored) && step.catatan !== catatan && step.catatan !== '' && !step.konflik.includes(step.catatan)) {
      step.konflik = [...step.konflik, step.catatan].sort();
    }
    step.konflik = step.konflik.filter((text) => text !== catatan);
    setField(step, 'catatan', catatan, device, now, seen);
  });
}

/** Settles a note's concurrent versions: `catatan` becomes the note and the other texts are let go. */
export function settleNote(db: LajurDatabase, runId: string, no: number, catatan: string, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run, device) => {
    const step = stepState(run, no);
    step.konflik = [];
    setField(step, 'catatan', catatan, device, now);
  });
}

/** Records the outcome chosen at a decision (one of its labels), or clears it with null. */
export function chooseOutcome(db: LajurDatabase, runId: string, no: number, label: string | null, now = Date.now()): Promise<void> {
  return change(db, runId, now, (run, device) => {
    const step = run.langkah.find((candidate) => candidate.no === no);
    if (step?.jenis !== 'keputusan') throw new RunError(`Langkah ${no} bukan keputusan.`);
    if (label !== null && !step.pilihan?.some((pilihan) => pilihan.label === label)) {
      throw new RunError(`Langkah ${no} tidak memiliki pilihan "${label}".`);
    }
    setField(stepState(run, no), 'keputusan', label, device, now);
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

/** Deletes a run for good (after the person confirmed), remembering it so an older backup cannot restore it. */
export async function deleteRun(db: LajurDatabase, runId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.runs, db.terhapus, async () => {
    await db.runs.delete(runId);
    await db.terhapus.put({ id: runId, dihapus: now });
  });
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

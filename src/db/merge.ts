/**
 * The merge rule of checklist records (written out in src/db/MERGE.md). Pure functions on plain records: the same
 * rule merges an imported backup, two tabs writing one run, and later a shared team copy.
 *
 * Every field of a step (tick, outcome, note) carries a `Jejak`: who changed it, when, and the latest change of
 * each device it has seen (a version vector). A value that has seen everything the other has seen wins; two
 * values written without knowing of each other are concurrent: the later one wins, and for notes the other text
 * is kept in `konflik` until the reader settles it.
 */
import { EMPTY_STATE, type RunStepState } from '../domain/checklist.ts';

/** Who changed a value and when. */
export interface Jejak {
  /** Time of the change (ms), never lower than a change the value had seen: a later edit always sorts later. */
  waktu: number;
  /** The device (one browser profile) that made it. */
  perangkat: string;
  /** Device id to the time of its latest change this value has seen. */
  versi: Record<string, number>;
}

export const BIDANG = ['dicentang', 'catatan', 'keputusan'] as const;
export type Bidang = (typeof BIDANG)[number];

/** What happened to one step, with the trace of each field. */
export interface StepRecord extends RunStepState {
  /** Per field, the change that gave its current value; absent while never changed. */
  jejak: Partial<Record<Bidang, Jejak>>;
  /** Other texts of the note written concurrently (elsewhere or in another tab), until the reader settles them. */
  konflik: string[];
}

export const emptyStep = (): StepRecord => ({ ...EMPTY_STATE, jejak: {}, konflik: [] });

type Order = 'sama' | 'a' | 'b' | 'serentak';

/** How two version vectors relate: equal, one has seen all of the other, or neither (concurrent). */
export function compareVersi(a: Record<string, number>, b: Record<string, number>): Order {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[device] ?? 0;
    const right = b[device] ?? 0;
    if (left > right) aAhead = true;
    if (right > left) bAhead = true;
  }
  if (aAhead && bAhead) return 'serentak';
  return aAhead ? 'a' : bAhead ? 'b' : 'sama';
}

export function maxVersi(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const merged: Record<string, number> = { ...a };
  for (const [device, time] of Object.entries(b)) merged[device] = Math.max(merged[device] ?? 0, time);
  return Object.fromEntries(Object.entries(merged).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** The trace of a new change on top of what the writer had seen (`seen`, one or more vectors). */
export function nextJejak(device: string, now: number, ...seen: Array<Record<string, number> | undefined>): Jejak {
  let versi: Record<string, number> = {};
  for (const vector of seen) if (vector) versi = maxVersi(versi, vector);
  const waktu = Math.max(now, ...Object.values(versi).map((time) => time + 1));
  return { waktu, perangkat: device, versi: maxVersi(versi, { [device]: waktu }) };
}

const key = (value: unknown) => JSON.stringify(value ?? null);

/** True when `a` sorts after `b` in the total order used for concurrent changes: time, then device, then value. */
function later(a: Jejak, aValue: unknown, b: Jejak, bValue: unknown): boolean {
  if (a.waktu !== b.waktu) return a.waktu > b.waktu;
  if (a.perangkat !== b.perangkat) return a.perangkat > b.perangkat;
  return key(aValue) > key(bValue);
}

const NEVER: Jejak = { waktu: 0, perangkat: '', versi: {} };

/** Merges one step: field by field, keeping both texts of a note written concurrently. */
export function mergeStep(a: StepRecord, b: StepRecord): StepRecord {
  const merged: StepRecord = { ...emptyStep(), konflik: [] };
  let noteWinner: 'a' | 'b' | 'keduanya' = 'a';
  for (const field of BIDANG) {
    const ja = a.jejak[field];
    const jb = b.jejak[field];
    const va = a[field];
    const vb = b[field];
    let pick: 'a' | 'b';
    let jejak: Jejak | undefined;
    const order = compareVersi(ja?.versi ?? {}, jb?.versi ?? {});
    if ((order === 'sama' && key(va) === key(vb)) || order === 'a') pick = 'a';
    else if (order === 'b') pick = 'b';
    else {
      pick = later(ja ?? NEVER, va, jb ?? NEVER, vb) ? 'a' : 'b';
      const winner = (pick === 'a' ? ja : jb) ?? NEVER;
      jejak = { ...winner, versi: maxVersi(ja?.versi ?? {}, jb?.versi ?? {}) };
      if (field === 'catatan') noteWinner = 'keduanya';
    }
    jejak ??= pick === 'a' ? ja : jb;
    (merged as unknown as Record<Bidang, unknown>)[field] = pick === 'a' ? va : vb;
    if (jejak) merged.jejak[field] = jejak;
    if (field === 'catatan' && noteWinner !== 'keduanya') noteWinner = pick;
  }
  if (noteWinner === 'keduanya') {
    const texts = new Set([...a.konflik, ...b.konflik, a.catatan, b.catatan]);
    texts.delete(merged.catatan);
    texts.delete('');
    merged.konflik = [...texts].sort();
  } else {
    merged.konflik = [...(noteWinner === 'a' ? a.konflik : b.konflik)];
  }
  return merged;
}

/** The fields of a run record the merge reads and writes. */
export interface MergeableRun {
  status: 'berjalan' | 'selesai' | 'dibatalkan';
  diakhiri: number | null;
  diperbarui: number;
  keadaan: Record<string, StepRecord>;
}

/**
 * Merges two copies of one run. A run ended on either side is ended (an end is never undone); when both ended,
 * the earlier end counts. Steps merge one by one.
 */
export function mergeRun<T extends MergeableRun>(a: T, b: T): T {
  let ending: Pick<MergeableRun, 'status' | 'diakhiri'> = a;
  if (a.status === 'berjalan') ending = b;
  else if (b.status !== 'berjalan') {
    const sortA = `${String(a.diakhiri ?? 0).padStart(16, '0')}${a.status}`;
    const sortB = `${String(b.diakhiri ?? 0).padStart(16, '0')}${b.status}`;
    ending = sortA <= sortB ? a : b;
  }
  const keadaan: Record<string, StepRecord> = {};
  const numbers = [...new Set([...Object.keys(a.keadaan), ...Object.keys(b.keadaan)])].sort((x, y) => Number(x) - Number(y));
  for (const no of numbers) keadaan[no] = mergeStep(a.keadaan[no] ?? emptyStep(), b.keadaan[no] ?? emptyStep());
  return { ...a, status: ending.status, diakhiri: ending.diakhiri, diperbarui: Math.max(a.diperbarui, b.diperbarui), keadaan };
}

/** A stable text of what a run records, to tell whether a merge changed anything. */
export function recordKey(run: MergeableRun): string {
  const steps = Object.keys(run.keadaan)
    .sort((x, y) => Number(x) - Number(y))
    .map((no) => {
      const step = run.keadaan[no] as StepRecord;
      return [no, step.dicentang, step.catatan, step.keputusan, step.konflik, BIDANG.map((field) => step.jejak[field] ?? null)];
    });
  return JSON.stringify([run.status, run.diakhiri, steps]);
}

/**
 * Write-ahead journal of checklist changes. IndexedDB commits asynchronously: a tick or a note followed at once by
 * a reload, Back or a closed tab can be aborted before it lands. Every change is first written here,
 * synchronously (localStorage), then stored in IndexedDB; the entry leaves the journal only after the commit.
 * A page that starts replays what is left, so a change survives the page that made it as well as the platform
 * allows. Replaying twice is harmless: a tick or outcome set again keeps its value, and a note equal to the
 * stored one adds no second version.
 */
import type { DrafRecord, LajurDatabase } from './database.ts';
import { saveDraft } from './drafts.ts';
import { chooseOutcome, RunError, setNote, setTicked } from './runs.ts';

const KEY = 'lajur-checklist-jurnal';
const TAB_LOCK = 'lajur-tab-';

/**
 * This page's id. While the page lives it holds a Web Lock of that name, so that another page starting up
 * replays only the entries of pages that are gone, never those of a tab where someone is still typing.
 */
const tabId = crypto.randomUUID();
if (typeof navigator !== 'undefined' && navigator.locks) {
  void navigator.locks.request(`${TAB_LOCK}${tabId}`, () => new Promise<void>(() => {})).catch(() => undefined);
}

async function livingTabs(): Promise<Set<string>> {
  if (typeof navigator === 'undefined' || !navigator.locks) return new Set();
  try {
    const { held = [] } = await navigator.locks.query();
    return new Set(
      held
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(TAB_LOCK))
        .map((name) => name.slice(TAB_LOCK.length)),
    );
  } catch {
    return new Set();
  }
}

/** One pending change, as made on the screen. */
export type PendingChange =
  | { runId: string; no: number; bidang: 'dicentang'; nilai: boolean; waktu: number }
  | { runId: string; no: number; bidang: 'keputusan'; nilai: string | null; waktu: number }
  | { runId: string; no: number; bidang: 'catatan'; nilai: string; waktu: number; dilihat: Record<string, number> }
  /** A draft of the SOP editor, whole (its id in `runId`, `no` 0): the same journal keeps it through a reload. */
  | { runId: string; no: 0; bidang: 'draf'; nilai: DrafRecord; waktu: number };

type Journal = Record<string, PendingChange & { seq: number; tab?: string }>;

const entryKey = (change: PendingChange) => `${change.runId}|${change.no}|${change.bidang}`;

function read(): Journal {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function write(journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(journal));
  } catch {
    // Storage full or blocked: IndexedDB still gets the change; only the crash protection is lost.
  }
}

let seq = 0;

/** Notes a change before it is stored; a later change of the same field replaces it. Returns its ticket. */
export function remember(change: PendingChange): number {
  const journal = read();
  seq = Math.max(seq, ...Object.values(journal).map((entry) => entry.seq)) + 1;
  journal[entryKey(change)] = { ...change, seq, tab: tabId };
  write(journal);
  return seq;
}

/** Drops a change once stored, unless a newer change of the same field came in meanwhile. */
export function forget(change: PendingChange, ticket: number): void {
  const journal = read();
  if (journal[entryKey(change)]?.seq === ticket) {
    delete journal[entryKey(change)];
    write(journal);
  }
}

/** Stores one change in IndexedDB. */
export function apply(db: LajurDatabase, change: PendingChange): Promise<void> {
  switch (change.bidang) {
    case 'dicentang':
      return setTicked(db, change.runId, change.no, change.nilai, change.waktu);
    case 'keputusan':
      return chooseOutcome(db, change.runId, change.no, change.nilai, change.waktu);
    case 'catatan':
      return setNote(db, change.runId, change.no, change.nilai, change.waktu, change.dilihat);
    case 'draf':
      return saveDraft(db, change.nilai);
  }
}

/** Journals a change, stores it, and forgets it after the commit; rejects (and keeps it) when storing fails. */
export async function store(db: LajurDatabase, change: PendingChange): Promise<void> {
  const ticket = remember(change);
  try {
    await apply(db, change);
  } catch (error) {
    // A change the database refuses for good (run ended or gone) is not retried at the next start.
    if (error instanceof RunError) forget(change, ticket);
    throw error;
  }
  forget(change, ticket);
}

/** The changes of one run still waiting in the journal (for example from a page closed mid-write). */
export function pendingFor(runId: string): PendingChange[] {
  return Object.values(read())
    .filter((entry) => entry.runId === runId)
    .sort((a, b) => a.seq - b.seq);
}

/** Stores every change left in the journal by pages that are gone; returns how many were stored. */
export async function replay(db: LajurDatabase): Promise<number> {
  let stored = 0;
  const living = await livingTabs();
  for (const entry of Object.values(read()).sort((a, b) => a.seq - b.seq)) {
    if (entry.tab && entry.tab !== tabId && living.has(entry.tab)) continue;
    try {
      await apply(db, entry);
      stored += 1;
      forget(entry, entry.seq);
    } catch (error) {
      if (error instanceof RunError) forget(entry, entry.seq);
      else throw error;
    }
  }
  return stored;
}

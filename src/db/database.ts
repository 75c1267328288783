/**
 * The checklist database: one typed Dexie database in the browser's IndexedDB, owned by this module. Everything
 * that reads or writes checklist runs goes through `openDatabase()` and the functions in runs.ts and transfer.ts.
 *
 * Schema versions are kept below, oldest first, each with its date and upgrade. A released version is never
 * edited: a change is a new version with an upgrade, and tests/unit/checklist-db.test.ts migrates seeded data of
 * the previous version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { RunStepSnapshot, RunStepState } from '../domain/checklist.ts';

export type RunStatus = 'berjalan' | 'selesai' | 'dibatalkan';

/** One run of an SOP's checklist, with a copy of the steps taken when it started. */
export interface RunRecord {
  id: string;
  sopId: string;
  sopNomor: string | null;
  sopNama: string;
  /** The SOP's procedure hash when the run started (see src/domain/versi.ts). */
  sopVersi: string;
  sopTanggalRevisi: string | null;
  judul: string;
  /** Who carries it out, when given. */
  namaPelaksana: string | null;
  status: RunStatus;
  dimulai: number;
  diakhiri: number | null;
  /** Last change of any kind, for sorting and for merging imports (the newer run wins). */
  diperbarui: number;
  langkah: RunStepSnapshot[];
  /** Step number (as text) to what happened to it. */
  keadaan: Record<string, RunStepState>;
}

interface SchemaVersion {
  version: number;
  date: string;
  stores: Record<string, string>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // First shape: runs by id, SOP, status and start.
    version: 1,
    date: '2026-11-26',
    stores: { runs: 'id, sopId, status, dimulai' },
  },
  {
    // Adds `diperbarui`, the time of the last change: "Checklist saya" sorts by it and imports merge by it.
    // Runs from version 1 get the latest of their start, end and tick times.
    version: 2,
    date: '2026-11-26',
    stores: { runs: 'id, sopId, status, dimulai, diperbarui' },
    upgrade: (transaction) =>
      transaction
        .table('runs')
        .toCollection()
        .modify((run: Partial<RunRecord> & { dimulai: number }) => {
          const ticks = Object.values(run.keadaan ?? {}).map((state) => state.dicentang ?? 0);
          run.diperbarui = Math.max(run.dimulai, run.diakhiri ?? 0, ...ticks);
        }),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
export const DATABASE_NAME = 'lajur-checklist';

export class LajurDatabase extends Dexie {
  runs!: EntityTable<RunRecord, 'id'>;

  /** `upTo` opens an older schema version: only tests use it, to seed data before a migration. */
  constructor(name = DATABASE_NAME, upTo = LATEST_VERSION) {
    super(name);
    for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= upTo)) {
      const declared = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) declared.upgrade(schema.upgrade);
    }
  }
}

let shared: LajurDatabase | undefined;

/**
 * The page's database. When another tab opens a newer schema, this one closes and `onOutdated` lets the page
 * ask for a reload instead of failing on the next write; nothing stored is lost.
 */
export function openDatabase(onOutdated?: () => void): LajurDatabase {
  if (!shared) {
    shared = new LajurDatabase();
    shared.on('versionchange', () => {
      shared?.close();
      shared = undefined;
      onOutdated?.();
      return false;
    });
  }
  return shared;
}

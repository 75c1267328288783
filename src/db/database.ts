/**
 * The checklist database: one typed Dexie database in the browser's IndexedDB, owned by this module. Everything
 * that reads or writes checklist runs goes through `openDatabase()` and the functions in runs.ts and transfer.ts.
 *
 * Schema versions are kept below, oldest first, each with its date and upgrade. A released version is never
 * edited: a change is a new version with an upgrade, and tests/unit/checklist-db.test.ts migrates seeded data of
 * the previous version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { RunStepSnapshot } from '../domain/checklist.ts';
import { type Bidang, type Jejak, type StepRecord, emptyStep } from './merge.ts';
import { type FormulirRecord, type KolegaRecord, kriteriaKosong } from './monev-records.ts';

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
  /** Last change of any kind, for sorting "Checklist saya" (merging goes step by step, see merge.ts). */
  diperbarui: number;
  langkah: RunStepSnapshot[];
  /** Step number (as text) to what happened to it, each field with its own trace (see MERGE.md). */
  keadaan: Record<string, StepRecord>;
}

/** A run deleted on purpose: remembered so that an older backup does not bring it back. */
export interface TombstoneRecord {
  id: string;
  /** When it was deleted. */
  dihapus: number;
}

/** Small facts about this browser's copy, such as its device id. */
export interface MetaRecord {
  kunci: string;
  nilai: string;
}

/** A draft of the SOP editor: the file as last typed, and the file it was opened from (for "what changes"). */
export interface DrafRecord {
  id: string;
  /** The SOP's file name without .mdx (its id on the site). */
  berkas: string;
  /** The SOP's name when last saved, for the list of drafts. */
  judul: string;
  /** Where it came from: "situs", "baru", "berkas", "impor". */
  asal: string;
  /** The text it was opened with: saving unchanged gives it back byte for byte. */
  teksAsal: string;
  /** The MDX text as last typed. */
  teks: string;
  /** Where each step of the text came from in teksAsal (see src/editor/yaml-splice.ts), when steps moved. */
  asalLangkah: number[] | null;
  diperbarui: number;
  /**
   * The importer's TODOs (paths in the steps as imported) with what to decide; shown until answered. Absent in
   * drafts stored before version 6.
   */
  todos?: Array<{ path: PropertyKey[]; pesan: string }>;
  /** Regulations drafted with the SOP (src/editor/regulasi-file.ts); absent when none, as in older drafts. */
  regulasi?: Array<{ berkas: string; teks: string; namaTetap?: boolean }>;
}

/** Device id of every change made before version 3 recorded who made it. */
export const PERANGKAT_LAMA = 'sebelum-v3';

/** A step state as version 2 stored it (and as export format 1 carries it), without traces. */
export interface LegacyStepState {
  dicentang: number | null;
  catatan: string;
  keputusan: string | null;
}

/**
 * Gives a version-2 step its traces: a tick dated by its own time, a note or outcome by the run's last change,
 * all from one shared device id, so that two devices holding the same old copy agree on it.
 */
export function traceLegacyStep(state: LegacyStepState, diperbarui: number): StepRecord {
  const step: StepRecord = { ...emptyStep(), ...state, jejak: {}, konflik: [] };
  const stamp = (time: number): Jejak => ({ waktu: time, perangkat: PERANGKAT_LAMA, versi: { [PERANGKAT_LAMA]: time } });
  const changed: Record<Bidang, number | null> = {
    dicentang: state.dicentang,
    catatan: state.catatan ? diperbarui : null,
    keputusan: state.keputusan === null ? null : diperbarui,
  };
  for (const [field, time] of Object.entries(changed) as Array<[Bidang, number | null]>) {
    if (time !== null) step.jejak[field] = stamp(time);
  }
  return step;
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
  {
    // Merging step by step (issue 12): every step field gets its trace (who, when, version vector), notes keep
    // concurrent texts; deleted runs are remembered (`terhapus`); `meta` holds this device's id.
    version: 3,
    date: '2026-12-01',
    stores: { runs: 'id, sopId, status, dimulai, diperbarui', terhapus: 'id', meta: 'kunci' },
    upgrade: (transaction) =>
      transaction
        .table('runs')
        .toCollection()
        .modify((run: { diperbarui: number; keadaan: Record<string, LegacyStepState | StepRecord> }) => {
          for (const [no, state] of Object.entries(run.keadaan ?? {})) {
            if (!('jejak' in state)) run.keadaan[no] = traceLegacyStep(state, run.diperbarui);
          }
        }),
  },
  {
    // Drafts of the SOP editor (/penyunting/, issue 18): the MDX text being written, kept across reloads and
    // offline. A new table; nothing of the checklist changes.
    version: 4,
    date: '2026-12-01',
    stores: { draf: 'id, diperbarui' },
  },
  {
    // Monev (issue 19): colleagues' runs imported from their backups (`kolega`, each keeping whose it is) and the
    // filled monitoring and evaluation forms (`formulir`). New tables only: nothing stored before changes.
    version: 5,
    date: '2026-12-01',
    stores: { kolega: 'kunci, sopId, pemilik, dimulai', formulir: 'id, sopId, diperbarui' },
  },
  {
    // The evaluation's Ya/Tidak criteria (issue 19): forms stored before get every criterion unanswered; forms
    // imported from colleagues carry `pemilik`. Editor drafts may carry the import's TODO notes and drafted
    // regulations (issue 18); older drafts have none, which is what their absence means. No index changes.
    version: 6,
    date: '2026-12-02',
    stores: {},
    upgrade: (transaction) =>
      transaction
        .table('formulir')
        .toCollection()
        .modify((form: { evaluasi: { kriteria?: unknown } }) => {
          form.evaluasi.kriteria ??= kriteriaKosong();
        }),
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
export const DATABASE_NAME = 'lajur-checklist';

export class LajurDatabase extends Dexie {
  runs!: EntityTable<RunRecord, 'id'>;
  terhapus!: EntityTable<TombstoneRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'kunci'>;
  draf!: EntityTable<DrafRecord, 'id'>;
  kolega!: EntityTable<KolegaRecord, 'kunci'>;
  formulir!: EntityTable<FormulirRecord, 'id'>;

  /** `upTo` opens an older schema version: only tests use it, to seed data before a migration. */
  constructor(name = DATABASE_NAME, upTo = LATEST_VERSION) {
    super(name);
    for (const schema of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= upTo)) {
      const declared = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) declared.upgrade(schema.upgrade);
    }
  }
}

/** This browser's device id: made once, kept in the database, written into every change's trace. */
export async function deviceId(db: LajurDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const known = await db.meta.get('perangkat');
    if (known) return known.nilai;
    const made = `p-${crypto.randomUUID()}`;
    await db.meta.put({ kunci: 'perangkat', nilai: made });
    return made;
  });
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

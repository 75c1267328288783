/**
 * Monev's storage operations: importing colleagues' checklist backups (several at once, each run keeping whose
 * it is, merged step by step with an earlier import of the same person), reading every run of an SOP for the
 * figures, and keeping the filled forms. Everything stays in this browser.
 */
import type { MonevRun } from '../domain/monev.ts';
import { PERLU_REVISI_KEY } from '../lib/site-files.ts';
import type { LajurDatabase, RunRecord } from './database.ts';
import { simpanFormulirTerbaru } from './formulir-merge.ts';
import { BackupError } from './import-check.ts';
import { mergeRun, recordKey } from './merge.ts';
import { type FormulirRecord, kunciKolega } from './monev-records.ts';
import { parseExport } from './transfer.ts';

/** How one's own runs are labelled beside colleagues'. */
export const PEMILIK_SAYA = 'Saya';

export interface KolegaReport {
  pemilik: string;
  ditambahkan: number;
  digabung: number;
  sama: number;
  /** Copies removed because the colleague deleted the run. */
  terhapus: number;
  /** Monev forms of the backup added or replaced by a later version (the colleague's own assessments). */
  formulir: number;
}

/**
 * The name a backup is filed under when none is given: its most frequent "pelaksana", else (a backup of forms
 * only) its most frequent assessor, else the file name.
 */
export function namaDariBerkas(text: string, fileName: string): string {
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      runs?: Array<{ namaPelaksana?: unknown }>;
      formulir?: Array<{ penilai?: { nama?: unknown } }>;
    };
    const names = (data.runs ?? []).map((run) => run.namaPelaksana);
    if (!names.some((name) => typeof name === 'string' && name.trim()))
      names.push(...(data.formulir ?? []).map((form) => form.penilai?.nama));
    const counts = new Map<string, number>();
    for (const name of names) if (typeof name === 'string' && name.trim()) counts.set(name.trim(), (counts.get(name.trim()) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  } catch {
    // parseExport below gives the message for a broken file.
  }
  return fileName.replace(/\.json$/i, '');
}

/**
 * Imports several colleagues' backups in one transaction: every file is checked completely first, so one bad
 * file leaves the database as it was and names the file. `files` pairs each file's text with whose it is.
 */
export async function importKolega(
  db: LajurDatabase,
  files: ReadonlyArray<{ text: string; fileName: string; pemilik: string }>,
  now = Date.now(),
): Promise<KolegaReport[]> {
  const parsed = files.map((file) => {
    const pemilik = file.pemilik.trim();
    if (!pemilik) throw new BackupError(`${file.fileName}: nama pemilik cadangan kosong; tuliskan nama rekan yang mengekspornya.`);
    if (pemilik === PEMILIK_SAYA)
      throw new BackupError(`${file.fileName}: nama "${PEMILIK_SAYA}" dipakai untuk pelaksanaan Anda sendiri; tuliskan nama rekan.`);
    return { ...file, pemilik, data: parseExport(file.text, file.fileName, now) };
  });
  const reports: KolegaReport[] = [];
  await db.transaction('rw', db.kolega, db.formulir, async () => {
    for (const file of parsed) {
      const report: KolegaReport = { pemilik: file.pemilik, ditambahkan: 0, digabung: 0, sama: 0, terhapus: 0, formulir: 0 };
      // Their forms: a new one is filed under them unless it already names someone (src/db/formulir-merge.ts).
      report.formulir = await simpanFormulirTerbaru(db, file.data.formulir, file.pemilik);
      for (const tombstone of file.data.terhapus) {
        const key = kunciKolega(file.pemilik, tombstone.id);
        if (await db.kolega.get(key)) {
          await db.kolega.delete(key);
          report.terhapus += 1;
        }
      }
      for (const run of file.data.runs) {
        const kunci = kunciKolega(file.pemilik, run.id);
        const existing = await db.kolega.get(kunci);
        const stamp = { kunci, pemilik: file.pemilik, berkas: file.fileName, diimpor: now };
        if (!existing) {
          await db.kolega.add({ ...run, ...stamp });
          report.ditambahkan += 1;
          continue;
        }
        const merged = mergeRun(existing, { ...run, ...stamp });
        if (recordKey(merged) === recordKey(existing)) report.sama += 1;
        else {
          await db.kolega.put({ ...merged, ...stamp });
          report.digabung += 1;
        }
      }
      reports.push(report);
    }
  });
  return reports;
}

export interface KolegaRingkas {
  pemilik: string;
  pelaksanaan: number;
  formulir: number;
  /** The file and time of the last import of their runs; null when only their forms are held. */
  berkas: string | null;
  diimpor: number | null;
}

/** Whose backups are held, with how many runs and forms each. */
export async function daftarKolega(db: LajurDatabase): Promise<KolegaRingkas[]> {
  const byOwner = new Map<string, KolegaRingkas>();
  const of = (pemilik: string) => {
    const known = byOwner.get(pemilik) ?? { pemilik, pelaksanaan: 0, formulir: 0, berkas: null, diimpor: null };
    byOwner.set(pemilik, known);
    return known;
  };
  await db.transaction('r', db.kolega, db.formulir, async () => {
    await db.kolega.each((run) => {
      const known = of(run.pemilik);
      known.pelaksanaan += 1;
      if (known.diimpor === null || run.diimpor > known.diimpor) Object.assign(known, { berkas: run.berkas, diimpor: run.diimpor });
    });
    await db.formulir.each((form) => {
      if (form.pemilik !== undefined) of(form.pemilik).formulir += 1;
    });
  });
  return [...byOwner.values()].sort((a, b) => a.pemilik.localeCompare(b.pemilik, 'id'));
}

/** Removes everything imported from one colleague, runs and forms (their own device keeps it); counts the runs. */
export async function hapusKolega(db: LajurDatabase, pemilik: string): Promise<number> {
  return db.transaction('rw', db.kolega, db.formulir, async () => {
    await db.formulir.filter((form) => form.pemilik === pemilik).delete();
    return db.kolega.where('pemilik').equals(pemilik).delete();
  });
}

type Held = RunRecord & MonevRun;

/**
 * Every run of an SOP: one's own and colleagues'. A run held more than once (a colleague had imported one's
 * backup, or two colleagues hold the same run) is merged step by step into one, labelled with its first holder.
 */
export async function monevRuns(db: LajurDatabase, sopId: string): Promise<MonevRun[]> {
  const [own, others] = await db.transaction('r', db.runs, db.kolega, () =>
    Promise.all([db.runs.where('sopId').equals(sopId).toArray(), db.kolega.where('sopId').equals(sopId).toArray()]),
  );
  const byId = new Map<string, Held>();
  for (const run of own) byId.set(run.id, { ...run, pemilik: PEMILIK_SAYA });
  for (const copy of others.sort((a, b) => a.pemilik.localeCompare(b.pemilik, 'id'))) {
    const { kunci: _k, pemilik, berkas: _b, diimpor: _d, ...run } = copy;
    const known = byId.get(run.id);
    byId.set(run.id, known ? mergeRun(known, { ...run, pemilik: known.pemilik }) : { ...run, pemilik });
  }
  return [...byId.values()];
}

/** Stores a form (new or changed); `diperbarui` is stamped here. */
export async function simpanFormulir(db: LajurDatabase, form: FormulirRecord, now = Date.now()): Promise<FormulirRecord> {
  const stored = { ...structuredClone(form), diperbarui: Math.max(now, form.diperbarui + 1) };
  await db.formulir.put(stored);
  return stored;
}

/** An SOP's forms (this device's and colleagues'), newest first. */
export async function formulirSop(db: LajurDatabase, sopId: string): Promise<FormulirRecord[]> {
  const forms = await db.formulir.where('sopId').equals(sopId).toArray();
  return forms.sort((a, b) => b.periode.sampai.localeCompare(a.periode.sampai) || b.diperbarui - a.diperbarui);
}

/**
 * SOPs whose latest evaluation (by period, then by change) concluded "perlu revisi": the "perlu revisi" list and
 * the SOP page's badge read it.
 */
export async function perluRevisi(db: LajurDatabase): Promise<FormulirRecord[]> {
  const latest = new Map<string, FormulirRecord>();
  await db.formulir.each((form) => {
    const known = latest.get(form.sopId);
    if (
      !known ||
      form.periode.sampai > known.periode.sampai ||
      (form.periode.sampai === known.periode.sampai && form.diperbarui > known.diperbarui)
    )
      latest.set(form.sopId, form);
  });
  return [...latest.values()].filter((form) => form.evaluasi.perluRevisi === true).sort((a, b) => a.sopNama.localeCompare(b.sopNama, 'id'));
}

/**
 * Rewrites the SOP pages' copy of the "perlu revisi" list (localStorage: SOP id to the period evaluated). Called
 * whenever forms may have changed: after saving one, after a backup import, when a monev page opens.
 */
export async function cerminPerluRevisi(db: LajurDatabase): Promise<void> {
  try {
    const list = await perluRevisi(db);
    const copy = Object.fromEntries(list.map((form) => [form.sopId, { dari: form.periode.dari, sampai: form.periode.sampai }]));
    localStorage.setItem(PERLU_REVISI_KEY, JSON.stringify(copy));
  } catch {
    // No localStorage (private mode, tests): the badge is left out; the monev pages still list it.
  }
}

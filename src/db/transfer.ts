/**
 * Export and import of checklist runs. JSON is the complete backup (with a format version, restorable); CSV is
 * for spreadsheets and evidence (UTF-8 with a byte order mark so Excel reads it, one row per step per run,
 * Indonesian column names and dates, formula-leading cells neutralised). An import is checked completely before
 * anything is written (import-check.ts), then merged step by step in one transaction (merge.ts, MERGE.md): all
 * or nothing, every step's latest change kept, concurrent notes kept both, deleted runs staying deleted.
 */
import { runProgress } from '../domain/checklist.ts';
import { formatWaktu } from '../domain/tanggal.ts';
import type { LajurDatabase, RunRecord, TombstoneRecord } from './database.ts';
import { checkFormulirList } from './formulir-check.ts';
import { simpanFormulirTerbaru } from './formulir-merge.ts';
import { checkRun, checkTombstones, BackupError } from './import-check.ts';
import { mergeRun, recordKey } from './merge.ts';
import type { FormulirRecord } from './monev-records.ts';
import { statesOf } from './runs.ts';

export { BackupError };

export const EXPORT_FORMAT = 'lajur-checklist';
/**
 * Version of the export file format; an import refuses newer ones rather than guess. 2 adds traces and deletions;
 * 3 adds the monev forms (`formulir`), absent from older files, which still import; 4 adds the forms' evaluation
 * criteria (`evaluasi.kriteria`) and whose a colleague's form is (`pemilik`).
 */
export const EXPORT_VERSION = 4;
/** Largest backup file read, in bytes: far above any real checklist, low enough not to freeze a phone. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  versi: number;
  diekspor: string;
  runs: RunRecord[];
  /** Runs deleted on purpose on the exporting device, so that they stay deleted where this file is imported. */
  terhapus: TombstoneRecord[];
  /** Filled monev forms (format 3). */
  formulir: FormulirRecord[];
}

export async function exportJson(db: LajurDatabase, now = new Date()): Promise<string> {
  const [runs, terhapus, formulir] = await db.transaction('r', db.runs, db.terhapus, db.formulir, () =>
    Promise.all([db.runs.orderBy('dimulai').toArray(), db.terhapus.orderBy('id').toArray(), db.formulir.orderBy('id').toArray()]),
  );
  const file: ExportFile = { format: EXPORT_FORMAT, versi: EXPORT_VERSION, diekspor: now.toISOString(), runs, terhapus, formulir };
  return JSON.stringify(file, null, 1);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

/** Reads and checks an export file completely; throws BackupError with a message for people, writes nothing. */
export function parseExport(
  text: string,
  fileName = 'berkas',
  now = Date.now(),
): { runs: RunRecord[]; terhapus: TombstoneRecord[]; formulir: FormulirRecord[] } {
  if (text.length > IMPORT_MAX_BYTES) {
    throw new BackupError(
      `${fileName} berukuran ${megabytes(text.length)}; cadangan checklist dibatasi ${megabytes(IMPORT_MAX_BYTES)}. Pilih berkas .json dari tombol "Ekspor JSON".`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError(`${fileName} bukan JSON yang utuh (rusak atau terpotong). Pilih berkas .json dari tombol "Ekspor JSON".`);
  }
  const header = data as Partial<Record<keyof ExportFile, unknown>> | null;
  if (!header || typeof header !== 'object' || header.format !== EXPORT_FORMAT) {
    throw new BackupError(
      `${fileName} bukan ekspor checklist Lajur: tanda format "${EXPORT_FORMAT}" tidak ditemukan. Pilih berkas .json dari tombol "Ekspor JSON".`,
    );
  }
  const versi = header.versi;
  if (typeof versi !== 'number' || !Number.isInteger(versi) || versi < 1) {
    throw new BackupError(`${fileName}: versi format "${String(versi)}" tidak dikenal; diharapkan bilangan bulat 1 atau lebih.`);
  }
  if (versi > EXPORT_VERSION) {
    throw new BackupError(
      `${fileName} dibuat oleh versi Lajur yang lebih baru (format versi ${versi}; aplikasi ini membaca sampai versi ${EXPORT_VERSION}). Muat ulang aplikasi agar diperbarui, lalu coba lagi.`,
    );
  }
  if (!Array.isArray(header.runs)) {
    const what =
      header.runs === undefined
        ? 'tidak ada'
        : Array.isArray(header.runs)
          ? 'daftar'
          : header.runs === null
            ? 'kosong (null)'
            : typeof header.runs === 'object'
              ? 'objek'
              : `nilai ${String(header.runs)}`;
    throw new BackupError(`${fileName}: "runs" harus berupa daftar pelaksanaan; ditemukan ${what}.`);
  }
  const seen = new Set<string>();
  const runs = header.runs.map((candidate, index) => {
    const run = checkRun(candidate, index, fileName, versi, now);
    if (seen.has(run.id))
      throw new BackupError(
        `${fileName}: pelaksanaan ke-${index + 1} ("${run.judul}") memakai id ${run.id} yang sudah dipakai pelaksanaan lain dalam berkas ini.`,
      );
    seen.add(run.id);
    return run;
  });
  return { runs, terhapus: checkTombstones(header.terhapus, fileName, now), formulir: checkFormulirList(header.formulir, fileName, versi) };
}

export interface ImportReport {
  ditambahkan: number;
  /** Runs in both places whose steps were merged into something new here. */
  digabung: number;
  /** Runs this device already had exactly so. */
  sama: number;
  /** Runs of the file deleted on purpose (here or on the exporting device): not restored, or now deleted here. */
  terhapus: number;
  /** Notes that both sides changed: both texts are kept and the run page shows them. */
  konflik: number;
  /** Monev forms added or replaced by a later version from the file. */
  formulir: number;
}

const conflicts = (run: RunRecord) => Object.values(run.keadaan).filter((step) => step.konflik.length > 0).length;

/** Checks the file, then merges it run by run and step by step in one transaction. */
export async function importJson(db: LajurDatabase, text: string, fileName?: string): Promise<ImportReport> {
  const file = parseExport(text, fileName);
  const report: ImportReport = { ditambahkan: 0, digabung: 0, sama: 0, terhapus: 0, konflik: 0, formulir: 0 };
  await db.transaction('rw', db.runs, db.terhapus, db.formulir, async () => {
    report.formulir = await simpanFormulirTerbaru(db, file.formulir);
    for (const tombstone of file.terhapus) {
      const known = await db.terhapus.get(tombstone.id);
      if (!known || known.dihapus > tombstone.dihapus) await db.terhapus.put(tombstone);
      if (await db.runs.get(tombstone.id)) {
        await db.runs.delete(tombstone.id);
        report.terhapus += 1;
      }
    }
    for (const run of file.runs) {
      if (await db.terhapus.get(run.id)) {
        report.terhapus += 1;
        continue;
      }
      const existing = await db.runs.get(run.id);
      if (!existing) {
        await db.runs.add(run);
        report.ditambahkan += 1;
        report.konflik += conflicts(run);
        continue;
      }
      const merged = mergeRun(existing, run);
      if (recordKey(merged) === recordKey(existing)) {
        report.sama += 1;
      } else {
        await db.runs.put(merged);
        report.digabung += 1;
        report.konflik += Math.max(0, conflicts(merged) - conflicts(existing));
      }
    }
  });
  return report;
}

export const CSV_COLUMNS = [
  'ID Pelaksanaan',
  'Judul',
  'Nomor SOP',
  'Nama SOP',
  'Versi SOP',
  'Tanggal Revisi SOP',
  'Pelaksana (orang)',
  'Status Pelaksanaan',
  'Dimulai',
  'Diakhiri',
  'No Langkah',
  'Aktivitas',
  'Pelaksana Langkah',
  'Durasi Baku (menit)',
  'Status Langkah',
  'Waktu Centang',
  'Keputusan',
  'Catatan',
] as const;

const STEP_STATUS: Record<string, string> = { selesai: 'selesai', dilewati: 'dilewati', berikutnya: 'belum', menunggu: 'belum' };

/**
 * One CSV cell. Text starting with = + - @ (or a tab or carriage return) would run as a formula in Excel or
 * LibreOffice: it gets a leading apostrophe, as OWASP advises for CSV injection, and is quoted when needed.
 */
export function csvCell(value: string | number | null, separator: string): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV of runs, one row per step. The separator defaults to ";" because Excel with Indonesian regional settings
 * expects it (the comma is the decimal sign there); "," suits other settings.
 */
export function runsToCsv(runs: readonly RunRecord[], separator: ';' | ',' = ';'): string {
  const rows: Array<Array<string | number | null>> = [[...CSV_COLUMNS]];
  for (const run of runs) {
    const progress = runProgress(run.langkah, statesOf(run), run.dimulai);
    for (const view of progress.steps) {
      const other = run.keadaan[String(view.step.no)]?.konflik ?? [];
      rows.push([
        run.id,
        run.judul,
        run.sopNomor,
        run.sopNama,
        run.sopVersi,
        run.sopTanggalRevisi,
        run.namaPelaksana,
        run.status,
        formatWaktu(run.dimulai),
        run.diakhiri === null ? null : formatWaktu(run.diakhiri),
        view.step.no,
        view.step.aktivitas.join('; '),
        view.step.pelaksana,
        view.step.menit,
        STEP_STATUS[view.status] ?? view.status,
        view.state.dicentang === null ? null : formatWaktu(view.state.dicentang),
        view.state.keputusan,
        [view.state.catatan, ...other.map((text) => `[versi lain] ${text}`)].filter(Boolean).join('\n') || null,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

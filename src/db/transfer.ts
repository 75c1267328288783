/**
 * Export and import of checklist runs. JSON is the complete backup (with a format version, restorable); CSV is
 * for spreadsheets and evidence (UTF-8 with a byte order mark so Excel reads it, one row per step per run,
 * Indonesian column names and dates). An import is checked completely before anything is written, then merged
 * by run id in one transaction: all or nothing, and a run changed more recently on this device is kept.
 */
import * as z from 'zod/mini';
import { runProgress } from '../domain/checklist.ts';
import { JENIS_LANGKAH } from '../domain/step-graph.ts';
import { formatWaktu } from '../domain/tanggal.ts';
import type { LajurDatabase, RunRecord } from './database.ts';
import { statesOf } from './runs.ts';

export const EXPORT_FORMAT = 'lajur-checklist';
/** Version of the export file format; an import refuses newer ones rather than guess. */
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  versi: number;
  diekspor: string;
  runs: RunRecord[];
}

export async function exportJson(db: LajurDatabase, now = new Date()): Promise<string> {
  const runs = await db.runs.orderBy('dimulai').toArray();
  const file: ExportFile = { format: EXPORT_FORMAT, versi: EXPORT_VERSION, diekspor: now.toISOString(), runs };
  return JSON.stringify(file, null, 1);
}

const stateSchema = z.object({
  dicentang: z.nullable(z.number()),
  catatan: z.string(),
  keputusan: z.nullable(z.string()),
});

const stepSchema = z.object({
  no: z.number().check(z.int(), z.positive()),
  jenis: z.enum(JENIS_LANGKAH),
  aktivitas: z.array(z.string()),
  pelaksana: z.string(),
  durasiTeks: z.nullable(z.string()),
  menit: z.nullable(z.number()),
  kelengkapan: z.nullable(z.array(z.string())),
  output: z.nullable(z.array(z.string())),
  lanjutKe: z.optional(z.nullable(z.number())),
  pilihan: z.optional(z.nullable(z.array(z.object({ label: z.string(), lanjutKe: z.number() })))),
});

const runSchema = z.object({
  id: z.string().check(z.minLength(1)),
  sopId: z.string(),
  sopNomor: z.nullable(z.string()),
  sopNama: z.string(),
  sopVersi: z.string(),
  sopTanggalRevisi: z.nullable(z.string()),
  judul: z.string(),
  namaPelaksana: z.nullable(z.string()),
  status: z.enum(['berjalan', 'selesai', 'dibatalkan']),
  dimulai: z.number(),
  diakhiri: z.nullable(z.number()),
  diperbarui: z.number(),
  langkah: z.array(stepSchema).check(z.minLength(1)),
  keadaan: z.record(z.string(), stateSchema),
});

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Reads and checks an export file completely; throws ImportError with a message for people, writes nothing. */
export function parseExport(text: string, fileName = 'berkas'): RunRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`${fileName} bukan JSON yang utuh (rusak atau terpotong): ${(error as Error).message}`);
  }
  const header = data as Partial<ExportFile> | null;
  if (!header || typeof header !== 'object' || header.format !== EXPORT_FORMAT) {
    throw new ImportError(
      `${fileName} bukan ekspor checklist Lajur: tanda format "${EXPORT_FORMAT}" tidak ditemukan. Pilih berkas .json dari tombol "Ekspor JSON".`,
    );
  }
  if (typeof header.versi !== 'number' || !Number.isInteger(header.versi) || header.versi < 1) {
    throw new ImportError(`${fileName}: versi format "${String(header.versi)}" tidak dikenal; diharapkan bilangan bulat 1 atau lebih.`);
  }
  if (header.versi > EXPORT_VERSION) {
    throw new ImportError(
      `${fileName} dibuat oleh versi Lajur yang lebih baru (format versi ${header.versi}; aplikasi ini membaca sampai versi ${EXPORT_VERSION}). Muat ulang aplikasi agar diperbarui, lalu coba lagi.`,
    );
  }
  if (!Array.isArray(header.runs)) throw new ImportError(`${fileName}: daftar "runs" tidak ada; diharapkan daftar pelaksanaan.`);
  const seen = new Set<string>();
  return header.runs.map((candidate, index) => {
    const label = `pelaksanaan ke-${index + 1}${typeof (candidate as { judul?: unknown })?.judul === 'string' ? ` ("${(candidate as { judul: string }).judul}")` : ''}`;
    const parsed = runSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(
        `${fileName}: ${label}, kolom ${issue?.path.join('.') || '(seluruhnya)'}: ${issue?.message ?? 'tidak sesuai'}.`,
      );
    }
    const run = parsed.data as RunRecord;
    if (seen.has(run.id))
      throw new ImportError(`${fileName}: ${label} memakai id ${run.id} yang sudah dipakai pelaksanaan lain dalam berkas ini.`);
    seen.add(run.id);
    const numbers = new Set(run.langkah.map((step) => step.no));
    const stray = Object.keys(run.keadaan).find((no) => !numbers.has(Number(no)));
    if (stray !== undefined) throw new ImportError(`${fileName}: ${label} mencatat langkah ${stray} yang tidak ada di salinan langkahnya.`);
    return run;
  });
}

export interface ImportReport {
  ditambahkan: number;
  diperbarui: number;
  /** Runs kept as they are because this device has a newer (or the same) version. */
  dilewati: number;
}

/** Checks the file, then merges it by run id in one transaction. */
export async function importJson(db: LajurDatabase, text: string, fileName?: string): Promise<ImportReport> {
  const runs = parseExport(text, fileName);
  const report: ImportReport = { ditambahkan: 0, diperbarui: 0, dilewati: 0 };
  await db.transaction('rw', db.runs, async () => {
    for (const run of runs) {
      const existing = await db.runs.get(run.id);
      if (!existing) {
        await db.runs.add(run);
        report.ditambahkan += 1;
      } else if (run.diperbarui > existing.diperbarui) {
        await db.runs.put(run);
        report.diperbarui += 1;
      } else {
        report.dilewati += 1;
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

function csvCell(value: string | number | null, separator: string): string {
  const text = value === null ? '' : String(value);
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
        view.state.catatan || null,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

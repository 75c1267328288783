/**
 * Checks a checklist backup completely before anything is written, and says what is wrong in Bahasa Indonesia:
 * the file, the run (counted from 1, with its title), the step (its number, or its place counted from 1), the
 * field, what was found and what is expected. Format 1 files (before traces) are read and given traces the same
 * way the database's version 3 upgrade gives them.
 */
import { JENIS_LANGKAH } from '../domain/step-graph.ts';
import { type LegacyStepState, type RunRecord, type TombstoneRecord, traceLegacyStep } from './database.ts';
import { BIDANG, type Jejak, type StepRecord } from './merge.ts';
import { CATATAN_MAKS } from './runs.ts';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Earliest time accepted in a backup; the latest is one day after the import (clocks differ a little). */
export const WAKTU_MIN = Date.UTC(2000, 0, 1);
const DAY = 24 * 60 * 60 * 1000;
/** Longest titles and names accepted (the start form allows 120 and 80). */
const TEKS_PENDEK_MAKS = 500;

const rupiah = (n: number) => n.toLocaleString('id-ID');

/** What a value is, in words, for messages. */
export function found(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  if (value === null) return 'kosong (null)';
  if (typeof value === 'string') return value.length > 40 ? `teks "${value.slice(0, 40)}…"` : `teks "${value}"`;
  if (typeof value === 'number') return `angka ${value}`;
  if (typeof value === 'boolean') return `nilai ${value ? 'benar' : 'salah'}`;
  if (Array.isArray(value)) return `daftar berisi ${value.length}`;
  return 'objek';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects the first problem of one run; `where` is the run's label. */
class Checker {
  private readonly where: string;
  private readonly latest: number;

  constructor(where: string, latest: number) {
    this.where = where;
    this.latest = latest;
  }

  fail(place: string, field: string, value: unknown, expected: string): never {
    throw new BackupError(`${this.where}${place ? `, ${place}` : ''}: ${field} harus berupa ${expected}; ditemukan ${found(value)}.`);
  }

  text(value: unknown, place: string, field: string, max = TEKS_PENDEK_MAKS, nullable = false): void {
    if (nullable && value === null) return;
    if (typeof value !== 'string') this.fail(place, field, value, nullable ? 'teks atau null' : 'teks');
    if (value.length > max) {
      throw new BackupError(
        `${this.where}${place ? `, ${place}` : ''}: ${field} ${rupiah(value.length)} karakter; batas ${rupiah(max)} karakter.`,
      );
    }
  }

  texts(value: unknown, place: string, field: string, nullable = false): void {
    if (nullable && value === null) return;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      this.fail(place, field, value, nullable ? 'daftar teks atau null' : 'daftar teks');
  }

  time(value: unknown, place: string, field: string, nullable = false): void {
    if (nullable && value === null) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(place, field, value, nullable ? 'waktu atau null' : 'waktu');
    if (value < WAKTU_MIN || value > this.latest) {
      throw new BackupError(
        `${this.where}${place ? `, ${place}` : ''}: ${field} ${found(value)} di luar rentang; diharapkan waktu (milidetik sejak 1970) antara 1 Januari 2000 dan sehari setelah hari ini.`,
      );
    }
  }

  jejak(value: unknown, place: string, field: string): asserts value is Jejak {
    if (!isRecord(value)) this.fail(place, `jejak ${field}`, value, 'objek {waktu, perangkat, versi}');
    this.time(value.waktu, place, `jejak ${field}.waktu`);
    this.text(value.perangkat, place, `jejak ${field}.perangkat`, 100);
    if (!isRecord(value.versi) || Object.keys(value.versi).length > 1_000)
      this.fail(place, `jejak ${field}.versi`, value.versi, 'objek perangkat → waktu');
    for (const time of Object.values(value.versi)) this.time(time, place, `jejak ${field}.versi`);
  }
}

function checkStep(check: Checker, step: unknown, index: number): void {
  const place = `langkah ke-${index + 1}`;
  if (!isRecord(step)) check.fail('', place, step, 'objek langkah');
  if (typeof step.no !== 'number' || !Number.isInteger(step.no) || step.no < 1)
    check.fail(place, 'nomor', step.no, 'bilangan bulat 1 atau lebih');
  if (!JENIS_LANGKAH.includes(step.jenis as never)) check.fail(place, 'jenis', step.jenis, `salah satu dari ${JENIS_LANGKAH.join(', ')}`);
  check.texts(step.aktivitas, place, 'aktivitas');
  check.text(step.pelaksana, place, 'pelaksana');
  check.text(step.durasiTeks, place, 'durasi', TEKS_PENDEK_MAKS, true);
  if (step.menit !== null && (typeof step.menit !== 'number' || !Number.isFinite(step.menit) || step.menit < 0))
    check.fail(place, 'menit', step.menit, 'angka 0 atau lebih, atau null');
  if (step.hari !== undefined && step.hari !== 'kerja' && step.hari !== 'kalender')
    check.fail(place, 'jenis hari', step.hari, '"kerja" atau "kalender" (atau tidak ada)');
  check.texts(step.kelengkapan, place, 'kelengkapan', true);
  check.texts(step.output, place, 'output', true);
  if (step.lanjutKe !== undefined && step.lanjutKe !== null && !Number.isInteger(step.lanjutKe))
    check.fail(place, 'lanjut ke', step.lanjutKe, 'nomor langkah atau null');
  if (step.pilihan !== undefined && step.pilihan !== null) {
    if (!Array.isArray(step.pilihan)) check.fail(place, 'pilihan', step.pilihan, 'daftar pilihan atau null');
    step.pilihan.forEach((choice: unknown, at: number) => {
      if (!isRecord(choice) || typeof choice.label !== 'string' || !Number.isInteger(choice.lanjutKe))
        check.fail(`${place}, pilihan ke-${at + 1}`, 'pilihan', choice, 'objek {label: teks, lanjutKe: nomor langkah}');
    });
  }
}

function checkState(check: Checker, state: unknown, no: string, format: number, diperbarui: number): StepRecord {
  const place = `langkah ${no}`;
  if (!isRecord(state)) check.fail('', place, state, 'objek {dicentang, catatan, keputusan}');
  check.time(state.dicentang, place, 'waktu centang', true);
  check.text(state.catatan, place, 'catatan', CATATAN_MAKS);
  check.text(state.keputusan, place, 'keputusan', TEKS_PENDEK_MAKS, true);
  if (format === 1) return traceLegacyStep(state as unknown as LegacyStepState, diperbarui);
  if (!isRecord(state.jejak)) check.fail(place, 'jejak', state.jejak, 'objek jejak perubahan');
  for (const field of BIDANG) if (state.jejak[field] !== undefined) check.jejak(state.jejak[field], place, field);
  check.texts(state.konflik, place, 'versi catatan lain (konflik)');
  for (const text of state.konflik as string[]) check.text(text, place, 'versi catatan lain', CATATAN_MAKS);
  return state as unknown as StepRecord;
}

/** Checks one run of a backup and returns it in the current shape. */
export function checkRun(candidate: unknown, index: number, fileName: string, format: number, now: number): RunRecord {
  const judul = isRecord(candidate) && typeof candidate.judul === 'string' ? ` ("${candidate.judul.slice(0, 60)}")` : '';
  const check: Checker = new Checker(`${fileName}: pelaksanaan ke-${index + 1}${judul}`, now + DAY);
  if (!isRecord(candidate)) check.fail('', 'pelaksanaan', candidate, 'objek pelaksanaan');
  const run = candidate;
  check.text(run.id, '', 'id', 100);
  if (run.id === '') check.fail('', 'id', run.id, 'teks yang tidak kosong');
  check.text(run.sopId, '', 'id SOP');
  check.text(run.sopNomor, '', 'nomor SOP', TEKS_PENDEK_MAKS, true);
  check.text(run.sopNama, '', 'nama SOP');
  check.text(run.sopVersi, '', 'versi SOP');
  check.text(run.sopTanggalRevisi, '', 'tanggal revisi SOP', TEKS_PENDEK_MAKS, true);
  check.text(run.judul, '', 'judul');
  check.text(run.namaPelaksana, '', 'nama pelaksana', TEKS_PENDEK_MAKS, true);
  if (!['berjalan', 'selesai', 'dibatalkan'].includes(run.status as string))
    check.fail('', 'status', run.status, 'salah satu dari berjalan, selesai, dibatalkan');
  check.time(run.dimulai, '', 'waktu mulai');
  check.time(run.diakhiri, '', 'waktu berakhir', true);
  check.time(run.diperbarui, '', 'waktu perubahan terakhir');
  if (!Array.isArray(run.langkah) || run.langkah.length === 0)
    check.fail('', 'salinan langkah', run.langkah, 'daftar langkah yang tidak kosong');
  run.langkah.forEach((step: unknown, at: number) => {
    checkStep(check, step, at);
  });
  const steps = new Map(
    (run.langkah as Array<{ no: number; pilihan?: Array<{ label: string }> | null }>).map((step) => [String(step.no), step]),
  );
  if (!isRecord(run.keadaan)) check.fail('', 'catatan langkah (keadaan)', run.keadaan, 'objek nomor langkah → keadaan');
  const keadaan: Record<string, StepRecord> = {};
  for (const [no, state] of Object.entries(run.keadaan)) {
    const step = steps.get(no);
    if (!step)
      throw new BackupError(
        `${fileName}: pelaksanaan ke-${index + 1}${judul} mencatat langkah ${no} yang tidak ada di salinan langkahnya.`,
      );
    const record = checkState(check, state, no, format, run.diperbarui as number);
    if (record.keputusan !== null && !step.pilihan?.some((choice) => choice.label === record.keputusan))
      check.fail(
        `langkah ${no}`,
        'keputusan',
        record.keputusan,
        `salah satu pilihan langkah ini (${step.pilihan?.map((choice) => choice.label).join(', ') || 'tidak ada'})`,
      );
    keadaan[no] = record;
  }
  // Every field of RunRecord was checked above (tests/unit/backup-shape.test.ts proves the lists agree).
  return { ...(run as unknown as RunRecord), keadaan };
}

/** Checks the deleted-run list of a backup (format 2). */
export function checkTombstones(value: unknown, fileName: string, now: number): TombstoneRecord[] {
  if (value === undefined) return [];
  const check: Checker = new Checker(`${fileName}: daftar "terhapus"`, now + DAY);
  if (!Array.isArray(value)) check.fail('', '"terhapus"', value, 'daftar pelaksanaan yang dihapus');
  return value.map((entry: unknown, index: number) => {
    if (!isRecord(entry)) check.fail(`ke-${index + 1}`, 'isi', entry, 'objek {id, dihapus}');
    check.text(entry.id, `ke-${index + 1}`, 'id', 100);
    check.time(entry.dihapus, `ke-${index + 1}`, 'waktu hapus');
    return { id: entry.id as string, dihapus: entry.dihapus as number };
  });
}

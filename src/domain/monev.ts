/**
 * Monitoring figures of one SOP over a period, from checklist runs (one's own and colleagues'): runs started,
 * finished, cancelled; per step how often it was done, the median and longest actual time against its mutu baku,
 * how often over, the decisions taken and the notes written; each finished run's time against the SOP's total.
 *
 * Actual time of a step: from the previous tick on the run's path (or the run's start) to its tick, in working
 * minutes of the working calendar (kalender-kerja.ts); a step whose mutu baku counts "hari kalender" is measured in
 * calendar minutes against its days × 24 hours. A run's time: working minutes from its start to its end (or last
 * tick), against the SOP's total along the path it took (the same total the checklist shows). Pure functions:
 * the page, the tests and the benchmark compute with the same code.
 */
import { EMPTY_STATE, jenisHariLangkah, type RunStepSnapshot, type RunStepState, runPath, runProgress } from './checklist.ts';
import { type JenisHari, MENIT_PER_HARI_KALENDER } from './durasi.ts';
import { KALENDER_ASN, type KalenderKerja, menitKalender, menitKerja, type Periode } from './kalender-kerja.ts';

/** A run as monev reads it: the stored record's fields, plus whose it is. */
export interface MonevRun {
  id: string;
  sopId: string;
  sopVersi: string;
  judul: string;
  /** Whose run it is: "Saya" for one's own, the colleague's name for an imported backup. */
  pemilik: string;
  status: 'berjalan' | 'selesai' | 'dibatalkan';
  dimulai: number;
  diakhiri: number | null;
  langkah: RunStepSnapshot[];
  keadaan: Record<string, RunStepState & { konflik?: string[] }>;
}

/** The SOP as published now: its version and steps (see snapshotOf in checklist.ts). */
export interface MonevSop {
  sopId: string;
  sopVersi: string;
  langkah: RunStepSnapshot[];
}

export interface CatatanLangkah {
  runId: string;
  pemilik: string;
  judul: string;
  teks: string;
}

export interface StatLangkah {
  no: number;
  aktivitas: string[];
  pelaksana: string;
  /** What the times count: working minutes, or calendar minutes for a "hari kalender" mutu baku. */
  satuan: JenisHari;
  /** The mutu baku in that unit; null when the SOP gives no duration. */
  bakuMenit: number | null;
  /** Times the step was ticked in a counted run. */
  dikerjakan: number;
  median: number | null;
  terlama: number | null;
  /** Times it took longer than the mutu baku the run had copied. */
  melewati: number;
  /** Decision outcome label to how often it was chosen (decisions only). */
  keputusan: Record<string, number>;
  catatan: CatatanLangkah[];
}

export interface MasalahWaktu {
  run: MonevRun;
  /** What is wrong with its clock, in Indonesian. */
  alasan: string;
}

export interface BedaVersi {
  run: MonevRun;
  /** What differs from the SOP now, step by step number, in Indonesian. */
  perbedaan: string[];
}

export interface MonevHasil {
  dimulai: number;
  selesai: number;
  dibatalkan: number;
  berjalan: number;
  langkah: StatLangkah[];
  /** Finished runs' working time against the SOP's total. */
  total: { jumlah: number; median: number | null; terlama: number | null; melewati: number; bakuMenit: number | null };
  /** Runs left out of every figure: their times cannot be right. */
  masalahWaktu: MasalahWaktu[];
  /** Runs of another SOP version: counted by step number, their differences listed. */
  versiLain: BedaVersi[];
  /** Step records read (ticks of counted runs), for the benchmark. */
  catatanDibaca: number;
}

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A step's mutu baku in the unit it is measured in: working minutes, or calendar minutes for calendar days. */
export function bakuDalamSatuan(step: RunStepSnapshot): number | null {
  if (step.menit === null) return null;
  return jenisHariLangkah(step) === 'kalender' ? (step.menit / MENIT_PER_HARI_KALENDER) * 24 * 60 : step.menit;
}

const statesOf = (run: MonevRun) => new Map(Object.entries(run.keadaan).map(([no, state]) => [Number(no), state]));

/**
 * Why a run's times cannot be right, or undefined: a tick before the run started, after it ended, or earlier
 * than the tick of the step before it on its path (a device clock set wrong, or steps ticked out of order).
 */
export function masalahWaktu(run: MonevRun): string | undefined {
  if (run.diakhiri !== null && run.diakhiri < run.dimulai) return 'waktu selesai lebih awal daripada waktu mulai';
  const states = statesOf(run);
  let previous = run.dimulai;
  let previousNo: number | null = null;
  for (const no of runPath(run.langkah, states)) {
    const tick = states.get(no)?.dicentang ?? null;
    if (tick === null) continue;
    if (tick < run.dimulai) return `langkah ${no} dicentang sebelum pelaksanaan dimulai`;
    if (run.diakhiri !== null && tick > run.diakhiri) return `langkah ${no} dicentang setelah pelaksanaan berakhir`;
    if (tick < previous) return `langkah ${no} dicentang lebih awal daripada langkah ${previousNo}`;
    previous = tick;
    previousNo = no;
  }
  return undefined;
}

const teksDurasi = (step: RunStepSnapshot) => step.durasiTeks ?? 'tanpa durasi';

/** Differences between a run's copy of the steps and the SOP now, matched by step number. */
export function bedaLangkah(run: readonly RunStepSnapshot[], now: readonly RunStepSnapshot[]): string[] {
  const current = new Map(now.map((step) => [step.no, step]));
  const differences: string[] = [];
  for (const step of run) {
    const other = current.get(step.no);
    if (!other) {
      differences.push(`langkah ${step.no} tidak ada lagi di SOP sekarang`);
      continue;
    }
    if (step.aktivitas.join('; ') !== other.aktivitas.join('; ')) differences.push(`langkah ${step.no}: aktivitas berbeda`);
    if (step.pelaksana !== other.pelaksana) differences.push(`langkah ${step.no}: pelaksana ${step.pelaksana} → ${other.pelaksana}`);
    if (step.menit !== other.menit) differences.push(`langkah ${step.no}: durasi ${teksDurasi(step)} → ${teksDurasi(other)}`);
  }
  const known = new Set(run.map((step) => step.no));
  for (const step of now) if (!known.has(step.no)) differences.push(`langkah ${step.no} belum ada di versi pelaksanaan ini`);
  return differences;
}

interface Accumulator {
  times: number[];
  over: number;
  keputusan: Record<string, number>;
  catatan: CatatanLangkah[];
}

/**
 * Computes the figures of one SOP from runs started within the period [dari, sampai). Runs of another SOP are
 * ignored; a run
 * held twice (one's own and in a colleague's backup) must be merged before (monev-db.ts does).
 */
export function hitungMonev(
  runs: readonly MonevRun[],
  sop: MonevSop,
  periode: Periode,
  kalender: KalenderKerja = KALENDER_ASN,
): MonevHasil {
  const steps = new Map<number, Accumulator>(sop.langkah.map((step) => [step.no, { times: [], over: 0, keputusan: {}, catatan: [] }]));
  const result: MonevHasil = {
    dimulai: 0,
    selesai: 0,
    dibatalkan: 0,
    berjalan: 0,
    langkah: [],
    total: { jumlah: 0, median: null, terlama: null, melewati: 0, bakuMenit: null },
    masalahWaktu: [],
    versiLain: [],
    catatanDibaca: 0,
  };
  const totals: number[] = [];
  for (const run of runs) {
    if (run.sopId !== sop.sopId || run.dimulai < periode.dari || run.dimulai >= periode.sampai) continue;
    const problem = masalahWaktu(run);
    if (problem) {
      result.masalahWaktu.push({ run, alasan: problem });
      continue;
    }
    result.dimulai += 1;
    result[run.status] += 1;
    if (run.sopVersi !== sop.sopVersi) result.versiLain.push({ run, perbedaan: bedaLangkah(run.langkah, sop.langkah) });
    const states = statesOf(run);
    let previous = run.dimulai;
    for (const no of runPath(run.langkah, states)) {
      const state = states.get(no) ?? EMPTY_STATE;
      const step = run.langkah.find((candidate) => candidate.no === no) as RunStepSnapshot;
      const into = steps.get(no);
      const notes = [state.catatan, ...((state as { konflik?: string[] }).konflik ?? [])].filter((text) => text.trim() !== '');
      if (into) for (const teks of notes) into.catatan.push({ runId: run.id, pemilik: run.pemilik, judul: run.judul, teks });
      if (state.dicentang === null) continue;
      result.catatanDibaca += 1;
      const kind = jenisHariLangkah(step);
      const used = kind === 'kalender' ? menitKalender(previous, state.dicentang) : menitKerja(previous, state.dicentang, kalender);
      previous = state.dicentang;
      if (!into) continue;
      into.times.push(used);
      const baku = bakuDalamSatuan(step);
      if (baku !== null && used > baku) into.over += 1;
      if (state.keputusan !== null) into.keputusan[state.keputusan] = (into.keputusan[state.keputusan] ?? 0) + 1;
    }
    if (run.status === 'selesai') {
      const end = run.diakhiri ?? previous;
      const used = menitKerja(run.dimulai, end, kalender);
      const progress = runProgress(run.langkah, states, run.dimulai);
      totals.push(used);
      if (progress.bakuLengkap && used > progress.bakuMenit) result.total.melewati += 1;
    }
  }
  result.langkah = sop.langkah.map((step): StatLangkah => {
    const data = steps.get(step.no) as Accumulator;
    return {
      no: step.no,
      aktivitas: step.aktivitas,
      pelaksana: step.pelaksana,
      satuan: jenisHariLangkah(step),
      bakuMenit: bakuDalamSatuan(step),
      dikerjakan: data.times.length,
      median: median(data.times),
      terlama: data.times.length === 0 ? null : Math.max(...data.times),
      melewati: data.over,
      keputusan: data.keputusan,
      catatan: data.catatan,
    };
  });
  const now = runProgress(sop.langkah, new Map(), 0);
  result.total = {
    ...result.total,
    jumlah: totals.length,
    median: median(totals),
    terlama: totals.length === 0 ? null : Math.max(...totals),
    bakuMenit: now.bakuLengkap ? now.bakuMenit : null,
  };
  return result;
}

/**
 * Monev in words and rows: the evidence a monitoring form starts from (figures only: the assessment is the
 * assessor's) and the CSV of a filled form with its per-step figures, for Excel.
 */
import { formatDurasi } from './durasi.ts';
import type { MonevHasil, StatLangkah } from './monev.ts';
import { formatRentang } from './tanggal.ts';

/** A time in the unit it was measured in: working time as "1 jam 30 menit", calendar time as "2 hari 3 jam". */
export function formatWaktuMonev(menit: number | null, satuan: StatLangkah['satuan']): string {
  if (menit === null) return '–';
  return satuan === 'kalender' ? `${formatRentang(menit)} (kalender)` : formatDurasi(menit);
}

const kali = (n: number) => `${n.toLocaleString('id-ID')} kali`;

/**
 * The evidence of a period in sentences: counts, the steps that went over their mutu baku, the whole run's time,
 * runs left out. Facts only, never "berjalan dengan baik": that judgement is the assessor's.
 */
export function buktiMonev(hasil: MonevHasil, periode: string): string {
  const lines = [
    `Bukti checklist ${periode}: ${hasil.dimulai} pelaksanaan dimulai (${hasil.selesai} selesai, ${hasil.dibatalkan} dibatalkan, ${hasil.berjalan} masih berjalan).`,
  ];
  const over = hasil.langkah.filter((step) => step.melewati > 0);
  if (over.length > 0) {
    lines.push(
      `Melewati mutu baku: ${over
        .map(
          (step) =>
            `langkah ${step.no}: ${step.melewati} dari ${kali(step.dikerjakan)} (median ${formatWaktuMonev(step.median, step.satuan)}, baku ${formatWaktuMonev(step.bakuMenit, step.satuan)})`,
        )
        .join('; ')}.`,
    );
  } else if (hasil.dimulai > 0) {
    lines.push('Tidak ada langkah yang tercatat melewati mutu baku.');
  }
  if (hasil.total.jumlah > 0) {
    lines.push(
      `Waktu seluruh pelaksanaan (waktu kerja): median ${formatDurasi(hasil.total.median ?? 0)}, terlama ${formatDurasi(hasil.total.terlama ?? 0)}${
        hasil.total.bakuMenit === null
          ? ''
          : `, baku ${formatDurasi(hasil.total.bakuMenit)}; ${hasil.total.melewati} dari ${hasil.total.jumlah} melewati`
      }.`,
    );
  }
  if (hasil.masalahWaktu.length > 0) lines.push(`${hasil.masalahWaktu.length} pelaksanaan tidak dihitung karena waktunya tidak wajar.`);
  if (hasil.versiLain.length > 0)
    lines.push(`${hasil.versiLain.length} pelaksanaan memakai versi SOP lain (langkah dicocokkan menurut nomor).`);
  return lines.join(' ');
}

/** Columns of the per-step part of the monev CSV. */
export const KOLOM_LANGKAH = [
  'No Langkah',
  'Aktivitas',
  'Pelaksana',
  'Satuan Waktu',
  'Mutu Baku (menit)',
  'Dikerjakan (kali)',
  'Median (menit)',
  'Terlama (menit)',
  'Melewati Baku (kali)',
  'Keputusan',
  'Jumlah Catatan',
] as const;

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** One row per step: the figures, in minutes of the step's unit, rounded to a tenth. */
export function barisLangkah(hasil: MonevHasil): Array<Array<string | number | null>> {
  return hasil.langkah.map((step) => [
    step.no,
    step.aktivitas.join('; '),
    step.pelaksana,
    step.satuan === 'kalender' ? 'hari kalender' : 'waktu kerja',
    round(step.bakuMenit),
    step.dikerjakan,
    round(step.median),
    round(step.terlama),
    step.melewati,
    Object.entries(step.keputusan)
      .map(([label, count]) => `${label}: ${count}`)
      .join('; ') || null,
    step.catatan.length,
  ]);
}

/**
 * The working calendar monev counts actual time with: which hours of which days are working time, in which time
 * zone, and which dates are holidays. A step ticked on Friday at 15.30 and the next one on Monday at 08.00 took
 * one working hour, not 64 hours.
 *
 * The default follows Peraturan Presiden Nomor 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah
 * dan Pegawai ASN (as published on setneg.go.id, "Pemerintah terbitkan aturan flexible working arrangement bagi
 * ASN"): five working days, Senin to Jumat (Pasal 3); 37 jam 30 menit a week without breaks, starting at 07.30
 * local time (Pasal 4); breaks of 60 minutes, 90 on Friday. The Perpres leaves the end of the day and the time of
 * the break to each instance's PPK, so those are Lajur's configurable defaults ({@link KALENDER_ASN}): the break at
 * 12.00-13.00 (Friday 11.30-13.00), which gives 7.5 hours on each of the five days. Ramadan hours (32.5 hours a
 * week) are not modelled: an office that wants them passes its own calendar.
 *
 * Holidays are content (`content/libur/`, schema src/schemas/libur.ts), passed in as ISO dates.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A stretch of working time within a day, in minutes after local midnight: [start, end). */
export type RentangKerja = readonly [number, number];

export interface KalenderKerja {
  /** Working stretches of each weekday, 0 = Minggu … 6 = Sabtu; an empty list is a day off. */
  jam: readonly (readonly RentangKerja[])[];
  /** Offset of the office's time zone from UTC, in minutes: WIB 420, WITA 480, WIT 540 (Indonesia has no DST). */
  zonaMenit: number;
  /** Holidays and cuti bersama, as ISO dates "YYYY-MM-DD" in the office's time zone. */
  libur: readonly string[];
}

const jam = (h: number, m = 0) => h * 60 + m;
const SENIN_KAMIS: readonly RentangKerja[] = [
  [jam(7, 30), jam(12)],
  [jam(13), jam(16)],
];
const JUMAT: readonly RentangKerja[] = [
  [jam(7, 30), jam(11, 30)],
  [jam(13), jam(16, 30)],
];

/** Perpres 21/2023's week (see above) in WIB, without holidays; the break times are Lajur's default. */
export const KALENDER_ASN: KalenderKerja = {
  jam: [[], SENIN_KAMIS, SENIN_KAMIS, SENIN_KAMIS, SENIN_KAMIS, JUMAT, []],
  zonaMenit: 7 * 60,
  libur: [],
};

/** Days since 1970-01-01 of an ISO date, or undefined when it is not one. */
function dayNumber(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10) === iso ? time / DAY : undefined;
}

const prepared = new WeakMap<KalenderKerja, { libur: Set<number>; perMinggu: number }>();

function prepare(kalender: KalenderKerja) {
  let ready = prepared.get(kalender);
  if (!ready) {
    const libur = new Set<number>();
    for (const iso of kalender.libur) {
      const day = dayNumber(iso);
      if (day === undefined) throw new Error(`tanggal libur "${iso}" bukan tanggal; diharapkan tahun-bulan-tanggal, misalnya 2026-08-17`);
      libur.add(day);
    }
    const perMinggu = kalender.jam.reduce((sum, day) => sum + day.reduce((total, [from, to]) => total + (to - from), 0), 0);
    ready = { libur, perMinggu };
    prepared.set(kalender, ready);
  }
  return ready;
}

/** Working minutes of one local day (days since 1970 in the office's zone) between two minutes of that day. */
function dayMinutes(kalender: KalenderKerja, libur: Set<number>, day: number, from: number, to: number): number {
  if (libur.has(day)) return 0;
  // 1970-01-01 was a Thursday (weekday 4).
  const stretches = kalender.jam[(((day + 4) % 7) + 7) % 7] ?? [];
  let minutes = 0;
  for (const [start, end] of stretches) minutes += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return minutes;
}

/**
 * Working minutes between two moments (ms since epoch): evenings, weekends and holidays do not count. Zero when
 * `to` is not after `from`. Whole weeks without holidays are counted at once, so a span of months stays cheap.
 */
export function menitKerja(from: number, to: number, kalender: KalenderKerja = KALENDER_ASN): number {
  if (!(to > from)) return 0;
  const { libur, perMinggu } = prepare(kalender);
  const shift = kalender.zonaMenit * MINUTE;
  const startLocal = from + shift;
  const endLocal = to + shift;
  const firstDay = Math.floor(startLocal / DAY);
  const lastDay = Math.floor(endLocal / DAY);
  const startMinute = (startLocal - firstDay * DAY) / MINUTE;
  const endMinute = (endLocal - lastDay * DAY) / MINUTE;
  if (firstDay === lastDay) return dayMinutes(kalender, libur, firstDay, startMinute, endMinute);
  let minutes = dayMinutes(kalender, libur, firstDay, startMinute, 24 * 60) + dayMinutes(kalender, libur, lastDay, 0, endMinute);
  let day = firstDay + 1;
  while (day < lastDay) {
    if (lastDay - day >= 7 && !hasHoliday(libur, day, day + 7)) {
      minutes += perMinggu;
      day += 7;
      continue;
    }
    minutes += dayMinutes(kalender, libur, day, 0, 24 * 60);
    day += 1;
  }
  return minutes;
}

function hasHoliday(libur: Set<number>, from: number, to: number): boolean {
  if (libur.size === 0) return false;
  for (let day = from; day < to; day++) if (libur.has(day)) return true;
  return false;
}

/** Calendar minutes between two moments: what a "hari kalender" duration is measured in. */
export function menitKalender(from: number, to: number): number {
  return Math.max(0, (to - from) / MINUTE);
}

/** A period [dari, sampai): moments in ms, the end excluded. */
export interface Periode {
  dari: number;
  sampai: number;
}

/** Midnight of a local date (year, month 1-12, day) in the calendar's zone, as ms since epoch. */
export function tengahMalam(kalender: KalenderKerja, year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - kalender.zonaMenit * MINUTE;
}

/**
 * The semester holding a moment, in the office's zone: 1 January to 30 June, or 1 July to 31 December (monitoring
 * every six months, Permenpan RB 35/2012, appendix "Monitoring dan Evaluasi Penerapan SOP AP").
 */
export function semester(moment: number, kalender: KalenderKerja = KALENDER_ASN): Periode & { label: string } {
  const local = new Date(moment + kalender.zonaMenit * MINUTE);
  const year = local.getUTCFullYear();
  const first = local.getUTCMonth() < 6;
  return {
    dari: tengahMalam(kalender, year, first ? 1 : 7, 1),
    sampai: first ? tengahMalam(kalender, year, 7, 1) : tengahMalam(kalender, year + 1, 1, 1),
    label: `Semester ${first ? 'I' : 'II'} ${year}`,
  };
}

/** A period from two ISO dates, both days included, in the office's zone. */
export function periodeTanggal(dari: string, sampai: string, kalender: KalenderKerja = KALENDER_ASN): Periode | undefined {
  const from = dayNumber(dari);
  const to = dayNumber(sampai);
  if (from === undefined || to === undefined || to < from) return undefined;
  const shift = kalender.zonaMenit * MINUTE;
  return { dari: from * DAY - shift, sampai: (to + 1) * DAY - shift };
}

/** The local ISO date of a moment in the calendar's zone. */
export function tanggalLokal(moment: number, kalender: KalenderKerja = KALENDER_ASN): string {
  return new Date(moment + kalender.zonaMenit * MINUTE).toISOString().slice(0, 10);
}

/**
 * The years a period touches whose holidays the calendar has none of: there the working time counts holidays as
 * working days, which the monev page says rather than let the figures look complete.
 */
export function tahunTanpaLibur(periode: Periode, kalender: KalenderKerja = KALENDER_ASN): number[] {
  const known = new Set(kalender.libur.map((tanggal) => Number(tanggal.slice(0, 4))));
  const first = Number(tanggalLokal(periode.dari, kalender).slice(0, 4));
  const last = Number(tanggalLokal(periode.sampai - 1, kalender).slice(0, 4));
  const years: number[] = [];
  for (let year = first; year <= last; year++) if (!known.has(year)) years.push(year);
  return years;
}

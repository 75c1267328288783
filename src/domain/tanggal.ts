/** Dates as Indonesian offices write them, stored as ISO "YYYY-MM-DD" so that no time zone can shift a day. */

export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const INDONESIAN = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i;

function isoIfValid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads "2023-06-27", "27 Juni 2023" or a Date (YAML parsers turn unquoted ISO dates into Dates at UTC midnight).
 * Returns the ISO date, or undefined when the input is not a real calendar date.
 */
export function parseTanggal(input: unknown): string | undefined {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? undefined : input.toISOString().slice(0, 10);
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = INDONESIAN.exec(text);
  if (written) {
    const month = BULAN.findIndex((name) => name.toLowerCase() === written[2]?.toLowerCase());
    if (month >= 0) return isoIfValid(Number(written[3]), month + 1, Number(written[1]));
  }
  return undefined;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Why a date as written ("2023-02-31", "2023-13-01", "2023-06-27T01:00:00+07:00") is not the date the author
 * meant: YAML would roll it over or shift it by the time zone. Undefined for a real date. Messages in Indonesian.
 */
export function tanggalProblem(text: string): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!date) {
    return `ditemukan ${text}: tanggal dengan jam dan zona waktu dapat bergeser satu hari; diharapkan tanggal saja, misalnya ${text.slice(0, 10)}`;
  }
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  if (month < 1 || month > 12) return `ditemukan ${text}: bulan ${date[2]} tidak ada; diharapkan bulan 01 sampai 12 (tahun-bulan-tanggal)`;
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    return `ditemukan ${text}: tanggal ${day} ${BULAN[month - 1]} ${year} tidak ada (${BULAN[month - 1]} ${year} sampai tanggal ${last}); diharapkan tanggal yang ada di kalender`;
  }
  return undefined;
}

/** "27 Juni 2023" from "2023-06-27". */
export function formatTanggal(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${BULAN[(month ?? 1) - 1]} ${year}`;
}

const two = (value: number) => String(value).padStart(2, '0');

/** "27/06/2023 14.05", in the reader's time zone: how Indonesian forms and spreadsheets write a moment. */
export function formatWaktu(ms: number): string {
  const date = new Date(ms);
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}.${two(date.getMinutes())}`;
}

/** "2 hari 3 jam", "45 menit": a span of calendar time for people, not for sums. */
export function formatRentang(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const parts = [days && `${days} hari`, hours && `${hours} jam`, !days && rest && `${rest} menit`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 menit';
}

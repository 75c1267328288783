/**
 * Durasi (duration) of a step: offices write "30 menit", "2 jam", "1 hari kerja"; Lajur stores minutes so that
 * totals, the checklist's "over time" marks and the benchmarks all compute from the same number.
 */

/**
 * Minutes in one working day. ASN work 37.5 hours over a five-day week, so 7.5 hours a day. "Hari" alone in an SOP
 * means a working day: nobody counts the weekend in a procedure's quality standard unless it says "hari kalender".
 */
export const MENIT_PER_HARI_KERJA = 7.5 * 60;
const MENIT_PER_MINGGU_KERJA = 5 * MENIT_PER_HARI_KERJA;

/**
 * What one calendar day counts for in totals: a calendar week of seven days holds five working days, so a calendar
 * day is 5/7 of a working day. Totals stay in one currency (working time), and "5 hari kalender" is not shown as
 * "16 hari kerja". The text and {@link Durasi.hari} keep that the SOP counts calendar days.
 */
export const MENIT_PER_HARI_KALENDER = (5 / 7) * MENIT_PER_HARI_KERJA;

/**
 * Which days a duration counts: working days skip weekends and holidays, calendar days do not. Kept apart so the
 * checklist and monitoring can compute a due date the way the SOP means it.
 */
export type JenisHari = 'kerja' | 'kalender';

/** A duration as the author wrote it and what it means. */
export interface Durasi {
  /** The text from the SOP, exactly as written (trimmed). Shown to readers unchanged. */
  teks: string;
  /**
   * The duration in minutes, for totals. For a range ("1-2 hari", "30 menit - 1 jam") the upper bound: mutu baku is
   * a maximum. Working time: a working day is 7.5 hours ({@link MENIT_PER_HARI_KERJA}), a calendar day 5/7 of one.
   */
  menit: number;
  /** The lower bound of a range, in minutes; absent when the text gives one value. */
  menitMinimum?: number;
  /** Which days the text counts, when it counts days ("hari kerja", "hari kalender"); absent otherwise. */
  hari?: JenisHari;
  /** "± 30 menit", "kurang lebih": an estimate. "paling lama 1 hari kerja": an explicit maximum. */
  batas?: 'perkiraan' | 'paling lama';
}

export type ParseDurasiResult = { ok: true; durasi: Durasi } | { ok: false; pesan: string };

const UNITS: ReadonlyArray<{ pattern: RegExp; menit: number; hari?: JenisHari }> = [
  { pattern: /^(menit|mnt|min)$/, menit: 1 },
  { pattern: /^(jam|j)$/, menit: 60 },
  { pattern: /^(hari kalender|hari kal)$/, menit: MENIT_PER_HARI_KALENDER, hari: 'kalender' },
  { pattern: /^(hari kerja|hari|hk)$/, menit: MENIT_PER_HARI_KERJA, hari: 'kerja' },
  { pattern: /^(minggu kerja|minggu|pekan)$/, menit: MENIT_PER_MINGGU_KERJA, hari: 'kerja' },
  { pattern: /^(detik|dtk)$/, menit: 1 / 60 },
];

/** What the parser accepts, for error messages. */
export const CONTOH_DURASI = '"30 menit", "2 jam", "1 jam 30 menit", "1,5 jam", "1 hari kerja", "5 hari kalender", "1-2 hari", "1x24 jam"';

/** 1.440 (Indonesian thousands), 1,5 (Indonesian decimal), 1.5 (decimal written with a point). */
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?![\d.,])|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)`;
const RANGE = String.raw`\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?: dengan)?)\s*`;
/** One term: a number, maybe "x number" or a range, maybe "(tiga)", then a unit ("15-30 menit", "1 x 24 jam"). */
const TERM = new RegExp(
  String.raw`^(${NUMBER})(?:\s*[x×]\s*(${NUMBER}))?(?:${RANGE}(${NUMBER}))?\s*(?:\([a-z ]+\)\s*)?([a-z]+(?: kerja| kalender)?)\.?\s*`,
);
const QUALIFIERS: ReadonlyArray<[RegExp, NonNullable<Durasi['batas']>]> = [
  [/^(?:±|\+\/-|kurang lebih|lebih kurang|kira-kira|sekitar)\s*/, 'perkiraan'],
  [/^(?:paling lama|paling lambat|selambat-lambatnya|maksimal|maksimum|maks\.?)\s*/, 'paling lama'],
];

function toNumber(text: string): number {
  return /^\d{1,3}(?:\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : Number(text.replace(',', '.'));
}

const refused = (teks: string): ParseDurasiResult => ({
  ok: false,
  pesan: `durasi "${teks}" tidak dapat dibaca; diharapkan angka dengan satuan menit, jam, hari kerja, hari kalender atau minggu, misalnya ${CONTOH_DURASI}`,
});

type Sum = { ok: true; low: number; high: number; hari?: JenisHari } | { ok: false; result: ParseDurasiResult };

/** A sum of terms ("1 jam 30 menit"), with its lower and upper bound in minutes. */
function sumOf(text: string, teks: string): Sum {
  let rest = text;
  let low = 0;
  let high = 0;
  let hari: JenisHari | undefined;
  while (rest.length > 0) {
    const match = TERM.exec(rest);
    if (match?.[4] === 'bulan' || /^\d+\s*bulan/.test(rest)) {
      return {
        ok: false,
        result: {
          ok: false,
          pesan: `durasi "${teks}": "bulan" tidak dipakai karena panjangnya berbeda-beda (28 sampai 31 hari) dan tidak jelas hari kerja atau kalender; tulis dalam hari, misalnya "30 hari kalender" atau "22 hari kerja"`,
        },
      };
    }
    const unit = match && UNITS.find((candidate) => candidate.pattern.test(match[4] ?? ''));
    if (!match || !unit) return { ok: false, result: refused(teks) };
    const factor = match[2] === undefined ? 1 : toNumber(match[2]);
    const from = toNumber(match[1] ?? '') * factor;
    const to = match[3] === undefined ? from : toNumber(match[3]) * factor;
    if (to < from) {
      return {
        ok: false,
        result: { ok: false, pesan: `durasi "${teks}": rentang ${match[1]}-${match[3]} terbalik; tulis angka kecil dahulu` },
      };
    }
    if (unit.hari && hari && unit.hari !== hari) {
      return { ok: false, result: { ok: false, pesan: `durasi "${teks}" mencampur hari kerja dan hari kalender; tulis satu jenis hari` } };
    }
    hari = unit.hari ?? hari;
    low += from * unit.menit;
    high += to * unit.menit;
    rest = rest.slice(match[0].length).replace(/^(dan|\+|,)\s*/, '');
  }
  return { ok: true, low, high, ...(hari ? { hari } : {}) };
}

const round = (menit: number) => Math.round(menit * 100) / 100;

/**
 * Reads a duration as offices write it: several terms add up ("1 jam 30 menit"), "1x24 jam" multiplies, a range
 * ("1-2 hari", "30 menit - 1 jam") counts as its upper bound, "± 30 menit" and "paling lama 1 hari kerja" keep
 * their qualifier, "3 (tiga) hari kerja" reads the number, a closing ";" or "." is allowed. Anything else is refused
 * with a message that quotes the text and lists accepted forms.
 */
export function parseDurasi(input: string): ParseDurasiResult {
  const teks = input.trim();
  let rest = teks
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*[;.,]+$/, '');
  let batas: Durasi['batas'];
  for (const [pattern, kind] of QUALIFIERS) {
    const match = pattern.exec(rest);
    if (match) {
      batas = kind;
      rest = rest.slice(match[0].length);
    }
  }
  if (rest.length === 0) return { ok: false, pesan: `durasi kosong; diharapkan misalnya ${CONTOH_DURASI}` };
  // "30 menit - 1 jam": a range whose ends carry their own units.
  const ends = rest.split(/\s+(?:-|–|s\.?\s?d\.?|s\/d|sampai(?: dengan)?)\s+/);
  let sum: Sum;
  if (ends.length === 2 && /[a-z]/.test(ends[0] ?? '')) {
    const from = sumOf(ends[0] ?? '', teks);
    const to = sumOf(ends[1] ?? '', teks);
    if (!from.ok) return from.result;
    if (!to.ok) return to.result;
    if (to.high < from.low) return { ok: false, pesan: `durasi "${teks}": rentang terbalik; tulis waktu yang lebih pendek dahulu` };
    sum = { ok: true, low: from.low, high: to.high, ...((to.hari ?? from.hari) ? { hari: to.hari ?? from.hari } : {}) };
  } else {
    sum = sumOf(rest, teks);
  }
  if (!sum.ok) return sum.result;
  if (sum.high <= 0) return { ok: false, pesan: `durasi "${teks}" bernilai nol; diharapkan waktu lebih dari 0` };
  const durasi: Durasi = { teks, menit: round(sum.high) };
  if (sum.low !== sum.high) durasi.menitMinimum = round(sum.low);
  if (sum.hari) durasi.hari = sum.hari;
  if (batas) durasi.batas = batas;
  return { ok: true, durasi };
}

/**
 * Minutes as readers say them: "30 menit", "3 jam", "1 jam 30 menit". Whole hours stay in hours even past a
 * working day ("30 jam"): the official documents count in minutes and hours; days are an approximation we show
 * separately with {@link formatHariKerja}.
 */
export function formatDurasi(menit: number): string {
  const rounded = Math.round(menit);
  if (rounded < 60) return `${rounded} menit`;
  const jam = Math.floor(rounded / 60);
  const sisa = rounded % 60;
  return sisa === 0 ? `${jam} jam` : `${jam} jam ${sisa} menit`;
}

/** "± 4 hari kerja" for durations of at least a working day, otherwise undefined. */
export function formatHariKerja(menit: number): string | undefined {
  if (menit < MENIT_PER_HARI_KERJA) return undefined;
  const hari = Math.round((menit / MENIT_PER_HARI_KERJA) * 10) / 10;
  return `± ${String(hari).replace('.', ',')} hari kerja`;
}

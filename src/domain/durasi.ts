/**
 * Durasi (duration) of a step: offices write "30 menit", "2 jam", "1 hari kerja"; Lajur stores minutes so that
 * totals, the checklist's "over time" marks and the benchmarks all compute from the same number.
 */

/**
 * Minutes in one working day. ASN work 37.5 hours over a five-day week, so 7.5 hours a day. "Hari" in an SOP means
 * a working day: nobody counts the weekend in a procedure's quality standard.
 */
export const MENIT_PER_HARI_KERJA = 7.5 * 60;
const MENIT_PER_MINGGU_KERJA = 5 * MENIT_PER_HARI_KERJA;

/** A duration as the author wrote it and as minutes. */
export interface Durasi {
  /** The text from the SOP, e.g. "1 jam 30 menit". Shown to readers unchanged. */
  teks: string;
  /** The same duration in minutes. For a range ("1-2 hari") the upper bound: mutu baku is a maximum. */
  menit: number;
}

export type ParseDurasiResult = { ok: true; durasi: Durasi } | { ok: false; pesan: string };

const UNITS: ReadonlyArray<{ pattern: RegExp; menit: number }> = [
  { pattern: /^(menit|mnt|min)$/, menit: 1 },
  { pattern: /^(jam|j)$/, menit: 60 },
  { pattern: /^(hari kerja|hari|hk)$/, menit: MENIT_PER_HARI_KERJA },
  { pattern: /^(minggu kerja|minggu|pekan)$/, menit: MENIT_PER_MINGGU_KERJA },
  { pattern: /^(detik|dtk)$/, menit: 1 / 60 },
];

/** What the parser accepts, for error messages. */
export const CONTOH_DURASI = '"30 menit", "2 jam", "1 jam 30 menit", "1,5 jam", "1 hari kerja", "1-2 hari"';

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** One term: a number, or a range of numbers, then a unit ("15-30 menit", "1 s.d. 2 hari"). */
const TERM = new RegExp(
  String.raw`^(${NUMBER})(?:\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?: dengan)?)\s*(${NUMBER}))?\s*([a-z]+(?: kerja)?)\.?\s*`,
);

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/**
 * Reads a duration as offices write it. Several terms add up ("1 jam 30 menit"); a range counts as its upper bound.
 * Anything else is refused with a message that quotes the text and lists accepted forms.
 */
export function parseDurasi(input: string): ParseDurasiResult {
  const teks = input.trim().replace(/\s+/g, ' ');
  let rest = teks.toLowerCase();
  let menit = 0;
  let terms = 0;
  while (rest.length > 0) {
    const match = TERM.exec(rest);
    const unit = match && UNITS.find((candidate) => candidate.pattern.test(match[3] ?? ''));
    if (!match || !unit) {
      return {
        ok: false,
        pesan: `durasi "${teks}" tidak dapat dibaca; diharapkan angka dengan satuan menit, jam, hari kerja atau minggu, misalnya ${CONTOH_DURASI}`,
      };
    }
    const low = toNumber(match[1] ?? '');
    const high = match[2] === undefined ? low : toNumber(match[2]);
    if (high < low) {
      return { ok: false, pesan: `durasi "${teks}": rentang ${match[1]}-${match[2]} terbalik; tulis angka kecil dahulu` };
    }
    menit += high * unit.menit;
    terms += 1;
    rest = rest.slice(match[0].length).replace(/^(dan|\+|,)\s*/, '');
  }
  if (terms === 0) {
    return { ok: false, pesan: `durasi kosong; diharapkan misalnya ${CONTOH_DURASI}` };
  }
  if (menit <= 0) {
    return { ok: false, pesan: `durasi "${teks}" bernilai nol; diharapkan waktu lebih dari 0` };
  }
  return { ok: true, durasi: { teks, menit: Math.round(menit * 100) / 100 } };
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

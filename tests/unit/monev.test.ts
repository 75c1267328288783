/**
 * Monev statistics on generated runs (synthetic SOP, synthetic people) whose times are known: counts, medians,
 * longest times, "over" counts, decisions, notes, calendar-day steps, clock problems left out, other versions
 * marked, period boundaries.
 */
import { describe, expect, it } from 'vitest';
import { jenisHariLangkah, type RunStepSnapshot } from '../../src/domain/checklist.ts';
import { KALENDER_ASN, semester } from '../../src/domain/kalender-kerja.ts';
import { bedaLangkah, hitungMonev, median, type MonevRun, type MonevSop } from '../../src/domain/monev.ts';

const wib = (day: number, hour: number, minute = 0, month = 1) => Date.UTC(2026, month - 1, day, hour - 7, minute);
const MIN = 60_000;

const LANGKAH: RunStepSnapshot[] = [
  {
    no: 1,
    jenis: 'mulai',
    aktivitas: ['Menerima berkas'],
    pelaksana: 'Petugas',
    durasiTeks: '30 menit',
    menit: 30,
    kelengkapan: null,
    output: null,
  },
  {
    no: 2,
    jenis: 'keputusan',
    aktivitas: ['Memeriksa'],
    pelaksana: 'Kepala Seksi',
    durasiTeks: '1 jam',
    menit: 60,
    kelengkapan: null,
    output: null,
    pilihan: [
      { label: 'Lengkap', lanjutKe: 4 },
      { label: 'Tidak lengkap', lanjutKe: 3 },
    ],
  },
  // Written before the day kind was copied: the kind is read from the text.
  {
    no: 3,
    jenis: 'proses',
    aktivitas: ['Melengkapi'],
    pelaksana: 'Petugas',
    durasiTeks: '2 hari kalender',
    menit: (2 * 5 * 450) / 7,
    kelengkapan: null,
    output: null,
    lanjutKe: 4,
  },
  {
    no: 4,
    jenis: 'selesai',
    aktivitas: ['Menyerahkan'],
    pelaksana: 'Petugas',
    durasiTeks: '30 menit',
    menit: 30,
    kelengkapan: null,
    output: null,
  },
];
const SOP: MonevSop = { sopId: 'uji', sopVersi: 'v1', langkah: LANGKAH };
const SEMESTER_I = semester(wib(5, 8));

let counter = 0;
/** A run starting at `start` whose steps are ticked after the given minutes (of clock time) each. */
function run(start: number, gaps: Array<[number, number]>, extra: Partial<MonevRun> = {}, keputusan = 'Lengkap'): MonevRun {
  const keadaan: MonevRun['keadaan'] = {};
  let time = start;
  for (const [no, minutes] of gaps) {
    time += minutes * MIN;
    keadaan[String(no)] = { dicentang: time, catatan: '', keputusan: no === 2 ? keputusan : null };
  }
  counter += 1;
  return {
    id: `r${counter}`,
    sopId: 'uji',
    sopVersi: 'v1',
    judul: `Uji ${counter}`,
    pemilik: 'Saya',
    status: 'selesai',
    dimulai: start,
    diakhiri: time,
    langkah: LANGKAH,
    keadaan,
    ...extra,
  };
}

describe('monev statistics', () => {
  it('medians: odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts runs, per-step times, over counts and decisions exactly', () => {
    const runs = [
      run(wib(5, 8), [
        [1, 20],
        [2, 50],
        [4, 40],
      ]),
      run(wib(6, 8), [
        [1, 30],
        [2, 70],
        [4, 10],
      ]),
      run(wib(7, 8), [
        [1, 45],
        [2, 60],
        [4, 20],
      ]),
      run(wib(8, 8), [[1, 10]], { status: 'berjalan', diakhiri: null }),
      run(wib(8, 9), [], { status: 'dibatalkan', diakhiri: wib(8, 10) }),
    ];
    const hasil = hitungMonev(runs, SOP, SEMESTER_I);
    expect(hasil).toMatchObject({ dimulai: 5, selesai: 3, berjalan: 1, dibatalkan: 1 });
    const [s1, s2, s3, s4] = hasil.langkah;
    expect(s1).toMatchObject({ dikerjakan: 4, median: 25, terlama: 45, melewati: 1, bakuMenit: 30, satuan: 'kerja' });
    expect(s2).toMatchObject({ dikerjakan: 3, median: 60, terlama: 70, melewati: 1, keputusan: { Lengkap: 3 } });
    expect(s3).toMatchObject({ dikerjakan: 0, median: null, terlama: null, satuan: 'kalender', bakuMenit: 2 * 24 * 60 });
    expect(s4).toMatchObject({ dikerjakan: 3, median: 20, terlama: 40, melewati: 1 });
    // Whole runs: 110, 110 and 125 working minutes against the main path's 30 + 60 + 30.
    expect(hasil.total).toEqual({ jumlah: 3, median: 110, terlama: 125, melewati: 1, bakuMenit: 120 });
  });

  it('counts working time across the evening and the weekend, calendar days as elapsed time', () => {
    // Step 1 at Friday 15.30 after a start at 15.00; step 2 on Monday 08.30: Friday until 16.30 and Monday from 07.30.
    const start = wib(9, 15);
    const r = run(start, [], {}, 'Tidak lengkap');
    r.keadaan = {
      1: { dicentang: wib(9, 15, 30), catatan: '', keputusan: null },
      2: { dicentang: wib(12, 8, 30), catatan: 'Surat belum ada', keputusan: 'Tidak lengkap' },
      // Calendar days: Monday 08.30 to Thursday 10.30 is 3 days 2 hours, over the 2 days.
      3: { dicentang: wib(15, 10, 30), catatan: '', keputusan: null },
      4: { dicentang: wib(15, 11), catatan: '', keputusan: null },
    };
    r.diakhiri = wib(15, 11);
    const hasil = hitungMonev([r], SOP, SEMESTER_I);
    expect(hasil.langkah.map((step) => step.median)).toEqual([30, 60 + 60, 3 * 24 * 60 + 120, 30]);
    expect(hasil.langkah[2]).toMatchObject({ melewati: 1, satuan: 'kalender' });
    expect(hasil.langkah[1]?.catatan).toEqual([{ runId: r.id, pemilik: 'Saya', judul: r.judul, teks: 'Surat belum ada' }]);
    expect(hasil.langkah[1]?.keputusan).toEqual({ 'Tidak lengkap': 1 });
    // Friday 15.00 to Thursday 11.00: Friday 15.00-16.30, Monday to Wednesday, Thursday 07.30-11.00.
    expect(hasil.total.median).toBe(90 + 3 * 450 + 210);
    expect(hasil.total.melewati).toBe(1);
  });

  it('skips holidays in working time', () => {
    const r = run(wib(9, 15), [], {});
    r.keadaan = { 1: { dicentang: wib(13, 8), catatan: '', keputusan: null } };
    r.status = 'berjalan';
    r.diakhiri = null;
    // Friday 15.00 to Tuesday 08.00: Friday 15.00-16.30, all of Monday, Tuesday 07.30-08.00.
    expect(hitungMonev([r], SOP, SEMESTER_I).langkah[0]?.median).toBe(90 + 450 + 30);
    const libur = { ...KALENDER_ASN, libur: ['2026-01-12'] }; // synthetic holiday on the Monday
    expect(hitungMonev([r], SOP, SEMESTER_I, libur).langkah[0]?.median).toBe(90 + 30);
  });

  it('lists runs with clock problems apart and leaves them out of every figure', () => {
    const early = run(wib(5, 8), [[1, 20]]);
    (early.keadaan['1'] as { dicentang: number }).dicentang = wib(5, 7);
    const backwards = run(
      wib(6, 8),
      [
        [1, 30],
        [2, -10],
      ],
      { diakhiri: wib(6, 12) },
    );
    const hasil = hitungMonev([early, backwards, run(wib(7, 8), [[1, 15]])], SOP, SEMESTER_I);
    expect(hasil.masalahWaktu.map((item) => item.alasan)).toEqual([
      'langkah 1 dicentang sebelum pelaksanaan dimulai',
      'langkah 2 dicentang lebih awal daripada langkah 1',
    ]);
    expect(hasil.dimulai).toBe(1);
    expect(hasil.langkah[0]).toMatchObject({ dikerjakan: 1, median: 15 });
  });

  it('marks runs of another SOP version and maps their steps by number', () => {
    const older = LANGKAH.map((step) => (step.no === 4 ? { ...step, durasiTeks: '15 menit', menit: 15 } : step)).filter(
      (step) => step.no !== 3,
    );
    const r = run(
      wib(5, 8),
      [
        [1, 20],
        [2, 50],
        [4, 20],
      ],
      { sopVersi: 'v0', langkah: older },
    );
    const hasil = hitungMonev([r], SOP, SEMESTER_I);
    expect(hasil.versiLain).toHaveLength(1);
    expect(hasil.versiLain[0]?.perbedaan).toEqual([
      'langkah 4: durasi 15 menit → 30 menit',
      'langkah 3 belum ada di versi pelaksanaan ini',
    ]);
    // Over its own copied mutu baku (15 minutes), though under today's 30.
    expect(hasil.langkah[3]).toMatchObject({ dikerjakan: 1, median: 20, melewati: 1 });
    expect(bedaLangkah(LANGKAH, LANGKAH)).toEqual([]);
  });

  it('counts a run by the period it started in', () => {
    const lastMinute = run(wib(30, 23, 59, 6), [[1, 5]]);
    const nextSemester = run(wib(1, 0, 0, 7), [[1, 5]]);
    const otherSop = run(wib(5, 8), [[1, 5]], { sopId: 'lain' });
    const first = hitungMonev([lastMinute, nextSemester, otherSop], SOP, semester(wib(1, 0, 0, 6)));
    const second = hitungMonev([lastMinute, nextSemester, otherSop], SOP, semester(wib(1, 0, 0, 7)));
    expect(first.dimulai).toBe(1);
    expect(second.dimulai).toBe(1);
  });

  it('reads the day kind of old runs from the duration text', () => {
    expect(jenisHariLangkah({ durasiTeks: '5 hari kalender' })).toBe('kalender');
    expect(jenisHariLangkah({ durasiTeks: '1 hari kerja' })).toBe('kerja');
    expect(jenisHariLangkah({ durasiTeks: null })).toBe('kerja');
    expect(jenisHariLangkah({ hari: 'kalender', durasiTeks: 'tidak terbaca' })).toBe('kalender');
  });
});

/**
 * Working-time arithmetic: evenings, weekends, holidays (synthetic dates, not a real list), time zones, whole
 * weeks, and the semester boundaries monev groups runs by.
 */
import { describe, expect, it } from 'vitest';
import {
  KALENDER_ASN,
  type KalenderKerja,
  menitKalender,
  menitKerja,
  periodeTanggal,
  semester,
  tahunTanpaLibur,
  tanggalLokal,
} from '../../src/domain/kalender-kerja.ts';

/** A moment in WIB (UTC+7): 2026-01-05 is a Monday. */
const wib = (day: number, hour: number, minute = 0, month = 1, year = 2026) => Date.UTC(year, month - 1, day, hour - 7, minute);

describe('menitKerja with the ASN default (Perpres 21/2023 hours, Lajur break times)', () => {
  it('counts 7.5 hours in a full Monday and 37.5 hours in a Monday-to-Friday week', () => {
    expect(menitKerja(wib(5, 0), wib(6, 0))).toBe(450);
    expect(menitKerja(wib(5, 0), wib(10, 0))).toBe(37.5 * 60);
  });

  it('leaves out the lunch break, Friday’s longer one, and the evening', () => {
    expect(menitKerja(wib(5, 11), wib(5, 14))).toBe(120); // 11-12 and 13-14
    expect(menitKerja(wib(9, 11), wib(9, 14))).toBe(90); // Friday: 11.00-11.30 and 13-14
    expect(menitKerja(wib(5, 15), wib(5, 22))).toBe(60); // until 16.00
    expect(menitKerja(wib(5, 6), wib(5, 8))).toBe(30); // from 07.30
  });

  it('counts Friday 15.30 to Monday 08.00 as one working hour', () => {
    expect(menitKerja(wib(9, 15, 30), wib(12, 8))).toBe(60 + 30);
  });

  it('counts nothing over a weekend or backwards', () => {
    expect(menitKerja(wib(10, 8), wib(11, 17))).toBe(0);
    expect(menitKerja(wib(6, 10), wib(5, 10))).toBe(0);
  });

  it('skips holidays given as content (synthetic dates)', () => {
    const kalender: KalenderKerja = { ...KALENDER_ASN, libur: ['2026-01-06', '2026-01-07'] };
    expect(menitKerja(wib(5, 0), wib(10, 0), kalender)).toBe(37.5 * 60 - 2 * 450);
    // A holiday inside a span longer than a week is not skipped by the whole-week shortcut.
    expect(menitKerja(wib(5, 0), wib(19, 0), { ...KALENDER_ASN, libur: ['2026-01-14'] })).toBe(2 * 37.5 * 60 - 450);
    expect(menitKerja(wib(5, 0), wib(19, 0))).toBe(2 * 37.5 * 60);
  });

  it('counts long spans in whole weeks exactly as day by day', () => {
    const from = wib(5, 9, 17);
    const to = wib(20, 10, 3, 4); // 20 April
    let expected = 0;
    for (let t = from; t < to; t += 60_000) expected += menitKerja(t, t + 60_000);
    expect(menitKerja(from, to)).toBe(expected);
  });

  it('reads local hours in the calendar’s zone (WITA is an hour ahead of WIB)', () => {
    const wita: KalenderKerja = { ...KALENDER_ASN, zonaMenit: 8 * 60 };
    // 07.30-12.00 WIB is 08.30-13.00 WITA: 08.30-12.00 of WITA's morning, against 07.30-12.00 in WIB.
    expect(menitKerja(wib(5, 7, 30), wib(5, 12), wita)).toBe(210);
    expect(menitKerja(wib(5, 7, 30), wib(5, 12))).toBe(270);
  });

  it('refuses a holiday that is not a date', () => {
    expect(() => menitKerja(wib(5, 8), wib(5, 9), { ...KALENDER_ASN, libur: ['2026-02-30'] })).toThrow(/2026-02-30/);
  });

  it('leaves calendar minutes as elapsed time', () => {
    expect(menitKalender(wib(9, 15), wib(12, 15))).toBe(3 * 24 * 60);
  });
});

describe('periods', () => {
  it('puts 30 June 23.59 WIB in the first semester and 1 July 00.00 WIB in the second', () => {
    const lastOfFirst = wib(30, 23, 59, 6);
    const firstOfSecond = wib(1, 0, 0, 7);
    expect(semester(lastOfFirst)).toMatchObject({ label: 'Semester I 2026', dari: wib(1, 0, 0, 1), sampai: firstOfSecond });
    expect(semester(firstOfSecond)).toMatchObject({ label: 'Semester II 2026', dari: firstOfSecond, sampai: wib(1, 0, 0, 1, 2027) });
    // 30 June 17.30 UTC is already 1 July in WIB.
    expect(semester(Date.UTC(2026, 5, 30, 17, 30)).label).toBe('Semester II 2026');
  });

  it('takes a range of dates with both days included', () => {
    const periode = periodeTanggal('2026-03-01', '2026-03-31');
    expect(periode).toEqual({ dari: wib(1, 0, 0, 3), sampai: wib(1, 0, 0, 4) });
    expect(periodeTanggal('2026-03-31', '2026-03-01')).toBeUndefined();
    expect(periodeTanggal('2026-02-30', '2026-03-01')).toBeUndefined();
    expect(tanggalLokal(wib(31, 23, 59, 3))).toBe('2026-03-31');
  });

  it('names the years of a period that have no holidays recorded, by local date', () => {
    const kalender: KalenderKerja = { ...KALENDER_ASN, libur: ['2026-08-17'] };
    expect(tahunTanpaLibur(semester(wib(5, 9, 0, 3), kalender), kalender)).toEqual([]);
    expect(tahunTanpaLibur(semester(wib(5, 9, 0, 3, 2027), kalender), kalender)).toEqual([2027]);
    // 1 December 2026 to 31 January 2027 spans both years; with no list at all both are named.
    const periode = periodeTanggal('2026-12-01', '2027-01-31', kalender) as NonNullable<ReturnType<typeof periodeTanggal>>;
    expect(tahunTanpaLibur(periode, kalender)).toEqual([2027]);
    expect(tahunTanpaLibur(periode, { ...KALENDER_ASN, libur: [] })).toEqual([2026, 2027]);
    // Semester II 2026 ends at 1 January 2027 00.00 WIB, excluded: 2027 is not touched.
    expect(tahunTanpaLibur(semester(wib(1, 0, 0, 7), kalender), kalender)).toEqual([]);
  });
});

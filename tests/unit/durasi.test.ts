import { describe, expect, it } from 'vitest';
import { formatDurasi, formatHariKerja, MENIT_PER_HARI_KALENDER, MENIT_PER_HARI_KERJA, parseDurasi } from '../../src/domain/durasi.ts';

function minutes(text: string): number {
  const result = parseDurasi(text);
  if (!result.ok) throw new Error(result.pesan);
  return result.durasi.menit;
}

describe('parseDurasi', () => {
  it.each([
    ['30 menit', 30],
    ['180 menit', 180],
    ['2 jam', 120],
    ['1 jam 30 menit', 90],
    ['1,5 jam', 90],
    ['1.5 jam', 90],
    ['1 hari kerja', MENIT_PER_HARI_KERJA],
    ['2 hari', 2 * MENIT_PER_HARI_KERJA],
    ['1 minggu', 5 * MENIT_PER_HARI_KERJA],
    ['15 mnt', 15],
    ['  45   Menit ', 45],
    ['15-30 menit', 30],
    ['1 s.d. 2 hari', 2 * MENIT_PER_HARI_KERJA],
    ['1 s/d 3 jam', 180],
    ['90 detik', 1.5],
  ])('reads "%s" as %d minutes', (text, expected) => {
    expect(minutes(text)).toBe(expected);
  });

  it('keeps the text exactly as the author wrote it', () => {
    const result = parseDurasi('  1 jam   30 menit ');
    expect(result).toEqual({ ok: true, durasi: { teks: '1 jam   30 menit', menit: 90 } });
  });

  it.each([
    ['1x24 jam', { menit: 1440 }],
    ['1 x 24 jam', { menit: 1440 }],
    ['2 x 60 menit', { menit: 120 }],
    ['± 30 menit', { menit: 30, batas: 'perkiraan' }],
    ['kurang lebih 2 jam', { menit: 120, batas: 'perkiraan' }],
    ['3 (tiga) hari kerja', { menit: 3 * MENIT_PER_HARI_KERJA, hari: 'kerja' }],
    ['paling lama 1 hari kerja', { menit: MENIT_PER_HARI_KERJA, hari: 'kerja', batas: 'paling lama' }],
    ['30 menit - 1 jam', { menit: 60, menitMinimum: 30 }],
    ['30 menit;', { menit: 30 }],
    ['5 hari kalender', { menit: 1607.14, hari: 'kalender' }],
    ['5 hari kerja', { menit: 5 * MENIT_PER_HARI_KERJA, hari: 'kerja' }],
    ['1.440 menit', { menit: 1440 }],
    ['1.5 jam', { menit: 90 }],
  ])('reads the office form "%s" and keeps what it means', (text, meaning) => {
    expect(parseDurasi(text)).toEqual({ ok: true, durasi: { teks: text, ...meaning } });
  });

  it('keeps calendar days apart from working days', () => {
    // A calendar week holds five working days.
    expect(7 * MENIT_PER_HARI_KALENDER).toBeCloseTo(5 * MENIT_PER_HARI_KERJA);
    const kalender = parseDurasi('5 hari kalender');
    const kerja = parseDurasi('5 hari kerja');
    expect(kalender.ok && kalender.durasi.hari).toBe('kalender');
    expect(kerja.ok && kerja.durasi.hari).toBe('kerja');
    expect(kalender.ok && kerja.ok && kalender.durasi.menit).not.toBe(kerja.ok && kerja.durasi.menit);
    expect(parseDurasi('1 hari kerja 1 hari kalender')).toEqual({
      ok: false,
      pesan: 'durasi "1 hari kerja 1 hari kalender" mencampur hari kerja dan hari kalender; tulis satu jenis hari',
    });
  });

  it('refuses months, saying to write days', () => {
    expect(parseDurasi('1 bulan')).toEqual({
      ok: false,
      pesan:
        'durasi "1 bulan": "bulan" tidak dipakai karena panjangnya berbeda-beda (28 sampai 31 hari) dan tidak jelas hari kerja atau kalender; tulis dalam hari, misalnya "30 hari kalender" atau "22 hari kerja"',
    });
  });

  it.each(['sebentar', '30', 'menit', '30 menit/berkas', '', '0 menit', 'tiga jam'])(
    'refuses "%s" with a message that quotes it',
    (text) => {
      const result = parseDurasi(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.pesan).toMatch(/durasi/);
        if (text.trim()) expect(result.pesan).toContain(text.trim());
      }
    },
  );

  it('refuses a reversed range', () => {
    const result = parseDurasi('3-1 jam');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.pesan).toContain('terbalik');
  });
});

describe('formatDurasi', () => {
  it.each([
    [30, '30 menit'],
    [60, '1 jam'],
    [90, '1 jam 30 menit'],
    [900, '15 jam'],
    [1800, '30 jam'],
  ])('%d minutes read "%s"', (value, text) => {
    expect(formatDurasi(value)).toBe(text);
  });

  it('adds working days only from one working day on', () => {
    expect(formatHariKerja(300)).toBeUndefined();
    expect(formatHariKerja(1800)).toBe('± 4 hari kerja');
    expect(formatHariKerja(675)).toBe('± 1,5 hari kerja');
  });
});

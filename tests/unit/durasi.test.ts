import { describe, expect, it } from 'vitest';
import { formatDurasi, formatHariKerja, MENIT_PER_HARI_KERJA, parseDurasi } from '../../src/domain/durasi.ts';

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

  it('keeps the text the author wrote, with spaces tidied', () => {
    const result = parseDurasi('  1 jam   30 menit ');
    expect(result).toEqual({ ok: true, durasi: { teks: '1 jam 30 menit', menit: 90 } });
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

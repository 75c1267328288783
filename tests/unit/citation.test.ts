/** Citations of legal bases as SOPs write them, read into regulation fields and matched to existing entries. */
import { describe, expect, it } from 'vitest';
import { matchRegulasi, parseKutipan, regulasiId } from '../../src/authoring/citation.ts';
import type { Regulasi } from '../../src/schemas/regulasi.ts';

describe('parseKutipan', () => {
  it.each([
    [
      'Peraturan Menteri PAN&RB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja',
      { jenis: 'Permen', nomor: '53', tahun: 2014, penerbit: 'Menteri PAN&RB', tentang: 'Petunjuk Teknis Perjanjian Kinerja' },
      'permen-panrb-53-2014',
    ],
    [
      'Peraturan Gubernur Jawa Barat nomor 62 Tahun 2016 tentang Tugas Pokok, Fungsi , Rincian Tugas Unit.',
      { jenis: 'Pergub', nomor: '62', tahun: 2016, penerbit: 'Gubernur Jawa Barat', tentang: 'Tugas Pokok, Fungsi, Rincian Tugas Unit' },
      'pergub-jawa-barat-62-2016',
    ],
    [
      'Keputusan Gubernur Jawa Barat Nomor 061.1/Kep.201-Org/2020 tentang Penyusunan Sistem Akuntabilitas Kinerja',
      { jenis: 'Kepgub', nomor: '061.1/Kep.201-Org/2020', tahun: 2020, penerbit: 'Gubernur Jawa Barat' },
      'kepgub-jawa-barat-061-1-kep-201-org-2020',
    ],
    [
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      { jenis: 'UU', nomor: '23', tahun: 2014, tentang: 'Pemerintahan Daerah' },
      'uu-23-2014',
    ],
    ['PP No. 18 Tahun 2016 tentang Perangkat Daerah', { jenis: 'PP', nomor: '18', tahun: 2016 }, 'pp-18-2016'],
    [
      'Peraturan Daerah Provinsi Jawa Barat Nomor 6 Tahun 2016 tentang Pembentukan Perangkat Daerah',
      { jenis: 'Perda', penerbit: 'Provinsi Jawa Barat' },
      'perda-provinsi-jawa-barat-6-2016',
    ],
    [
      'Peraturan Wali Kota Bandung Nomor 12 Tahun 2020 tentang Contoh',
      { jenis: 'Perwal', penerbit: 'Wali Kota Bandung' },
      'perwal-bandung-12-2020',
    ],
  ])('reads "%s"', (citation, expected, id) => {
    const kutipan = parseKutipan(citation);
    expect(kutipan).toMatchObject(expected);
    expect(kutipan && regulasiId(kutipan)).toBe(id);
  });

  it.each([
    'Surat dari Kepala Dinas tanggal 5 Mei',
    'Peraturan Gubernur Jawa Barat tentang Pedoman SOP',
    'Peraturan Gubernur Jawa Barat Nomor 9 tentang Pedoman SOP',
    'Instruksi Kepala Dinas Nomor 3 Tahun 2020 tentang Contoh',
  ])('refuses "%s" (no known kind, number or year)', (citation) => {
    expect(parseKutipan(citation)).toBeUndefined();
  });
});

describe('matchRegulasi', () => {
  const entry = (id: string, data: Partial<Regulasi>) => ({
    id,
    data: { jenis: 'Pergub', nomor: '9', tahun: 2013, tentang: 'x', penerbit: 'Gubernur Jawa Barat', ...data } as Regulasi,
  });
  const entries = [
    entry('pergub-jabar-9-2013', {}),
    entry('pergub-jateng-9-2013', { penerbit: 'Gubernur Jawa Tengah' }),
    entry('perda-jabar-9-2013', { jenis: 'Perda', penerbit: 'Provinsi Jawa Barat' }),
  ];
  const match = (citation: string) => {
    const kutipan = parseKutipan(citation);
    if (!kutipan) throw new Error(citation);
    return matchRegulasi(kutipan, entries).map((found) => found.id);
  };

  it('matches kind, number and year, and the issuer when those are shared', () => {
    expect(match('Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2013 tentang Pedoman')).toEqual(['pergub-jabar-9-2013']);
    expect(match('Peraturan Daerah Provinsi Jawa Barat Nomor 9 Tahun 2013 tentang Apa Saja')).toEqual(['perda-jabar-9-2013']);
  });

  it('finds nothing for another year or number, and several when the issuer cannot tell them apart', () => {
    expect(match('Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2014 tentang Pedoman')).toEqual([]);
    expect(match('Pergub Nomor 9 Tahun 2013 tentang Pedoman')).toEqual(['pergub-jabar-9-2013', 'pergub-jateng-9-2013']);
  });
});

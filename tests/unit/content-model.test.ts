/** The seed content read through the schemas and the catalog, as the pages see it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { buildCatalog, type Entry } from '../../src/domain/catalog.ts';
import { formatTanggal, parseTanggal } from '../../src/domain/tanggal.ts';
import { judulRegulasi, namaPendekRegulasi } from '../../src/domain/regulasi.ts';
import type { Regulasi } from '../../src/schemas/regulasi.ts';
import { sopSchema, type Sop } from '../../src/schemas/sop.ts';

const { catalog } = await checkContent(path.resolve('content'), path.resolve('.'));

describe('the cascading SOP', () => {
  const sop = catalog.sopById.get('penyusunan-cascading');

  it('has 11 steps in five lanes, step 7 deciding whether step 8 runs', () => {
    expect(sop?.data.pelaksana).toEqual(['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan', 'Tim Urusan / Sekretariat', 'Biro Organisasi']);
    expect(sop?.data.langkah?.map((step) => step.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(sop?.data.langkah?.[6]).toMatchObject({
      jenis: 'keputusan',
      pilihan: [
        { label: 'Sesuai', lanjutKe: 9 },
        { label: 'Perlu penyesuaian', lanjutKe: 8 },
      ],
    });
  });

  it('keeps the durations of the source in minutes', () => {
    expect(sop?.data.langkah?.map((step) => step.mutuBaku.durasi?.menit)).toEqual([30, 180, 120, 900, 30, 180, 180, 120, 30, 30, 120]);
    expect(sop?.flow?.totals.utama.menit).toBe(1800);
  });

  it('records that every actor assignment was reconstructed', () => {
    expect(sop?.data.langkah?.every((step) => (step.rekonstruksiPelaksana ?? '').length > 0)).toBe(true);
  });

  it('leaves the unknown identity fields unknown', () => {
    expect(sop?.data).toMatchObject({ nomor: null, tanggalBerlaku: null, dasarHukum: null, disahkanOleh: null });
  });
});

describe('the Perjanjian Kinerja SOP', () => {
  const sop = catalog.sopById.get('penyusunan-perjanjian-kinerja');

  it('carries the identity page of SOP 62/46/SEKRT/2023', () => {
    expect(sop?.data).toMatchObject({
      nomor: '62/46/SEKRT/2023',
      nama: 'Penyusunan Perjanjian Kinerja (PK)',
      tanggalPembuatan: '2023-06-27',
      tanggalBerlaku: '2023-06-27',
      tanggalRevisi: null,
      langkah: null,
    });
    expect(sop?.data.kualifikasiPelaksana).toHaveLength(5);
  });

  it('cites its four legal bases with their full titles, in order', () => {
    expect(sop?.dasarHukum?.map((regulasi) => judulRegulasi(regulasi.data))).toEqual([
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Review atas Laporan Kinerja Instansi Pemerintah',
      'Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2013 tentang Pedoman Standar Operasional Prosedur (SOP) Administrasi Pemerintahan di Lingkungan Pemerintah Provinsi Jawa Barat',
      'Peraturan Gubernur Jawa Barat Nomor 62 Tahun 2016 tentang Tugas Pokok, Fungsi, Rincian Tugas Unit dan Tata Kerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'Keputusan Gubernur Jawa Barat Nomor 061.1/Kep.201-Org/2020 tentang Penyusunan Sistem Akuntabilitas Kinerja Instansi Pemerintah',
    ]);
    expect(sop?.dasarHukum?.map((regulasi) => namaPendekRegulasi(regulasi.data))).toEqual([
      'Permen PANRB 53/2014',
      'Pergub Jabar 9/2013',
      'Pergub Jabar 62/2016',
      'Kepgub Jabar 061.1/Kep.201-Org/2020',
    ]);
  });

  it('shows its related SOPs that are not on the site as such', () => {
    expect(sop?.keterkaitan).toEqual([{ judul: 'SOP Pengelolaan Naskah Surat Masuk/Keluar' }, { judul: 'SOP Peminjaman Ruang Rapat' }]);
  });
});

describe('dates', () => {
  it('reads ISO, Indonesian and YAML dates alike and refuses impossible ones', () => {
    expect(parseTanggal('2023-06-27')).toBe('2023-06-27');
    expect(parseTanggal('27 Juni 2023')).toBe('2023-06-27');
    expect(parseTanggal(new Date(Date.UTC(2023, 5, 27)))).toBe('2023-06-27');
    expect(parseTanggal('31 Juni 2023')).toBeUndefined();
    expect(parseTanggal('2023-02-29')).toBeUndefined();
    expect(formatTanggal('2023-06-27')).toBe('27 Juni 2023');
  });
});

describe('related SOPs', () => {
  const base = sopSchema.parse({
    nomor: null,
    nama: 'Peminjaman Ruang Rapat',
    instansi: 'dinas',
    unit: null,
    tanggalPembuatan: null,
    tanggalRevisi: null,
    tanggalBerlaku: null,
    disahkanOleh: null,
    dasarHukum: null,
    kualifikasiPelaksana: null,
    keterkaitan: null,
    peralatanPerlengkapan: null,
    peringatan: null,
    pencatatanPendataan: null,
    pelaksana: null,
    langkah: null,
  });
  const other: Sop = { ...base, nama: 'Penyusunan Laporan', keterkaitan: ['sop peminjaman  ruang rapat;'] };
  const instansi = [{ id: 'dinas', data: { pemerintahDaerah: 'P', nama: 'Dinas', singkatan: 'D', unit: [{ nama: 'U' }] } }];

  it('resolve by title whatever the case, spacing and "SOP" prefix, and link back', () => {
    const result = buildCatalog({
      sop: [
        { id: 'ruang-rapat', data: base },
        { id: 'laporan', data: other },
      ],
      regulasi: [] as Entry<Regulasi>[],
      instansi,
    });
    expect(result.sopById.get('laporan')?.keterkaitan).toEqual([{ judul: 'sop peminjaman  ruang rapat;', sopId: 'ruang-rapat' }]);
    expect(result.sopById.get('ruang-rapat')?.dikaitkanOleh).toEqual(['laporan']);
    expect(result.issues).toEqual([]);
  });
});

/**
 * Holidays (hari libur nasional and cuti bersama) that monev's working calendar skips (src/domain/kalender-kerja.ts),
 * one YAML file per year or per decree in content/libur/. Write only dates from the official decree (for a year's
 * national holidays and cuti bersama: the Surat Keputusan Bersama of the Menteri Agama, Menteri Ketenagakerjaan and
 * Menteri PANRB), and name it in `sumber`; a comment in the file says where the dates were read when it was not
 * the decree itself (content/libur/2026.yaml).
 */
import { z } from 'astro/zod';
import { documented, tanggal, teks } from './common.ts';

export const hariLiburSchema = z.strictObject({
  tanggal: documented(tanggal, { arti: 'Tanggal libur atau cuti bersama.', contoh: '2026-08-17' }),
  keterangan: documented(teks, { arti: 'Nama hari libur seperti ditulis dalam keputusan.', contoh: 'Hari Proklamasi Kemerdekaan' }),
  jenis: documented(z.enum(['libur nasional', 'cuti bersama'], { error: 'diharapkan "libur nasional" atau "cuti bersama"' }), {
    arti: 'Libur nasional atau cuti bersama.',
    contoh: 'libur nasional',
  }),
});

export const liburSchema = z.strictObject({
  sumber: documented(teks, {
    arti: 'Keputusan yang menetapkan tanggal-tanggal ini: jenis, nomor, tahun dan tentang apa.',
    contoh:
      'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026',
  }),
  hari: documented(z.array(hariLiburSchema).min(1, { error: 'diharapkan sedikitnya satu tanggal' }), {
    arti: 'Tanggal-tanggal libur dan cuti bersama.',
  }),
});

export type Libur = z.output<typeof liburSchema>;

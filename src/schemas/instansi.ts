/**
 * An office (instansi) that publishes SOPs, with the units inside it. One YAML file per office in
 * content/instansi/; SOPs name the office by file name and their unit by its name here.
 */
import { z } from 'astro/zod';
import { documented, teks } from './common.ts';

export const unitSchema = z.strictObject({
  nama: documented(teks, { arti: 'Nama unit kerja.', contoh: 'Sekretariat' }),
  kode: documented(teks.optional(), {
    arti: 'Kode unit yang dipakai dalam nomor SOP. Boleh dihilangkan.',
    contoh: 'SEKRT',
  }),
});

export const instansiSchema = z.strictObject({
  pemerintahDaerah: documented(teks, {
    arti: 'Baris pertama kop SOP: pemerintah daerah.',
    contoh: 'Pemerintah Daerah Provinsi Jawa Barat',
  }),
  nama: documented(teks, {
    arti: 'Nama lengkap instansi, baris kedua kop SOP.',
    contoh: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Barat',
  }),
  singkatan: documented(teks, { arti: 'Nama pendek instansi untuk navigasi.', contoh: 'DPMPTSP Provinsi Jawa Barat' }),
  logo: documented(
    z
      .string({ error: 'diharapkan nama berkas logo berupa teks' })
      .trim()
      .regex(/^[^/\\]+\.(svg|png)$/i, { error: 'diharapkan nama berkas SVG atau PNG di samping berkas YAML ini, misalnya "logo.svg"' })
      .optional(),
    {
      arti: 'Lambang di kop SOP: nama berkas SVG atau PNG di folder yang sama dengan berkas YAML instansi (paling besar 1 MB). Boleh dihilangkan: kop lalu hanya memuat nama instansi.',
      contoh: 'logo.svg',
    },
  ),
  unit: documented(z.array(unitSchema).min(1, { error: 'diharapkan sedikitnya satu unit' }), {
    arti: 'Unit kerja di dalam instansi yang menyusun SOP.',
  }),
});

export type Instansi = z.output<typeof instansiSchema>;

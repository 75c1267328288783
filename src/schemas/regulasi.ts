/**
 * A regulation cited as dasar hukum (legal basis). One YAML file per regulation in content/regulasi/; the file
 * name is the id that SOPs cite, e.g. content/regulasi/pergub-jabar-9-2013.yaml is cited as pergub-jabar-9-2013.
 */
import { z } from 'astro/zod';
import { JENIS_REGULASI, type JenisRegulasi } from '../domain/regulasi.ts';
import { documented, teks } from './common.ts';

export const regulasiSchema = z.strictObject({
  jenis: documented(z.enum(Object.keys(JENIS_REGULASI) as [JenisRegulasi, ...JenisRegulasi[]]), {
    arti: 'Jenis peraturan.',
    format: `salah satu dari ${Object.keys(JENIS_REGULASI).join(', ')}`,
    contoh: 'Pergub',
  }),
  nomor: documented(
    z.unknown().transform((input, ctx) => {
      if (typeof input === 'number' && Number.isInteger(input) && input >= 0) return String(input);
      if (typeof input === 'string' && input.trim() !== '') return input.trim();
      ctx.addIssue({
        code: 'custom',
        input,
        message:
          typeof input === 'string' || input === null
            ? 'nomor kosong; diharapkan nomor peraturan persis seperti tertulis, misalnya 9 atau "061.1/Kep.201-Org/2020"'
            : 'diharapkan nomor peraturan, misalnya 9 atau "061.1/Kep.201-Org/2020"',
      });
      return z.NEVER;
    }),
    {
      arti: 'Nomor peraturan, persis seperti tertulis.',
      format: 'angka atau teks; dalam tanda petik bila diawali 0 ("061")',
      contoh: '061.1/Kep.201-Org/2020',
    },
  ),
  tahun: documented(
    z
      .number({ error: 'diharapkan tahun berupa angka, misalnya 2013' })
      .int({ error: 'diharapkan tahun berupa angka bulat, misalnya 2013' })
      .min(1945, { error: 'tahun sebelum 1945; diharapkan tahun penetapan 1945 atau sesudahnya (periksa salah ketik)' })
      .refine((tahun) => tahun <= new Date().getFullYear(), {
        error: (issue) =>
          `tahun ${String(issue.input)} belum tiba; diharapkan tahun penetapan paling lambat ${new Date().getFullYear()} (periksa salah ketik)`,
        params: { lengkap: true },
      }),
    { arti: 'Tahun penetapan.', format: 'angka empat digit', contoh: 2013 },
  ),
  tentang: documented(teks, {
    arti: 'Judul ("tentang ...") lengkap, tanpa kata "tentang".',
    contoh: 'Pedoman Standar Operasional Prosedur (SOP) Administrasi Pemerintahan di Lingkungan Pemerintah Provinsi Jawa Barat',
  }),
  penerbit: documented(teks, {
    arti: 'Pejabat atau lembaga yang menetapkan, sebagaimana ditulis dalam judul resmi.',
    contoh: 'Gubernur Jawa Barat',
  }),
  penerbitSingkat: documented(teks.optional(), {
    arti: 'Singkatan penerbit untuk nama pendek, misalnya "Permen PANRB 53/2014". Boleh dihilangkan.',
    contoh: 'Jabar',
  }),
  tautan: documented(
    z.url({ protocol: /^https?$/, error: 'diharapkan alamat web lengkap yang diawali https:// atau http://' }).optional(),
    {
      arti: 'Alamat naskah resmi (misalnya di JDIH). Boleh dihilangkan; jangan menebak alamat.',
      format: 'URL lengkap',
    },
  ),
  judul: documented(teks.optional(), {
    arti: 'Judul lengkap bila tidak dapat disusun dari jenis, penerbit, nomor, tahun dan tentang. Biasanya dihilangkan.',
  }),
});

export type Regulasi = z.output<typeof regulasiSchema>;

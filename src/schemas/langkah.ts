/**
 * One row of the SOP flowchart table (langkah): what is done, by which pelaksana, and its mutu baku (quality
 * standard). The order of the list is the order of the printed table.
 */
import { z } from 'astro/zod';
import { parseDurasi, CONTOH_DURASI } from '../domain/durasi.ts';
import { JENIS_LANGKAH } from '../domain/step-graph.ts';
import { belumTercatat, daftarTeks, documented, teks } from './common.ts';

const nomorLangkah = z
  .number({ error: 'diharapkan nomor langkah berupa angka bulat, misalnya 3' })
  .int({ error: 'diharapkan nomor langkah berupa angka bulat' })
  .positive({ error: 'diharapkan nomor langkah 1 atau lebih' });

/** "30 menit", "2 jam", "1 hari kerja": read into minutes, the text kept for display. */
export const durasiSchema = z.unknown().transform((input, ctx) => {
  if (typeof input === 'number') {
    ctx.addIssue({
      code: 'custom',
      message: `angka ${input} tanpa satuan; diharapkan misalnya "${input} menit"`,
      input,
    });
    return z.NEVER;
  }
  if (typeof input !== 'string') {
    ctx.addIssue({ code: 'custom', message: `diharapkan durasi, misalnya ${CONTOH_DURASI}`, input });
    return z.NEVER;
  }
  const result = parseDurasi(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.pesan, input, params: { lengkap: true } });
    return z.NEVER;
  }
  return result.durasi;
});

export const mutuBakuSchema = z.strictObject({
  kelengkapan: documented(belumTercatat(daftarTeks), {
    arti: 'Persyaratan/kelengkapan: apa yang harus tersedia untuk langkah ini.',
    format: 'teks atau daftar teks; null bila belum tercatat',
    contoh: ['Tata Naskah Dinas', 'lembar disposisi'],
  }),
  durasi: documented(belumTercatat(durasiSchema), {
    arti: 'Waktu baku langkah ini, ditampilkan persis seperti ditulis. Total dihitung dalam menit kerja: 1 hari kerja = 7,5 jam, 7 hari kalender = 5 hari kerja.',
    format: `teks, misalnya ${CONTOH_DURASI}; null bila belum tercatat`,
    contoh: '30 menit',
  }),
  output: documented(belumTercatat(daftarTeks), {
    arti: 'Keluaran langkah ini.',
    format: 'teks atau daftar teks; null bila belum tercatat',
    contoh: 'Penugasan sesuai lembar disposisi',
  }),
});

export const pilihanSchema = z.strictObject({
  label: documented(teks, { arti: 'Label hasil keputusan pada panah.', contoh: 'Ya' }),
  lanjutKe: documented(nomorLangkah, { arti: 'Nomor langkah yang dituju bila hasil ini terjadi.', contoh: 9 }),
});

export const langkahSchema = z.strictObject({
  no: documented(nomorLangkah, { arti: 'Nomor langkah, unik dan urut naik.', contoh: 1 }),
  jenis: documented(z.enum(JENIS_LANGKAH, { error: `diharapkan salah satu dari: ${JENIS_LANGKAH.join(', ')}` }), {
    arti: 'Simbol bagan alir: mulai dan selesai (terminator), proses (persegi), keputusan (belah ketupat).',
    format: JENIS_LANGKAH.join(' | '),
    contoh: 'proses',
  }),
  aktivitas: documented(daftarTeks, {
    arti: 'Kegiatan, ditulis sebagai kata kerja aktif tanpa subjek. Daftar bila satu langkah memuat beberapa kegiatan.',
    contoh: 'Mendisposisi penyusunan cascading',
  }),
  pelaksana: documented(teks, {
    arti: 'Pelaksana langkah ini; harus salah satu nama dalam daftar pelaksana SOP.',
    contoh: 'Kepala Dinas',
  }),
  rekonstruksiPelaksana: documented(teks.optional(), {
    arti: 'Diisi bila pelaksana tidak tertulis di dokumen sumber dan disusun ulang: alasan penetapannya. Situs menandai langkah ini.',
    contoh: 'Disposisi adalah kewenangan pimpinan.',
  }),
  mutuBaku: documented(mutuBakuSchema, { arti: 'Mutu baku: kelengkapan, durasi dan output.' }),
  keterangan: documented(teks.optional(), { arti: 'Keterangan tambahan. Boleh dihilangkan.' }),
  lanjutKe: documented(nomorLangkah.optional(), {
    arti: 'Nomor langkah berikutnya. Bila dihilangkan: langkah berikutnya dalam daftar. Tidak dipakai oleh keputusan dan selesai.',
    contoh: 9,
  }),
  pilihan: documented(z.array(pilihanSchema).optional(), {
    arti: 'Hanya untuk keputusan: tepat dua hasil berlabel. Pilihan pertama adalah jalur utama (dipakai untuk total waktu).',
    contoh: [
      { label: 'Sesuai', lanjutKe: 9 },
      { label: 'Perlu penyesuaian', lanjutKe: 8 },
    ],
  }),
});

export type Langkah = z.output<typeof langkahSchema>;

/**
 * Regulations as the site names them: the kinds of Indonesian legislation and how a citation is written. The
 * schema (src/schemas/regulasi.ts) checks the YAML; this module is what pages, the catalog and the import use.
 */
import type { Regulasi } from '../schemas/regulasi.ts';

/**
 * Kinds of regulation, in the order of the hierarchy of Indonesian legislation (UU 12/2011) and then local
 * instruments. `judul` builds the citation: national kinds carry no issuer in the title, the others read
 * "<kata> <penerbit>", e.g. "Peraturan" + "Gubernur Jawa Barat".
 */
export const JENIS_REGULASI = {
  UU: { nama: 'Undang-Undang', kata: 'Undang-Undang', denganPenerbit: false },
  Perppu: {
    nama: 'Peraturan Pemerintah Pengganti Undang-Undang',
    kata: 'Peraturan Pemerintah Pengganti Undang-Undang',
    denganPenerbit: false,
  },
  PP: { nama: 'Peraturan Pemerintah', kata: 'Peraturan Pemerintah', denganPenerbit: false },
  Perpres: { nama: 'Peraturan Presiden', kata: 'Peraturan Presiden', denganPenerbit: false },
  Keppres: { nama: 'Keputusan Presiden', kata: 'Keputusan Presiden', denganPenerbit: false },
  Inpres: { nama: 'Instruksi Presiden', kata: 'Instruksi Presiden', denganPenerbit: false },
  Permen: { nama: 'Peraturan Menteri', kata: 'Peraturan', denganPenerbit: true },
  Kepmen: { nama: 'Keputusan Menteri', kata: 'Keputusan', denganPenerbit: true },
  Perban: { nama: 'Peraturan Badan/Lembaga', kata: 'Peraturan', denganPenerbit: true },
  Perda: { nama: 'Peraturan Daerah', kata: 'Peraturan Daerah', denganPenerbit: true },
  Pergub: { nama: 'Peraturan Gubernur', kata: 'Peraturan', denganPenerbit: true },
  Kepgub: { nama: 'Keputusan Gubernur', kata: 'Keputusan', denganPenerbit: true },
  Perbup: { nama: 'Peraturan Bupati', kata: 'Peraturan', denganPenerbit: true },
  Perwal: { nama: 'Peraturan Wali Kota', kata: 'Peraturan', denganPenerbit: true },
  SE: { nama: 'Surat Edaran', kata: 'Surat Edaran', denganPenerbit: true },
  Lainnya: { nama: 'Lainnya', kata: '', denganPenerbit: true },
} as const;

export type JenisRegulasi = keyof typeof JENIS_REGULASI;

/** The citation as written in an SOP: "Peraturan Gubernur Jawa Barat Nomor 9 Tahun 2013 tentang ...". */
export function judulRegulasi(regulasi: Regulasi): string {
  if (regulasi.judul) return regulasi.judul;
  const jenis = JENIS_REGULASI[regulasi.jenis];
  const pembuka = [jenis.kata, jenis.denganPenerbit ? regulasi.penerbit : ''].filter(Boolean).join(' ');
  return `${pembuka} Nomor ${regulasi.nomor}${tahunTerpisah(regulasi) ? ` Tahun ${regulasi.tahun}` : ''} tentang ${regulasi.tentang}`;
}

/** Short name for lists and search: "Pergub Jabar 9/2013", "Permen PANRB 53/2014". */
export function namaPendekRegulasi(regulasi: Regulasi): string {
  const nomor = tahunTerpisah(regulasi) ? `${regulasi.nomor}/${regulasi.tahun}` : regulasi.nomor;
  return [regulasi.jenis === 'Lainnya' ? '' : regulasi.jenis, regulasi.penerbitSingkat, nomor].filter(Boolean).join(' ');
}

/** Some numbers already end in the year ("061.1/Kep.201-Org/2020"); do not repeat it. */
function tahunTerpisah(regulasi: Regulasi): boolean {
  return !regulasi.nomor.endsWith(`/${regulasi.tahun}`);
}

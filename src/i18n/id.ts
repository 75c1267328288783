/** UI strings used in more than one place, in Bahasa Indonesia. */
export const t = {
  siteName: 'Lajur',
  siteTagline: 'Standar Operasional Prosedur',
  belumTercatat: 'belum tercatat',
  belumTersedia: 'belum tersedia',
  jalurUtama: 'jalur utama',
  pelaksanaDirekonstruksi: 'pelaksana disusun ulang',
  skipToContent: 'Langsung ke isi',
  nav: {
    sop: 'SOP',
    dasarHukum: 'Dasar Hukum',
    kualifikasi: 'Kualifikasi',
    pelaksana: 'Pelaksana',
  },
} as const;

/** "11 langkah", "1 langkah". Indonesian nouns do not change in the plural. */
export function jumlah(count: number, noun: string): string {
  return `${count.toLocaleString('id-ID')} ${noun}`;
}

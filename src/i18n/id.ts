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
    checklist: 'Checklist saya',
    monev: 'Monev',
    cari: 'Cari',
  },
  search: {
    title: 'Cari SOP, dasar hukum, kualifikasi, pelaksana',
    label: 'Kata pencarian',
    placeholder: 'Misalnya: perjanjian kinerja, 53 2014, renstra',
    close: 'Tutup',
    loading: 'Memuat indeks pencarian…',
    prompt: 'Ketik untuk mencari, atau pilih penyaring.',
    none: 'Tidak ada hasil. Coba kata lain atau hapus penyaring.',
    unavailable: 'Pencarian belum tersedia: indeks dibuat saat situs dibangun (npm run build).',
    offline: 'Indeks pencarian tidak dapat dimuat. Periksa sambungan, lalu coba lagi.',
    all: 'Semua',
    filters: { jenis: 'Jenis halaman', unit: 'Unit', regulasi: 'Jenis regulasi', tahun: 'Tahun' },
    results: (count: number, term: string) => (term ? `${count} hasil untuk “${term}”` : `${count} halaman`),
    more: (shown: number, count: number) => `Menampilkan ${shown} dari ${count}; perjelas kata pencarian untuk hasil lain.`,
    shortcut: 'Tekan / untuk mencari',
    suggestion: 'Maksud Anda:',
  },
} as const;

/** "11 langkah", "1 langkah". Indonesian nouns do not change in the plural. */
export function jumlah(count: number, noun: string): string {
  return `${count.toLocaleString('id-ID')} ${noun}`;
}

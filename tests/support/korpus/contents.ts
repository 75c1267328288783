/**
 * The SOP content the corpus documents carry, and what their drafts must say beyond the flowchart.
 *
 * SYNTHETIC as documents. The seed cases carry the real flowchart of the seed (SOP Penyusunan Cascading, DPMPTSP
 * Provinsi Jawa Barat, tests/fixtures/import/sop-source.txt) with the lanes content/sop/penyusunan-cascading.mdx gives
 * it; their titles get a case code ("... UJI W01") so that each draft has its own file name. "Penerimaan Tamu Uji" and
 * "Peminjaman Ruang Uji" (numbers UJI/...) are made up for the tests and say so in their names.
 */
import { seedSteps } from '../../unit/support/seed.ts';

export const ACTORS = ['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan', 'Tim Urusan / Sekretariat', 'Biro Organisasi'];
/** The lane of each seed step, as content/sop/penyusunan-cascading.mdx reconstructs it. */
export const SEED_LANES = [0, 2, 2, 3, 2, 1, 4, 2, 1, 0, 2];

export interface Step {
  no: number;
  aktivitas: string | string[];
  /** Index into the actors; null when the document carries no mark for it. */
  lane: number | null;
  kelengkapan: string | null;
  durasi: string | null;
  output: string | null;
  keterangan?: string;
  /** The kind the draft must give. */
  jenis: string;
}

export interface Flow {
  title: string;
  actors: string[];
  steps: Step[];
}

export interface Identity {
  kop: string[];
  rows: Array<[string, string]>;
  boxes: Array<[string, string[], string, string[]]>;
}

/** The seed's flowchart; `code` (W01, ...) makes each case's title, and so its draft's file name, its own. */
export const seedFlow = (code: string, lanes: Array<number | null> = SEED_LANES): Flow => ({
  title: `SOP PENYUSUNAN CASCADING UJI ${code}`,
  actors: ACTORS,
  steps: seedSteps.map((row, i) => ({
    no: Number(row[0]),
    aktivitas: i === 1 ? (row[1] ?? '').split(/\s(?=-)/).map((item) => item.replace(/^-/, '')) : (row[1] ?? ''),
    lane: lanes[i] ?? null,
    kelengkapan: row[7] ?? null,
    durasi: row[8] ?? null,
    output: row[9] ?? null,
    jenis: i === 0 ? 'mulai' : i === seedSteps.length - 1 ? 'selesai' : i === 6 ? 'TODO' : 'proses',
  })),
});

/** What the seed flowchart gives when only the flowchart is in the file: the office is unknown, step 7 a question. */
export const seedExpected = (code: string, todos: string[] = []) => ({
  id: `penyusunan-cascading-uji-${code.toLowerCase()}`,
  data: { nama: `Penyusunan Cascading Uji ${code}`, nomor: null, instansi: 'TODO' },
  todos: ['instansi', 'langkah no 7 > jenis', ...todos],
});

export const tamuFlow = (code: string): Flow => ({
  title: `SOP PENERIMAAN TAMU UJI ${code}`,
  actors: ['Resepsionis', 'Kepala Bagian Umum'],
  steps: [
    {
      no: 1,
      aktivitas: 'Menerima tamu dan mencatat di buku tamu',
      lane: 0,
      kelengkapan: 'Buku tamu',
      durasi: '5 menit',
      output: 'Tamu tercatat',
      jenis: 'mulai',
    },
    {
      no: 2,
      aktivitas: ['Memeriksa tanda pengenal', 'Menanyakan keperluan'],
      lane: 0,
      kelengkapan: 'Tanda pengenal',
      durasi: '5 menit',
      output: 'Keperluan tercatat',
      jenis: 'proses',
    },
    {
      no: 3,
      aktivitas: 'Menerima tamu sesuai keperluan',
      lane: 1,
      kelengkapan: 'Buku tamu',
      durasi: '30 menit',
      output: 'Keperluan tamu terlayani',
      keterangan: 'Bila berhalangan, diwakilkan',
      jenis: 'proses',
    },
    {
      no: 4,
      aktivitas: 'Mengembalikan tanda pengenal',
      lane: 0,
      kelengkapan: 'Tanda pengenal',
      durasi: '2 menit',
      output: 'Tanda pengenal kembali',
      jenis: 'selesai',
    },
  ],
});

export const tamuIdentity = (code: string): Identity => ({
  kop: ['PEMERINTAH DAERAH PROVINSI JAWA BARAT', 'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU', 'PROVINSI JAWA BARAT'],
  rows: [
    ['Nomor SOP', 'UJI/7/SEKRT/2024'],
    ['Tanggal Pembuatan', '2 Januari 2024'],
    ['Tanggal Revisi', ''],
    ['Tanggal Berlaku', '15 Januari 2024'],
    ['Disahkan oleh', ''],
    ['Nama SOP', `Penerimaan Tamu Uji ${code}`],
  ],
  boxes: [
    ['DASAR HUKUM', [], 'KUALIFIKASI PELAKSANA', ['Memahami tata naskah dinas', 'Mampu berkomunikasi dengan baik']],
    ['KETERKAITAN', [], 'PERALATAN/PERLENGKAPAN', ['Buku tamu', 'Alat tulis']],
    ['PERINGATAN', ['Tamu yang tidak tercatat tidak dilayani'], 'PENCATATAN DAN PENDATAAN', ['Buku tamu disimpan di bagian umum']],
  ],
});

export const tamuExpected = (code: string) => ({
  id: `penerimaan-tamu-uji-${code.toLowerCase()}`,
  data: {
    nama: `Penerimaan Tamu Uji ${code}`,
    nomor: 'UJI/7/SEKRT/2024',
    instansi: 'dpmptsp-jabar',
    unit: 'Sekretariat',
    tanggalPembuatan: '2024-01-02',
    tanggalRevisi: null,
    tanggalBerlaku: '2024-01-15',
    kualifikasiPelaksana: ['Memahami tata naskah dinas', 'Mampu berkomunikasi dengan baik'],
    peralatanPerlengkapan: ['Buku tamu', 'Alat tulis'],
    peringatan: 'Tamu yang tidak tercatat tidak dilayani',
    pencatatanPendataan: 'Buku tamu disimpan di bagian umum',
  },
  todos: [],
});

export const ruangFlow: Flow = {
  title: 'SOP PEMINJAMAN RUANG UJI',
  actors: ['Pemohon', 'Pengelola Ruang'],
  steps: [
    {
      no: 1,
      aktivitas: 'Mengajukan permohonan peminjaman ruang',
      lane: 0,
      kelengkapan: 'Formulir permohonan',
      durasi: '10 menit',
      output: 'Permohonan',
      jenis: 'mulai',
    },
    {
      no: 2,
      aktivitas: 'Memeriksa jadwal ruang',
      lane: 1,
      kelengkapan: 'Jadwal ruang',
      durasi: '15 menit',
      output: 'Jadwal diperiksa',
      jenis: 'proses',
    },
    {
      no: 3,
      aktivitas: 'Menyerahkan kunci ruang',
      lane: 1,
      kelengkapan: 'Kunci ruang',
      durasi: '5 menit',
      output: 'Kunci diterima pemohon',
      jenis: 'selesai',
    },
  ],
};
export const ruangExpected = {
  id: 'peminjaman-ruang-uji',
  data: { nama: 'Peminjaman Ruang Uji', instansi: 'TODO' },
  todos: ['instansi'],
};

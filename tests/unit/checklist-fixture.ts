/** A synthetic SOP snapshot for the checklist tests: a decision at step 2 that skips step 3 or goes through it. */
import type { SopSnapshot } from '../../src/db/runs.ts';

export const SOP_UJI: SopSnapshot = {
  sopId: 'prosedur-uji',
  sopNomor: 'UJI/1/2024',
  sopNama: 'Prosedur Uji (sintetis)',
  sopVersi: 'abc123def456',
  sopTanggalRevisi: null,
  langkah: [
    {
      no: 1,
      jenis: 'mulai',
      aktivitas: ['Menerima berkas'],
      pelaksana: 'Petugas',
      durasiTeks: '30 menit',
      menit: 30,
      kelengkapan: ['Berkas'],
      output: ['Berkas diterima'],
    },
    {
      no: 2,
      jenis: 'keputusan',
      aktivitas: ['Memeriksa kelengkapan'],
      pelaksana: 'Kepala Seksi',
      durasiTeks: '15 menit',
      menit: 15,
      kelengkapan: ['Berkas'],
      output: ['Hasil pemeriksaan'],
      pilihan: [
        { label: 'Lengkap', lanjutKe: 4 },
        { label: 'Tidak lengkap', lanjutKe: 3 },
      ],
    },
    {
      no: 3,
      jenis: 'proses',
      aktivitas: ['Meminta kelengkapan; "segera"'],
      pelaksana: 'Petugas',
      durasiTeks: '1 hari kerja',
      menit: 450,
      kelengkapan: null,
      output: null,
      lanjutKe: 4,
    },
    {
      no: 4,
      jenis: 'selesai',
      aktivitas: ['Menyerahkan hasil'],
      pelaksana: 'Petugas',
      durasiTeks: '1 jam',
      menit: 60,
      kelengkapan: null,
      output: ['Tanda terima'],
    },
  ],
};

/**
 * The evidence text a monitoring form starts from (figures, never a judgement) and the monev CSV (byte order
 * mark, the NIP kept as 18 digits in Excel, formula-leading cells neutralised). Synthetic data.
 */
import { describe, expect, it } from 'vitest';
import { monevCsv } from '../../src/db/monev-csv.ts';
import type { FormulirRecord } from '../../src/db/monev-records.ts';
import { buktiMonev, formatWaktuMonev } from '../../src/domain/monev-laporan.ts';
import type { MonevHasil } from '../../src/domain/monev.ts';

const hasil: MonevHasil = {
  dimulai: 4,
  selesai: 3,
  dibatalkan: 1,
  berjalan: 0,
  langkah: [
    {
      no: 1,
      aktivitas: ['Menerima'],
      pelaksana: 'Petugas',
      satuan: 'kerja',
      bakuMenit: 30,
      dikerjakan: 4,
      median: 35,
      terlama: 75,
      melewati: 3,
      keputusan: {},
      catatan: [],
    },
    {
      no: 2,
      aktivitas: ['=HYPERLINK("x")'],
      pelaksana: 'Kepala',
      satuan: 'kalender',
      bakuMenit: 2880,
      dikerjakan: 3,
      median: 1500,
      terlama: 3000,
      melewati: 1,
      keputusan: { Lengkap: 2, 'Tidak lengkap': 1 },
      catatan: [],
    },
  ],
  total: { jumlah: 3, median: 600, terlama: 900, melewati: 1, bakuMenit: 570 },
  masalahWaktu: [],
  versiLain: [],
  catatanDibaca: 7,
};

const form: FormulirRecord = {
  id: 'f1',
  sopId: 'uji',
  sopNomor: 'UJI/1',
  sopNama: 'Prosedur Uji (sintetis)',
  sopVersi: 'v1',
  periode: { dari: '2026-01-01', sampai: '2026-06-30' },
  monitoring: { penilaian: 'Berjalan dengan baik', catatan: 'catatan; dengan "kutip"', tindakan: '' },
  evaluasi: { kriteria: ['Ya', 'Tidak', null, 'Ya', 'Ya', 'Ya', 'Ya'], perluRevisi: false, catatan: '' },
  penilai: { nama: 'Penilai Sintetis', nip: '198001012005011001', jabatan: 'Kepala Bagian' },
  tanggal: '2026-07-03',
  metode: ['Observasi supervisor', 'Interview dengan pelaksana'],
  dibuat: 0,
  diperbarui: 0,
};

describe('monev evidence and CSV', () => {
  it('states the figures and never a judgement', () => {
    const text = buktiMonev(hasil, 'Semester I 2026');
    expect(text).toBe(
      'Bukti checklist Semester I 2026: 4 pelaksanaan dimulai (3 selesai, 1 dibatalkan, 0 masih berjalan). Melewati mutu baku: langkah 1: 3 dari 4 kali (median 35 menit, baku 30 menit); langkah 2: 1 dari 3 kali (median 1 hari 1 jam (kalender), baku 2 hari (kalender)). Waktu seluruh pelaksanaan (waktu kerja): median 10 jam, terlama 15 jam, baku 9 jam 30 menit; 1 dari 3 melewati.',
    );
    expect(text).not.toMatch(/berjalan dengan baik|perlu revisi/i);
    expect(formatWaktuMonev(null, 'kerja')).toBe('–');
  });

  it('writes the form and the per-step figures for Excel', () => {
    const csv = monevCsv(form, hasil, 'Semester I 2026');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('NIP Penilai;="198001012005011001"');
    // The evaluation: one row per criterion with its answer, an unanswered one left empty.
    expect(lines).toContain('Evaluasi 1: Mampu mendorong peningkatan kinerja;Ya');
    expect(lines).toContain('Evaluasi 2: Mudah dipahami;Tidak');
    expect(lines).toContain('Evaluasi 3: Mudah dilaksanakan;');
    expect(lines).toContain('Evaluasi 7: Sinergi satu dengan lainnya;Ya');
    expect(lines).toContain('Catatan Hasil Penilaian;"catatan; dengan ""kutip"""');
    expect(lines).toContain('Perlu Revisi (isian Lajur);Tidak');
    expect(lines).toContain('Metode Monitoring;"Observasi supervisor; Interview dengan pelaksana"');
    expect(lines).toContain(`2;"'=HYPERLINK(""x"")";Kepala;hari kalender;2880;3;1500;3000;1;"Lengkap: 2; Tidak lengkap: 1";0`);
    // A NIP that is not digits goes through the ordinary (neutralised) cell.
    const odd = monevCsv({ ...form, penilai: { ...form.penilai, nip: '=1+1' } }, hasil, 'x')
      .slice(1)
      .split('\r\n');
    expect(odd).toContain("NIP Penilai;'=1+1");
  });
});

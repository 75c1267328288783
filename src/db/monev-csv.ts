/**
 * The monev CSV: the filled form (one field per row) and then the per-step figures, UTF-8 with a byte order mark
 * and ";" by default so Excel with Indonesian settings opens it, cells neutralised as in the checklist CSV.
 */
import { barisLangkah, buktiMonev, KOLOM_LANGKAH } from '../domain/monev-laporan.ts';
import type { MonevHasil } from '../domain/monev.ts';
import { type FormulirRecord, KRITERIA_EVALUASI } from './monev-records.ts';
import { csvCell } from './transfer.ts';

export function monevCsv(form: FormulirRecord, hasil: MonevHasil, periodeLabel: string, separator: ';' | ',' = ';'): string {
  const conclusion = form.evaluasi.perluRevisi === null ? null : form.evaluasi.perluRevisi ? 'Ya' : 'Tidak';
  const rows: Array<Array<string | number | null>> = [
    ['Formulir', 'Monitoring Pelaksanaan SOP AP (Tabel 7) dan Evaluasi Penerapan SOP AP, Permenpan RB 35/2012'],
    ['Nomor SOP', form.sopNomor],
    ['Nama SOP', form.sopNama],
    ['Versi SOP', form.sopVersi],
    ['Periode', `${form.periode.dari} s.d. ${form.periode.sampai}`],
    ['Penilaian Terhadap Penerapan', form.monitoring.penilaian],
    ['Catatan Hasil Penilaian', form.monitoring.catatan],
    ['Tindakan yang Harus Diambil', form.monitoring.tindakan],
    ...KRITERIA_EVALUASI.map((kriteria, index) => [`Evaluasi ${index + 1}: ${kriteria}`, form.evaluasi.kriteria[index] ?? null]),
    ['Perlu Revisi (isian Lajur)', conclusion],
    ['Catatan Evaluasi', form.evaluasi.catatan],
    ['Metode Monitoring', form.metode.join('; ')],
    ['Nama Penilai', form.penilai.nama],
    ['NIP Penilai', form.penilai.nip],
    ['Jabatan Penilai', form.penilai.jabatan],
    ['Tanggal Penilaian', form.tanggal],
    ['Bukti Checklist', buktiMonev(hasil, periodeLabel)],
    [],
    [...KOLOM_LANGKAH],
    ...barisLangkah(hasil),
  ];
  // A NIP is 18 digits: as a number Excel shows 1,98E+17 and drops digits; digits only go in as a text formula.
  const nipRow = rows.findIndex((row) => row[0] === 'NIP Penilai');
  const cell = (value: string | number | null, row: number) =>
    row === nipRow && typeof value === 'string' && /^\d{1,30}$/.test(value) ? `="${value}"` : csvCell(value, separator);
  return `\uFEFF${rows.map((row, index) => row.map((value) => cell(value, index)).join(separator)).join('\r\n')}\r\n`;
}

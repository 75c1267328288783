/**
 * Checks the monev forms of a backup (format 3 and later) before anything is written: the file, the form (counted
 * from 1, with its SOP), the field, what was found and what is expected, in Bahasa Indonesia. Forms of format 3
 * have no evaluation criteria: they come in with every criterion unanswered, as the database upgrade does.
 */
import { found, BackupError } from './import-check.ts';
import { type FormulirRecord, JAWABAN_EVALUASI, KRITERIA_EVALUASI, kriteriaKosong, METODE_MONITORING, PENILAIAN } from './monev-records.ts';

const TEKS_MAKS = 5_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the `formulir` list of a backup of format `versi`; files before format 3 have none. */
export function checkFormulirList(value: unknown, fileName: string, versi: number): FormulirRecord[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new BackupError(`${fileName}: "formulir" harus berupa daftar formulir monev; ditemukan ${found(value)}.`);
  const seen = new Set<string>();
  return value.map((candidate: unknown, index: number) => {
    const form = checkFormulir(candidate, index, fileName, versi);
    if (seen.has(form.id))
      throw new BackupError(`${fileName}: formulir ke-${index + 1} memakai id ${form.id} yang sudah dipakai formulir lain.`);
    seen.add(form.id);
    return form;
  });
}

function checkFormulir(candidate: unknown, index: number, fileName: string, versi: number): FormulirRecord {
  const label = isRecord(candidate) && typeof candidate.sopNama === 'string' ? ` ("${candidate.sopNama.slice(0, 60)}")` : '';
  const where = `${fileName}: formulir ke-${index + 1}${label}`;
  const fail = (field: string, value: unknown, expected: string): never => {
    throw new BackupError(`${where}: ${field} harus berupa ${expected}; ditemukan ${found(value)}.`);
  };
  const text = (value: unknown, field: string, nullable = false) => {
    if (nullable && value === null) return;
    if (typeof value !== 'string') fail(field, value, nullable ? 'teks atau null' : 'teks');
    if ((value as string).length > TEKS_MAKS) fail(field, value, `teks paling banyak ${TEKS_MAKS.toLocaleString('id-ID')} karakter`);
  };
  const date = (value: unknown, field: string) => {
    if (typeof value !== 'string' || !ISO.test(value)) fail(field, value, 'tanggal tahun-bulan-tanggal, misalnya 2026-06-30');
  };
  const time = (value: unknown, field: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(field, value, 'waktu (milidetik sejak 1970)');
  };
  if (!isRecord(candidate)) return fail('formulir', candidate, 'objek formulir');
  const form = candidate;
  text(form.id, 'id');
  text(form.sopId, 'id SOP');
  text(form.sopNomor, 'nomor SOP', true);
  text(form.sopNama, 'nama SOP');
  text(form.sopVersi, 'versi SOP');
  if (!isRecord(form.periode)) return fail('periode', form.periode, 'objek {dari, sampai}');
  date(form.periode.dari, 'periode.dari');
  date(form.periode.sampai, 'periode.sampai');
  if (!isRecord(form.monitoring)) return fail('monitoring', form.monitoring, 'objek {penilaian, catatan, tindakan}');
  if (form.monitoring.penilaian !== null && !PENILAIAN.includes(form.monitoring.penilaian as never))
    fail('penilaian', form.monitoring.penilaian, `salah satu dari "${PENILAIAN.join('", "')}" atau null`);
  text(form.monitoring.catatan, 'catatan hasil penilaian');
  text(form.monitoring.tindakan, 'tindakan yang harus diambil');
  if (!isRecord(form.evaluasi)) return fail('evaluasi', form.evaluasi, 'objek {kriteria, perluRevisi, catatan}');
  if (versi < 4 && form.evaluasi.kriteria === undefined) form.evaluasi.kriteria = kriteriaKosong();
  const kriteria = form.evaluasi.kriteria;
  const answers = `"${JAWABAN_EVALUASI.join('", "')}" atau null`;
  if (!Array.isArray(kriteria) || kriteria.length !== KRITERIA_EVALUASI.length)
    fail('kriteria evaluasi', kriteria, `daftar ${KRITERIA_EVALUASI.length} jawaban (${answers}), satu untuk tiap kriteria`);
  (kriteria as unknown[]).forEach((answer, at) => {
    if (answer !== null && !JAWABAN_EVALUASI.includes(answer as never))
      fail(`kriteria evaluasi ke-${at + 1} ("${KRITERIA_EVALUASI[at]}")`, answer, answers);
  });
  if (form.evaluasi.perluRevisi !== null && typeof form.evaluasi.perluRevisi !== 'boolean')
    fail('perlu revisi', form.evaluasi.perluRevisi, 'benar, salah atau null');
  text(form.evaluasi.catatan, 'catatan evaluasi');
  if (!isRecord(form.penilai)) return fail('penilai', form.penilai, 'objek {nama, nip, jabatan}');
  text(form.penilai.nama, 'nama penilai');
  text(form.penilai.nip, 'NIP penilai');
  text(form.penilai.jabatan, 'jabatan penilai');
  if (form.tanggal !== '') date(form.tanggal, 'tanggal penilaian');
  if (!Array.isArray(form.metode) || form.metode.some((item) => !METODE_MONITORING.includes(item as never)))
    fail('metode', form.metode, `daftar dari: ${METODE_MONITORING.join('; ')}`);
  time(form.dibuat, 'waktu dibuat');
  time(form.diperbarui, 'waktu perubahan');
  if (form.pemilik !== undefined) {
    text(form.pemilik, 'pemilik formulir');
    if (!(form.pemilik as string).trim()) fail('pemilik formulir', form.pemilik, 'nama rekan (tidak kosong)');
  }
  return form as unknown as FormulirRecord;
}

/**
 * What monev stores beside one's own runs (database versions 5 and 6): colleagues' runs imported from their checklist
 * backups, each keeping whose it is, and the filled monitoring and evaluation forms.
 *
 * The form follows Permenpan RB 35/2012, appendix, "Monitoring dan Evaluasi Penerapan SOP AP" (public copy:
 * text-id.123dok.com, "monitoring-dan-evaluasi-penerapan-sop-ap", pages -53- and -54-):
 * - Tabel 7 "Monitoring Pelaksanaan SOP AP", columns 1-6: No | Prosedur | Penilaian terhadap penerapan ("Berjalan
 *   dengan baik" / "Tidak berjalan dengan baik") | Catatan hasil penilaian | Tindakan yang harus diambil | Paraf
 *   penilai. One row per procedure (SOP AP) monitored; the paraf is written by hand on the printed form.
 * - Monitoring methods a-e ({@link METODE_MONITORING}), in the regulation's words.
 * - The evaluation's criteria, each answered Ya/Tidak ({@link KRITERIA_EVALUASI}): see there for where they come
 *   from and how sure that is.
 * `evaluasi.perluRevisi` is Lajur's own field (the assessor's conclusion that the SOP needs revising), labelled as
 * such on the form, not a criterion of the regulation.
 */
import type { RunRecord } from './database.ts';

/** Tabel 7, column 3: the two assessments. */
export const PENILAIAN = ['Berjalan dengan baik', 'Tidak berjalan dengan baik'] as const;
export type Penilaian = (typeof PENILAIAN)[number];

/** Monitoring methods a-e of the appendix ("Interview" as the regulation writes it). */
export const METODE_MONITORING = [
  'Observasi supervisor',
  'Interview dengan pelaksana',
  'Interview dengan pelanggan/anggota masyarakat',
  'Pertemuan dan diskusi kelompok kerja',
  'Pengarahan dalam pelaksanaan',
] as const;

/**
 * Evaluasi penerapan SOP AP: the criteria the assessor answers Ya or Tidak, in the order and words of Permenpan RB
 * 35/2012's appendix as public e-SOP systems reproduce them. The appendix page itself could not be read here (the
 * stored copies stop after Tabel 7). Public e-SOP applications on GitHub carry the same lines word for word: one
 * lists all seven (its monitoring-evaluasi controller and seeded `pertanyaan_evaluasi` table), others the first
 * six. Compare them with the printed regulation before relying on the form; the page and the README say so too.
 */
export const KRITERIA_EVALUASI = [
  'Mampu mendorong peningkatan kinerja',
  'Mudah dipahami',
  'Mudah dilaksanakan',
  'Semua orang dapat menjalankan perannya masing-masing',
  'Mampu mengatasi permasalahan yang berkaitan dengan proses',
  'Mampu menjawab kebutuhan peningkatan kinerja organisasi',
  'Sinergi satu dengan lainnya',
] as const;

/** The two answers of each criterion. */
export const JAWABAN_EVALUASI = ['Ya', 'Tidak'] as const;
export type JawabanEvaluasi = (typeof JAWABAN_EVALUASI)[number];

/** Answers of a new form (or of one stored before the criteria were encoded): none given yet. */
export const kriteriaKosong = (): Array<JawabanEvaluasi | null> => KRITERIA_EVALUASI.map(() => null);

/** A colleague's run, from their backup: the run as they recorded it, and whose it is. */
export interface KolegaRecord extends RunRecord {
  /** `${pemilik}\u0000${id}`: the same run imported from two people stays two copies until monev merges them. */
  kunci: string;
  /** Whose backup it came from, as the supervisor named it when importing. */
  pemilik: string;
  /** The file it was last imported from, and when. */
  berkas: string;
  diimpor: number;
}

/** A filled monitoring and evaluation form of one SOP over one period. */
export interface FormulirRecord {
  id: string;
  sopId: string;
  sopNomor: string | null;
  sopNama: string;
  /** The SOP version the figures were computed for. */
  sopVersi: string;
  /** The period monitored, ISO dates, both days included. */
  periode: { dari: string; sampai: string };
  monitoring: {
    penilaian: Penilaian | null;
    /** Starts as the evidence (figures, never a judgement); the assessor rewrites it. */
    catatan: string;
    tindakan: string;
  };
  evaluasi: {
    /** The answer to each of {@link KRITERIA_EVALUASI}, in that order; null while not answered. */
    kriteria: Array<JawabanEvaluasi | null>;
    /** Lajur's field, not a criterion of the regulation: the assessor concludes the SOP needs revising. */
    perluRevisi: boolean | null;
    catatan: string;
  };
  penilai: { nama: string; nip: string; jabatan: string };
  /** Date of the assessment, ISO. */
  tanggal: string;
  /** Methods used, from {@link METODE_MONITORING}. */
  metode: string[];
  dibuat: number;
  diperbarui: number;
  /** Whose backup the form came from, when a supervisor imported a colleague's; absent for this device's own. */
  pemilik?: string;
}

export const kunciKolega = (pemilik: string, id: string) => `${pemilik}\u0000${id}`;

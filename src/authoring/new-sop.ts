/**
 * The skeleton `sop:new` writes: every field of an SOP present, each preceded by its documentation, the known ones
 * filled (nomor, nama, instansi, unit, pelaksana) and the rest null ("belum tercatat"), so that the file passes
 * `sop:check` at once and the author fills it in from there. The steps start as null with a commented example.
 */
import type { Catalog } from '../domain/catalog.ts';
import { slugify } from '../domain/text.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { langkahSchema, mutuBakuSchema } from '../schemas/langkah.ts';
import { sopFields } from '../schemas/sop.ts';
import { fieldComment } from './field-docs.ts';
import { yamlWithComments } from './yaml-comments.ts';

export interface NewSopAnswers {
  nomor?: string | undefined;
  nama?: string | undefined;
  instansi?: string | undefined;
  unit?: string | undefined;
  /** Names, left to right. */
  pelaksana?: string[] | undefined;
  /** File name without .mdx; default: from the name. */
  file?: string | undefined;
}

/** A problem with the answers, in the words of the question asked. */
export class AnswerError extends Error {
  override name = 'AnswerError';
}

/** Splits "A, B, C" into names, dropping empty ones. */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name.length > 0);
}

/**
 * Checks the answers against the site: an office that exists, one of its units, an unused SOP number, distinct
 * pelaksana, a usable file name. Returns the answers completed (office defaulted when there is only one).
 */
export function checkAnswers(
  answers: NewSopAnswers,
  catalog: Catalog,
): Required<Omit<NewSopAnswers, 'nomor' | 'unit' | 'pelaksana'>> & NewSopAnswers {
  const nama = answers.nama?.trim();
  if (!nama) throw new AnswerError('nama SOP wajib diisi (--nama "Penyusunan Perjanjian Kinerja")');
  const offices = catalog.instansi.map((entry) => entry.id);
  const instansiId = answers.instansi?.trim() || (offices.length === 1 ? offices[0] : undefined);
  if (!instansiId) {
    throw new AnswerError(
      `instansi wajib diisi (--instansi); diharapkan salah satu dari: ${offices.join(', ') || '(belum ada di content/instansi/)'}`,
    );
  }
  const instansi = catalog.instansi.find((entry) => entry.id === instansiId);
  if (!instansi)
    throw new AnswerError(`instansi "${instansiId}" tidak ada di content/instansi/; diharapkan salah satu dari: ${offices.join(', ')}`);
  const unit = answers.unit?.trim() || undefined;
  if (unit && !instansi.data.unit.some((item) => item.nama === unit)) {
    throw new AnswerError(
      `unit "${unit}" tidak terdaftar pada instansi ${instansi.id}; diharapkan salah satu dari: ${instansi.data.unit.map((item) => item.nama).join(', ')}`,
    );
  }
  const nomor = answers.nomor?.trim() || undefined;
  const sameNumber = nomor === undefined ? undefined : catalog.sops.find((sop) => sop.data.nomor === nomor);
  if (sameNumber) throw new AnswerError(`nomor SOP "${nomor}" sudah dipakai oleh SOP ${sameNumber.id}; diharapkan nomor yang unik`);
  const pelaksana = answers.pelaksana?.length ? answers.pelaksana : undefined;
  const twice = pelaksana?.find((name, i) => pelaksana.indexOf(name) !== i);
  if (twice) throw new AnswerError(`pelaksana "${twice}" ditulis dua kali; diharapkan nama yang unik`);
  const file = answers.file?.trim().replace(/\.mdx$/, '') || slugify(nama);
  if (!ID_PATTERN.test(file)) {
    throw new AnswerError(
      `nama berkas "${file}" tidak dapat dipakai; diharapkan huruf kecil, angka dan tanda hubung, misalnya "penyusunan-cascading"`,
    );
  }
  return { nomor, nama, instansi: instansi.id, unit, pelaksana, file };
}

/** An example of two steps, with the step fields documented, as comment lines. */
function exampleSteps(pelaksana: readonly string[]): string[] {
  const actor = pelaksana[0] ?? 'Kepala Dinas';
  const step = (no: number, jenis: string, aktivitas: string, mutuBaku: Record<string, unknown>) => ({
    no,
    jenis,
    aktivitas,
    pelaksana: actor,
    mutuBaku,
  });
  const example = {
    langkah: [
      step(1, 'mulai', 'Mendisposisi penyusunan cascading', {
        kelengkapan: ['Tata Naskah Dinas', 'lembar disposisi'],
        durasi: '30 menit',
        output: 'Penugasan sesuai lembar disposisi',
      }),
      step(2, 'selesai', 'Menyerahkan dokumen', { kelengkapan: 'Dokumen', durasi: '1 jam', output: 'Tanda terima' }),
    ],
  };
  const notes = [
    ...(['no', 'jenis', 'aktivitas', 'pelaksana', 'mutuBaku'] as const).map((key) => ({
      path: ['langkah', 0, key],
      lines: fieldComment(langkahSchema.shape[key], 96),
    })),
    ...(['kelengkapan', 'durasi', 'output'] as const).map((key) => ({
      path: ['langkah', 0, 'mutuBaku', key],
      lines: fieldComment(mutuBakuSchema.shape[key], 90),
    })),
  ];
  const yaml = yamlWithComments(example, notes).trimEnd().split('\n');
  return [
    'Contoh dua langkah. Hapus "langkah: null" di bawah, lalu hapus tanda "# " di depan contoh ini dan sesuaikan.',
    'Keputusan (jenis: keputusan) memakai "pilihan" dengan dua hasil berlabel; lihat docs/panduan-penulisan-sop.md.',
    '',
    ...yaml.map((line) => (line.startsWith('#') ? `#${line.slice(1)}` : line)),
  ];
}

/** The MDX text of the new SOP and its file name. */
export function newSopFile(answers: ReturnType<typeof checkAnswers>): { id: string; text: string } {
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(sopFields)) data[key] = null;
  Object.assign(data, {
    nomor: answers.nomor ?? null,
    nama: answers.nama,
    instansi: answers.instansi,
    unit: answers.unit ?? null,
    pelaksana: answers.pelaksana ?? null,
  });
  const notes = (Object.keys(sopFields) as Array<keyof typeof sopFields>).map((key) => ({
    path: [key],
    lines: [...fieldComment(sopFields[key]), ...(key === 'langkah' ? ['', ...exampleSteps(answers.pelaksana ?? [])] : [])],
    spaceBefore: key !== 'nomor',
  }));
  const yaml = yamlWithComments(data, notes, [
    'SOP baru dari npm run sop:new. Setiap kolom wajib ditulis; tulis null bila dokumen sumber belum mencatatnya.',
    'Panduan: docs/panduan-penulisan-sop.md. Periksa dengan: npm run sop:check',
  ]);
  const body = '{/* Tulis di sini uraian bebas SOP ini (tujuan, catatan, sumber). Boleh dibiarkan kosong. */}\n';
  return { id: answers.file, text: `---\n${yaml}---\n\n${body}` };
}

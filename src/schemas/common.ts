/**
 * Building blocks shared by every content schema. Messages are in Bahasa Indonesia: the people who read them
 * write SOPs, not code.
 */
import { z } from 'astro/zod';
import { parseTanggal, tanggalProblem } from '../domain/tanggal.ts';

/** Documentation of a field: what it means, how to write it, an example. Shown by `sop:new` and the guide. */
export interface FieldDoc {
  arti: string;
  format?: string;
  contoh?: unknown;
}

/** Attaches {@link FieldDoc} to a schema, so the documentation lives where the field is defined. */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  const description = [doc.arti, doc.format && `Format: ${doc.format}`].filter(Boolean).join(' ');
  return schema.meta({ description, ...(doc.contoh === undefined ? {} : { examples: [doc.contoh] }), doc }) as T;
}

/** Reads the {@link FieldDoc} of a schema (or undefined when it has none). */
export function fieldDoc(schema: z.ZodType): FieldDoc | undefined {
  return (z.globalRegistry.get(schema) as { doc?: FieldDoc } | undefined)?.doc;
}

/** Non-empty text; surrounding white space is dropped. */
export const teks = z
  .string({ error: 'diharapkan teks' })
  .trim()
  .min(1, { error: 'teks kosong; diharapkan isian, atau null bila belum tercatat' });

/** One text or a list of texts, always read as a list. */
export const daftarTeks = z.union(
  [
    teks.transform((value) => [value]),
    z.array(teks).min(1, { error: 'daftar kosong; diharapkan sedikitnya satu isian, atau null bila belum tercatat' }),
  ],
  {
    error: 'diharapkan teks atau daftar teks',
  },
);

/** Lower-case words joined by hyphens: the form of every id (file name) in content/. */
/** What an id (a content file's name without its ending) may be: lower-case words of letters and digits joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string({ error: 'diharapkan id berupa teks' }).regex(ID_PATTERN, {
  error: 'diharapkan id huruf kecil, angka dan tanda hubung, misalnya "pergub-jabar-9-2013"',
});

/** Years an SOP date can plausibly have: from 1945 to five years ahead (a date far off is a typing slip). */
export const TAHUN_TERAWAL = 1945;
export const tahunTerakhir = () => new Date().getFullYear() + 5;

/** A calendar date, written "2023-06-27" or "27 Juni 2023"; read as ISO "YYYY-MM-DD". */
export const tanggal = z.unknown().transform((input, ctx) => {
  const iso = parseTanggal(input);
  if (iso === undefined) {
    const text = typeof input === 'string' ? input.trim() : '';
    const impossible = /^\d{4}-\d{2}-\d{2}$/.test(text) ? tanggalProblem(text) : undefined;
    ctx.addIssue({
      code: 'custom',
      message: impossible ?? 'diharapkan tanggal seperti 2023-06-27 atau "27 Juni 2023"',
      input,
      ...(impossible ? { params: { lengkap: true } } : {}),
    });
    return z.NEVER;
  }
  const year = Number(iso.slice(0, 4));
  if (year < TAHUN_TERAWAL || year > tahunTerakhir()) {
    ctx.addIssue({
      code: 'custom',
      message: `ditemukan ${iso}: tahun ${year} tidak masuk akal untuk SOP; diharapkan tahun ${TAHUN_TERAWAL} sampai ${tahunTerakhir()} (periksa salah ketik)`,
      input,
      params: { lengkap: true },
    });
    return z.NEVER;
  }
  return iso;
});

/**
 * A field that the source document may not tell. `null` says "belum tercatat" (not yet recorded) on purpose, and
 * the site shows exactly that; leaving the field out is an error, so nothing is unknown by accident.
 */
export function belumTercatat<T extends z.ZodType>(schema: T) {
  return schema.nullable();
}

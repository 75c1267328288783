/**
 * Every content collection in one table: its folder under the content folder, the endings of its files and its
 * schema. src/content.config.ts gives it to Astro's loaders and the content check reads the same files with it,
 * so the build and `sop:check` never disagree on which files belong where.
 */
import type { z } from 'astro/zod';
import { instansiSchema } from './instansi.ts';
import { istilahSchema } from './istilah.ts';
import { liburSchema } from './libur.ts';
import { regulasiSchema } from './regulasi.ts';
import { sopSchema } from './sop.ts';

export interface CollectionTable {
  /** The folder under the content folder. */
  folder: string;
  /** The endings of the collection's files, the usual one first. */
  extensions: readonly string[];
  schema: z.ZodType;
}

export const COLLECTIONS = {
  sop: { folder: 'sop', extensions: ['.mdx'], schema: sopSchema },
  regulasi: { folder: 'regulasi', extensions: ['.yaml', '.yml'], schema: regulasiSchema },
  instansi: { folder: 'instansi', extensions: ['.yaml', '.yml'], schema: instansiSchema },
  istilah: { folder: 'istilah', extensions: ['.yaml', '.yml'], schema: istilahSchema },
  /** Holidays for monev's working calendar (src/schemas/libur.ts); the folder may be absent. */
  libur: { folder: 'libur', extensions: ['.yaml', '.yml'], schema: liburSchema },
} as const satisfies Record<string, CollectionTable>;

export type ContentCollection = keyof typeof COLLECTIONS;

/** The glob of a collection's files in any subfolder: every `.mdx`, or YAML under either ending. */
export function globPattern(extensions: readonly string[]): string {
  const endings = extensions.map((extension) => extension.replace(/^\./, ''));
  return `**/*.${endings.length === 1 ? endings[0] : `{${endings.join(',')}}`}`;
}

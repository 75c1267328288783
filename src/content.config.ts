/**
 * Content collections, read from the top-level content/ folder (or LAJUR_CONTENT: the tests and benchmarks build
 * other content with the same code). The schemas live in src/schemas/, shared with `npm run sop:check`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { instansiSchema } from './schemas/instansi.ts';
import { istilahSchema } from './schemas/istilah.ts';
import { regulasiSchema } from './schemas/regulasi.ts';
import { sopSchema } from './schemas/sop.ts';
import { contentDir } from './settings.ts';

/** Ids are file names as written; the content check already refused names that are not lower-case slugs. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  sop: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/sop`, generateId: fileName }),
    schema: sopSchema,
  }),
  regulasi: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/regulasi`, generateId: fileName }),
    schema: regulasiSchema,
  }),
  instansi: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/instansi`, generateId: fileName }),
    schema: instansiSchema,
  }),
  istilah: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/istilah`, generateId: fileName }),
    schema: istilahSchema,
  }),
};

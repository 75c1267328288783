/**
 * Content collections, read from the top-level content/ folder (or LAJUR_CONTENT: the tests and benchmarks build
 * other content with the same code). Folders, file endings and schemas come from src/schemas/collections.ts, the
 * table the content check (`npm run sop:check`) reads too.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type ContentCollection, globPattern } from './schemas/collections.ts';
import { contentDir } from './settings.ts';

/** Ids are file names as written; the content check already refused names that are not lower-case slugs. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Astro's loader for one collection: its folder and file endings, from the table. */
function loader(name: ContentCollection) {
  const { folder, extensions } = COLLECTIONS[name];
  return glob({ pattern: globPattern(extensions), base: `${contentDir}/${folder}`, generateId: fileName });
}

export const collections = {
  sop: defineCollection({ loader: loader('sop'), schema: COLLECTIONS.sop.schema }),
  regulasi: defineCollection({ loader: loader('regulasi'), schema: COLLECTIONS.regulasi.schema }),
  instansi: defineCollection({ loader: loader('instansi'), schema: COLLECTIONS.instansi.schema }),
  istilah: defineCollection({ loader: loader('istilah'), schema: COLLECTIONS.istilah.schema }),
  // A site may have no holiday list (src/schemas/libur.ts): without the folder the collection is empty, not a warning.
  libur: defineCollection({
    loader: existsSync(`${contentDir}/${COLLECTIONS.libur.folder}`) ? loader('libur') : () => [],
    schema: COLLECTIONS.libur.schema,
  }),
};

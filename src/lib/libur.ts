/** The holidays of content/libur/ (src/schemas/libur.ts) as ISO dates, for monev's working calendar. */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { COLLECTIONS } from '../schemas/collections.ts';
import { contentDir } from '../settings.ts';

let all: Promise<string[]> | undefined;

/** Every holiday date of every file, sorted, without repeats; none when the content has no holiday folder. */
export function getLibur(): Promise<string[]> {
  all ??= existsSync(`${contentDir}/${COLLECTIONS.libur.folder}`)
    ? getCollection('libur').then((files) => [...new Set(files.flatMap((file) => file.data.hari.map((hari) => hari.tanggal)))].sort())
    : Promise.resolve([]);
  return all;
}

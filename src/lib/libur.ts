/** The holidays of content/libur/ (src/schemas/libur.ts) as ISO dates, for monev's working calendar. */
import { getCollection } from 'astro:content';

let all: Promise<string[]> | undefined;

/** Every holiday date of every file, sorted, without repeats. */
export function getLibur(): Promise<string[]> {
  all ??= getCollection('libur').then((files) => [...new Set(files.flatMap((file) => file.data.hari.map((hari) => hari.tanggal)))].sort());
  return all;
}

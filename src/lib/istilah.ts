/** The acronyms of content/istilah/ (src/schemas/istilah.ts), read once per build for the search and the pages. */
import { getCollection } from 'astro:content';
import type { Istilah } from '../schemas/istilah.ts';

let all: Promise<Istilah[]> | undefined;

/** Every acronym of every istilah file, the longer short forms first (so "SAKIP" is tried before "PK"). */
export function getIstilah(): Promise<Istilah[]> {
  all ??= getCollection('istilah').then((files) =>
    files.flatMap((file) => file.data.istilah).sort((a, b) => b.singkatan.length - a.singkatan.length),
  );
  return all;
}

/**
 * The words of the search index, for "Maksud Anda: ...": read back from the fragments Pagefind wrote (the text it
 * indexed of every page, titles included), counted, and written as cari/kata.json. The search box suggests the
 * closest of these words when a word typed is not among them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Words of at least this many letters are listed; shorter ones are too ambiguous to correct. */
const MIN_LENGTH = 3;

/** The words of a text, lower-cased as Pagefind does: letters, with digits after the first letter. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('id').match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
}

/** Counts the words of some texts; the most frequent first, ties by the alphabet. */
export function countWords(texts: Iterable<string>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) if (word.length >= MIN_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A Pagefind fragment: gzip around "pagefind_dcd" and JSON. */
function readFragment(bytes: Buffer): { content?: string; meta?: Record<string, string> } {
  let data = bytes;
  if (data.subarray(0, 12).toString() !== 'pagefind_dcd') data = gunzipSync(data);
  return JSON.parse(data.subarray(12).toString('utf8'));
}

/** Reads every fragment under `pagefindDir` and writes the word list to `outFile`; returns how many words. */
export async function writeSearchWords(pagefindDir: string, outFile: string): Promise<number> {
  const folder = path.join(pagefindDir, 'fragment');
  const texts: string[] = [];
  for (const name of await readdir(folder)) {
    const fragment = readFragment(await readFile(path.join(folder, name)));
    texts.push(fragment.content ?? '', ...Object.values(fragment.meta ?? {}));
  }
  const words = countWords(texts);
  await writeFile(outFile, JSON.stringify(words));
  return words.length;
}

/**
 * Soft hyphens (U+00AD) at the Indonesian syllable breaks of long words, inserted at build time with the `hyphen`
 * package's Indonesian patterns. Chromium has no Indonesian hyphenation dictionary offline, so CSS `hyphens: auto`
 * would break nothing (or, with `overflow-wrap`, break anywhere without a hyphen). With soft hyphens a narrow
 * column breaks "Keterang-an" with a visible hyphen, never "Keteranga/n".
 */
import hyphenId from 'hyphen/id/index.js';

const { hyphenateSync } = hyphenId;

/** Soft hyphen: invisible unless the line breaks there, where it prints as "-". */
export const SHY = '\u00ad';

/** Words shorter than this never break: a short word fits any column. */
const MIN_WORD = 7;

/**
 * The text with soft hyphens in its long words. Words in capitals (abbreviations like DPMPTSP), numbers and
 * anything with digits or slashes (nomor, dates) are left whole.
 */
export function sukuKata(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    if (word.length < MIN_WORD || word === word.toUpperCase()) return word;
    return hyphenateSync(word, { hyphenChar: SHY, minWordLength: MIN_WORD });
  });
}

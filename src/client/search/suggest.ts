/**
 * Forgiveness for the search box, without the network: "Maksud Anda: ..." from the index's own words
 * (cari/kata.json, written at build time) by edit distance, and acronyms (cari/istilah.json) matched both ways.
 */

/** The index's words, sorted for prefix look-ups, with how often each occurs. */
export interface WordList {
  sorted: string[];
  count: Map<string, number>;
}

/** Builds a {@link WordList} from the build's `[word, count]` pairs. */
export function wordList(pairs: ReadonlyArray<readonly [string, number]>): WordList {
  return { sorted: pairs.map(([word]) => word).sort(), count: new Map(pairs.map(([word, count]) => [word, count])) };
}

/** Whether some index word starts with `prefix` (the last word of a query may still be being typed). */
function hasPrefix(words: WordList, prefix: string): boolean {
  let low = 0;
  let high = words.sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words.sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return words.sorted[low]?.startsWith(prefix) ?? false;
}

/** Optimal string alignment distance (a swap of two neighbours counts once), or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Edits allowed for a word of this length: none below 4 letters, one up to 5, two beyond. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length <= 5 ? 1 : 2);

/** The closest index word to `word` (fewest edits, then most frequent), or undefined. */
function closest(words: WordList, word: string): string | undefined {
  const max = allowedEdits(word.length);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const candidate of words.sorted) {
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    const count = words.count.get(candidate) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count))
      best = { word: candidate, distance, count };
  }
  return best?.word;
}

/**
 * The term with every word that is not in the index replaced by its closest index word, or undefined when every
 * word is known (or none has a close neighbour). Numbers and known acronyms are left as they are.
 */
export function suggestTerm(term: string, words: WordList, known: ReadonlySet<string> = new Set()): string | undefined {
  const parts = term.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  let changed = false;
  const corrected = parts.map((part, index) => {
    if (!/^\p{L}+$/u.test(part) || known.has(part) || words.count.has(part)) return part;
    if (index === parts.length - 1 && hasPrefix(words, part)) return part;
    const replacement = closest(words, part);
    if (!replacement) return part;
    changed = true;
    return replacement;
  });
  return changed ? corrected.join(' ') : undefined;
}

/** An acronym and its long form, as listed in content/istilah/. */
export type IstilahPair = readonly [singkatan: string, kepanjangan: string];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Other ways of writing the same query: each acronym in it spelled out, each long form shortened. The search runs
 * them all and keeps each page's best score.
 */
export function istilahVariants(term: string, istilah: readonly IstilahPair[]): string[] {
  const variants = new Set<string>();
  for (const [singkatan, kepanjangan] of istilah) {
    const short = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(singkatan)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    const long = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(kepanjangan)}(?=$|[^\\p{L}\\p{N}])`, 'iu');
    if (short.test(term)) variants.add(term.replace(short, `$1${kepanjangan}`));
    if (long.test(term)) variants.add(term.replace(long, `$1${singkatan}`));
  }
  variants.delete(term);
  return [...variants];
}

/**
 * What changes when a file is written over another: the lines kept, removed and added, in order (a longest common
 * subsequence of lines). The editor shows it before writing into a content/ folder.
 */

export interface DiffLine {
  kind: 'sama' | 'hapus' | 'tambah';
  text: string;
}

/** The lines of `before` and `after`, each marked kept, removed or added. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common prefix and suffix first: an edit usually touches a few lines of a long file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const table = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      const row = table[i] as Uint32Array;
      row[j] =
        midA[i] === midB[j]
          ? ((table[i + 1] as Uint32Array)[j + 1] as number) + 1
          : Math.max((table[i + 1] as Uint32Array)[j] as number, row[j + 1] as number);
    }
  }
  const middle: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      middle.push({ kind: 'sama', text: midA[i] as string });
      i++;
      j++;
    } else if (
      j < midB.length &&
      (i === midA.length || ((table[i] as Uint32Array)[j + 1] as number) > ((table[i + 1] as Uint32Array)[j] as number))
    ) {
      middle.push({ kind: 'tambah', text: midB[j] as string });
      j++;
    } else {
      middle.push({ kind: 'hapus', text: midA[i] as string });
      i++;
    }
  }
  const kept = (lines: string[]) => lines.map((text): DiffLine => ({ kind: 'sama', text }));
  return [...kept(a.slice(0, start)), ...middle, ...kept(a.slice(endA))];
}

/** The diff shown before the editor writes over a file: kept, removed and added lines in order. */
import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/editor/line-diff.ts';

const changed = (before: string, after: string) => lineDiff(before, after).filter((line) => line.kind !== 'sama');

describe('lineDiff', () => {
  it('marks a changed line as removed then added, everything else kept', () => {
    expect(changed('a\nb\nc\n', 'a\nB\nc\n')).toEqual([
      { kind: 'hapus', text: 'b' },
      { kind: 'tambah', text: 'B' },
    ]);
  });

  it('finds lines inserted and deleted in the middle', () => {
    const diff = lineDiff('1\n2\n3\n4\n5', '1\n3\nx\n4\n5');
    expect(diff.map((line) => `${line.kind[0]}${line.text}`)).toEqual(['s1', 'h2', 's3', 'tx', 's4', 's5']);
  });

  it('rebuilds both texts', () => {
    const before = 'x\ny\nz\n\nw';
    const after = 'y\nq\nz\nw\nv';
    const diff = lineDiff(before, after);
    expect(
      diff
        .filter((line) => line.kind !== 'tambah')
        .map((line) => line.text)
        .join('\n'),
    ).toBe(before);
    expect(
      diff
        .filter((line) => line.kind !== 'hapus')
        .map((line) => line.text)
        .join('\n'),
    ).toBe(after);
  });

  it('has nothing to show for the same text', () => {
    expect(changed('a\nb', 'a\nb')).toEqual([]);
  });
});

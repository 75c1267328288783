/** The README's architecture tree ("How it is built") names every folder and file directly under src/. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const tree = /## How it is built\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('README tree', () => {
  it('is found', () => {
    expect(tree).toContain('src/');
  });

  it('lists every entry of src/', () => {
    const entries = readdirSync('src', { withFileTypes: true }).map((entry) => `src/${entry.name}${entry.isDirectory() ? '/' : ''}`);
    const missing = entries.filter((entry) => !tree.includes(entry));
    expect(missing).toEqual([]);
  });
});

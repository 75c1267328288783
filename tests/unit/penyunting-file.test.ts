/**
 * The editor's file handling: every SOP in content/ (and every fixture SOP) opened and saved unchanged gives the
 * same bytes; a change rewrites only its own lines and reads back as the changed data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinSopFile, readData, splitSopFile, writeSopFile } from '../../src/editor/sop-file.ts';

const sopFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(dir, name));

const CONTENT = sopFiles('content/sop');
const FIXTURES = [
  ...sopFiles('tests/fixtures/site-seed/sop'),
  ...sopFiles('tests/fixtures/site-extra/sop'),
  ...sopFiles('tests/fixtures/accepted'),
];

const commentLines = (text: string) => text.split('\n').filter((line) => /^\s*#/.test(line));

describe('round trip', () => {
  it.each([...CONTENT, ...FIXTURES])('%s saved unchanged is the same bytes', (file) => {
    const text = readFileSync(file, 'utf8');
    const parts = splitSopFile(text);
    expect(parts).toBeDefined();
    if (!parts) return;
    expect(joinSopFile(parts)).toBe(text);
    const { data } = readData(parts.yaml);
    expect(writeSopFile(parts, data, structuredClone(data), parts.body)).toBe(text);
  });

  it.each(CONTENT)('%s: a changed name and duration rewrite only their lines', (file) => {
    const text = readFileSync(file, 'utf8');
    const parts = splitSopFile(text);
    if (!parts) throw new Error('no frontmatter');
    const { data } = readData(parts.yaml);
    const after = structuredClone(data) as { nama: unknown; langkah: Array<{ mutuBaku: { durasi: unknown } }> | null };
    after.nama = 'Nama: dengan titik dua';
    const first = after.langkah?.[0];
    if (first) first.mutuBaku.durasi = '45 menit';
    const saved = writeSopFile(parts, data, after as Record<string, unknown>, parts.body);
    const reread = splitSopFile(saved);
    expect(reread && readData(reread.yaml).data).toEqual(after);
    expect(commentLines(saved)).toEqual(commentLines(text));
    const changed = saved.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed.length).toBe(Array.isArray(after.langkah) ? 2 : 1);
  });
});

describe('steps moved, inserted, deleted', () => {
  const text = readFileSync('content/sop/penyusunan-cascading.mdx', 'utf8');
  const parts = splitSopFile(text);
  if (!parts) throw new Error('no frontmatter');
  const { data } = readData(parts.yaml);
  const steps = data.langkah as Array<Record<string, unknown>>;

  it('keeps the text of every step kept, and writes the new one', () => {
    const fresh = {
      no: 99,
      jenis: 'proses',
      aktivitas: 'Langkah sintetis',
      pelaksana: 'Sekretaris',
      mutuBaku: { kelengkapan: null, durasi: '5 menit', output: null },
    };
    const langkah = [steps[1], steps[0], fresh, ...steps.slice(3)];
    const after = { ...data, langkah };
    const saved = writeSopFile(parts, data, after, parts.body, [1, 0, -1, ...steps.slice(3).map((_, i) => i + 3)]);
    const reread = splitSopFile(saved);
    expect(reread && readData(reread.yaml).data).toEqual(after);
    // Step 1's flow list is still written as it was.
    expect(saved).toContain('kelengkapan: [Tata Naskah Dinas, lembar disposisi]');
    expect(saved).toContain('aktivitas: Langkah sintetis');
  });

  it('sets a field that was null to a list', () => {
    const after = { ...data, kualifikasiPelaksana: ['Memahami penyusunan Cascading', 'Teliti'] };
    const saved = writeSopFile(parts, data, after, parts.body);
    expect(saved).toContain('kualifikasiPelaksana:\n  - Memahami penyusunan Cascading\n  - Teliti\nketerkaitan: null');
    const reread = splitSopFile(saved);
    expect(reread && readData(reread.yaml).data).toEqual(after);
  });
});

/** The authoring guide's field tables say what the schemas say, and every documented field of an SOP is in it. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GUIDE_TABLES, withGeneratedTables } from '../../src/authoring/guide-tables.ts';
import { sopFields } from '../../src/schemas/sop.ts';

const guide = await readFile('docs/panduan-penulisan-sop.md', 'utf8');

describe('docs/panduan-penulisan-sop.md', () => {
  it('has the field tables generated from the schemas (else run: node scripts/update-guide.ts)', () => {
    expect(guide).toBe(withGeneratedTables(guide));
    for (const name of Object.keys(GUIDE_TABLES)) expect(guide).toContain(`<!-- kolom:${name} -->`);
  });

  it('lists every SOP field with its meaning', () => {
    for (const key of Object.keys(sopFields)) expect(guide).toMatch(new RegExp(`^\\| \`${key}\` \\| \\S`, 'm'));
  });

  it('explains the three commands', () => {
    for (const command of ['npm run sop:new', 'npm run sop:import', 'npm run sop:check']) expect(guide).toContain(command);
  });
});

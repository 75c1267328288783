/**
 * Rewrites the field tables of docs/panduan-penulisan-sop.md from the schemas' field docs (src/schemas/).
 * Run after changing a field's documentation: node scripts/update-guide.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { withGeneratedTables } from '../src/authoring/guide-tables.ts';

const GUIDE = new URL('../docs/panduan-penulisan-sop.md', import.meta.url);
const before = await readFile(GUIDE, 'utf8');
const after = withGeneratedTables(before);
if (after === before) {
  console.log('docs/panduan-penulisan-sop.md: tabel kolom sudah sesuai skema');
} else {
  await writeFile(GUIDE, after);
  console.log('docs/panduan-penulisan-sop.md: tabel kolom diperbarui dari skema');
}

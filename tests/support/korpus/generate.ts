/**
 * Writes the import corpus: every case of cases.ts as a source document in tests/fixtures/import/korpus/ and the
 * draft it must give in tests/fixtures/import/diharapkan/. Run after changing a case:
 *   node tests/support/korpus/generate.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CASES, expectedDraft } from './cases.ts';
import { excelOf } from './excel.ts';
import { textOf } from './text.ts';
import { wordOf } from './word.ts';

const root = path.resolve('tests/fixtures/import');
const sources = path.join(root, 'korpus');
const expected = path.join(root, 'diharapkan');
await rm(sources, { recursive: true, force: true });
await rm(expected, { recursive: true, force: true });
await mkdir(sources, { recursive: true });
await mkdir(expected, { recursive: true });
for (const item of CASES) {
  const bytes = item.format === 'docx' ? await wordOf(item) : item.format === 'xlsx' ? await excelOf(item) : textOf(item);
  await writeFile(path.join(sources, item.file), bytes);
  await writeFile(path.join(expected, `${item.file}.json`), `${JSON.stringify(expectedDraft(item), null, 2)}\n`);
}
// In the project's JSON style, so that `npm run lint` passes on the generated files.
execFileSync(path.resolve('node_modules/.bin/biome'), ['format', '--write', expected], { stdio: 'ignore' });
console.log(
  `${CASES.length} dokumen sumber di ${path.relative(process.cwd(), sources)}, drafnya di ${path.relative(process.cwd(), expected)}`,
);

/**
 * The import corpus (tests/fixtures/import/korpus/, written by tests/support/korpus/generate.ts): SOP documents in
 * the layouts offices use, in Word, Excel and text exports. Each must give the draft in tests/fixtures/import/
 * diharapkan/, compared field by field and step by step, with exactly the TODOs listed there, each on a TODO line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sopDraftFile } from '../../src/authoring/draft-file.ts';
import { type ImportContext, importSop } from '../../src/authoring/import-sop.ts';
import { readSource } from '../../src/authoring/read-source.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { SEED_LANES, SEED_PELAKSANA } from './support/seed.ts';

const KORPUS = path.resolve('tests/fixtures/import/korpus');
const DIHARAPKAN = path.resolve('tests/fixtures/import/diharapkan');
const { catalog } = await checkContent(path.resolve('content'), path.resolve('.'));
const context: ImportContext = {
  instansi: catalog.instansi,
  regulasi: catalog.regulasi,
  sop: catalog.sops.map((sop) => ({ id: sop.id, nomor: sop.data.nomor })),
};

interface Expected {
  file: string;
  about: string;
  id: string;
  data: Record<string, unknown> & { langkah: Array<Record<string, unknown>> };
  todos: string[];
}

const cases = readdirSync(DIHARAPKAN)
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(DIHARAPKAN, name), 'utf8')) as Expected);

async function draftOf(file: string) {
  const { source } = await readSource(path.join(KORPUS, file));
  const result = importSop(source, context);
  expect(result.sop, `${file}: one SOP draft`).toHaveLength(1);
  const draft = result.sop[0] as NonNullable<(typeof result.sop)[0]>;
  return { draft, file: sopDraftFile(draft, ['Draf uji']) };
}

/** Reading a document loads mammoth or ExcelJS first; on a machine busy with browser tests that can take seconds. */
const READ_TIMEOUT = 60_000;

describe('the import corpus', { timeout: READ_TIMEOUT }, () => {
  it('holds at least 20 source documents, each with its expected draft', () => {
    const sources = readdirSync(KORPUS).sort();
    expect(sources.length).toBeGreaterThanOrEqual(20);
    expect(sources).toEqual(cases.map((item) => item.file));
    expect(new Set(sources.map((name) => path.extname(name)))).toEqual(new Set(['.docx', '.xlsx', '.txt']));
  });

  it.each(cases.map((item) => [item.file, item.about, item] as const))('%s (%s) gives its expected draft', async (_, __, expected) => {
    const { draft, file } = await draftOf(expected.file);
    expect(draft.id).toBe(expected.id);
    const { langkah, ...fields } = expected.data;
    for (const [field, value] of Object.entries(fields)) expect(draft.data[field], `${expected.file}: ${field}`).toEqual(value);
    const steps = draft.data.langkah as Array<Record<string, unknown>>;
    expect(
      steps.map((step) => step.no),
      `${expected.file}: step numbers`,
    ).toEqual(langkah.map((step) => step.no));
    langkah.forEach((step, i) => {
      for (const [field, value] of Object.entries(step))
        expect(steps[i]?.[field], `${expected.file}: langkah no ${step.no} > ${field}`).toEqual(value);
      expect(Object.keys(steps[i] ?? {}).sort(), `${expected.file}: langkah no ${step.no} fields`).toEqual(Object.keys(step).sort());
    });
    expect(file.todos.map((todo) => todo.field).sort(), `${expected.file}: TODOs`).toEqual([...expected.todos].sort());
    const lines = file.text.split('\n');
    for (const todo of file.todos) expect(lines[todo.line - 1], `${expected.file}: line ${todo.line}`).toMatch(/: TODO$/);
  });
});

describe('the merged-header layout (a merged "Pelaksana" over the actor columns, names on the second row)', {
  timeout: READ_TIMEOUT,
}, () => {
  it.each(['w01-pelaksana-digabung.docx', 'x01-pelaksana-digabung.xlsx', 't01-sel-berkutip.txt'])(
    '%s gives the five pelaksana of the seed and the lane of every marked step',
    async (name) => {
      const { draft } = await draftOf(name);
      expect(draft.data.pelaksana).toEqual(SEED_PELAKSANA);
      expect((draft.data.langkah as Array<{ pelaksana: string }>).map((step) => step.pelaksana)).toEqual(SEED_LANES);
    },
  );
});

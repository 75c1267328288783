/**
 * `npm run sop:new`: writes the skeleton of a new SOP to content/sop/<nama-berkas>.mdx, every field present and
 * documented, valid as written (`sop:check` passes on it at once). Asks for what the flags do not give when run in
 * a terminal; otherwise takes flags only.
 *
 * Usage: npm run sop:new [-- --nama "..." --nomor "..." --instansi id --unit "..." --pelaksana "A,B,C" --file nama-berkas]
 *        [--content content] [--force]
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AnswerError, checkAnswers, type NewSopAnswers, newSopFile, splitNames } from '../src/authoring/new-sop.ts';
import { FileExistsError, writeNewFiles } from '../src/authoring/write-files.ts';
import { checkContent } from '../src/content-check/check.ts';
import type { Catalog } from '../src/domain/catalog.ts';
import { contentDir } from '../src/settings.ts';

const USAGE =
  'Pemakaian: npm run sop:new -- --nama "Nama SOP" [--nomor "..."] [--instansi id] [--unit "..."] [--pelaksana "A,B,C"] [--file nama-berkas] [--content content] [--force]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      nomor: { type: 'string' },
      nama: { type: 'string' },
      instansi: { type: 'string' },
      unit: { type: 'string' },
      pelaksana: { type: 'string' },
      file: { type: 'string' },
      content: { type: 'string', default: contentDir },
      force: { type: 'boolean', default: false },
    },
  });
}
try {
  ({ values } = parse());
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}

const contentPath = path.resolve(values.content);
const { catalog } = await checkContent(contentPath);
const answers: NewSopAnswers = {
  nomor: values.nomor,
  nama: values.nama,
  instansi: values.instansi,
  unit: values.unit,
  pelaksana: values.pelaksana === undefined ? undefined : splitNames(values.pelaksana),
  file: values.file,
};

/** Asks, in the terminal, for each answer the flags did not give. */
async function ask(catalog: Catalog): Promise<void> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    console.log('SOP baru. Tekan Enter untuk melewati isian yang belum diketahui (ditulis null).\n');
    answers.nama ??= await terminal.question('Nama SOP (wajib), misalnya "Penyusunan Perjanjian Kinerja (PK)": ');
    answers.nomor ??= await terminal.question('Nomor SOP, persis seperti pada dokumen (boleh kosong): ');
    if (answers.instansi === undefined) {
      const offices = catalog.instansi.map((entry) => entry.id);
      answers.instansi = offices.length === 1 ? offices[0] : await terminal.question(`Instansi (salah satu dari: ${offices.join(', ')}): `);
    }
    const office = catalog.instansi.find((entry) => entry.id === answers.instansi);
    if (answers.unit === undefined && office) {
      answers.unit = await terminal.question(
        `Unit (salah satu dari: ${office.data.unit.map((unit) => unit.nama).join(', ')}; boleh kosong): `,
      );
    }
    if (answers.pelaksana === undefined) {
      answers.pelaksana = splitNames(await terminal.question('Pelaksana, kiri ke kanan, dipisah koma (boleh kosong): '));
    }
  } finally {
    terminal.close();
  }
}

try {
  if (process.stdin.isTTY && (answers.nama === undefined || answers.pelaksana === undefined)) await ask(catalog);
  const checked = checkAnswers(answers, catalog);
  const file = newSopFile(checked);
  const target = path.join(contentPath, 'sop', `${file.id}.mdx`);
  await writeNewFiles([{ path: target, text: file.text }], { force: values.force });
  const shown = path.relative(process.cwd(), target) || target;
  console.log(`Ditulis ${shown}. Isi kolom yang masih null bila diketahui, tulis langkahnya, lalu jalankan npm run sop:check.`);
} catch (error) {
  if (error instanceof AnswerError) fail(`${error.message}\n${USAGE}`);
  if (error instanceof FileExistsError) {
    fail(new FileExistsError(error.files.map((file) => path.relative(process.cwd(), file) || file)).message);
  }
  throw error;
}

/**
 * `npm run sop:import -- <berkas>`: turns an existing SOP document into draft content. Reads a Word .docx in the
 * Permenpan layout, or the tab-separated text of the same tables (.txt, .tsv). Writes one MDX draft per SOP found
 * and a YAML draft per legal basis not yet in content/regulasi/, then lists every TODO with its line. Malformed
 * input stops with a message naming the file and what was expected; then nothing is written.
 *
 * Usage: npm run sop:import -- <berkas> [--out drafts] [--content content] [--instansi id] [--unit nama] [--force]
 *   --out       content folder the drafts go to (sop/ and regulasi/ inside it); default: drafts
 *   --content   the site's content, to match offices, regulations and existing SOPs; default: LAJUR_CONTENT or content
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type DraftFile, regulasiDraftFile, sopDraftFile } from '../src/authoring/draft-file.ts';
import { importSop } from '../src/authoring/import-sop.ts';
import { readTabSeparated } from '../src/authoring/read-text.ts';
import { ImportError, type SourceDocument } from '../src/authoring/source-document.ts';
import { FileExistsError, writeNewFiles } from '../src/authoring/write-files.ts';
import { checkContent } from '../src/content-check/check.ts';
import { contentDir } from '../src/settings.ts';

const USAGE =
  'Pemakaian: npm run sop:import -- <berkas.docx|berkas.txt> [--out drafts] [--content content] [--instansi id] [--unit nama] [--force]';
const TEXT_EXTENSIONS = ['.txt', '.tsv', '.text'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'drafts' },
      content: { type: 'string', default: contentDir },
      instansi: { type: 'string' },
      unit: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const [firstPositional, ...extra] = args.positionals;
if (!firstPositional || extra.length > 0) fail(`sebutkan tepat satu berkas sumber.\n${USAGE}`);
const sourcePath: string = firstPositional;
const { out, content, instansi, unit, force } = args.values;
const sourceName = path.basename(sourcePath);
const shown = (file: string) => path.relative(process.cwd(), file) || file;

async function readSource(): Promise<SourceDocument> {
  const extension = path.extname(sourcePath).toLowerCase();
  if (extension === '.doc') {
    throw new ImportError('berkas .doc (Word 97-2003) tidak dapat dibaca; diharapkan .docx: buka di Word lalu simpan sebagai .docx');
  }
  if (extension !== '.docx' && !TEXT_EXTENSIONS.includes(extension)) {
    throw new ImportError(
      `jenis berkas "${extension || '(tanpa ekstensi)'}" tidak dikenal; diharapkan .docx (dokumen Word) atau ${TEXT_EXTENSIONS.join('/')} (teks bertab)`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(sourcePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'berkas tidak ditemukan; periksa nama dan foldernya' : `berkas tidak dapat dibaca (${code})`);
  }
  if (extension !== '.docx') return readTabSeparated(sourceName, buffer.toString('utf8'));
  // mammoth and its zip and XML readers take a tenth of a second to load: only for .docx.
  const { readDocx } = await import('../src/authoring/read-docx.ts');
  return readDocx(sourceName, buffer);
}

try {
  const source = await readSource();
  const contentPath = path.resolve(content);
  const outPath = path.resolve(out);
  const site = (await checkContent(contentPath)).catalog;
  // Regulations drafted by an earlier import are cited, not drafted twice.
  const earlierDrafts = outPath === contentPath ? [] : (await checkContent(outPath)).catalog.regulasi;
  const result = importSop(source, {
    instansi: site.instansi,
    regulasi: [...site.regulasi, ...earlierDrafts],
    sop: site.sops.map((sop) => ({ id: sop.id, nomor: sop.data.nomor })),
    instansiId: instansi,
    unit,
  });

  const intoContent = outPath === contentPath;
  const header = [
    `Draf dari npm run sop:import: ${sourceName}.`,
    `Isi setiap TODO${intoContent ? '' : `, pindahkan berkas ke ${shown(contentPath)}/sop/`}, lalu jalankan npm run sop:check.`,
  ];
  const files: DraftFile[] = [
    ...result.sop.map((draft) => sopDraftFile(draft, header)),
    ...result.regulasi.map((draft) => regulasiDraftFile(draft, [`Draf dari npm run sop:import: ${sourceName}.`])),
  ];
  const target = (file: DraftFile) => path.join(outPath, file.relativePath);
  await writeNewFiles(
    files.map((file) => ({ path: target(file), text: file.text })),
    { force },
  );

  const todos = files.flatMap((file) => file.todos.map((todo) => `${shown(target(file))}:${todo.line} ${todo.field}: ${todo.pesan}`));
  console.log(`${sourceName} dibaca; ditulis ${files.length} berkas:`);
  for (const file of files) console.log(`  ${shown(target(file))} (${file.todos.length} TODO)`);
  if (result.catatan.length > 0) {
    console.log('\nCatatan:');
    for (const line of result.catatan) console.log(`  - ${line}`);
  }
  console.log(`\nTODO (${todos.length}):${todos.length === 0 ? ' tidak ada' : ''}`);
  for (const line of todos) console.log(`  ${line}`);
  console.log(
    `\nLangkah berikutnya: isi setiap TODO${intoContent ? '' : `, pindahkan draf ke ${shown(contentPath)}/ (sop/ dan regulasi/)`}, lalu jalankan npm run sop:check.`,
  );
} catch (error) {
  if (error instanceof ImportError) fail(`${sourcePath}${error.lokasi ? ` (${error.lokasi})` : ''}: ${error.message}`);
  if (error instanceof FileExistsError)
    fail(`${sourcePath}: ${new FileExistsError(error.files.map(shown)).message}; tidak ada berkas yang ditulis`);
  throw error;
}

/**
 * `npm run sop:import -- <berkas|folder>`: turns existing SOP documents into draft content. Reads Word .docx in the
 * Permenpan layout, Excel .xlsx, old .doc/.odt (through LibreOffice when installed), or the tab-separated text of the
 * same tables (.txt, .tsv; UTF-8, UTF-16 or Windows-1252). Writes one MDX draft per SOP found and a YAML draft per
 * legal basis not yet in content/regulasi/, then lists every TODO with its line. Malformed input stops with a
 * message naming the file and what was expected; then nothing of that file is written.
 *
 * Given a folder, it imports every file in it: one progress line each, then a summary table (file, SOPs found,
 * TODOs, refused and why). Each file is written all or nothing; an existing draft is never overwritten without
 * --force (that file is refused, the others go on). Exit code 1 when any file was refused.
 *
 * Usage: npm run sop:import -- <berkas|folder> [--out drafts] [--content content] [--instansi id] [--unit nama] [--force]
 *   --out       content folder the drafts go to (sop/ and regulasi/ inside it); default: drafts
 *   --content   the site's content, to match offices, regulations and existing SOPs; default: LAJUR_CONTENT or content
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type FileImport, importFile } from '../src/authoring/import-file.ts';
import type { ImportContext } from '../src/authoring/import-sop.ts';
import { ImportError } from '../src/authoring/source-document.ts';
import { FileExistsError } from '../src/authoring/write-files.ts';
import { checkContent } from '../src/content-check/check.ts';
import { contentDir } from '../src/settings.ts';

const USAGE =
  'Pemakaian: npm run sop:import -- <berkas.docx|.xlsx|.doc|.odt|.txt|folder> [--out drafts] [--content content] [--instansi id] [--unit nama] [--force]';

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
if (!firstPositional || extra.length > 0) fail(`sebutkan tepat satu berkas sumber atau satu folder.\n${USAGE}`);
const sourcePath: string = firstPositional;
const { out, content, instansi, unit, force } = args.values;
const shown = (file: string) => path.relative(process.cwd(), file) || file;
const contentPath = path.resolve(content);
const outPath = path.resolve(out);
const intoContent = outPath === contentPath;

// --out must be a folder (or not exist yet): a file there would fail deep in the writing.
const outStat = await stat(outPath).catch(() => undefined);
if (outStat && !outStat.isDirectory()) {
  fail(
    `--out ${out}: itu sebuah berkas, bukan folder; diharapkan folder tujuan draf (berisi sop/ dan regulasi/, dibuat bila belum ada). Pilih folder lain.`,
  );
}
const sourceStat = await stat(sourcePath).catch(() => undefined);

/** Why a file was refused, in one line; undefined for an error that is a bug (then it is thrown). */
function reasonOf(error: unknown): string | undefined {
  if (error instanceof ImportError) return `${error.lokasi ? `(${error.lokasi}) ` : ''}${error.message}`;
  if (error instanceof FileExistsError) return `${new FileExistsError(error.files.map(shown)).message}; tidak ada berkas yang ditulis`;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    const where = (error as NodeJS.ErrnoException).path ?? '';
    const why =
      code === 'ENOTDIR'
        ? 'sebagian jalurnya adalah berkas, bukan folder'
        : code === 'EISDIR' || code === 'EEXIST'
          ? 'di sana sudah ada folder atau berkas'
          : 'tidak ada izin menulis';
    return `draf tidak dapat ditulis ke ${shown(outPath)}: ${why} (${code}, ${where}); diharapkan --out berupa folder yang dapat ditulisi`;
  }
  return undefined;
}

const site = (await checkContent(contentPath)).catalog;
// Regulations drafted by an earlier import are cited, not drafted twice.
const earlierDrafts = intoContent || !outStat ? [] : (await checkContent(outPath)).catalog.regulasi;
const context: ImportContext = {
  instansi: site.instansi,
  regulasi: [...site.regulasi, ...earlierDrafts],
  sop: site.sops.map((sop) => ({ id: sop.id, nomor: sop.data.nomor })),
  instansiId: instansi,
  unit,
};
const options = { outPath, intoContent, contentShown: shown(contentPath), force };
const target = (relativePath: string) => shown(path.join(outPath, relativePath));
const todoLines = (result: FileImport) =>
  result.files.flatMap((file) => file.todos.map((todo) => `${target(file.relativePath)}:${todo.line} ${todo.field}: ${todo.pesan}`));
const nextStep = `\nLangkah berikutnya: isi setiap TODO${intoContent ? '' : `, pindahkan draf ke ${shown(contentPath)}/ (sop/ dan regulasi/)`}, lalu jalankan npm run sop:check.`;

if (sourceStat?.isDirectory()) {
  const names = (await readdir(sourcePath, { withFileTypes: true }))
    // Hidden files and Word's lock files (~$nama.docx) are no documents.
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.startsWith('~$'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'id'));
  if (names.length === 0) fail(`${sourcePath}: folder tanpa berkas; diharapkan berkas .docx, .xlsx, .doc, .odt atau .txt`);
  const rows: Array<{ berkas: string; sop: string; todo: string; hasil: string }> = [];
  const allTodos: string[] = [];
  const allNotes: string[] = [];
  for (const [i, name] of names.entries()) {
    const progress = `[${i + 1}/${names.length}] ${name}`;
    try {
      const result = await importFile(path.join(sourcePath, name), context, options);
      context.regulasi = [...context.regulasi, ...result.regulasiBaru];
      const sops = result.files.filter((file) => file.relativePath.startsWith('sop/'));
      const todos = todoLines(result);
      allTodos.push(...todos);
      allNotes.push(...result.catatan.map((line) => `${name}: ${line}`));
      console.log(
        `${progress}: ${sops.length} SOP, ${todos.length} TODO → ${result.files.map((file) => target(file.relativePath)).join(', ')}`,
      );
      rows.push({ berkas: name, sop: String(sops.length), todo: String(todos.length), hasil: 'ditulis' });
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === undefined) throw error;
      console.log(`${progress}: DITOLAK ${reason}`);
      rows.push({ berkas: name, sop: '-', todo: '-', hasil: `ditolak: ${reason}` });
    }
  }
  const head = { berkas: 'Berkas', sop: 'SOP', todo: 'TODO', hasil: 'Hasil' };
  const widths = (['berkas', 'sop', 'todo'] as const).map((key) => Math.max(...[head, ...rows].map((row) => row[key].length)));
  const line = (row: typeof head) =>
    `  ${row.berkas.padEnd(widths[0] as number)}  ${row.sop.padStart(widths[1] as number)}  ${row.todo.padStart(widths[2] as number)}  ${row.hasil}`;
  const refused = rows.filter((row) => row.hasil.startsWith('ditolak')).length;
  console.log(`\nRingkasan: ${names.length} berkas, ${names.length - refused} ditulis, ${refused} ditolak.`);
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  if (allNotes.length > 0) {
    console.log('\nCatatan:');
    for (const note of allNotes) console.log(`  - ${note}`);
  }
  console.log(`\nTODO (${allTodos.length}):${allTodos.length === 0 ? ' tidak ada' : ''}`);
  for (const todo of allTodos) console.log(`  ${todo}`);
  console.log(nextStep);
  process.exit(refused > 0 ? 1 : 0);
}

try {
  const result = await importFile(sourcePath, context, options);
  const todos = todoLines(result);
  console.log(`${path.basename(sourcePath)} dibaca; ditulis ${result.files.length} berkas:`);
  for (const file of result.files) console.log(`  ${target(file.relativePath)} (${file.todos.length} TODO)`);
  if (result.catatan.length > 0) {
    console.log('\nCatatan:');
    for (const note of result.catatan) console.log(`  - ${note}`);
  }
  console.log(`\nTODO (${todos.length}):${todos.length === 0 ? ' tidak ada' : ''}`);
  for (const todo of todos) console.log(`  ${todo}`);
  console.log(nextStep);
} catch (error) {
  const reason = reasonOf(error);
  if (reason === undefined) throw error;
  fail(
    `${sourcePath}${error instanceof ImportError && error.lokasi ? ` (${error.lokasi})` : ''}: ${error instanceof ImportError ? error.message : reason}`,
  );
}

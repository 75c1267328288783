/**
 * The content check: every rule the build enforces, run straight on the files in content/. The build integration
 * and `npm run sop:check` both call {@link checkContent}, so an author sees the same problems either way, all at once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalog, type Catalog, type CatalogInput, type Entry } from '../domain/catalog.ts';
import { COLLECTIONS, type ContentCollection } from '../schemas/collections.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { describePath, explainZodIssue, type ContentIssue } from './format.ts';
import { decodeContent } from './encoding.ts';
import { flowCommaProblems } from './faithful.ts';
import { listCollection } from './files.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { todoProblems } from './todo.ts';
import { logoPath } from '../dokumen/logo.ts';
import { checkLogo } from './logo.ts';

export interface CheckResult {
  issues: ContentIssue[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
  /** The catalog built from every file that passed its schema. */
  catalog: Catalog;
  /** "collection/id" to the file path shown in messages. */
  sourceFiles: Map<string, string>;
}

/**
 * MDX adds three things to Markdown, and only they can fail to compile: tags (`<`), expressions (`{`, `}`) and
 * import/export lines. A body without them is plain Markdown and needs no compiling.
 */
function mayNeedMdx(body: string): boolean {
  return /[<{}]|^(?:import|export)\s/m.test(body);
}

/** Is `path` inside (or equal to) `prefix`? Schema issues under a value already explained are not repeated. */
function within(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/**
 * Checks the content folder. `displayRoot` is the folder paths in messages are relative to (the project root).
 */
export async function checkContent(contentDir: string, displayRoot = process.cwd()): Promise<CheckResult> {
  const issues: ContentIssue[] = [];
  const sources = new Map<string, SourceFile>();
  const input: CatalogInput = { sop: [], regulasi: [], instansi: [] };
  const bodies: Array<{ file: string; body: string }> = [];
  let fileCount = 0;

  for (const [collection, config] of Object.entries(COLLECTIONS) as Array<[ContentCollection, (typeof COLLECTIONS)[ContentCollection]]>) {
    const folder = path.join(contentDir, config.folder);
    const { files, notes } = await listCollection(folder, config.extensions, `content/${config.folder}/`);
    const shown = (name: string) => path.relative(displayRoot, path.join(folder, name)) || name;
    for (const note of notes) issues.push({ file: shown(note.name), line: 1, field: '(berkas)', pesan: note.pesan, level: note.level });
    const names = files.map((entry) => entry.name);
    fileCount += names.length;
    const seen = new Map<string, string>();
    const bytes = await Promise.all(names.map((name) => readFile(path.join(folder, name)).catch((error: NodeJS.ErrnoException) => error)));
    names.forEach((name, index) => {
      const file = shown(name);
      const id = path.basename(name).replace(/\.[^.]+$/, '');
      const fileIssue = (line: number, pesan: string, field = '(nama berkas)') => issues.push({ file, line, field, pesan, level: 'error' });
      if (!ID_PATTERN.test(id)) {
        fileIssue(
          1,
          `nama berkas "${id}" tidak dapat dipakai sebagai id; diharapkan huruf kecil, angka dan tanda hubung, misalnya "penyusunan-cascading"`,
        );
        return;
      }
      const duplicate = seen.get(id);
      if (duplicate) {
        fileIssue(1, `id "${id}" juga dipakai oleh ${duplicate}; diharapkan nama berkas yang unik dalam content/${config.folder}/`);
        return;
      }
      seen.set(id, file);
      const read = bytes[index];
      if (!(read instanceof Uint8Array)) {
        fileIssue(1, `berkas tidak dapat dibaca (${read?.code ?? 'galat'}); periksa izin akses berkas`, '(berkas)');
        return;
      }
      const decoded = decodeContent(read);
      if (!decoded.ok) {
        fileIssue(decoded.line, decoded.pesan, '(berkas)');
        return;
      }
      const source = readSourceFile(file, id, decoded.text, config.extensions[0] === '.mdx' ? 'mdx' : 'yaml');
      if (source.readProblem) {
        fileIssue(source.readProblem.line, source.readProblem.pesan, '(berkas)');
        return;
      }
      // Only a comma followed by a digit can split a number in a { } mapping.
      const problems = [...source.problems, ...(/,\s*\d/.test(decoded.text) ? flowCommaProblems(source.data) : [])];
      // A TODO is named only where the schema has nothing more precise to say (a TODO pelaksana is "not a lane").
      const todos = decoded.text.includes('TODO') ? todoProblems(source.data) : [];
      const pushTodos = (unless: readonly PropertyKey[][]) => {
        for (const todo of todos) {
          if (unless.some((at) => within(at, todo.path))) continue;
          issues.push({
            file,
            line: source.lineOf(todo.path),
            field: describePath(source.data, todo.path),
            pesan: todo.pesan,
            level: 'error',
          });
        }
      };
      for (const problem of problems) {
        issues.push({
          file,
          line: problem.line ?? source.lineOf(problem.path ?? []),
          field: problem.path ? describePath(source.data, problem.path) : '(berkas)',
          pesan: problem.pesan,
          level: problem.level,
        });
      }
      if (source.body !== undefined && mayNeedMdx(source.body)) bodies.push({ file, body: source.body });
      const errors = problems.filter((problem) => problem.level === 'error');
      const explained = errors.flatMap((problem) => {
        const at = problem.covers ?? problem.path;
        return at ? [at] : [];
      });
      const parsed = config.schema.safeParse(source.data);
      pushTodos(parsed.success ? [] : parsed.error.issues.map((zodIssue) => zodIssue.path as PropertyKey[]));
      if (!parsed.success) {
        for (const zodIssue of parsed.error.issues) {
          if (explained.some((prefix) => within(zodIssue.path as PropertyKey[], prefix))) continue;
          for (const problem of explainZodIssue(zodIssue, source.data, config.schema)) {
            issues.push({
              file,
              line: source.lineOf(problem.path),
              field: describePath(source.data, problem.path),
              pesan: problem.pesan,
              level: 'error',
            });
          }
        }
        return;
      }
      if (errors.length > 0 || todos.length > 0) return;
      const logo = collection === 'instansi' ? (parsed.data as { logo?: string }).logo : undefined;
      const logoProblem = logo && checkLogo(logoPath(path.dirname(path.join(folder, name)), logo), path.join(path.dirname(file), logo));
      if (logoProblem) issues.push({ file, line: source.lineOf(['logo']), field: 'logo', pesan: logoProblem, level: 'error' });
      sources.set(`${collection}/${id}`, source);
      // The acronym and holiday lists are checked like every collection but refer to nothing: out of the catalog.
      if (collection !== 'istilah' && collection !== 'libur') (input[collection] as Array<Entry<unknown>>).push({ id, data: parsed.data });
    });
  }

  if (bodies.length > 0) {
    // Loaded only when a body has MDX syntax in it: most SOP bodies are plain prose.
    const { checkMdxBody } = await import('./mdx-body.ts');
    for (const { file, body } of bodies) {
      for (const problem of checkMdxBody(body))
        issues.push({ file, line: problem.line, field: '(isi MDX)', pesan: problem.pesan, level: 'error' });
    }
  }

  const catalog = buildCatalog(input);
  for (const issue of catalog.issues) {
    const source = sources.get(`${issue.collection}/${issue.id}`);
    if (!source) continue;
    issues.push({
      file: source.file,
      line: source.lineOf(issue.path),
      field: describePath(source.data, issue.path),
      pesan: issue.pesan,
      level: issue.level,
    });
  }

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const errorCount = issues.filter((issue) => issue.level === 'error').length;
  const sourceFiles = new Map([...sources].map(([key, source]) => [key, source.file]));
  return { issues, errorCount, warningCount: issues.length - errorCount, fileCount, catalog, sourceFiles };
}

const checked = new Map<string, Promise<CheckResult>>();

/**
 * One check per content folder and process: the content-check and diagram integrations of one build share it.
 * Not for dev servers, where files change between calls.
 */
export function checkContentOnce(contentDir: string, displayRoot = process.cwd()): Promise<CheckResult> {
  const key = `${contentDir}\0${displayRoot}`;
  let result = checked.get(key);
  if (!result) {
    result = checkContent(contentDir, displayRoot);
    checked.set(key, result);
  }
  return result;
}

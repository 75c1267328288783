/**
 * The content check: every rule the build enforces, run straight on the files in content/. The build integration
 * and `npm run sop:check` both call {@link checkContent}, so an author sees the same problems either way, all at once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalog, type Catalog, type CatalogInput, type Entry } from '../domain/catalog.ts';
import { COLLECTIONS, type ContentCollection } from '../schemas/collections.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { checkFileText } from './check-file.ts';
import { describePath, type ContentIssue } from './format.ts';
import { decodeContent } from './encoding.ts';
import { listCollection } from './files.ts';
import type { SourceFile } from './source-file.ts';
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
      const checked = checkFileText(file, id, decoded.text, collection);
      issues.push(...checked.issues);
      if (checked.mdxBody !== undefined) bodies.push({ file, body: checked.mdxBody });
      const source = checked.source;
      if (!source || checked.parsed === undefined) return;
      const logo = collection === 'instansi' ? (checked.parsed as { logo?: string }).logo : undefined;
      const logoProblem = logo && checkLogo(logoPath(path.dirname(path.join(folder, name)), logo), path.join(path.dirname(file), logo));
      if (logoProblem) issues.push({ file, line: source.lineOf(['logo']), field: 'logo', pesan: logoProblem, level: 'error' });
      sources.set(`${collection}/${id}`, source);
      // Acronyms and holidays are checked like every collection but refer to nothing: they stay out of the catalog.
      if (collection !== 'istilah' && collection !== 'libur')
        (input[collection] as Array<Entry<unknown>>).push({ id, data: checked.parsed });
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

/**
 * The content check: every rule the build enforces, run straight on the files in content/. The build integration
 * and `npm run sop:check` both call {@link checkContent}, so an author sees the same problems either way, all at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { buildCatalog, type Catalog, type CatalogInput, type CollectionName, type Entry } from '../domain/catalog.ts';
import { instansiSchema } from '../schemas/instansi.ts';
import { regulasiSchema } from '../schemas/regulasi.ts';
import { sopSchema } from '../schemas/sop.ts';
import { describePath, explainZodIssue, type ContentIssue } from './format.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { checkLogo, logoPath } from '../dokumen/logo.ts';

/** Where each collection lives under the content folder, and which files belong to it. */
export const COLLECTIONS = {
  sop: { folder: 'sop', extensions: ['.mdx'], schema: sopSchema },
  regulasi: { folder: 'regulasi', extensions: ['.yaml', '.yml'], schema: regulasiSchema },
  instansi: { folder: 'instansi', extensions: ['.yaml', '.yml'], schema: instansiSchema },
} as const satisfies Record<CollectionName, { folder: string; extensions: readonly string[]; schema: z.ZodType }>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

async function listFiles(folder: string, extensions: readonly string[]): Promise<string[]> {
  try {
    const names = await readdir(folder, { recursive: true });
    return names.filter((name) => extensions.some((extension) => name.endsWith(extension))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Checks the content folder. `displayRoot` is the folder paths in messages are relative to (the project root).
 */
export async function checkContent(contentDir: string, displayRoot = process.cwd()): Promise<CheckResult> {
  const issues: ContentIssue[] = [];
  const sources = new Map<string, SourceFile>();
  const input: CatalogInput = { sop: [], regulasi: [], instansi: [] };
  let fileCount = 0;

  for (const [collection, config] of Object.entries(COLLECTIONS) as Array<[CollectionName, (typeof COLLECTIONS)[CollectionName]]>) {
    const folder = path.join(contentDir, config.folder);
    const names = await listFiles(folder, config.extensions);
    fileCount += names.length;
    const seen = new Map<string, string>();
    const texts = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
    names.forEach((name, index) => {
      const file = path.relative(displayRoot, path.join(folder, name)) || name;
      const id = path.basename(name).replace(/\.[^.]+$/, '');
      const source = readSourceFile(file, id, texts[index] ?? '', config.extensions[0] === '.mdx' ? 'mdx' : 'yaml');
      const fileIssue = (line: number, pesan: string) => issues.push({ file, line, field: '(nama berkas)', pesan, level: 'error' });
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
      if (source.readProblem) {
        issues.push({ file, line: source.readProblem.line, field: '(berkas)', pesan: source.readProblem.pesan, level: 'error' });
        return;
      }
      const parsed = config.schema.safeParse(source.data);
      if (!parsed.success) {
        for (const zodIssue of parsed.error.issues) {
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
      const logo = collection === 'instansi' ? (parsed.data as { logo?: string }).logo : undefined;
      const logoProblem = logo && checkLogo(logoPath(path.dirname(path.join(folder, name)), logo), path.join(path.dirname(file), logo));
      if (logoProblem) issues.push({ file, line: source.lineOf(['logo']), field: 'logo', pesan: logoProblem, level: 'error' });
      sources.set(`${collection}/${id}`, source);
      (input[collection] as Array<Entry<unknown>>).push({ id, data: parsed.data });
    });
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

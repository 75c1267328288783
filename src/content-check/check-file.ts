/**
 * The check of one content file's text, without the file system: the same steps `checkContent` runs for every
 * file (frontmatter read as Astro reads it, what YAML would change silently, the schema), so the browser editor
 * (src/client/penyunting/) shows exactly the messages `sop:check` prints, at the same fields.
 */
import { buildCatalog, type CatalogInput, type Entry } from '../domain/catalog.ts';
import type { Sop } from '../schemas/sop.ts';
import { COLLECTIONS, type ContentCollection } from '../schemas/collections.ts';
import { flowCommaProblems } from './faithful.ts';
import { describePath, explainZodIssue, type ContentIssue } from './format.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { todoProblems } from './todo.ts';

export interface FileCheck {
  issues: ContentIssue[];
  /** The file as read; undefined when unreadable. */
  source?: SourceFile;
  /** The schema's output, when the file passed its schema and nothing the author wrote would change silently. */
  parsed?: unknown;
  /** The MDX body, when it holds MDX syntax that must be compiled to be judged. */
  mdxBody?: string;
}

/** Is `path` inside (or equal to) `prefix`? Schema issues under a value already explained are not repeated. */
function within(path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/**
 * MDX adds three things to Markdown, and only they can fail to compile: tags (`<`), expressions (`{`, `}`) and
 * import/export lines. A body without them is plain Markdown and needs no compiling.
 */
function mayNeedMdx(body: string): boolean {
  return /[<{}]|^(?:import|export)\s/m.test(body);
}

/** Checks the decoded text of one file of `collection`; `file` is the name shown in messages. */
export function checkFileText(file: string, id: string, text: string, collection: ContentCollection): FileCheck {
  const config = COLLECTIONS[collection];
  const issues: ContentIssue[] = [];
  const source = readSourceFile(file, id, text, config.extensions[0] === '.mdx' ? 'mdx' : 'yaml');
  if (source.readProblem) {
    issues.push({ file, line: source.readProblem.line, field: '(berkas)', pesan: source.readProblem.pesan, level: 'error' });
    return { issues };
  }
  // Only a comma followed by a digit can split a number in a { } mapping.
  const problems = [...source.problems, ...(/,\s*\d/.test(text) ? flowCommaProblems(source.data) : [])];
  for (const problem of problems) {
    issues.push({
      file,
      line: problem.line ?? source.lineOf(problem.path ?? []),
      field: problem.path ? describePath(source.data, problem.path) : '(berkas)',
      pesan: problem.pesan,
      level: problem.level,
      ...(problem.path ? { path: problem.path } : {}),
    });
  }
  const mdxBody = source.body !== undefined && mayNeedMdx(source.body) ? source.body : undefined;
  const withBody = mdxBody === undefined ? {} : { mdxBody };
  const errors = problems.filter((problem) => problem.level === 'error');
  const explained = errors.flatMap((problem) => {
    const at = problem.covers ?? problem.path;
    return at ? [at] : [];
  });
  const parsed = config.schema.safeParse(source.data);
  // A TODO is named only where the schema has nothing more precise to say (a TODO pelaksana is "not a lane").
  const todos = text.includes('TODO') ? todoProblems(source.data) : [];
  const schemaPaths = parsed.success ? [] : parsed.error.issues.map((zodIssue) => zodIssue.path as PropertyKey[]);
  for (const todo of todos) {
    if (schemaPaths.some((at) => within(at, todo.path))) continue;
    issues.push({
      file,
      line: source.lineOf(todo.path),
      field: describePath(source.data, todo.path),
      pesan: todo.pesan,
      level: 'error',
      path: todo.path,
    });
  }
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
          path: problem.path,
        });
      }
    }
    return { issues, source, ...withBody };
  }
  if (errors.length > 0 || todos.length > 0) return { issues, source, ...withBody };
  return { issues, source, parsed: parsed.data, ...withBody };
}

/** What an SOP is checked against: the rest of the site, as the build knows it. */
export interface SiteContext {
  regulasi: CatalogInput['regulasi'];
  instansi: CatalogInput['instansi'];
  /** The other SOPs of the site (for unique numbers and related SOPs). */
  sop: Entry<Sop>[];
}

/** Compiles an MDX body as the build does (./mdx-body.ts); passed in, since its compiler is native code. */
export type BodyChecker = (body: string) => Array<{ line: number; pesan: string }>;

/**
 * Every problem `sop:check` would report for this SOP file in this site: the file's own, its MDX body's (when
 * `checkBody` is given) and its references (office, unit, regulations, related SOPs, numbers used twice), sorted
 * by line.
 */
export function checkSopText(file: string, id: string, text: string, site: SiteContext, checkBody?: BodyChecker): ContentIssue[] {
  const result = checkFileText(file, id, text, 'sop');
  const issues = [...result.issues];
  if (result.mdxBody !== undefined && checkBody) {
    for (const problem of checkBody(result.mdxBody)) {
      issues.push({ file, line: problem.line, field: '(isi MDX)', pesan: problem.pesan, level: 'error' });
    }
  }
  if (result.parsed !== undefined && result.source) {
    const source = result.source;
    // This SOP last: a number used twice is reported on the file that came second, the one being edited.
    const others = site.sop.filter((entry) => entry.id !== id);
    const catalog = buildCatalog({ ...site, sop: [...others, { id, data: result.parsed as Sop }] });
    for (const issue of catalog.issues) {
      if (issue.collection !== 'sop' || issue.id !== id) continue;
      issues.push({
        file,
        line: source.lineOf(issue.path),
        field: describePath(source.data, issue.path),
        pesan: issue.pesan,
        level: issue.level,
        path: issue.path,
      });
    }
  }
  return issues.sort((a, b) => a.line - b.line);
}

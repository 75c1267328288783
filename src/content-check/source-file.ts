/**
 * Reads one content file exactly as Astro does: an MDX file's frontmatter through Astro's own
 * `parseFrontmatter` (@astrojs/internal-helpers, the function @astrojs/mdx calls), a YAML file through js-yaml's
 * `load`, as Astro's data collections do. Then it looks at what the author wrote beside what YAML made of it
 * (./faithful.ts), so nothing is changed silently. Positions come from a second parser (yaml), run only for files
 * with problems, so checking 1,000 clean SOPs stays fast.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { faithfulnessProblems, type SourceProblem } from './faithful.ts';
import { explainYamlError } from './yaml-errors.ts';

export type { SourceProblem } from './faithful.ts';

export interface SourceFile {
  /** Path as shown in messages, relative to the project. */
  file: string;
  id: string;
  /** The parsed YAML (frontmatter for MDX), the same value Astro's content layer gets; undefined when unreadable. */
  data: unknown;
  /** A problem reading the file itself (YAML syntax, missing frontmatter), with its line. */
  readProblem?: { line: number; pesan: string };
  /** Values YAML would change or cut (long numbers, impossible dates, ` #` comments), with their paths or lines. */
  problems: SourceProblem[];
  /** MDX only: the body as Astro compiles it, the frontmatter blanked out so line numbers stay the file's. */
  body?: string;
  /** The 1-based line of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

function unreadable(file: string, id: string, line: number, pesan: string): SourceFile {
  return { file, id, data: undefined, readProblem: { line, pesan }, problems: [], lineOf: () => line };
}

/** Why Astro found no frontmatter, in the author's terms. */
function missingFrontmatter(text: string): string {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .split('\n', 1)[0]
      ?.replace(/\r$/, '') ?? '';
  if (/^\s*---\s*$/.test(first)) {
    return 'frontmatter dibuka dengan "---" tetapi tidak ditutup; diharapkan baris "---" lagi sesudah isian YAML (di awal baris)';
  }
  return 'frontmatter tidak ditemukan; diharapkan berkas diawali baris "---", isian YAML, lalu baris "---"';
}

/**
 * Reads a content file. `kind` is how the build reads it: "mdx" (frontmatter and body) or "yaml" (data).
 */
export function readSourceFile(file: string, id: string, text: string, kind: 'yaml' | 'mdx'): SourceFile {
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  if (kind === 'mdx') {
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      // Astro parses first and reports YAML errors itself: the same call, so the same outcome.
      parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    } catch {
      parsed = { frontmatter: {}, rawFrontmatter: extractFrontmatter(text) ?? '', content: '' };
    }
    if (!parsed.rawFrontmatter && extractFrontmatter(text) === undefined) return unreadable(file, id, 1, missingFrontmatter(text));
    if (/^(?:\uFEFF)?\s*\+\+\+/.test(text)) {
      return unreadable(file, id, 1, 'frontmatter ditulis sebagai TOML (+++); diharapkan YAML di antara dua baris "---"');
    }
    yamlText = parsed.rawFrontmatter;
    const start = text.indexOf(`---${yamlText}---`);
    lineOffset = countLines(text, start);
    body = parsed.content;
  }
  let doc: { document: Document; lines: LineCounter } | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    doc ??= (() => {
      const lines = new LineCounter();
      return { document: parseDocument(yamlText, { lineCounter: lines }), lines };
    })();
    return doc.lines.linePos(offsetOf(doc.document, path)).line + lineOffset;
  };
  try {
    const data = jsYaml.load(yamlText, { filename: file });
    const problems = faithfulnessProblems(yamlText, lineOffset);
    return { file, id, data, problems, lineOf, ...(body === undefined ? {} : { body }) };
  } catch (error) {
    const explained = explainYamlError(error, yamlText);
    return { file, id, data: undefined, readProblem: { line: explained.line + lineOffset, pesan: explained.pesan }, problems: [], lineOf };
  }
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Start offset of the deepest node along `path`; a key that does not exist points at its parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair) {
        offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
        next = pair.value;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
      offset = (next as { range?: number[] } | undefined)?.range?.[0] ?? offset;
    }
    if (next === undefined || next === null) break;
    node = next;
  }
  return offset;
}

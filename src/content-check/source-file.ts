/**
 * Reads one content file exactly as Astro does: an MDX file's frontmatter through Astro's own
 * `parseFrontmatter` (@astrojs/internal-helpers, the function @astrojs/mdx calls), a YAML file through js-yaml's
 * `load`, as Astro's data collections do. Then it looks at what the author wrote beside what YAML made of it
 * (./faithful.ts), so nothing is changed silently. Positions come from a second parser (yaml), run only for files
 * with problems, so checking 1,000 clean SOPs stays fast.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import jsYaml from 'js-yaml';
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
  let astroData: unknown;
  if (kind === 'mdx') {
    if (/^\uFEFF?\s*\+\+\+/.test(text)) {
      return unreadable(file, id, 1, 'frontmatter ditulis sebagai TOML (+++); diharapkan YAML di antara dua baris "---"');
    }
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      // The call @astrojs/mdx makes, so the same frontmatter, the same data and the same body.
      parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    } catch (error) {
      const raw = extractFrontmatter(text) ?? '';
      const explained = explainYamlError(error, raw);
      return unreadable(file, id, explained.line + countLines(text, text.indexOf(`---${raw}---`)), explained.pesan);
    }
    if (!parsed.rawFrontmatter && extractFrontmatter(text) === undefined) return unreadable(file, id, 1, missingFrontmatter(text));
    yamlText = parsed.rawFrontmatter;
    astroData = parsed.frontmatter;
    const start = text.indexOf(`---${yamlText}---`);
    lineOffset = countLines(text, start);
    body = parsed.content;
  }
  let tree: YamlNode | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    tree ??= yamlTree(yamlText);
    return lineAt(tree, path) + 1 + lineOffset;
  };
  try {
    // Astro's parse already gave the frontmatter; YAML files are read as Astro's data collections read them.
    const data = kind === 'mdx' ? astroData : jsYaml.load(yamlText, { filename: file });
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

/** A node of the YAML text with the line it starts on (0-based), as js-yaml saw it. */
interface YamlNode {
  line: number;
  kind?: string;
  result?: unknown;
  children: YamlNode[];
}

/**
 * Lines of every node, from js-yaml's own events (a listener on the same parser): a few hundred microseconds for
 * an SOP, where a second YAML library took milliseconds. Run only for files with something to report.
 */
function yamlTree(yamlText: string): YamlNode {
  const stack: YamlNode[] = [{ line: 0, children: [] }];
  try {
    jsYaml.load(yamlText, {
      listener(event, state) {
        if (event === 'open') {
          stack.push({ line: state.line, children: [] });
          return;
        }
        const node = stack.pop() as YamlNode;
        node.kind = state.kind ?? undefined;
        node.result = state.result;
        // js-yaml opens a block sequence item twice (the item, then its content): keep one.
        const only = node.children[0];
        stack[stack.length - 1]?.children.push(only && node.children.length === 1 && only.result === node.result ? only : node);
      },
    });
  } catch {
    // Unreadable YAML has its own message; lines then point at the top.
  }
  return stack[0]?.children[0] ?? { line: 0, children: [] };
}

/** The 0-based line of the node at `path`; a key that does not exist points at its parent. */
function lineAt(root: YamlNode, path: readonly PropertyKey[]): number {
  let node = root;
  let line = root.line;
  for (const segment of path) {
    let next: YamlNode | undefined;
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i] as YamlNode;
        if (String(key.result) === String(segment)) {
          line = key.line;
          next = node.children[i + 1];
        }
      }
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      next = node.children[segment];
      if (next) line = next.line;
    }
    if (!next) break;
    node = next;
  }
  return line;
}

/**
 * Reads one content file the way Astro does: js-yaml, on a YAML file or on an MDX file's frontmatter. Positions
 * come from a second parser (yaml), run only for files with problems, so checking 1,000 clean SOPs stays fast.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

export interface SourceFile {
  /** Path as shown in messages, relative to the project. */
  file: string;
  id: string;
  /** The parsed YAML (frontmatter for MDX); undefined when it could not be parsed. */
  data: unknown;
  /** A problem reading the file itself (YAML syntax, missing frontmatter), with its line. */
  readProblem?: { line: number; pesan: string };
  /** The 1-based line of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function readSourceFile(file: string, id: string, text: string, kind: 'yaml' | 'mdx'): SourceFile {
  let yamlText = text;
  let lineOffset = 0;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        file,
        id,
        data: undefined,
        readProblem: {
          line: 1,
          pesan: 'frontmatter tidak ditemukan; diharapkan berkas diawali baris "---", isian YAML, lalu baris "---"',
        },
        lineOf: () => 1,
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
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
    return { file, id, data, lineOf };
  } catch (error) {
    const yamlError = error as { mark?: { line: number }; reason?: string; message: string };
    const unclosed = /quoted scalar/.test(yamlError.reason ?? '') ? unclosedQuoteLine(yamlText) : undefined;
    if (unclosed !== undefined) {
      return {
        file,
        id,
        data: undefined,
        readProblem: { line: unclosed + lineOffset, pesan: 'YAML tidak valid: tanda petik dibuka tetapi tidak ditutup pada baris ini' },
        lineOf,
      };
    }
    return {
      file,
      id,
      data: undefined,
      readProblem: {
        line: (yamlError.mark?.line ?? 0) + 1 + lineOffset,
        pesan: `YAML tidak valid: ${yamlError.reason ?? yamlError.message.split('\n')[0]}`,
      },
      lineOf,
    };
  }
}

/**
 * js-yaml reports an unclosed quote at the end of the file, far from the mistake. The first line with an odd number
 * of quotes of one kind is where the author should look.
 */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => {
    const withoutComment = line.replace(/\s#.*$/, '');
    return (withoutComment.match(/"/g)?.length ?? 0) % 2 === 1 || (withoutComment.match(/'/g)?.length ?? 0) % 2 === 1;
  });
  return index < 0 ? undefined : index + 1;
}

/** Start offset of the deepest node along `path`; a key that does not exist points at its parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (pair) {
        offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
        next = pair.value;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
      offset = (next as { range?: number[] } | undefined)?.range?.[0] ?? offset;
    }
    if (next === undefined) break;
    node = next;
  }
  return offset;
}

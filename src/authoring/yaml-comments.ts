/**
 * YAML with comments where an author needs them: before a field, a note on what it means or where its value came
 * from. Built with the `yaml` package's document model, so quoting is always right; keys keep their order.
 */
import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** Comment lines to put before the value at `path` (a key of a map, or an item of a list). */
export interface YamlNote {
  path: readonly PropertyKey[];
  lines: readonly string[];
  /** An empty line before the comment, to set fields apart. */
  spaceBefore?: boolean;
}

type Commentable = { commentBefore?: string | null; spaceBefore?: boolean };

function addComment(node: Commentable, note: YamlNote) {
  const text = note.lines.map((line) => (line.length > 0 ? ` ${line}` : '')).join('\n');
  node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
  if (note.spaceBefore) node.spaceBefore = true;
}

/** Finds where the comment for `path` goes; a map's first key inside a list carries it on the map ("- " first). */
function commentTarget(doc: Document, path: readonly PropertyKey[]): Commentable | undefined {
  let node: unknown = doc.contents;
  let target: Commentable | undefined;
  let parentIsSeq = false;
  for (const segment of path) {
    if (isMap(node)) {
      const index = node.items.findIndex((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      const pair = node.items[index];
      if (!pair) return undefined;
      target = index === 0 && parentIsSeq ? node : (pair.key as Node);
      node = pair.value;
      parentIsSeq = false;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return undefined;
      target = item;
      node = item;
      parentIsSeq = true;
    } else {
      return undefined;
    }
  }
  return target;
}

/**
 * The YAML text of `data` with `header` lines on top and each note before its value. Long texts stay on one line:
 * authors search and edit them as written.
 */
export function yamlWithComments(data: unknown, notes: readonly YamlNote[], header: readonly string[] = []): string {
  const doc = new Document(data);
  for (const note of notes) {
    const target = commentTarget(doc, note.path);
    if (!target) throw new Error(`comment for a path that is not in the YAML: ${note.path.join('.')}`);
    addComment(target, note);
  }
  if (header.length > 0) doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

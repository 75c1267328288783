/**
 * Writes the editor's changes into the frontmatter the author wrote, touching only what changed. The `yaml`
 * package's parse gives every node's place in the text; a changed value is written anew at that place and every
 * other byte (comments, quotes, flow lists, blank lines, key order) stays as it was. So an SOP opened and saved
 * unchanged is the same file, and a correction shows in a diff as the lines it changed.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function column(text: string, index: number): number {
  return index - lineStart(text, index);
}

/** After the end of the line holding `index` (past its "\n"), or the text's end. */
function afterLine(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline + 1;
}

/** Continuation lines indented by `indent` spaces; the first line is placed by the caller. */
function indentRest(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `${pad}${line}`))
    .join('\n');
}

/** `key: value` as YAML, without the final newline. */
function pairText(key: string, value: unknown): string {
  return new Document({ [key]: value }).toString(STRINGIFY).replace(/\n$/, '');
}

function isBlock(node: Node | null | undefined): boolean {
  return (isMap(node) || isSeq(node)) && !(node as YAMLMap).flow;
}

/** Where a pair's value ends: block collections include their last newline, scalars and flow collections do not. */
function valueEnd(pair: Pair<Node, Node | null>): number {
  const key = pair.key as Node;
  const value = pair.value;
  return value?.range ? value.range[1] : (key.range?.[1] ?? 0);
}

/** Edits turning the block map `node` (whose text value was `before`) into `after`. */
function mapEdits(text: string, node: YAMLMap<Node, Node | null>, before: Record<string, unknown>, after: Record<string, unknown>): Edit[] {
  const edits: Edit[] = [];
  const pairs = node.items as Array<Pair<Node, Node | null>>;
  const keyOf = (pair: Pair<Node, Node | null>) => String(isScalar(pair.key) ? pair.key.value : '');
  let end = node.range?.[1] ?? text.length;
  for (const pair of pairs) {
    const key = keyOf(pair);
    const start = pair.key.range?.[0] ?? 0;
    const stop = valueEnd(pair);
    const endsLine = isBlock(pair.value);
    end = endsLine ? stop : afterLine(text, stop);
    if (!(key in after)) {
      edits.push({ start: pairs[0] === pair ? start : lineStart(text, start), end: endsLine ? stop : afterLine(text, stop), text: '' });
      continue;
    }
    if (same(before[key], after[key])) continue;
    const value = pair.value;
    if (isMap(value) && isBlock(value) && isObject(before[key]) && isObject(after[key])) {
      edits.push(
        ...mapEdits(
          text,
          value as YAMLMap<Node, Node | null>,
          before[key] as Record<string, unknown>,
          after[key] as Record<string, unknown>,
        ),
      );
      continue;
    }
    const written = indentRest(pairText(key, after[key]), column(text, start));
    edits.push({ start, end: stop, text: endsLine && !written.endsWith('\n') ? `${written}\n` : written });
  }
  const added = Object.keys(after).filter((key) => !pairs.some((pair) => keyOf(pair) === key));
  if (added.length > 0) {
    const indent = column(text, pairs[0]?.key.range?.[0] ?? 0);
    const lines = added.map((key) => `${' '.repeat(indent)}${indentRest(pairText(key, after[key]), indent)}\n`).join('');
    edits.push({ start: end, end, text: text.slice(end - 1, end) === '\n' || end === 0 ? lines : `\n${lines}` });
  }
  return edits;
}

function applyEdits(text: string, edits: readonly Edit[], offset = 0): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start - offset) + edit.text + result.slice(edit.end - offset);
  }
  return result;
}

/**
 * Edits for a block list of maps (the steps) whose items may have been inserted, deleted or moved: `origins[i]` is
 * the index in `before` that item `i` of `after` came from, or -1 for a new one. Items kept move with their text.
 */
function seqEdits(text: string, node: YAMLSeq<Node>, before: unknown[], after: unknown[], origins: readonly number[]): Edit[] | undefined {
  const items = node.items;
  if (!items.every((item) => isMap(item) && isBlock(item))) return undefined;
  const unmoved = origins.length === before.length && origins.every((origin, i) => origin === i);
  if (unmoved) {
    return items.flatMap((item, i) =>
      same(before[i], after[i]) || !isObject(after[i])
        ? []
        : mapEdits(text, item as YAMLMap<Node, Node | null>, before[i] as Record<string, unknown>, after[i] as Record<string, unknown>),
    );
  }
  const first = items[0]?.range?.[0];
  if (first === undefined) return undefined;
  const regionStart = lineStart(text, first);
  const regionEnd = node.range?.[1] ?? text.length;
  const dashColumn = column(text, text.lastIndexOf('-', first));
  const chunkStart = (i: number) => lineStart(text, text.lastIndexOf('-', items[i]?.range?.[0] ?? regionEnd));
  const chunks = items.map((item, i) => {
    const start = chunkStart(i);
    const stop = i + 1 < items.length ? chunkStart(i + 1) : regionEnd;
    return { start, stop, item: item as YAMLMap<Node, Node | null> };
  });
  const written = after.map((value, i) => {
    const origin = origins[i] ?? -1;
    const chunk = chunks[origin];
    if (chunk && isObject(value) && isObject(before[origin])) {
      const inner = mapEdits(text, chunk.item, before[origin] as Record<string, unknown>, value);
      const own = applyEdits(text.slice(chunk.start, chunk.stop), inner, chunk.start);
      return own.endsWith('\n') ? own : `${own}\n`;
    }
    const fresh = new Document([value]).toString(STRINGIFY);
    return `${' '.repeat(dashColumn)}${indentRest(fresh.replace(/\n$/, ''), dashColumn)}\n`;
  });
  return [{ start: regionStart, end: regionEnd, text: written.join('') }];
}

/**
 * The frontmatter text `yamlText` (which reads as `before`) changed into `after`. `langkahOrigins` tells where each
 * step of `after.langkah` came from (see {@link seqEdits}); without it, steps are matched by position.
 */
export function spliceFrontmatter(
  yamlText: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  langkahOrigins?: readonly number[],
): string {
  if (same(before, after)) return yamlText;
  const doc = parseDocument(yamlText);
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root) || !isBlock(root)) {
    // Not a plain block mapping (unreadable or written in flow style): written anew, comments kept by the model.
    const fresh = new Document(after);
    fresh.commentBefore = doc.commentBefore ?? null;
    return fresh.toString(STRINGIFY);
  }
  const edits: Edit[] = [];
  const beforeSteps = before.langkah;
  const afterSteps = after.langkah;
  const stepsNode = (root.items as Array<Pair<Node, Node | null>>).find(
    (pair) => isScalar(pair.key) && pair.key.value === 'langkah',
  )?.value;
  let rest = after;
  if (Array.isArray(beforeSteps) && Array.isArray(afterSteps) && isSeq(stepsNode) && isBlock(stepsNode) && !same(beforeSteps, afterSteps)) {
    const origins = langkahOrigins ?? afterSteps.map((_, i) => (i < beforeSteps.length ? i : -1));
    const stepEdits = seqEdits(yamlText, stepsNode as YAMLSeq<Node>, beforeSteps, afterSteps, origins);
    if (stepEdits) {
      edits.push(...stepEdits);
      rest = { ...after, langkah: beforeSteps };
    }
  }
  edits.push(...mapEdits(yamlText, root as YAMLMap<Node, Node | null>, before, rest));
  return applyEdits(yamlText, edits);
}

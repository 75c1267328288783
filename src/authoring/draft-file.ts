/**
 * Drafts as file text, with their notes as YAML comments, and the line of every TODO in that text (found the way
 * `sop:check` finds lines, so the numbers agree).
 */
import { describePath } from '../content-check/format.ts';
import { readSourceFile } from '../content-check/source-file.ts';
import type { Draft } from './draft.ts';
import { yamlWithComments } from './yaml-comments.ts';

export interface TodoLine {
  line: number;
  /** The field as `sop:check` names it: "langkah no 3 > pelaksana". */
  field: string;
  pesan: string;
}

export interface DraftFile {
  /** Path relative to the content folder: "sop/x.mdx", "regulasi/y.yaml". */
  relativePath: string;
  text: string;
  todos: TodoLine[];
}

function yamlOf(draft: Draft, header: readonly string[]): string {
  return yamlWithComments(
    draft.data,
    draft.notes.map((note) => ({ path: note.path, lines: [note.text] })),
    header,
  );
}

function todosOf(draft: Draft, relativePath: string, text: string, kind: 'mdx' | 'yaml'): TodoLine[] {
  const source = readSourceFile(relativePath, draft.id, text, kind);
  return draft.notes
    .filter((note) => note.todo)
    .map((note) => ({ line: source.lineOf(note.path), field: describePath(source.data, note.path), pesan: note.text }))
    .sort((a, b) => a.line - b.line);
}

/** An SOP draft as MDX: frontmatter with comments, then the body. */
export function sopDraftFile(draft: Draft & { body: string }, header: readonly string[]): DraftFile {
  const relativePath = `sop/${draft.id}.mdx`;
  const text = `---\n${yamlOf(draft, header)}---\n\n${draft.body}`;
  return { relativePath, text, todos: todosOf(draft, relativePath, text, 'mdx') };
}

/** A regulation draft as YAML. */
export function regulasiDraftFile(draft: Draft, header: readonly string[]): DraftFile {
  const relativePath = `regulasi/${draft.id}.yaml`;
  const text = yamlOf(draft, header);
  return { relativePath, text, todos: todosOf(draft, relativePath, text, 'yaml') };
}

/** The header sop:import writes on top of each SOP draft (the browser editor writes the same). */
export function importHeader(name: string, intoContent: boolean, contentShown: string): string[] {
  return [
    `Draf dari npm run sop:import: ${name}.`,
    `Isi setiap TODO${intoContent ? '' : `, pindahkan berkas ke ${contentShown}/sop/`}, lalu jalankan npm run sop:check.`,
  ];
}

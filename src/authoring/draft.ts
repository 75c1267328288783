/** A draft content file as the importer builds it: the data, and the notes and TODOs to write beside the fields. */

import { TODO } from '../content-check/todo.ts';

export { TODO };

/** A comment before the field at `path`; a TODO note is also listed in the importer's output with its line. */
export interface DraftNote {
  path: PropertyKey[];
  text: string;
  todo: boolean;
}

export interface Draft {
  /** File name without extension: the id of the entry. */
  id: string;
  data: Record<string, unknown>;
  notes: DraftNote[];
}

/** Collects notes for one draft; paths are relative to the draft's data. */
export class Notes {
  readonly list: DraftNote[] = [];
  note(path: PropertyKey[], text: string) {
    this.list.push({ path, text, todo: false });
  }
  todo(path: PropertyKey[], text: string) {
    this.list.push({ path, text, todo: true });
  }
}

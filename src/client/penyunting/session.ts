/**
 * One SOP being edited: the file it was opened from, the data as the form has changed it, and where each step
 * came from. Saving splices only the changed values into the original text (src/editor/sop-file.ts), so an SOP
 * opened and saved unchanged is the same file.
 */
import type { RegulasiDraft } from '../../editor/regulasi-file.ts';
import { readData, type SopFile, splitSopFile, writeSopFile } from '../../editor/sop-file.ts';

export type Data = Record<string, unknown>;
export type Step = Record<string, unknown> & { no?: unknown; pelaksana?: unknown; mutuBaku?: Record<string, unknown> };

export class SessionError extends Error {
  override name = 'SessionError';
}

export class Session {
  /** The SOP's file name without .mdx. */
  berkas: string;
  /** Where it came from: "situs", "baru", "berkas", "impor". */
  asal: string;
  readonly teksAsal: string;
  readonly file: SopFile;
  readonly before: Data;
  data: Data;
  body: string;
  /** Index in the original steps of each current step, -1 for a new one. */
  origins: number[];
  /** What the importer left for the author to decide (sop:import's TODOs), shown at their fields until filled. */
  todos: Array<{ path: PropertyKey[]; pesan: string }> = [];
  /** Regulations drafted for the dasar hukum, saved as their own files in content/regulasi/. */
  regulasi: RegulasiDraft[] = [];

  constructor(berkas: string, asal: string, teksAsal: string, current?: { teks: string; asalLangkah: number[] | null }) {
    this.berkas = berkas;
    this.asal = asal;
    this.teksAsal = teksAsal;
    const file = splitSopFile(teksAsal);
    if (!file) throw new SessionError('frontmatter tidak ditemukan; diharapkan berkas diawali baris "---", isian YAML, lalu baris "---"');
    const read = readData(file.yaml);
    if (read.errors.length > 0) throw new SessionError(`YAML tidak valid: ${read.errors[0]}`);
    this.file = file;
    this.before = read.data;
    const now = current ? splitSopFile(current.teks) : undefined;
    this.data = now ? readData(now.yaml).data : structuredClone(read.data);
    this.body = now ? now.body : file.body;
    const steps = Array.isArray(this.before.langkah) ? this.before.langkah : [];
    this.origins = current?.asalLangkah ?? this.steps().map((_, i) => (i < steps.length ? i : -1));
  }

  /** The MDX text as it would be saved now. */
  text(): string {
    return writeSopFile(this.file, this.before, this.data, this.body, this.origins);
  }

  /**
   * Where the importer's TODO at `path` is now: its step may have moved, been deleted (undefined) or had steps
   * inserted before it. Paths into the steps are given in the steps as imported.
   */
  todoPath(path: readonly PropertyKey[]): PropertyKey[] | undefined {
    if (path[0] !== 'langkah' || typeof path[1] !== 'number') return [...path];
    const now = this.origins.indexOf(path[1]);
    return now === -1 ? undefined : ['langkah', now, ...path.slice(2)];
  }

  /** The current value at `path`. */
  valueAt(path: readonly PropertyKey[]): unknown {
    let value: unknown = this.data;
    for (const segment of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<PropertyKey, unknown>)[segment];
    }
    return value;
  }

  steps(): Step[] {
    return Array.isArray(this.data.langkah) ? (this.data.langkah as Step[]) : [];
  }

  lanes(): string[] {
    return Array.isArray(this.data.pelaksana) ? (this.data.pelaksana as string[]) : [];
  }

  /** Sets a value; `undefined` removes the key (an optional field left empty). */
  set(path: readonly (string | number)[], value: unknown): void {
    let node: Record<string | number, unknown> = this.data;
    for (const segment of path.slice(0, -1)) {
      const next = node[segment];
      if (next === null || typeof next !== 'object') node[segment] = {};
      node = node[segment] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1] as string | number;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }

  /** Step numbers 1, 2, 3... in table order, every jump and outcome following its step. */
  private renumber(): void {
    const steps = this.steps();
    const map = new Map<number, number>();
    steps.forEach((step, i) => {
      if (typeof step.no === 'number') map.set(step.no, i + 1);
    });
    const follow = (target: unknown) => (typeof target === 'number' ? (map.get(target) ?? target) : target);
    steps.forEach((step, i) => {
      if (step.no !== i + 1) step.no = i + 1;
      if ('lanjutKe' in step) step.lanjutKe = follow(step.lanjutKe);
      if (Array.isArray(step.pilihan)) {
        for (const outcome of step.pilihan as Array<Record<string, unknown>>) outcome.lanjutKe = follow(outcome.lanjutKe);
      }
    });
  }

  /** A new step at `index` (the end by default), in the lane of its neighbour. */
  insertStep(index = this.steps().length): void {
    if (!Array.isArray(this.data.langkah)) this.data.langkah = [];
    const steps = this.data.langkah as Step[];
    const neighbour = steps[index] ?? steps[index - 1];
    const step: Step = {
      no: 0,
      jenis: steps.length === 0 ? 'mulai' : 'proses',
      aktivitas: '',
      pelaksana: (neighbour?.pelaksana as string | undefined) ?? this.lanes()[0] ?? '',
      mutuBaku: { kelengkapan: null, durasi: null, output: null },
    };
    // Numbered out of the way, then everything renumbered: references to later steps follow them.
    step.no = Math.max(0, ...steps.map((candidate) => (typeof candidate.no === 'number' ? candidate.no : 0))) + 1000;
    steps.splice(index, 0, step);
    this.origins.splice(index, 0, -1);
    this.renumber();
    // A jump to the new step's temporary number means nothing; the new step has none.
  }

  deleteStep(index: number): void {
    this.steps().splice(index, 1);
    this.origins.splice(index, 1);
    this.renumber();
  }

  moveStep(index: number, by: -1 | 1): void {
    const steps = this.steps();
    const target = index + by;
    if (target < 0 || target >= steps.length) return;
    [steps[index], steps[target]] = [steps[target] as Step, steps[index] as Step];
    [this.origins[index], this.origins[target]] = [this.origins[target] as number, this.origins[index] as number];
    this.renumber();
  }

  addLane(name: string): void {
    if (!Array.isArray(this.data.pelaksana)) this.data.pelaksana = [];
    (this.data.pelaksana as string[]).push(name);
  }

  /** Renames a lane; its steps follow. */
  renameLane(index: number, name: string): void {
    const lanes = this.lanes();
    const old = lanes[index];
    lanes[index] = name;
    for (const step of this.steps()) if (step.pelaksana === old) step.pelaksana = name;
  }

  moveLane(index: number, by: -1 | 1): void {
    const lanes = this.lanes();
    const target = index + by;
    if (target < 0 || target >= lanes.length) return;
    [lanes[index], lanes[target]] = [lanes[target] as string, lanes[index] as string];
  }

  deleteLane(index: number): void {
    const lanes = this.lanes();
    lanes.splice(index, 1);
    if (lanes.length === 0) this.data.pelaksana = null;
  }
}

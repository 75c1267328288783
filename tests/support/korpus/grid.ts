/**
 * A case's flowchart table as a grid of header and step rows, with the merges an office would make. Word, Excel and
 * text writers all draw from it, so every format carries the same layouts.
 */
import type { Case } from './cases.ts';
import type { Step } from './contents.ts';

/** A cell: its text lines (or nested rows), and how far it is merged right and down. */
export interface GridCell {
  lines: string[];
  colSpan?: number;
  rowSpan?: number;
  /** Covered by a merge from the left or above: written empty (text) or left out (Word). */
  covered?: boolean;
  /** The No cell of a step, for Word's automatic numbering. */
  autoNumber?: boolean;
  /** Activity items as rows of a nested table (Word), or lines of one cell. */
  nested?: string[][];
}

export interface Grid {
  header: GridCell[][];
  steps: GridCell[][][];
  /** Index of the step from which a second table starts, or undefined. */
  continueAt?: number;
  /** Relative column widths as an office sets them: a wide Aktivitas, narrow No and actor columns. */
  widths: number[];
}

const text = (value: string | null | undefined): GridCell => ({ lines: value ? [value] : [] });
const covered = (): GridCell => ({ lines: [], covered: true });

function label(item: Case, key: 'no' | 'aktivitas' | 'pelaksana' | 'kelengkapan' | 'durasi' | 'output' | 'keterangan'): string {
  const defaults = {
    no: 'No',
    aktivitas: 'Aktivitas',
    pelaksana: 'Pelaksana',
    kelengkapan: 'Persyaratan/Kelengkapan',
    durasi: 'Waktu',
    output: 'Output',
    keterangan: 'Ket',
  };
  return item.layout.labels?.[key] ?? defaults[key];
}

function headerRows(item: Case): GridCell[][] {
  const { layout, flow } = item;
  const n = flow.actors.length;
  const first = layout.order === 'aktivitas-first' ? ['aktivitas', 'no'] : ['no', 'aktivitas'];
  const lead = (rowSpan?: number) => first.map((key) => ({ lines: [label(item, key as 'no')], ...(rowSpan ? { rowSpan } : {}) }));
  const mutuNames = [label(item, 'kelengkapan'), label(item, 'durasi'), label(item, 'output')];
  switch (layout.header) {
    case 'merged':
      return [
        [
          ...lead(2),
          { lines: [label(item, 'pelaksana')], colSpan: n },
          ...Array.from({ length: n - 1 }, covered),
          { lines: ['Mutu Baku'], colSpan: 3 },
          covered(),
          covered(),
          { lines: [label(item, 'keterangan')], rowSpan: 2 },
        ],
        [covered(), covered(), ...flow.actors.map((actor) => text(actor)), ...mutuNames.map(text), covered()],
      ];
    case 'names-top':
      return [
        [
          ...lead(2),
          ...flow.actors.map((actor) => ({ lines: [actor], rowSpan: 2 })),
          { lines: ['Mutu Baku'], colSpan: 3 },
          covered(),
          covered(),
          { lines: [label(item, 'keterangan')], rowSpan: 2 },
        ],
        [covered(), covered(), ...flow.actors.map(covered), ...mutuNames.map(text), covered()],
      ];
    case 'single':
      return [[...lead(), ...flow.actors.map((actor) => text(actor)), ...mutuNames.map(text), text(label(item, 'keterangan'))]];
    case 'mutu-no-sub':
      return [
        [
          ...lead(),
          ...flow.actors.map((actor) => text(actor)),
          { lines: ['Mutu Baku'], colSpan: 3 },
          covered(),
          covered(),
          text(label(item, 'keterangan')),
        ],
      ];
    case 'pelaksana-text':
      return [[...lead(), text(label(item, 'pelaksana')), ...mutuNames.map(text), text(label(item, 'keterangan'))]];
  }
}

function aktivitasCell(item: Case, step: Step): GridCell {
  if (!Array.isArray(step.aktivitas)) return text(step.aktivitas);
  if (item.layout.nestedLists) return { lines: [], nested: step.aktivitas.map((entry, i) => [`${i + 1}.`, entry]) };
  return { lines: step.aktivitas.map((entry) => `-${entry}`) };
}

function stepRow(item: Case, step: Step): GridCell[][] {
  const { layout, flow } = item;
  const no: GridCell = layout.autoNumber ? { lines: [], autoNumber: true } : text(String(step.no));
  const lead = layout.order === 'aktivitas-first' ? [aktivitasCell(item, step), no] : [no, aktivitasCell(item, step)];
  const filler = layout.filler ?? '';
  const mutu = [text(step.kelengkapan), text(step.durasi), text(step.output)];
  const ket = text(step.keterangan ?? (filler || null));
  if (layout.header === 'pelaksana-text') return [[...lead, text(flow.actors[step.lane ?? -1]), ...mutu, ket]];
  const actors = flow.actors.map((_, i) => text(step.lane === i ? (layout.mark ?? '√') : filler || null));
  return [[...lead, ...actors, ...mutu, ket]];
}

/** The grid of a case: header rows, then one group of rows per step (repeated headers and numbering rows inside). */
export function gridOf(item: Case): Grid {
  const header = headerRows(item);
  const width = header[0]?.length ?? 0;
  const { layout } = item;
  const steps = item.flow.steps.map((step, i) => {
    const rows = stepRow(item, step);
    if (layout.repeatHeaderAfter !== undefined && i === layout.repeatHeaderAfter) return [...header, ...rows];
    return rows;
  });
  if (layout.columnNumbers) header.push(Array.from({ length: width }, (_, i) => text(`${i + 1}`)));
  const lead = layout.order === 'aktivitas-first' ? [30, 5] : [5, 30];
  const actors = layout.header === 'pelaksana-text' ? [14] : item.flow.actors.map(() => 9);
  const widths = [...lead, ...actors, 18, 8, 18, 8];
  return { header, steps, widths, ...(layout.continueAfter !== undefined ? { continueAt: layout.continueAfter } : {}) };
}

/**
 * Finds the flowchart tables of a document and joins a flowchart continued in a second table (after a page break,
 * Word users often start a new table): the next table is a continuation when only untitled paragraphs stand between
 * the two and it repeats the same header, or has no header, as many columns, and goes on with the next step number.
 */
import { type KepalaTabelProsedur, readKepalaTabelProsedur } from './tabel-prosedur-kepala.ts';
import { cellText, type SourceBlock, type SourceDocument } from './source-document.ts';

type TableBlock = Extract<SourceBlock, { kind: 'table' }>;

export interface TabelProsedurFound {
  /** One per flowchart: its first table as in the document, and that table with its continuations' rows appended. */
  flow: Array<{ first: TableBlock; joined: TableBlock }>;
  /** Tables that are no part of a flowchart (the identity page). */
  other: TableBlock[];
  /** For the author: which tables were joined. */
  catatan: string[];
}

const width = (table: TableBlock) => Math.max(0, ...table.rows.map((row) => row.cells.length));

function lastNumber(table: TableBlock, header: KepalaTabelProsedur): number | undefined {
  const numbers = table.rows.map((row) => /^(\d+)[.)]?$/.exec(cellText(row.cells[header.no]))?.[1]).filter((no) => no !== undefined);
  return numbers.length === 0 ? undefined : Number(numbers.at(-1));
}

function continues(group: { table: TableBlock; header: KepalaTabelProsedur }, next: TableBlock): boolean {
  const header = readKepalaTabelProsedur(next.rows);
  if (header) {
    const names = (h: KepalaTabelProsedur) => JSON.stringify([h.no, h.aktivitas, h.actors, h.pelaksanaText]);
    return names(header) === names(group.header) && width(next) === width(group.table);
  }
  const first = next.rows.find((row) => row.cells.some((cell) => cellText(cell).length > 0));
  const no = /^(\d+)[.)]?$/.exec(cellText(first?.cells[group.header.no]))?.[1];
  const last = lastNumber(group.table, group.header);
  return width(next) === width(group.table) && no !== undefined && last !== undefined && Number(no) === last + 1;
}

/** Sorts the tables of a document into flowcharts (joined) and the rest. */
export function findTabelProsedur(source: SourceDocument): TabelProsedurFound {
  const result: TabelProsedurFound = { flow: [], other: [], catatan: [] };
  let group: { table: TableBlock; header: KepalaTabelProsedur } | undefined;
  let titled = false;
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') {
      // A new title ("SOP ...") between two tables starts another SOP: no joining across it.
      if (/^(sop|standar operasional prosedur)\b/i.test(block.text)) titled = true;
      continue;
    }
    if (group && !titled && continues(group, block)) {
      group.table.rows.push(...block.rows);
      result.catatan.push(
        `Bagan alir ${group.table.lokasi} bersambung di ${block.lokasi} (setelah pindah halaman); keduanya dibaca sebagai satu tabel.`,
      );
      continue;
    }
    titled = false;
    const header = readKepalaTabelProsedur(block.rows);
    if (header) {
      // A copy: joining appends rows, and the source document stays as read.
      const table: TableBlock = { ...block, rows: [...block.rows] };
      result.flow.push({ first: block, joined: table });
      group = { table, header };
    } else {
      result.other.push(block);
      group = undefined;
    }
  }
  return result;
}

/**
 * The table model every importer reads into: a document is a list of paragraphs and tables, in order; a table is a
 * grid of cells, each cell a list of paragraphs. The tab-separated text reader and the .docx reader both produce it,
 * so the conversion to an SOP draft ({@link ./import-sop.ts}) is written once.
 *
 * Merged cells are spread out the way a flattened table shows them: the text sits in the first cell of the span
 * and the cells it covered are empty. That is what the text form already looks like ("Mutu Baku" followed by two
 * empty cells), so both readers give the same grid.
 */
import { normalKey } from '../domain/text.ts';

/** One table cell: its paragraphs (list items count as paragraphs), white space collapsed, empty ones dropped. */
export interface SourceCell {
  paragraphs: string[];
  /**
   * Columns a merged cell spans, when the reader knows it (.docx, .xlsx). The text form does not: there a merged
   * header is its text followed by empty cells, and the header reader infers the span from them.
   */
  colSpan?: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** Where the row is, for messages: "baris 12" in a text file, "tabel 2 baris 3" in a .docx. */
  lokasi: string;
}

export type SourceBlock = { kind: 'paragraph'; text: string; lokasi: string } | { kind: 'table'; rows: SourceRow[]; lokasi: string };

export interface SourceDocument {
  /** The file name as given by the author, for messages. */
  file: string;
  blocks: SourceBlock[];
}

/**
 * A problem with the input that stops the import. `lokasi` says where ("baris 12"); the message says what was
 * found and what was expected, in Bahasa Indonesia.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  lokasi: string | undefined;
  constructor(message: string, lokasi?: string) {
    super(message);
    this.lokasi = lokasi;
  }
}

/** Drops the spaces Word fields leave around "/": "62/ 46 /SEKRT/2023" becomes "62/46/SEKRT/2023". */
export function tightenSlashes(text: string): string {
  return text.replace(/\s*\/\s*/g, '/');
}

/** A label as compared: lower case, no trailing colon, no spaces around "/" ("Persyaratan/ perlengkapan"). */
export function labelKey(text: string): string {
  return tightenSlashes(normalKey(text));
}

/** Collapses white space (also non-breaking spaces from Word) and trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** All text of a cell on one line. */
export function cellText(cell: SourceCell | undefined): string {
  return cell ? cleanText(cell.paragraphs.join(' ')) : '';
}

/**
 * The items of a cell that may hold a list: one per paragraph, and inside a paragraph the numbered list that
 * flattening glued together ("1. Peraturan ...2. Peraturan ...") or a dash list ("-Melakukan ... -Melakukan ...").
 * List numbers and dashes are dropped, and so is the separator at an item's end ("Renstra;").
 */
export function cellItems(cell: SourceCell | undefined): string[] {
  return (cell?.paragraphs ?? [])
    .flatMap((paragraph) => splitNumbered(paragraph) ?? splitDashed(paragraph) ?? [paragraph])
    .map((item) => cleanText(item.replace(/^(?:\d{1,2}[.)]|[-•–])\s*/, '')).replace(/\s*[;,]$/, ''))
    .filter((item) => item.length > 0);
}

/**
 * "1. A2. B3. C" read as A, B, C. Numbers must start at 1 and go up by one, and a number is only a list number
 * when no digit stands right before it and a letter, not a digit, follows: "Nomor 061.1/Kep" and "Tahun 2014" stay.
 */
function splitNumbered(text: string): string[] | undefined {
  if (!/^1[.)]\s*\D/.test(text)) return undefined;
  const items: string[] = [];
  let rest = text;
  for (let next = 2; ; next++) {
    const marker = new RegExp(`(?<!\\d)${next}[.)]\\s*(?=[^\\d\\s])`).exec(rest.slice(2));
    if (!marker) break;
    items.push(rest.slice(0, marker.index + 2));
    rest = rest.slice(marker.index + 2);
  }
  items.push(rest);
  return items.length > 1 ? items : undefined;
}

/** "-A -B" read as A, B; a hyphen inside a word ("surat-menyurat") is no list marker. */
function splitDashed(text: string): string[] | undefined {
  if (!/^[-•–]\s*\S/.test(text)) return undefined;
  const items = text.split(/(?:^|\s)[-•–](?=\s*\S)/).filter((item) => item.trim().length > 0);
  return items.length > 1 ? items : undefined;
}

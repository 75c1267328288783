/** The title of a flowchart table ("SOP PENYUSUNAN CASCADING"), to name the SOP and to tell two SOPs apart. */
import { findHeaderRow } from './tabel-prosedur-kepala.ts';
import { cellText, cleanText, type SourceBlock, type SourceDocument, type SourceRow } from './source-document.ts';

export interface JudulTabelProsedur {
  /** As the source writes it. */
  asli: string;
  /** Without "SOP", in the case the site uses. */
  nama: string;
  hurufDiubah: boolean;
}

function rowText(row: SourceRow): string {
  return cleanText(row.cells.map(cellText).join(' '));
}

/** The paragraphs between the previous table (or the start) and `table`. */
export function paragraphsBefore(source: SourceDocument, table: SourceBlock): string[] {
  const index = source.blocks.indexOf(table);
  const texts: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const block = source.blocks[i];
    if (!block || block.kind === 'table') break;
    texts.unshift(block.text);
  }
  return texts;
}

const TITLE = /^(sop|standar operasional prosedur)\b/i;

/**
 * The flowchart's title: "SOP ..." or "Standar Operasional Prosedur ..." in a paragraph right above the table, or in
 * a row of the table above its header (Word layouts often merge the first row into a title).
 */
export function titleBefore(source: SourceDocument, table: Extract<SourceBlock, { kind: 'table' }>): JudulTabelProsedur | undefined {
  const titleRows = table.rows.slice(0, Math.max(0, findHeaderRow(table.rows))).map((row) => rowText(row));
  const asli = [...paragraphsBefore(source, table), ...titleRows].findLast((text) => TITLE.test(text));
  if (!asli) return undefined;
  const tanpaAwalan = cleanText(asli.replace(/^(sop|standar operasional prosedur)\b\s*[:.-]?\s*/i, ''));
  if (tanpaAwalan.length === 0) return undefined;
  return { asli, ...titleCase(tanpaAwalan) };
}

const KATA_SAMBUNG = new Set([
  'dan',
  'di',
  'ke',
  'dari',
  'atau',
  'yang',
  'untuk',
  'pada',
  'dengan',
  'dalam',
  'oleh',
  'serta',
  'atas',
  'bagi',
  'tentang',
]);

/**
 * A title written in capitals ("PENYUSUNAN CASCADING") in the case the site uses ("Penyusunan Cascading"). Words in
 * brackets stay as written: they are abbreviations ("(PK)"). Titles in mixed case are left alone.
 */
function titleCase(text: string): { nama: string; hurufDiubah: boolean } {
  if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return { nama: text, hurufDiubah: false };
  const nama = text
    .split(' ')
    .map((word, i) => {
      if (/^\(.*\)$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && KATA_SAMBUNG.has(lower)) return lower;
      return lower.replace(/(^|[-/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
  return { nama, hurufDiubah: true };
}

/**
 * Reads the tab-separated text form of an SOP document (what copying a Word table into a text file gives): each
 * line with a tab is a table row, cells split at tabs; consecutive rows form one table; other lines are
 * paragraphs. Leftover list markup from a web export (`<ol style=...>`, `<li>`, `<br>`) is removed, a `<li>` or
 * `<br>` starting a new paragraph of the cell.
 */
import { ImportError, cleanText, type SourceBlock, type SourceCell, type SourceDocument } from './source-document.ts';

const LIST_MARKUP = /<\/?(?:ol|ul|p|span|div)(?:\s[^>]*)?>/gi;
const BREAK_MARKUP = /<(?:li|br)(?:\s[^>]*)?\/?>|<\/li>/gi;

function readCell(raw: string): SourceCell {
  const paragraphs = raw
    .replace(LIST_MARKUP, ' ')
    .split(BREAK_MARKUP)
    .map(cleanText)
    .filter((paragraph) => paragraph.length > 0);
  return { paragraphs };
}

/** Reads the text; `file` is the name shown in messages. Refuses an empty text. */
export function readTabSeparated(file: string, text: string): SourceDocument {
  if (text.trim().length === 0) {
    throw new ImportError('berkas kosong; diharapkan teks bertab berisi tabel bagan alir dan/atau halaman identitas SOP');
  }
  const blocks: SourceBlock[] = [];
  let table: Extract<SourceBlock, { kind: 'table' }> | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((line, index) => {
      const lokasi = `baris ${index + 1}`;
      if (line.includes('\t')) {
        if (!table) {
          table = { kind: 'table', rows: [], lokasi };
          blocks.push(table);
        }
        table.rows.push({ cells: line.split('\t').map(readCell), lokasi });
        return;
      }
      table = undefined;
      const paragraph = cleanText(line.replace(LIST_MARKUP, ' ').replace(BREAK_MARKUP, ' '));
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph, lokasi });
    });
  return { file, blocks };
}

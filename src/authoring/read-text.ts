/**
 * Reads the tab-separated text form of an SOP document (what copying a Word table into a text file gives, or Excel's
 * "Text (Tab delimited)" and "Unicode Text"): each line with a tab is a table row, cells split at tabs; consecutive
 * rows form one table; other lines are paragraphs. A cell in double quotes may hold tabs, line breaks and doubled
 * quotes ("") the way Excel writes them; each line in a cell is a paragraph of it. Leftover list markup from a web
 * export (`<ol style=...>`, `<li>`, `<br>`) is removed, a `<li>` or `<br>` starting a new paragraph of the cell.
 */
import { cleanText, ImportError, type SourceBlock, type SourceCell, type SourceDocument } from './source-document.ts';

const LIST_MARKUP = /<\/?(?:ol|ul|p|span|div)(?:\s[^>]*)?>/gi;
const BREAK_MARKUP = /<(?:li|br)(?:\s[^>]*)?\/?>|<\/li>|\r\n|\n|\r/gi;

function readCell(raw: string): SourceCell {
  const paragraphs = raw
    .replace(LIST_MARKUP, ' ')
    .split(BREAK_MARKUP)
    .map(cleanText)
    .filter((paragraph) => paragraph.length > 0);
  return { paragraphs };
}

interface Record {
  fields: string[];
  /** The line the record starts on (1-based). */
  line: number;
}

/**
 * Splits the text into records of fields. A field starting with a double quote is read as Excel quotes it, up to the
 * closing quote; when no closing quote followed by a tab or line end is found, the quote is text like any other.
 */
function records(text: string): Record[] {
  const out: Record[] = [];
  let line = 1;
  let i = 0;
  while (i <= text.length) {
    const record: Record = { fields: [], line };
    for (;;) {
      let field = '';
      let quoted = false;
      if (text[i] === '"') {
        let j = i + 1;
        let value = '';
        let lines = 0;
        for (; j < text.length; j++) {
          if (text[j] === '"') {
            if (text[j + 1] === '"') {
              value += '"';
              j++;
              continue;
            }
            break;
          }
          if (text[j] === '\n') lines++;
          value += text[j];
        }
        const after = text[j + 1];
        if (j < text.length && (after === undefined || after === '\t' || after === '\n' || after === '\r')) {
          field = value;
          line += lines;
          i = j + 1;
          quoted = true;
        }
      }
      if (!quoted) {
        let j = i;
        while (j < text.length && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
        field = text.slice(i, j);
        i = j;
      }
      record.fields.push(field);
      if (text[i] === '\t') {
        i++;
        continue;
      }
      break;
    }
    out.push(record);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
  }
  return out;
}

/** Reads the text; `file` is the name shown in messages. Refuses an empty text. */
export function readTabSeparated(file: string, text: string): SourceDocument {
  if (text.trim().length === 0) {
    throw new ImportError('berkas kosong; diharapkan teks bertab berisi tabel bagan alir dan/atau halaman identitas SOP');
  }
  const blocks: SourceBlock[] = [];
  let table: Extract<SourceBlock, { kind: 'table' }> | undefined;
  for (const record of records(text.replace(/^\uFEFF/, ''))) {
    const lokasi = `baris ${record.line}`;
    if (record.fields.length > 1) {
      if (!table) {
        table = { kind: 'table', rows: [], lokasi };
        blocks.push(table);
      }
      table.rows.push({ cells: record.fields.map(readCell), lokasi });
      continue;
    }
    table = undefined;
    const paragraph = cleanText((record.fields[0] ?? '').replace(LIST_MARKUP, ' ').replace(BREAK_MARKUP, ' '));
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph, lokasi });
  }
  return { file, blocks };
}

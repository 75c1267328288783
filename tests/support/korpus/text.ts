/**
 * Text exports of the corpus, as Excel writes them: tabs between cells, a cell holding line breaks, tabs or quotes in
 * double quotes with quotes doubled; "Unicode Text" is UTF-16LE with a byte order mark and CRLF; "Text (Tab
 * delimited)" on an Indonesian Windows is Windows-1252.
 */
import type { Case } from './cases.ts';
import { type GridCell, gridOf } from './grid.ts';

function field(cell: GridCell): string {
  const value = cell.nested ? cell.nested.map((row) => row.join(' ')).join('\n') : cell.lines.join('\n');
  return /["\t\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function linesOf(item: Case): string[] {
  const grid = gridOf(item);
  const table = [...grid.header, ...grid.steps.flat()].map((row) => row.map(field).join('\t'));
  const identity = item.identity
    ? [
        ...item.identity.kop,
        '',
        ...item.identity.rows.map(([label, value]) => `${label}\t${value}`),
        '',
        ...item.identity.boxes.flatMap(([left, leftItems, right, rightItems]) => {
          const list = (items: string[]) => field({ lines: items.length > 1 ? items.map((entry, i) => `${i + 1}. ${entry}`) : items });
          return [`${left}\t${right}`, `${list(leftItems)}\t${list(rightItems)}`];
        }),
        '',
      ]
    : [];
  return [...identity, item.flow.title, '', ...table, ''];
}

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
};

function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = CP1252[char];
      if (byte === undefined) throw new Error(`"${char}" tidak ada dalam Windows-1252`);
      return byte;
    }),
  );
}

/** The case as the bytes of a text file in its encoding. */
export function textOf(item: Case): Buffer {
  const lines = linesOf(item);
  if (item.format === 'txt-utf16') return Buffer.from(`\ufeff${lines.join('\r\n')}`, 'utf16le');
  if (item.format === 'txt-1252') return windows1252(lines.join('\r\n'));
  return Buffer.from(lines.join('\n'), 'utf8');
}

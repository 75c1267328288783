/**
 * Reads a Word .docx in the Permenpan layout into the table model. mammoth reads the document (paragraphs, lists,
 * tables with their merged cells) into clean HTML; parse5, a spec-compliant HTML parser, reads that HTML. The one
 * thing mammoth drops, Word's automatic numbering in an otherwise empty cell (the No column), is written as text
 * first ({@link ./docx-numbering.ts}).
 *
 * What mammoth cannot see is lost here too: drawn shapes, so the flowchart symbols (and with them which actor column
 * a step is marked in) are gone unless the office typed a mark (✓, X) in the cell.
 */
import mammoth from 'mammoth';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { withNumbersAsText } from './docx-numbering.ts';
import { ImportError, cleanText, type SourceBlock, type SourceCell, type SourceDocument, type SourceRow } from './source-document.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node, ...tags: string[]): Element[] {
  const list = 'childNodes' in node ? node.childNodes : [];
  return list.filter((child): child is Element => isElement(child) && (tags.length === 0 || tags.includes(child.tagName)));
}

function attribute(element: Element, name: string): number {
  const value = Number(element.attrs.find((attr) => attr.name === name)?.value ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/** Text with line breaks kept as "\n", so a `<br>` inside a paragraph separates lines. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node) && node.tagName === 'br') return '\n';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** A list marker standing in a cell of its own: "1", "1.", "a)", "-", "•". */
const MARKER = /^(\d{1,2}|[a-z])[.)]?$|^[-•–]$/i;

/**
 * A table nested in a cell (offices put a small numbered table in Aktivitas): one item per row, its cells on one line,
 * a number or dash standing alone in the first cell dropped (it is the list's marker, not the item's text).
 */
function nestedTableItems(table: Element): string[] {
  return gridOf(table, 0).map((row) => {
    const texts = row.cells.map((cell) => cleanText(cell.paragraphs.join(' '))).filter((text) => text.length > 0);
    if (texts.length > 1 && MARKER.test(texts[0] as string)) texts.shift();
    return texts.join(' ');
  });
}

/** The paragraphs of a block: a paragraph's lines, a list's items, a nested table's rows. */
function paragraphsOf(node: Node): string[] {
  if (!isElement(node)) return node.nodeName === '#text' ? [textOf(node)] : [];
  if (node.tagName === 'table') return nestedTableItems(node);
  if (['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(node.tagName)) {
    // A list item may hold a nested list: its own text first, then the nested items.
    const own = node.childNodes.filter((child) => !(isElement(child) && ['ol', 'ul'].includes(child.tagName)));
    const nested = children(node, 'ol', 'ul').flatMap(paragraphsOf);
    return [...own.map(textOf).join('').split('\n'), ...nested];
  }
  return node.childNodes.flatMap(paragraphsOf);
}

function cellOf(element: Element): SourceCell {
  return {
    paragraphs: paragraphsOf(element)
      .map(cleanText)
      .filter((text) => text.length > 0),
  };
}

/** The rows of a table as a grid: a merged cell's text in its first position, the positions it covers empty. */
function gridOf(table: Element, tableNumber: number): SourceRow[] {
  const rowElements = [...children(table, 'tr'), ...children(table, 'thead', 'tbody', 'tfoot').flatMap((part) => children(part, 'tr'))];
  const covered = new Map<string, true>();
  return rowElements.map((tr, r) => {
    const cells: SourceCell[] = [];
    let column = 0;
    const skipCovered = () => {
      while (covered.has(`${r},${column}`)) {
        cells[column] = { paragraphs: [] };
        column++;
      }
    };
    for (const td of children(tr, 'td', 'th')) {
      skipCovered();
      const colspan = attribute(td, 'colspan');
      const rowspan = attribute(td, 'rowspan');
      cells[column] = colspan > 1 ? { ...cellOf(td), colSpan: colspan } : cellOf(td);
      for (let c = 0; c < colspan; c++) {
        if (c > 0) cells[column + c] = { paragraphs: [] };
        for (let below = 1; below < rowspan; below++) covered.set(`${r + below},${column + c}`, true);
      }
      column += colspan;
    }
    skipCovered();
    return { cells: Array.from(cells, (cell) => cell ?? { paragraphs: [] }), lokasi: `tabel ${tableNumber} baris ${r + 1}` };
  });
}

function docxInput(bytes: Uint8Array): { buffer: Buffer } {
  return { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer };
}

/** Reads a .docx; `file` is the name shown in messages. */
export async function readDocx(file: string, buffer: Uint8Array): Promise<SourceDocument> {
  if (buffer.length === 0) throw new ImportError('berkas kosong; diharapkan dokumen Word .docx berisi tabel SOP');
  let html: string;
  try {
    // Images are not needed: skip turning them into data URIs.
    const result = await mammoth.convertToHtml(
      // `buffer` for mammoth in Node, `arrayBuffer` for its browser build (the editor imports in the page).
      docxInput(await withNumbersAsText(buffer)),
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(
      `berkas tidak dapat dibaca sebagai dokumen Word .docx (${(error as Error).message.split('\n')[0]}); diharapkan berkas .docx yang dapat dibuka di Word. Berkas .doc lama: simpan ulang sebagai .docx`,
    );
  }
  const blocks: SourceBlock[] = [];
  let tableNumber = 0;
  let paragraphNumber = 0;
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    if (node.tagName === 'table') {
      tableNumber++;
      blocks.push({ kind: 'table', rows: gridOf(node, tableNumber), lokasi: `tabel ${tableNumber}` });
      return;
    }
    if (['ol', 'ul', 'div', 'blockquote'].includes(node.tagName)) {
      node.childNodes.forEach(visit);
      return;
    }
    for (const text of paragraphsOf(node).map(cleanText)) {
      paragraphNumber++;
      if (text.length > 0) blocks.push({ kind: 'paragraph', text, lokasi: `paragraf ${paragraphNumber}` });
    }
  };
  parseFragment(html).childNodes.forEach(visit);
  return { file, blocks };
}

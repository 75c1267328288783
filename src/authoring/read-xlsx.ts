/**
 * Reads an Excel .xlsx SOP (ExcelJS) into the table model. Offices draw the same Permenpan tables in a sheet: a
 * title row merged across, the flowchart table with merged header cells, sometimes the identity page above it or on
 * another sheet. Each sheet is split at empty rows; in each part, rows with a single filled cell before the first
 * wider row are paragraphs (titles, letterhead), the rest is a table. A merged cell's text stands in its first
 * cell, with its span; the cells it covers are empty. Line breaks in a cell separate its paragraphs.
 */
import ExcelJS from 'exceljs';
import { cleanText, ImportError, type SourceBlock, type SourceCell, type SourceDocument, type SourceRow } from './source-document.ts';

function textOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  // A date typed in a cell is a Date: written as Lajur reads dates, not in the machine's time zone.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value && value.result instanceof Date)
    return value.result.toISOString().slice(0, 10);
  return cell.text ?? '';
}

function cellOf(sheet: ExcelJS.Worksheet, rowNumber: number, column: number, width: number): SourceCell {
  const cell = sheet.getCell(rowNumber, column);
  if (cell.isMerged && cell.master.address !== cell.address) return { paragraphs: [] };
  const paragraphs = textOf(cell)
    .split(/\r\n|\n|\r/)
    .map(cleanText)
    .filter((text) => text.length > 0);
  if (!cell.isMerged) return { paragraphs };
  let span = 1;
  while (column + span <= width && sheet.getCell(rowNumber, column + span).master.address === cell.address) span++;
  return span > 1 ? { paragraphs, colSpan: span } : { paragraphs };
}

function blocksOf(sheet: ExcelJS.Worksheet, sheetLabel: string): SourceBlock[] {
  const width = sheet.columnCount;
  const blocks: SourceBlock[] = [];
  let part: SourceRow[] = [];
  const flush = () => {
    const firstWide = part.findIndex((row) => row.cells.filter((cell) => cell.paragraphs.length > 0).length > 1);
    const leading = firstWide < 0 ? part : part.slice(0, firstWide);
    for (const row of leading) {
      const text = cleanText(row.cells.flatMap((cell) => cell.paragraphs).join(' '));
      if (text.length > 0) blocks.push({ kind: 'paragraph', text, lokasi: row.lokasi });
    }
    if (firstWide >= 0) blocks.push({ kind: 'table', rows: part.slice(firstWide), lokasi: part[firstWide]?.lokasi ?? sheetLabel });
    part = [];
  };
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells = Array.from({ length: width }, (_, c) => cellOf(sheet, r, c + 1, width));
    // A row is empty when nothing is written in it and no merged cell from above reaches into it.
    const reached = Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1)).some(
      (cell) => cell.isMerged && Number(cell.master.row) < r && textOf(cell.master).length > 0,
    );
    if (cells.every((cell) => cell.paragraphs.length === 0) && !reached) {
      flush();
      continue;
    }
    part.push({ cells, lokasi: `${sheetLabel} baris ${r}` });
  }
  flush();
  return blocks;
}

/** Reads an .xlsx; `file` is the name shown in messages. */
export async function readXlsx(file: string, buffer: Uint8Array): Promise<SourceDocument> {
  if (buffer.length === 0) throw new ImportError('berkas kosong; diharapkan buku kerja Excel .xlsx berisi tabel SOP');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(
      `berkas tidak dapat dibaca sebagai buku kerja Excel .xlsx (${(error as Error).message.split('\n')[0]}); diharapkan berkas .xlsx yang dapat dibuka di Excel. Berkas .xls lama: simpan ulang sebagai .xlsx`,
    );
  }
  const blocks = workbook.worksheets.flatMap((sheet) => blocksOf(sheet, `lembar "${sheet.name}"`));
  return { file, blocks };
}

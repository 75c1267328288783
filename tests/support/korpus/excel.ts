/** Excel workbooks of the corpus, built with ExcelJS: a title row merged across, merged header cells, lines in cells. */
import ExcelJS from 'exceljs';
import type { Case } from './cases.ts';
import { type GridCell, gridOf } from './grid.ts';

function cellValue(cell: GridCell): string {
  if (cell.nested) return cell.nested.map((row) => row.join(' ')).join('\n');
  return cell.lines.join('\n');
}

function writeRows(sheet: ExcelJS.Worksheet, rows: GridCell[][], firstRow: number) {
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.covered) return;
      const target = sheet.getCell(firstRow + r, c + 1);
      target.value = cellValue(cell);
      target.alignment = { wrapText: true, vertical: 'top' };
      if (cell.colSpan || cell.rowSpan) {
        sheet.mergeCells(firstRow + r, c + 1, firstRow + r + (cell.rowSpan ?? 1) - 1, c + (cell.colSpan ?? 1));
      }
    });
  });
}

/** The case as an .xlsx: an identity sheet (if any), then the flowchart sheet with its title merged across. */
export async function excelOf(item: Case): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lajur (korpus uji sop:import, sintetis)';
  if (item.identity) {
    const sheet = workbook.addWorksheet('Identitas');
    const { kop, rows, boxes } = item.identity;
    kop.forEach((line, i) => {
      sheet.getCell(i + 1, 1).value = line;
      sheet.mergeCells(i + 1, 1, i + 1, 2);
    });
    let r = kop.length + 2;
    for (const [label, value] of rows) {
      sheet.getCell(r, 1).value = label;
      // A date is typed as a date, as Excel users do.
      const date = /^(\d+) Januari (\d{4})$/.exec(value);
      sheet.getCell(r, 2).value = date ? new Date(Date.UTC(Number(date[2]), 0, Number(date[1]))) : value;
      r++;
    }
    r++;
    for (const [left, leftItems, right, rightItems] of boxes) {
      sheet.getCell(r, 1).value = left;
      sheet.getCell(r, 2).value = right;
      const list = (items: string[]) => (items.length > 1 ? items.map((entry, i) => `${i + 1}. ${entry}`) : items).join('\n');
      sheet.getCell(r + 1, 1).value = list(leftItems);
      sheet.getCell(r + 1, 2).value = list(rightItems);
      r += 2;
    }
  }
  const sheet = workbook.addWorksheet('Bagan Alir');
  const grid = gridOf(item);
  const width = grid.header[0]?.length ?? 1;
  sheet.getCell(1, 1).value = item.flow.title;
  sheet.mergeCells(1, 1, 1, width);
  writeRows(sheet, [...grid.header, ...grid.steps.flat()], 3);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

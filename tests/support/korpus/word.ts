/** Word documents of the corpus, built with the `docx` package the way offices build them (merges, numbering, breaks). */
import { Document, LevelFormat, Packer, PageBreak, PageOrientation, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Case } from './cases.ts';
import { type GridCell, gridOf } from './grid.ts';

const NOMOR = 'nomor-langkah';

function cellOf(cell: GridCell): TableCell {
  const children: Array<Paragraph | Table> = [];
  if (cell.autoNumber) children.push(new Paragraph({ numbering: { reference: NOMOR, level: 0 } }));
  if (cell.nested) {
    children.push(
      new Table({
        rows: cell.nested.map((row) => new TableRow({ children: row.map((value) => new TableCell({ children: [new Paragraph(value)] })) })),
      }),
    );
  }
  for (const line of cell.lines) children.push(new Paragraph(line));
  // Word wants a paragraph in every cell, and after a nested table.
  if (children.length === 0 || cell.nested) children.push(new Paragraph(''));
  return new TableCell({
    children,
    ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
  });
}

/** Word leaves out the cells a merge covers: the span says how far it reaches. */
function rowOf(cells: GridCell[], tableHeader = false): TableRow {
  return new TableRow({ tableHeader, cantSplit: true, children: cells.filter((cell) => !cell.covered).map(cellOf) });
}

function flowTables(item: Case): Table[] {
  const grid = gridOf(item);
  const header = grid.header.map((row) => rowOf(row, true));
  const steps = grid.steps.map((rows) => rows.map((row) => rowOf(row)));
  // Landscape A4 less margins is about 15,000 twips wide.
  const total = grid.widths.reduce((sum, w) => sum + w, 0);
  const columnWidths = grid.widths.map((w) => Math.round((w / total) * 15000));
  const width = { size: 15000, type: WidthType.DXA };
  const table = (rows: TableRow[]) => new Table({ width, columnWidths, rows });
  if (grid.continueAt === undefined) return [table([...header, ...steps.flat()])];
  const again = item.layout.continuationHeader ? grid.header.map((row) => rowOf(row, true)) : [];
  return [table([...header, ...steps.slice(0, grid.continueAt).flat()]), table([...again, ...steps.slice(grid.continueAt).flat()])];
}

function identityTable(item: Case): Table | undefined {
  const identity = item.identity;
  if (!identity) return undefined;
  const cell = (lines: string[], columnSpan?: number) =>
    new TableCell({
      children: lines.length > 0 ? lines.map((line) => new Paragraph(line)) : [new Paragraph('')],
      ...(columnSpan ? { columnSpan } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...identity.rows.map(([label, value]) => new TableRow({ children: [cell([label]), cell([value])] })),
      ...identity.boxes.flatMap(([left, leftItems, right, rightItems]) => [
        new TableRow({ children: [cell([left]), cell([right])] }),
        new TableRow({
          children: [
            cell(leftItems.length > 1 ? leftItems.map((entry, i) => `${i + 1}. ${entry}`) : leftItems),
            cell(rightItems.length > 1 ? rightItems.map((entry, i) => `${i + 1}. ${entry}`) : rightItems),
          ],
        }),
      ]),
    ],
  });
}

/** The case as a .docx: the identity page (if any), a page break, the title and the flowchart table(s). */
export async function wordOf(item: Case): Promise<Buffer> {
  const identity = identityTable(item);
  const tables = flowTables(item);
  const pageBreak = () => new Paragraph({ children: [new PageBreak()] });
  const children: Array<Paragraph | Table> = [
    ...(identity ? [...(item.identity?.kop ?? []).map((line) => new Paragraph(line)), identity, pageBreak()] : []),
    new Paragraph(item.flow.title),
    ...tables.flatMap((table, i) => (i === 0 ? [table] : [pageBreak(), table])),
  ];
  const document = new Document({
    creator: 'Lajur (korpus uji sop:import, sintetis)',
    numbering: { config: [{ reference: NOMOR, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    // The flowchart page of an SOP AP is landscape.
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}

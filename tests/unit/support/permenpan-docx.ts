/**
 * Builds, with the `docx` package, a Word document in the Permenpan RB 35/2012 layout from the seed's columns: the
 * flowchart page (title, then No | Aktivitas | one column per pelaksana | Mutu Baku over three columns | Ket, the
 * header cells merged as Word offices merge them), then the identity page (the letterhead in a merged cell left of
 * Nomor SOP ... Nama SOP, and the three pairs of boxes, their lists as real Word numbering or typed "1." paragraphs).
 * Synthetic as a file, real in content: the text is the seed's.
 */
import { Document, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx';
import { seedBoxes, seedHeader, seedIdentity, seedKop, seedSteps, seedTitle } from './seed.ts';

const NUMBERED = 'daftar-bernomor';

function cell(content: string | Paragraph[], options: { rowSpan?: number; columnSpan?: number } = {}) {
  const children = typeof content === 'string' ? [new Paragraph(content)] : content;
  return new TableCell({ children: children.length > 0 ? children : [new Paragraph('')], ...options });
}

/** A list as Word numbering (mammoth reads it as <ol><li>). */
function numbered(items: string[]): Paragraph[] {
  return items.map((text) => new Paragraph({ text, numbering: { reference: NUMBERED, level: 0 } }));
}

/** A list typed by hand: one paragraph per item, "1. ..." written in the text. */
function typed(items: string[]): Paragraph[] {
  return items.length > 1 ? items.map((text, i) => new Paragraph(`${i + 1}. ${text}`)) : items.map((text) => new Paragraph(text));
}

export interface PermenpanOptions {
  /** A mark typed in the pelaksana column of each step (index of the column), as some offices do. */
  marks?: number[];
  /** Steps to include (default: all). */
  steps?: string[][];
}

export async function permenpanDocx(options: PermenpanOptions = {}): Promise<Buffer> {
  const steps = options.steps ?? seedSteps;
  const actors = seedHeader.slice(2, 7);
  const flowchart = new Table({
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell('No', { rowSpan: 2 }),
          cell('Aktivitas', { rowSpan: 2 }),
          ...actors.map((actor) => cell(actor, { rowSpan: 2 })),
          cell('Mutu Baku', { columnSpan: 3 }),
          cell('Ket', { rowSpan: 2 }),
        ],
      }),
      new TableRow({ tableHeader: true, children: [cell('Persyaratan/ perlengkapan'), cell('Durasi'), cell('Output')] }),
      ...steps.map(
        (row, i) =>
          new TableRow({
            children: [
              cell(row[0] ?? ''),
              // Dashed activities become one paragraph each, as they would be in Word.
              cell((row[1] ?? '').split(/\s(?=-)/).map((text) => new Paragraph(text))),
              ...actors.map((_, column) => cell(options.marks?.[i] === column ? '√' : '')),
              cell(row[7] ?? ''),
              cell(row[8] ?? ''),
              cell(row[9] ?? ''),
              cell(row[10] ?? ''),
            ],
          }),
      ),
    ],
  });

  const labels = ['Nomor SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Berlaku', 'Disahkan', 'Nama SOP'];
  const [dasar, keterkaitan, peringatan] = seedBoxes();
  const identity = new Table({
    rows: [
      ...labels.map(
        (label, i) =>
          new TableRow({
            children: [
              ...(i === 0
                ? [
                    cell(
                      seedKop.map((line) => new Paragraph(line)),
                      { rowSpan: labels.length },
                    ),
                  ]
                : []),
              cell(label),
              cell(seedIdentity.get(label) ?? ''),
            ],
          }),
      ),
      new TableRow({ children: [cell(dasar?.labels[0] ?? ''), cell(dasar?.labels[1] ?? '', { columnSpan: 2 })] }),
      new TableRow({ children: [cell(numbered(dasar?.values[0] ?? [])), cell(typed(dasar?.values[1] ?? []), { columnSpan: 2 })] }),
      new TableRow({ children: [cell(keterkaitan?.labels[0] ?? ''), cell(keterkaitan?.labels[1] ?? '', { columnSpan: 2 })] }),
      new TableRow({
        children: [cell(numbered(keterkaitan?.values[0] ?? [])), cell(typed(keterkaitan?.values[1] ?? []), { columnSpan: 2 })],
      }),
      new TableRow({ children: [cell(peringatan?.labels[0] ?? ''), cell(peringatan?.labels[1] ?? '', { columnSpan: 2 })] }),
      new TableRow({ children: [cell(typed(peringatan?.values[0] ?? [])), cell(typed(peringatan?.values[1] ?? []), { columnSpan: 2 })] }),
    ],
  });

  const document = new Document({
    numbering: { config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [{ children: [new Paragraph(seedTitle), flowchart, new Paragraph({ children: [new PageBreak()] }), identity] }],
  });
  return Packer.toBuffer(document);
}

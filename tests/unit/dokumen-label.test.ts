/**
 * Decision labels in free space (issue 15): no label's box over another label, a flow line or a symbol, at the row
 * heights the table is printed at. The cases are synthetic flows shaped like the pages of the 1,000-SOP bench
 * that failed the browser's geometric check (bench/results/dokumen-geometri-1000.json): a decision in the last
 * lane whose second outcome loops back up, beside a decision whose first outcome leaves the same way.
 */
import { describe, expect, it } from 'vitest';
import type { AlurStep, FlowPage } from '../../src/dokumen/lembar-alur/index.ts';
import { labelBox } from '../../src/dokumen/lembar-alur/labels.ts';
import { yPx, type Point } from '../../src/dokumen/geometry.ts';
import { ROW } from '../../src/dokumen/layout.ts';
import { dokumenAlur } from '../../src/dokumen/dokumen.ts';
import type { SopView } from '../../src/domain/catalog.ts';

type Box = { left: number; right: number; top: number; bottom: number };
const hit = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const grow = (box: Box, by: number) => ({ left: box.left - by, right: box.right + by, top: box.top - by, bottom: box.bottom + by });

/** What each label covers on a page at the given row heights, as the browser check counts it (0.5 px apart). */
function coveredByLabels(page: FlowPage, heights: readonly number[]): string[] {
  const found: string[] = [];
  const labels = page.arrows.flatMap((arrow) => (arrow.label ? [{ arrow, box: labelBox(arrow.label, heights) }] : []));
  labels.forEach(({ arrow, box }, i) => {
    const name = `label "${arrow.label?.text}" (${arrow.edge.from} → ${arrow.edge.to})`;
    for (const [j, other] of labels.entries())
      if (j > i && hit(box, other.box)) found.push(`${name} menimpa label ${other.arrow.edge.from} → ${other.arrow.edge.to}`);
    for (const line of page.arrows) {
      line.points.slice(1).forEach((end, k) => {
        const a = line.points[k] as Point;
        const [ya, yb] = [yPx(a.y, heights), yPx(end.y, heights)];
        const segment = { left: Math.min(a.x, end.x), right: Math.max(a.x, end.x), top: Math.min(ya, yb), bottom: Math.max(ya, yb) };
        if (hit(grow(box, 0.5), grow(segment, 0.01))) found.push(`${name} dilewati garis ${line.edge.from} → ${line.edge.to}`);
      });
    }
    for (const symbol of page.symbols) {
      const cy = yPx({ row: symbol.row, at: 0.5, dy: 0 }, heights);
      const outline = {
        left: symbol.cx - symbol.w / 2,
        right: symbol.cx + symbol.w / 2,
        top: cy - symbol.h / 2,
        bottom: cy + symbol.h / 2,
      };
      if (hit(box, outline)) found.push(`${name} di atas ${symbol.id}`);
    }
  });
  return found;
}

/** A synthetic SOP: `jenis`, lane index and outcomes of each step, numbered from 1; one short line of text each. */
function sopOf(lanes: readonly string[], plan: [AlurStep['jenis'], number, [string, number][]?][]): Pick<SopView, 'data'> {
  const langkah = plan.map(([jenis, lane, pilihan], i) => ({
    no: i + 1,
    jenis,
    pelaksana: lanes[lane] as string,
    aktivitas: [`Langkah uji ${i + 1}`],
    mutuBaku: { kelengkapan: ['Berkas uji'], durasi: { teks: '1 jam' }, output: ['Hasil uji'] },
    ...(pilihan ? { pilihan: pilihan.map(([label, lanjutKe]) => ({ label, lanjutKe })) } : {}),
  }));
  return { data: { langkah, pelaksana: lanes } } as unknown as Pick<SopView, 'data'>;
}

describe('decision labels', () => {
  // Four lanes of 101 px, as on prosedur-sintetis-0022's fourth page: decisions in the last lane whose first
  // outcome leaves left and whose second loops back up, where "Perlu perbaikan" was printed over "Sesuai".
  const lanes = ['Pelaksana Uji A', 'Pelaksana Uji B', 'Pelaksana Uji C', 'Pelaksana Uji D'];
  const sop = sopOf(lanes, [
    ['mulai', 2],
    ['proses', 2],
    [
      'keputusan',
      3,
      [
        ['Sesuai', 4],
        ['Perlu perbaikan', 2],
      ],
    ],
    [
      'keputusan',
      3,
      [
        ['Sesuai', 5],
        ['Perlu perbaikan', 1],
      ],
    ],
    [
      'keputusan',
      2,
      [
        ['Sesuai', 6],
        ['Perlu perbaikan', 2],
      ],
    ],
    ['selesai', 2],
  ]);

  it('of decisions in the last lane that loop back keep clear of each other, of lines and of symbols', () => {
    const alur = dokumenAlur(sop, 8);
    if (!alur) throw new Error('tanpa langkah');
    const lega: ReadonlySet<number> = alur.lega ?? new Set();
    const found: string[] = [];
    let labels = 0;
    for (const page of alur.flowchart.pages) {
      labels += page.arrows.filter((arrow) => arrow.label).length;
      // Unmeasured, rows are at least their smallest height and may be taller: both must be clear.
      for (const factor of [1, 3]) {
        const heights = page.rows.map((row) =>
          row.kind === 'penghubung' ? ROW.penghubung : (lega.has(row.langkah) ? ROW.lega : ROW.langkah) * factor,
        );
        found.push(...coveredByLabels(page, heights).map((line) => `halaman ${page.nomor}, baris x${factor}: ${line}`));
      }
    }
    expect(labels).toBe(6);
    expect(found).toEqual([]);
  });
});

/**
 * The geometry of the official document's flowchart table: symbols in their pelaksana's column, every arrow from
 * a symbol to a symbol, around the symbols in between, and off-page connectors in matching pairs. Checked on the
 * seed cascading SOP and on the synthetic 25-step SOP of the fixture site.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { checkContent } from '../../src/content-check/check.ts';
import type { SopView } from '../../src/domain/catalog.ts';
import { flowEdges } from '../../src/domain/step-graph.ts';
import { dokumenAlur, type DokumenAlur } from '../../src/dokumen/dokumen.ts';
import { boxOf, connectorLetter, layoutFlowchart, portOf, type FlowPage, type FlowSymbol } from '../../src/dokumen/lembar-alur/index.ts';
import { contact, samePoint, segmentsOf, yKey, yPx, type Point } from '../../src/dokumen/geometry.ts';
import { ROW, tableLayout } from '../../src/dokumen/layout.ts';
import { estimateRowHeight, paginate } from '../../src/dokumen/paginate.ts';
import { rowPieces, verticalLines, type InRow } from '../../src/dokumen/pieces.ts';

const site = await mkdtemp(path.join(tmpdir(), 'lajur-dokumen-'));
afterAll(() => rm(site, { recursive: true, force: true }));
await cp('content', site, { recursive: true });
await cp('tests/fixtures/site-extra', site, { recursive: true });
const { catalog, issues } = await checkContent(site, site);

function sop(id: string): SopView {
  const found = catalog.sopById.get(id);
  if (!found) throw new Error(`${id} tidak ada; masalah konten: ${JSON.stringify(issues)}`);
  return found;
}

/** Laid out with the given rows a page; `onePage` lifts the page height limit, as if the paper were endless. */
function laidOut(id: string, rowsPerPage: number, onePage = false): DokumenAlur {
  const result = dokumenAlur(sop(id), rowsPerPage, onePage ? { bodyHeight: Number.POSITIVE_INFINITY } : {});
  if (!result) throw new Error(`${id} tidak punya langkah`);
  return result;
}

const stepsOf = (page: FlowPage) => page.rows.flatMap((row) => (row.kind === 'langkah' ? [row.langkah] : []));
/** Connectors in reading order: page by page, top to bottom, left to right. */
const connectorsOf = (pages: readonly FlowPage[]) =>
  pages.flatMap((page) =>
    page.symbols
      .filter((symbol) => symbol.penghubung)
      .sort((a, b) => a.row - b.row || a.cx - b.cx)
      .map((symbol) => ({ page: page.nomor, symbol })),
  );

/** Row heights to try: the smallest the layout allows, and uneven taller ones as long text makes them. */
function heightSets(page: FlowPage): number[][] {
  const smallest = page.rows.map((row) => (row.kind === 'langkah' ? ROW.langkah : ROW.penghubung));
  const uneven = page.rows.map((row, i) => (row.kind === 'langkah' ? ROW.langkah + ((i * 37) % 140) : ROW.penghubung));
  return [smallest, uneven];
}

/** Checks that hold for every laid-out page; returns what is wrong, so a failure says where. */
function geometryProblems(
  alur: Pick<DokumenAlur, 'layout' | 'flowchart'>,
  pelaksana: readonly string[],
  steps: NonNullable<SopView['data']['langkah']>,
): string[] {
  const problems: string[] = [];
  const width = alur.layout.pelaksana;
  const stepByNo = new Map(steps.map((step) => [step.no, step]));
  for (const page of alur.flowchart.pages) {
    const byId = new Map(page.symbols.map((symbol) => [symbol.id, symbol]));
    for (const symbol of page.symbols) {
      if (symbol.cx - symbol.w / 2 < symbol.col * width || symbol.cx + symbol.w / 2 > (symbol.col + 1) * width) {
        problems.push(`${symbol.id} keluar dari kolomnya`);
      }
      if (symbol.langkah !== undefined) {
        const expected = pelaksana.indexOf(stepByNo.get(symbol.langkah)?.pelaksana ?? '');
        if (symbol.col !== expected) problems.push(`${symbol.id} di kolom ${symbol.col}, diharapkan ${expected}`);
      }
    }
    for (const arrow of page.arrows) {
      const name = `halaman ${page.nomor}: ${arrow.from} → ${arrow.to}`;
      const from = byId.get(arrow.from);
      const to = byId.get(arrow.to);
      if (!from || !to) {
        problems.push(`${name}: ujung bukan simbol di halaman ini`);
        continue;
      }
      const first = arrow.points[0] as Point;
      const last = arrow.points[arrow.points.length - 1] as Point;
      if (!(['top', 'bottom', 'left', 'right'] as const).some((side) => samePoint(first, portOf(from, side)))) {
        problems.push(`${name}: tidak berawal pada simbol`);
      }
      const entry = to.penghubung?.arah === 'naik' ? 'bottom' : 'top';
      if (!samePoint(last, portOf(to, entry))) problems.push(`${name}: tidak berakhir pada simbol`);
      // At real pixel heights: no line through a symbol other than where it starts and ends.
      for (const heights of heightSets(page)) {
        const px = (point: Point) => ({ x: point.x, y: yPx(point.y, heights) });
        arrow.points.slice(1).forEach((end, i) => {
          const a = px(arrow.points[i] as Point);
          const b = px(end);
          if (a.x !== b.x && a.y !== b.y) problems.push(`${name}: garis miring`);
          for (const symbol of page.symbols) {
            const isStart = symbol.id === from.id && i === 0;
            const isEnd = symbol.id === to.id && i === arrow.points.length - 2;
            if (isStart || isEnd) continue;
            const cy = yPx({ row: symbol.row, at: 0.5, dy: 0 }, heights);
            const inside =
              Math.max(a.x, b.x) >= symbol.cx - symbol.w / 2 &&
              Math.min(a.x, b.x) <= symbol.cx + symbol.w / 2 &&
              Math.max(a.y, b.y) >= cy - symbol.h / 2 &&
              Math.min(a.y, b.y) <= cy + symbol.h / 2;
            if (inside) problems.push(`${name}: melewati ${symbol.id} (tinggi baris ${heights.join(',')})`);
          }
        });
      }
      // Two arrows to different symbols never share a line or a junction.
      for (const other of page.arrows) {
        if (other === arrow || other.to === arrow.to) continue;
        for (const a of segmentsOf(arrow.points)) {
          for (const b of segmentsOf(other.points)) {
            if (contact(a, b) === 'touch') problems.push(`${name}: menempel pada ${other.from} → ${other.to}`);
          }
        }
      }
    }
  }
  return problems;
}

/** Every flow edge drawn: on its page, or as an arrow into a connector and one out of its twin. */
function missingEdges(alur: DokumenAlur, steps: NonNullable<SopView['data']['langkah']>): string[] {
  const pages = alur.flowchart.pages;
  const twinOf = (symbol: FlowSymbol, peran: 'keluar' | 'masuk') =>
    connectorsOf(pages).find(
      (other) => other.symbol.penghubung?.huruf === symbol.penghubung?.huruf && other.symbol.penghubung?.peran === peran,
    );
  return flowEdges(steps).flatMap((edge) => {
    const fromId = `langkah-${edge.from}`;
    const toId = `langkah-${edge.to}`;
    for (const page of pages) {
      for (const arrow of page.arrows.filter((item) => item.from === fromId)) {
        if (arrow.to === toId) return [];
        const connector = page.symbols.find((symbol) => symbol.id === arrow.to);
        if (connector?.penghubung?.langkah !== edge.to) continue;
        const twin = twinOf(connector, 'masuk');
        const twinPage = pages.find((item) => item.nomor === twin?.page);
        if (twinPage?.arrows.some((item) => item.from === twin?.symbol.id && item.to === toId)) return [];
      }
    }
    return [`${edge.from} → ${edge.to}`];
  });
}

describe('the cascading SOP', () => {
  const cascading = sop('penyusunan-cascading');
  const steps = cascading.data.langkah ?? [];
  const pelaksana = cascading.data.pelaksana ?? [];

  it('fits on one page when rows allow, with every arrow from symbol to symbol and no connector', () => {
    const alur = laidOut('penyusunan-cascading', 20, true);
    expect(alur.flowchart.pages).toHaveLength(1);
    expect(alur.flowchart.problems).toEqual([]);
    expect(connectorsOf(alur.flowchart.pages)).toEqual([]);
    expect(geometryProblems(alur, pelaksana, steps)).toEqual([]);
    expect(missingEdges(alur, steps)).toEqual([]);
  });

  it('puts each symbol in its pelaksana column, with the five standard shapes only', () => {
    const alur = laidOut('penyusunan-cascading', 20, true);
    const symbols = alur.flowchart.pages.flatMap((page) => page.symbols);
    const columnOf = Object.fromEntries(symbols.map((symbol) => [symbol.langkah, pelaksana[symbol.col]]));
    expect(columnOf).toEqual({
      1: 'Kepala Dinas',
      2: 'Tim Perencanaan',
      3: 'Tim Perencanaan',
      4: 'Tim Urusan / Sekretariat',
      5: 'Tim Perencanaan',
      6: 'Sekretaris',
      7: 'Biro Organisasi',
      8: 'Tim Perencanaan',
      9: 'Sekretaris',
      10: 'Kepala Dinas',
      11: 'Tim Perencanaan',
    });
    const kinds = Object.fromEntries(symbols.map((symbol) => [symbol.langkah, symbol.kind]));
    expect(kinds[1]).toBe('terminator');
    expect(kinds[7]).toBe('keputusan');
    expect(kinds[11]).toBe('terminator');
    expect(new Set(Object.values(kinds))).toEqual(new Set(['terminator', 'proses', 'keputusan']));
  });

  it('labels both outcomes of the decision at step 7', () => {
    const arrows = laidOut('penyusunan-cascading', 20, true).flowchart.pages.flatMap((page) => page.arrows);
    const fromDecision = arrows.filter((arrow) => arrow.from === 'langkah-7');
    expect(fromDecision.map((arrow) => [arrow.to, arrow.label?.text])).toEqual(
      expect.arrayContaining([
        ['langkah-9', 'Sesuai'],
        ['langkah-8', 'Perlu penyesuaian'],
      ]),
    );
    // The jump over step 8 runs around it: it never enters step 8's column in step 8's row.
    expect(fromDecision.find((arrow) => arrow.to === 'langkah-9')?.points.length).toBeGreaterThan(2);
  });

  it('splits over two pages at 8 rows a page, joined by connector A', () => {
    const alur = laidOut('penyusunan-cascading', 8);
    expect(alur.flowchart.pages.map(stepsOf)).toEqual([
      [1, 2, 3, 4, 5, 6],
      [7, 8, 9, 10, 11],
    ]);
    const connectors = connectorsOf(alur.flowchart.pages).map(({ page, symbol }) => ({
      page,
      row: alur.flowchart.pages[page - 1]?.rows[symbol.row],
      ...symbol.penghubung,
    }));
    expect(connectors).toEqual([
      { page: 1, row: { kind: 'penghubung', side: 'bottom' }, huruf: 'A', peran: 'keluar', arah: 'turun', langkah: 7, halamanPasangan: 2 },
      { page: 2, row: { kind: 'penghubung', side: 'top' }, huruf: 'A', peran: 'masuk', arah: 'turun', langkah: 7, halamanPasangan: 1 },
    ]);
    expect(alur.flowchart.problems).toEqual([]);
    expect(geometryProblems(alur, pelaksana, steps)).toEqual([]);
    expect(missingEdges(alur, steps)).toEqual([]);
  });
});

describe('the synthetic 25-step SOP', () => {
  const uji = sop('prosedur-uji-pagination');
  const steps = uji.data.langkah ?? [];
  const pelaksana = uji.data.pelaksana ?? [];

  it('paginates as configured: 8 rows a page gives 4 pages spread evenly', () => {
    const alur = laidOut('prosedur-uji-pagination', 8);
    expect(alur.flowchart.pages.map((page) => stepsOf(page).length)).toEqual([7, 6, 6, 6]);
    expect(alur.flowchart.pages.flatMap(stepsOf)).toEqual(steps.map((step) => step.no));
    expect(laidOut('prosedur-uji-pagination', 5).flowchart.pages.map((page) => stepsOf(page).length)).toEqual([5, 5, 5, 5, 5]);
    expect(laidOut('prosedur-uji-pagination', 25, true).flowchart.pages).toHaveLength(1);
    // On real paper 25 rows do not fit one page: the page height wins over the configured number.
    expect(laidOut('prosedur-uji-pagination', 25).flowchart.pages.length).toBeGreaterThan(1);
  });

  for (const rows of [5, 8, 12]) {
    it(`at ${rows} rows a page: connectors in matching pairs, lettered in order of appearance`, () => {
      const alur = laidOut('prosedur-uji-pagination', rows);
      const { pages } = alur.flowchart;
      const connectors = connectorsOf(pages);
      expect(connectors.length).toBeGreaterThan(0);
      const byLetter = Map.groupBy(connectors, (item) => item.symbol.penghubung?.huruf ?? '');
      for (const [letter, pair] of byLetter) {
        expect(pair.map((item) => item.symbol.penghubung?.peran).sort(), letter).toEqual(['keluar', 'masuk']);
        const keluar = pair.find((item) => item.symbol.penghubung?.peran === 'keluar');
        const masuk = pair.find((item) => item.symbol.penghubung?.peran === 'masuk');
        if (!keluar?.symbol.penghubung || !masuk?.symbol.penghubung) throw new Error(letter);
        expect(keluar.symbol.penghubung.halamanPasangan, letter).toBe(masuk.page);
        expect(masuk.symbol.penghubung.halamanPasangan, letter).toBe(keluar.page);
        expect(keluar.symbol.penghubung.langkah).toBe(masuk.symbol.penghubung.langkah);
        // Down the document: leave at the page bottom, arrive at the top of a later page; back up: the reverse.
        const rowOf = (item: typeof keluar) => pages[item.page - 1]?.rows[item.symbol.row];
        const down = keluar.symbol.penghubung.arah === 'turun';
        expect(masuk.page > keluar.page, letter).toBe(down);
        expect(rowOf(keluar), letter).toEqual({ kind: 'penghubung', side: down ? 'bottom' : 'top' });
        expect(rowOf(masuk), letter).toEqual({ kind: 'penghubung', side: down ? 'top' : 'bottom' });
      }
      const letters = [...byLetter.keys()];
      expect(letters).toEqual(letters.map((_, i) => connectorLetter(i)));
      expect(alur.flowchart.problems).toEqual([]);
      expect(geometryProblems(alur, pelaksana, steps)).toEqual([]);
      expect(missingEdges(alur, steps)).toEqual([]);
    });
  }

  it('draws the loop from step 9 back to step 6 across the page break with one letter on both pages', () => {
    const { pages } = laidOut('prosedur-uji-pagination', 8).flowchart;
    const leaving = pages[1]?.arrows.find((arrow) => arrow.from === 'langkah-9' && arrow.edge.to === 6);
    const connector = pages[1]?.symbols.find((symbol) => symbol.id === leaving?.to);
    expect(leaving?.label?.text).toBe('Perlu perbaikan');
    expect(connector?.penghubung).toMatchObject({ peran: 'keluar', arah: 'naik', langkah: 6, halamanPasangan: 1 });
    const twin = pages[0]?.symbols.find(
      (symbol) => symbol.penghubung?.huruf === connector?.penghubung?.huruf && symbol.penghubung?.peran === 'masuk',
    );
    expect(pages[0]?.arrows.some((arrow) => arrow.from === twin?.id && arrow.to === 'langkah-6')).toBe(true);
  });
});

describe('thirty generated SOPs', () => {
  // bench/generate.ts: deterministic synthetic SOPs of 5-30 steps, 2-8 pelaksana, decisions that skip ahead or
  // loop back. Few pelaksana with many jumps at one page break, and loops over page breaks, are the hard cases.
  // Generating, checking and laying out 30 SOPs takes about 5 s on a busy 2-core machine: more than the default limit.
  it('lay out at 3 and 8 rows a page with every edge drawn and every geometry rule kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lajur-dokumen-bench-'));
    try {
      await generate({ sops: 30, seed: 2026, out: dir });
      const generated = await checkContent(dir, dir);
      expect(generated.issues.filter((issue) => issue.level === 'error')).toEqual([]);
      const failures: string[] = [];
      for (const rows of [3, 8]) {
        for (const view of generated.catalog.sops) {
          const alur = dokumenAlur(view, rows);
          const steps = view.data.langkah ?? [];
          if (!alur) continue;
          const found = [
            ...alur.flowchart.problems,
            ...geometryProblems(alur, view.data.pelaksana ?? [], steps),
            ...missingEdges(alur, steps),
          ];
          failures.push(...found.map((problem) => `${view.id} (${rows} baris): ${problem}`));
        }
      }
      expect(failures).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a flow in one column', () => {
  // Synthetic: every step by the same pelaksana, so the shortest lines would run straight through the steps between.
  const steps = [
    { no: 1, jenis: 'mulai', pelaksana: 'Petugas Uji', aktivitas: ['Mulai uji'] },
    {
      no: 2,
      jenis: 'keputusan',
      pelaksana: 'Petugas Uji',
      aktivitas: ['Memeriksa uji'],
      pilihan: [
        { label: 'Ya', lanjutKe: 4 },
        { label: 'Tidak', lanjutKe: 3 },
      ],
    },
    { no: 3, jenis: 'proses', pelaksana: 'Petugas Uji', aktivitas: ['Memperbaiki uji'], lanjutKe: 1 },
    { no: 4, jenis: 'selesai', pelaksana: 'Petugas Uji', aktivitas: ['Selesai uji'] },
  ] as const;

  it('runs the jump over step 3 and the loop back to step 1 around the symbols, along the column edge', () => {
    const layout = tableLayout(1);
    const alur = { layout, flowchart: layoutFlowchart({ steps, pelaksana: ['Petugas Uji'], layout, pages: [[0, 1, 2, 3]] }) };
    const langkah = steps.map((step) => ({ ...step, aktivitas: [...step.aktivitas] })) as unknown as NonNullable<
      SopView['data']['langkah']
    >;
    expect(alur.flowchart.problems).toEqual([]);
    expect(geometryProblems(alur, ['Petugas Uji'], langkah)).toEqual([]);
    const centre = layout.pelaksana / 2;
    const around = alur.flowchart.pages[0]?.arrows.filter((arrow) => ['2>4', '3>1'].includes(`${arrow.edge.from}>${arrow.edge.to}`));
    expect(around).toHaveLength(2);
    for (const arrow of around ?? []) expect(arrow.points.some((point) => point.x !== centre)).toBe(true);
  });
});

describe('pagination', () => {
  it('spreads rows evenly and never over the configured number', () => {
    expect(paginate(Array(25).fill(60), { maxRows: 8 }).map((page) => page.length)).toEqual([7, 6, 6, 6]);
    expect(paginate(Array(8).fill(60), { maxRows: 8 }).map((page) => page.length)).toEqual([8]);
    expect(paginate(Array(9).fill(60), { maxRows: 8 }).map((page) => page.length)).toEqual([5, 4]);
  });

  it('breaks earlier when tall rows would not fit the page, and gives an oversized row a page of its own', () => {
    expect(paginate([200, 200, 200, 60, 60], { maxRows: 8, bodyHeight: 450 }).map((page) => page.length)).toEqual([2, 3]);
    expect(paginate([60, 900, 60], { maxRows: 8, bodyHeight: 450 })).toEqual([[0], [1], [2]]);
  });

  it('estimates long text as taller rows', () => {
    const layout = laidOut('penyusunan-cascading', 8).layout;
    const short = estimateRowHeight({ aktivitas: ['Mengisi'], kelengkapan: null, waktu: null, output: null, keterangan: null }, layout);
    const long = estimateRowHeight(
      { aktivitas: ['Mengisi '.repeat(40)], kelengkapan: ['a', 'b', 'c'], waktu: '1 jam', output: null, keterangan: null },
      layout,
    );
    expect(short).toBe(ROW.langkah);
    expect(long).toBeGreaterThan(short * 2);
  });
});

describe('row pieces', () => {
  /** A piece's y (px from the row top) in a row `height` px tall: "12" is px from the anchor, "-50%" a share of the row. */
  const px = (at: number, length: string, height: number) =>
    at * height + (length.endsWith('%') ? (Number(length.slice(0, -1)) / 100) * height : Number(length));

  /** Whether vertical line pieces at x cover [from, to] (px) in a row of the given height. */
  function covered(pieces: ReturnType<typeof rowPieces>, x: number, from: number, to: number, height: number): boolean {
    const spans = pieces
      .flatMap((piece) => (piece.kind === 'garis' && piece.x1 === x && piece.x2 === x ? [piece] : []))
      .map((piece) => [px(piece.at, piece.y1, height), px(piece.at, piece.y2, height)].sort((a, b) => a - b) as [number, number])
      .sort((a, b) => a[0] - b[0]);
    let reached = from;
    for (const [start, stop] of spans) if (start <= reached + 0.01 && stop > reached) reached = stop;
    return reached >= to - 0.01;
  }

  it('draw every vertical line in each row it crosses, joined across the row edges, at any row height', () => {
    const { pages } = laidOut('prosedur-uji-pagination', 8).flowchart;
    for (const page of pages) {
      for (const height of [60, 143]) {
        const perRow = page.rows.map((_, row) => rowPieces(page, row));
        for (const arrow of page.arrows) {
          arrow.points.slice(1).forEach((end, i) => {
            const start = arrow.points[i] as Point;
            if (start.x !== end.x) return;
            const [top, bottom] = yKey(start.y) <= yKey(end.y) ? [start, end] : [end, start];
            for (let row = top.y.row; row <= bottom.y.row; row++) {
              // Within the row: from the segment's top (or the row's top edge) to its bottom (or the row's bottom edge).
              const from = row === top.y.row ? top.y.at * height + top.y.dy : 0;
              const to = row === bottom.y.row ? bottom.y.at * height + bottom.y.dy : height;
              const where = `halaman ${page.nomor}, ${arrow.from} → ${arrow.to}, baris ${row}, tinggi ${height}`;
              expect(covered(perRow[row] ?? [], start.x, from, to, height), where).toBe(true);
              if (row > top.y.row) expect(covered(perRow[row] ?? [], start.x, -1, 0, height), `${where}: tepi atas`).toBe(true);
              if (row < bottom.y.row)
                expect(covered(perRow[row] ?? [], start.x, height, height + 1, height), `${where}: tepi bawah`).toBe(true);
            }
          });
        }
      }
      const heads = page.rows.flatMap((_, row) => rowPieces(page, row)).filter((piece) => piece.kind === 'kepala');
      expect(heads).toHaveLength(page.arrows.length);
    }
  });

  it('draw a line between any two positions of a row exactly, at any row height, with SVG attributes alone', () => {
    const cases: Array<[InRow, InRow]> = [
      [
        { at: 0, dy: 8 },
        { at: 1, dy: -8 },
      ],
      [
        { at: 0, dy: -1 },
        { at: 1, dy: 1 },
      ],
      [
        { at: 0.5, dy: 0 },
        { at: 1, dy: -4 },
      ],
      [
        { at: 0, dy: 12 },
        { at: 0.5, dy: 0 },
      ],
      [
        { at: 1, dy: -8 },
        { at: 1, dy: 1 },
      ],
    ];
    for (const [from, to] of cases) {
      const lines = verticalLines(10, from, to);
      for (const height of [60, 200]) {
        const where = JSON.stringify([from, to, height]);
        const ends = lines.flatMap((line) => [px(line.at, line.y1, height), px(line.at, line.y2, height)]);
        expect(covered(lines, 10, from.at * height + from.dy, to.at * height + to.dy, height), where).toBe(true);
        expect([Math.min(...ends), Math.max(...ends)], where).toEqual([from.at * height + from.dy, to.at * height + to.dy]);
      }
    }
    // A px offset from the top and one from the middle cannot be one line, and the middle is not between them.
    expect(() => verticalLines(10, { at: 0, dy: 8 }, { at: 0.5, dy: -12 })).toThrow();
  });
});

describe('connector letters', () => {
  it('run A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(connectorLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('symbol boxes and ports', () => {
  it('put ports on the outline', () => {
    const symbol: FlowSymbol = { id: 's', kind: 'proses', row: 2, col: 0, cx: 40, w: 56, h: 24 };
    const box = boxOf(symbol);
    expect(portOf(symbol, 'left').x).toBe(box.left);
    expect(portOf(symbol, 'right').x).toBe(box.right);
  });
});

it('the content used here is valid', () => {
  expect(issues.filter((issue) => issue.level === 'error')).toEqual([]);
});

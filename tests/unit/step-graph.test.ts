import { describe, expect, it } from 'vitest';
import { flowTotals } from '../../src/domain/flow-totals.ts';
import { checkFlow, flowEdges, mainPath, type FlowStep } from '../../src/domain/step-graph.ts';

/** The cascading SOP's flow from content/sop/penyusunan-cascading.mdx: step 7 decides whether step 8 runs. */
const cascading: FlowStep[] = [
  { no: 1, jenis: 'mulai', menit: 30 },
  { no: 2, jenis: 'proses', menit: 180 },
  { no: 3, jenis: 'proses', menit: 120 },
  { no: 4, jenis: 'proses', menit: 900 },
  { no: 5, jenis: 'proses', menit: 30 },
  { no: 6, jenis: 'proses', menit: 180 },
  {
    no: 7,
    jenis: 'keputusan',
    menit: 180,
    pilihan: [
      { label: 'Sesuai', lanjutKe: 9 },
      { label: 'Perlu penyesuaian', lanjutKe: 8 },
    ],
  },
  { no: 8, jenis: 'proses', menit: 120, lanjutKe: 9 },
  { no: 9, jenis: 'proses', menit: 30 },
  { no: 10, jenis: 'proses', menit: 30 },
  { no: 11, jenis: 'selesai', menit: 120 },
];

describe('a sound flow', () => {
  it('has no problems', () => {
    expect(checkFlow(cascading)).toEqual([]);
  });

  it('follows the first outcome of each decision on the main path', () => {
    expect(mainPath(cascading)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11]);
  });

  it('totals along the main path, never across both branches', () => {
    const totals = flowTotals(cascading);
    expect(totals.utama.menit).toBe(1800);
    expect(totals.utama.lengkap).toBe(true);
    expect(totals.terpendek.menit).toBe(1800);
    expect(totals.terpanjang.menit).toBe(1920);
  });

  it('labels decision edges and marks the main path', () => {
    const edges = flowEdges(cascading);
    expect(edges.filter((edge) => edge.from === 7)).toEqual([
      { from: 7, to: 9, label: 'Sesuai', utama: true },
      { from: 7, to: 8, label: 'Perlu penyesuaian', utama: false },
    ]);
    expect(edges.find((edge) => edge.from === 8)).toEqual({ from: 8, to: 9, utama: false });
    expect(edges).toHaveLength(11);
  });

  it('marks a total incomplete when a step on the way has no duration', () => {
    const steps = cascading.map((step) => (step.no === 4 ? { ...step, menit: null } : step));
    expect(flowTotals(steps).utama).toMatchObject({ menit: 900, lengkap: false });
  });

  it('does not repeat a loop in the longest way', () => {
    const looping: FlowStep[] = [
      { no: 1, jenis: 'mulai', menit: 10 },
      {
        no: 2,
        jenis: 'keputusan',
        menit: 5,
        pilihan: [
          { label: 'Ya', lanjutKe: 4 },
          { label: 'Tidak', lanjutKe: 3 },
        ],
      },
      { no: 3, jenis: 'proses', menit: 20, lanjutKe: 2 },
      { no: 4, jenis: 'selesai', menit: 1 },
    ];
    expect(checkFlow(looping)).toEqual([]);
    const totals = flowTotals(looping);
    expect(totals.utama.menit).toBe(16);
    // 1 -> 2 -> 4 only: going through 3 returns to 2, which a simple path cannot visit twice.
    expect(totals.terpanjang.menit).toBe(16);
  });
});

describe('problems', () => {
  const messages = (steps: FlowStep[]) => checkFlow(steps).map((problem) => `${problem.path.join('.')}: ${problem.pesan}`);

  it('reports a main path that loops forever', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai' },
      {
        no: 2,
        jenis: 'keputusan',
        pilihan: [
          { label: 'Ulang', lanjutKe: 1 },
          { label: 'Selesai', lanjutKe: 3 },
        ],
      },
      { no: 3, jenis: 'selesai' },
    ];
    expect(messages(steps)).toEqual([expect.stringMatching(/^1\.pilihan: jalur utama .* berputar/)]);
  });

  it('reports two starts at the second one', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai' },
      { no: 2, jenis: 'mulai' },
      { no: 3, jenis: 'selesai' },
    ];
    expect(messages(steps)).toContainEqual(expect.stringMatching(/^1\.jenis: ada 2 langkah "mulai"/));
  });

  it('reports a process step at the end of the list', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai', lanjutKe: 3 },
      { no: 3, jenis: 'selesai' },
      { no: 4, jenis: 'proses' },
    ];
    expect(messages(steps)).toContainEqual(expect.stringMatching(/^2: langkah 4 adalah langkah terakhir/));
  });

  it('reports steps written out of order', () => {
    const steps: FlowStep[] = [
      { no: 2, jenis: 'mulai' },
      { no: 1, jenis: 'selesai' },
    ];
    expect(messages(steps)).toEqual([expect.stringMatching(/^1\.no: ditemukan nomor 1 setelah nomor 2/)]);
  });

  it('reports two outcomes with the same label', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai' },
      {
        no: 2,
        jenis: 'keputusan',
        pilihan: [
          { label: 'Ya', lanjutKe: 3 },
          { label: 'ya', lanjutKe: 3 },
        ],
      },
      { no: 3, jenis: 'selesai' },
    ];
    expect(messages(steps)).toEqual([expect.stringMatching(/^1\.pilihan\.1\.label: kedua pilihan langkah 2 berlabel "Ya"/)]);
  });

  it('reports pilihan on a step that is not a decision, and lanjutKe on an end', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai', pilihan: [{ label: 'Ya', lanjutKe: 2 }] },
      { no: 2, jenis: 'selesai', lanjutKe: 1 },
    ];
    expect(messages(steps)).toEqual([
      expect.stringMatching(/^0\.pilihan: langkah 1 berjenis "mulai" tetapi memiliki pilihan/),
      expect.stringMatching(/^1\.lanjutKe: langkah selesai 2 memiliki lanjutKe 1/),
    ]);
  });
});

describe('totals over many decisions', () => {
  /** 40 decisions in a chain, each a cheap skip (first outcome) or an expensive detour: 2^40 ways to the end. */
  function chained(decisions: number): FlowStep[] {
    const steps: FlowStep[] = [{ no: 1, jenis: 'mulai', menit: 1 }];
    for (let d = 0; d < decisions; d++) {
      const at = 2 + d * 2;
      steps.push(
        {
          no: at,
          jenis: 'keputusan',
          menit: 1,
          pilihan: [
            { label: 'Ya', lanjutKe: at + 2 },
            { label: 'Tidak', lanjutKe: at + 1 },
          ],
        },
        { no: at + 1, jenis: 'proses', menit: 10 + d, lanjutKe: at + 2 },
      );
    }
    steps.push({ no: 2 + decisions * 2, jenis: 'selesai', menit: 1 });
    return steps;
  }

  it('computes the exact shortest and longest totals for 40 chained decisions', () => {
    const steps = chained(40);
    expect(checkFlow(steps)).toEqual([]);
    const totals = flowTotals(steps);
    // Shortest: start, 40 decisions, end. Longest: every detour too (10 + 11 + ... + 49 = 1180 minutes).
    expect(totals.terpendek).toEqual({ menit: 42, lengkap: true });
    expect(totals.terpanjang).toEqual({ menit: 42 + 1180, lengkap: true });
    expect(totals.utama.menit).toBe(42);
  });

  it('takes a loop back to an earlier step at most once: not at all', () => {
    const steps: FlowStep[] = [
      { no: 1, jenis: 'mulai', menit: 5 },
      {
        no: 2,
        jenis: 'keputusan',
        menit: 5,
        pilihan: [
          { label: 'Lengkap', lanjutKe: 4 },
          { label: 'Tidak lengkap', lanjutKe: 3 },
        ],
      },
      { no: 3, jenis: 'proses', menit: 100, lanjutKe: 1 },
      { no: 4, jenis: 'selesai', menit: 5 },
    ];
    const totals = flowTotals(steps);
    expect(totals.terpendek.menit).toBe(15);
    expect(totals.terpanjang.menit).toBe(15);
  });
});

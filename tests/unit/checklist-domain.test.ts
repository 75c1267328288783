import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, runPath, runProgress, type RunStepState } from '../../src/domain/checklist.ts';
import { SOP_UJI } from './checklist-fixture.ts';

const steps = SOP_UJI.langkah;
const states = (entries: Array<[number, Partial<RunStepState>]>) =>
  new Map(entries.map(([no, state]) => [no, { ...EMPTY_STATE, ...state }]));
const START = Date.UTC(2026, 0, 5, 1, 0);
const minutes = (n: number) => START + n * 60_000;

describe('the path of a run', () => {
  it('follows the first outcome while a decision is open, and the chosen one after', () => {
    expect(runPath(steps, states([]))).toEqual([1, 2, 4]);
    expect(runPath(steps, states([[2, { keputusan: 'Tidak lengkap' }]]))).toEqual([1, 2, 3, 4]);
  });

  it('counts only the path taken; the other branch is skipped', () => {
    const progress = runProgress(steps, states([[1, { dicentang: minutes(20) }]]), START);
    expect(progress.dihitung).toBe(3);
    expect(progress.selesai).toBe(1);
    expect(progress.steps.map((view) => view.status)).toEqual(['selesai', 'berikutnya', 'dilewati', 'menunggu']);
    expect(progress.bakuMenit).toBe(105);
  });

  it('measures each step from the previous tick and flags steps over their standard', () => {
    const progress = runProgress(
      steps,
      states([
        [1, { dicentang: minutes(20) }],
        [2, { dicentang: minutes(60), keputusan: 'Tidak lengkap' }],
      ]),
      START,
    );
    expect(progress.steps.map((view) => [view.step.no, view.menitTerpakai, view.melewatiBaku])).toEqual([
      [1, 20, false],
      [2, 40, true],
      [3, null, false],
      [4, null, false],
    ]);
    expect(progress.dihitung).toBe(4);
    expect(progress.bakuMenit).toBe(555);
  });
});

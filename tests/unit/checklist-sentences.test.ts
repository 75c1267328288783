/** What the run page says about progress and time (src/client/checklist/sentences.ts), on the synthetic SOP. */
import { describe, expect, it } from 'vitest';
import { finishQuestion, progressSentence, runTimeSentence, stepTimeSentence } from '../../src/client/checklist/sentences.ts';
import { type RunStepState, runProgress } from '../../src/domain/checklist.ts';
import { SOP_UJI } from './checklist-fixture.ts';

const MINUTE = 60_000;
// Local time: formatWaktu prints the reader's clock, so the expected text is built the same way.
const START = new Date(2026, 10, 30, 9, 0).getTime();

function progressWith(states: Record<number, Partial<RunStepState>>) {
  const map = new Map(
    Object.entries(states).map(([no, state]) => [Number(no), { dicentang: null, catatan: '', keputusan: null, ...state }]),
  );
  return runProgress(SOP_UJI.langkah, map, START);
}

describe('run sentences', () => {
  it('counts ticked steps of the path taken', () => {
    expect(progressSentence(progressWith({}))).toMatch(/^0\/\d+ langkah selesai$/);
    const afterOne = progressWith({ 1: { dicentang: START + 10 * MINUTE } });
    expect(progressSentence(afterOne)).toBe(`1/${afterOne.dihitung} langkah selesai`);
  });

  it('a decision that skips a step takes it out of the count', () => {
    const through = progressWith({ 2: { keputusan: 'Tidak lengkap' } });
    const skipping = progressWith({ 2: { keputusan: 'Lengkap' } });
    expect(skipping.dihitung).toBe(through.dihitung - 1);
    expect(progressSentence(skipping)).toBe(`0/${skipping.dihitung} langkah selesai`);
  });

  it('a running run counts to now, an ended one to its end, against the mutu baku on its path', () => {
    const progress = progressWith({ 1: { dicentang: START + 10 * MINUTE } });
    const running = runTimeSentence({ status: 'berjalan', dimulai: START, diakhiri: null }, progress, START + 125 * MINUTE);
    expect(running).toMatch(/^Berjalan 2 jam 5 menit \(waktu kalender\) · waktu baku /);
    const ended = runTimeSentence({ status: 'selesai', dimulai: START, diakhiri: START + 45 * MINUTE }, progress, START + 999 * MINUTE);
    expect(ended).toMatch(/^Berlangsung 45 menit \(waktu kalender\)/);
  });

  it('names the steps over their mutu baku', () => {
    // Step 1's mutu baku is 30 minutes: ticked after 40.
    const progress = progressWith({ 1: { dicentang: START + 40 * MINUTE } });
    expect(runTimeSentence({ status: 'berjalan', dimulai: START, diakhiri: null }, progress, START + 41 * MINUTE)).toMatch(
      / · 1 langkah melewati waktu baku$/,
    );
    const view = progress.steps[0];
    if (!view) throw new Error('no step 1');
    const tick = new Date(START + 40 * MINUTE);
    const two = (n: number) => String(n).padStart(2, '0');
    expect(stepTimeSentence(view)).toBe(
      `Dicentang ${two(tick.getDate())}/${two(tick.getMonth() + 1)}/${tick.getFullYear()} ${two(tick.getHours())}.${two(tick.getMinutes())} · 40 menit sejak langkah sebelumnya · melewati waktu baku`,
    );
  });

  it('says nothing of a step not ticked', () => {
    const view = progressWith({}).steps[0];
    if (!view) throw new Error('no step 1');
    expect(stepTimeSentence(view)).toBe('');
  });

  it('asks before finishing, naming the steps still open', () => {
    const progress = progressWith({ 1: { dicentang: START + MINUTE } });
    expect(finishQuestion(progress)).toBe(`Masih ada ${progress.dihitung - 1} langkah belum dicentang. Tetap selesaikan pelaksanaan ini?`);
    expect(finishQuestion({ selesai: 3, dihitung: 3 })).toBe('Selesaikan pelaksanaan ini?');
  });
});

/**
 * What the run page says about progress and time, as pure functions of the run and its progress (no DOM, no
 * clock): the page calls them on every change and every minute, and tests/unit/checklist-sentences.test.ts pins
 * them down.
 */
import type { RunRecord } from '../../db/database.ts';
import type { RunProgress, RunStepView } from '../../domain/checklist.ts';
import { formatDurasi } from '../../domain/durasi.ts';
import { formatRentang, formatWaktu } from '../../domain/tanggal.ts';

/** "3/7 langkah selesai": ticked steps of those on the path taken. */
export function progressSentence(progress: Pick<RunProgress, 'selesai' | 'dihitung'>): string {
  return `${progress.selesai}/${progress.dihitung} langkah selesai`;
}

/**
 * "Berjalan 2 jam 5 menit (waktu kalender) · waktu baku 1 jam 30 menit · 1 langkah melewati waktu baku": the
 * run's elapsed time (until `now` while it runs) against the mutu baku along its path.
 */
export function runTimeSentence(run: Pick<RunRecord, 'status' | 'dimulai' | 'diakhiri'>, progress: RunProgress, now: number): string {
  const end = run.diakhiri ?? now;
  const overdue = progress.steps.filter((view) => view.melewatiBaku).length;
  return [
    `${run.status === 'berjalan' ? 'Berjalan' : 'Berlangsung'} ${formatRentang((end - run.dimulai) / 60_000)} (waktu kalender)`,
    `waktu baku ${formatDurasi(progress.bakuMenit)}${progress.bakuLengkap ? '' : ' (sebagian durasi belum tercatat)'}`,
    ...(overdue > 0 ? [`${overdue} langkah melewati waktu baku`] : []),
  ].join(' · ');
}

/** "Dicentang 01/12/2026 09.30 · 45 menit sejak langkah sebelumnya": empty while the step is not ticked. */
export function stepTimeSentence(view: Pick<RunStepView, 'state' | 'menitTerpakai' | 'melewatiBaku'>): string {
  if (view.state.dicentang === null) return '';
  return [
    `Dicentang ${formatWaktu(view.state.dicentang)}`,
    ...(view.menitTerpakai === null ? [] : [`${formatRentang(view.menitTerpakai)} sejak langkah sebelumnya`]),
    ...(view.melewatiBaku ? ['melewati waktu baku'] : []),
  ].join(' · ');
}

/** The question before finishing: names the steps still open, if any. */
export function finishQuestion(progress: Pick<RunProgress, 'selesai' | 'dihitung'> | undefined): string {
  const open = progress ? progress.dihitung - progress.selesai : 0;
  return open > 0 ? `Masih ada ${open} langkah belum dicentang. Tetap selesaikan pelaksanaan ini?` : 'Selesaikan pelaksanaan ini?';
}

/**
 * The run's buttons: finish, cancel, print, CSV and (once ended) delete. Each asks before it changes anything and
 * goes through `act`, which shows why a change was not stored.
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import { cancelRun, deleteRun, finishRun } from '../../db/runs.ts';
import type { RunProgress } from '../../domain/checklist.ts';
import { paths } from '../../lib/url.ts';
import { h } from './dom.ts';
import { finishQuestion } from './sentences.ts';
import { downloadRunCsv } from './transfer-ui.ts';

export interface RunActions {
  element: HTMLElement;
  /** Shows the buttons that fit the run's status. */
  update(run: RunRecord, progress: RunProgress): void;
}

export function runActions(db: LajurDatabase, first: RunRecord, act: (action: () => Promise<void>) => Promise<boolean>): RunActions {
  const runId = first.id;
  let latest = first;
  let latestProgress: RunProgress | undefined;
  const finish = h('button', { type: 'button', class: 'tombol utama' }, 'Selesaikan pelaksanaan');
  const cancel = h('button', { type: 'button', class: 'tombol' }, 'Batalkan pelaksanaan');
  const remove = h('button', { type: 'button', class: 'tombol bahaya', hidden: true }, 'Hapus dari perangkat ini');
  const print = h('button', { type: 'button', class: 'tombol' }, 'Cetak catatan');
  const csv = h('button', { type: 'button', class: 'tombol' }, 'Ekspor CSV pelaksanaan ini');
  finish.addEventListener('click', () => {
    if (confirm(finishQuestion(latestProgress))) void act(() => finishRun(db, runId));
  });
  cancel.addEventListener('click', () => {
    if (confirm('Batalkan pelaksanaan ini? Catatannya tetap tersimpan, tetapi langkahnya tidak dapat diubah lagi.'))
      void act(() => cancelRun(db, runId));
  });
  remove.addEventListener('click', () => {
    if (confirm(`Hapus "${latest.judul}" dari perangkat ini? Tindakan ini tidak dapat dibatalkan; ekspor dahulu bila perlu.`)) {
      void act(async () => {
        await deleteRun(db, runId);
        location.href = paths.checklist();
      });
    }
  });
  print.addEventListener('click', () => window.print());
  csv.addEventListener('click', () => void act(() => downloadRunCsv(latest)));
  return {
    element: h('div', { class: 'aksi no-print' }, finish, cancel, print, csv, remove),
    update(run, progress) {
      latest = run;
      latestProgress = progress;
      const active = run.status === 'berjalan';
      finish.hidden = !active;
      cancel.hidden = !active;
      remove.hidden = active;
    },
  };
}

/**
 * One run: tick and untick steps, choose decision outcomes, note per step, progress and time against the mutu
 * baku, finish or cancel, print as a record. Built once, then updated in place from the database (liveQuery), so
 * a second tab on the same run stays in step and a note being typed is never overwritten.
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import { statesOf, watchRun } from '../../db/runs.ts';
import { runProgress } from '../../domain/checklist.ts';
import { formatWaktu } from '../../domain/tanggal.ts';
import { paths } from '../../lib/url.ts';
import { ChunkError, reloadButton } from './chunk.ts';
import { h } from './dom.ts';
import { STATUS_LANGKAH, STATUS_RUN } from './labels.ts';
import { runActions } from './run-actions.ts';
import { progressSentence, runTimeSentence, stepTimeSentence } from './sentences.ts';
import { buildStep, type StepParts } from './step-view.ts';
import { versionBanner } from './version-banner.ts';

/** The database was closed under this page (another tab opened a newer version): a reload is the way on. */
const needsReload = (error: unknown) =>
  error instanceof ChunkError || ['DatabaseClosedError', 'VersionChangeError', 'InvalidStateError'].includes((error as Error)?.name);

export function mountRunView(root: HTMLElement, db: LajurDatabase, runId: string): void {
  const message = h('p', { class: 'pesan', role: 'alert' });
  root.replaceChildren(h('p', { class: 'muted' }, 'Memuat pelaksanaan…'));
  let view: ReturnType<typeof buildView> | undefined;
  watchRun(db, runId).subscribe({
    next: (run) => {
      if (!run) {
        root.replaceChildren(
          h(
            'p',
            { class: 'pesan', 'data-kind': 'galat' },
            'Pelaksanaan ini tidak ada di perangkat ini. Mungkin sudah dihapus, atau dibuat di perangkat lain (pulihkan dari cadangan JSON).',
          ),
          h('p', {}, h('a', { href: paths.checklist() }, 'Kembali ke Checklist saya')),
        );
        view = undefined;
        return;
      }
      if (!view) {
        view = buildView(run, db, message);
        root.replaceChildren(view.element);
      }
      view.update(run);
    },
    error: (error) => {
      message.textContent = `Data tidak dapat dibaca: ${(error as Error).message}`;
    },
  });
}

/** Runs a change; true when it was stored, otherwise the reason is shown in `message`. */
function actor(message: HTMLElement) {
  return async (action: () => Promise<void>): Promise<boolean> => {
    try {
      await action();
      message.textContent = '';
      message.dataset.kind = '';
      return true;
    } catch (error) {
      if (needsReload(error)) {
        message.replaceChildren(
          error instanceof ChunkError
            ? error.message
            : 'Perubahan terakhir belum tersimpan: Lajur diperbarui di tab lain dan basis data halaman ini ditutup. Muat ulang halaman ini; perubahan itu disimpan setelah dimuat ulang. ',
          reloadButton(),
        );
      } else {
        message.textContent = (error as Error).message;
      }
      message.dataset.kind = 'galat';
      return false;
    }
  };
}

/** The run's heading: title, SOP, its version, who, when started and the status badge. */
function runHeading(first: RunRecord, status: HTMLElement): HTMLElement[] {
  const sopLink = h('a', { href: paths.sop(first.sopId) }, first.sopNama);
  return [
    h('p', { class: 'no-print kembali' }, h('a', { href: paths.checklist() }, '← Checklist saya')),
    h('p', { class: 'eyebrow' }, 'Catatan pelaksanaan SOP'),
    h('h1', {}, first.judul),
    h(
      'dl',
      { class: 'run-meta label-nilai' },
      h('div', {}, h('dt', {}, 'SOP'), h('dd', {}, sopLink, first.sopNomor ? ` (${first.sopNomor})` : ' (nomor belum tercatat)')),
      h(
        'div',
        {},
        h('dt', {}, 'Versi SOP'),
        h('dd', {}, first.sopVersi, first.sopTanggalRevisi ? `, revisi ${first.sopTanggalRevisi}` : ''),
      ),
      h('div', {}, h('dt', {}, 'Pelaksana'), h('dd', {}, first.namaPelaksana ?? '—')),
      h('div', {}, h('dt', {}, 'Dimulai'), h('dd', {}, formatWaktu(first.dimulai))),
      h('div', {}, h('dt', {}, 'Status'), h('dd', {}, status)),
    ),
  ];
}

function buildView(first: RunRecord, db: LajurDatabase, message: HTMLElement) {
  const runId = first.id;
  document.title = `${first.judul} · Checklist · Lajur`;
  const act = actor(message);
  const status = h('span', { class: 'lencana' });
  const progressBar = h('progress', { max: 1, value: 0, 'aria-labelledby': 'kemajuan-teks' });
  const progressText = h('span', { id: 'kemajuan-teks' });
  const timeText = h('p', { class: 'waktu-run' });
  const steps = new Map<number, StepParts>();
  const list = h('ol', { class: 'langkah-run-daftar' });
  for (const step of first.langkah) {
    const parts = buildStep(step, first, { db, runId, act });
    steps.set(step.no, parts);
    list.append(parts.item);
  }
  const actions = runActions(db, first, act);
  const element = h(
    'article',
    { class: 'run-detail', 'data-run-id': runId },
    ...runHeading(first, status),
    versionBanner(first),
    h('div', { class: 'kemajuan' }, progressBar, progressText),
    timeText,
    message,
    list,
    actions.element,
  );

  let latest = first;
  const update = (run: RunRecord) => {
    latest = run;
    const progress = runProgress(run.langkah, statesOf(run), run.dimulai);
    const active = run.status === 'berjalan';
    status.textContent = STATUS_RUN[run.status];
    status.className = `lencana lencana-${run.status}`;
    progressBar.max = Math.max(1, progress.dihitung);
    progressBar.value = progress.selesai;
    progressText.textContent = progressSentence(progress);
    timeText.textContent = runTimeSentence(run, progress, Date.now());
    for (const view of progress.steps) {
      const parts = steps.get(view.step.no);
      if (!parts) continue;
      parts.item.dataset.status = view.status;
      parts.item.classList.toggle('lewat-baku', view.melewatiBaku);
      parts.status.textContent = STATUS_LANGKAH[view.status];
      parts.checkbox.checked = view.state.dicentang !== null;
      parts.checkbox.disabled = !active || view.status === 'dilewati';
      parts.time.textContent = stepTimeSentence(view);
      parts.sync(run.keadaan[String(view.step.no)], active);
      for (const radio of parts.outcomes) {
        radio.checked = radio.value === (view.state.keputusan ?? '');
        radio.disabled = !active;
      }
    }
    actions.update(run, progress);
  };

  // The elapsed time moves on while nobody touches the page.
  const timer = setInterval(() => {
    if (latest.status === 'berjalan') update(latest);
  }, 60_000);
  window.addEventListener('pagehide', () => clearInterval(timer), { once: true });
  return { element, update };
}

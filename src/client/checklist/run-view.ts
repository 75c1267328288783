/**
 * One run: tick and untick steps, choose decision outcomes, note per step, progress and time against the mutu
 * baku, finish or cancel, print as a record. Built once, then updated in place from the database (liveQuery), so
 * a second tab on the same run stays in step and a note being typed is never overwritten.
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import { cancelRun, deleteRun, finishRun, statesOf, watchRun } from '../../db/runs.ts';
import { type RunProgress, runProgress } from '../../domain/checklist.ts';
import { formatDurasi } from '../../domain/durasi.ts';
import { formatRentang, formatWaktu } from '../../domain/tanggal.ts';
import { ChunkError, reloadButton } from './chunk.ts';
import { h } from './dom.ts';
import { paths } from '../../lib/url.ts';
import { STATUS_LANGKAH, STATUS_RUN } from './labels.ts';
import { buildStep, type StepParts } from './step-view.ts';
import { downloadRunCsv } from './transfer-ui.ts';

/** The database was closed under this page (another tab opened a newer version): a reload is the way on. */
const needsReload = (error: unknown) =>
  error instanceof ChunkError || ['DatabaseClosedError', 'VersionChangeError', 'InvalidStateError'].includes((error as Error)?.name);

interface CurrentVersions {
  [sopId: string]: { versi: string; nama: string; tanggalRevisi: string | null } | undefined;
}

let versions: Promise<CurrentVersions> | undefined;
function currentVersions(): Promise<CurrentVersions> {
  versions ??= fetch(paths.checklistVersions()).then((response) => (response.ok ? response.json() : {}));
  return versions.catch(() => ({}));
}

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

function buildView(first: RunRecord, db: LajurDatabase, message: HTMLElement) {
  const runId = first.id;
  document.title = `${first.judul} · Checklist · Lajur`;
  /** Runs a change; true when it was stored, otherwise the reason is shown. */
  const act = async (action: () => Promise<void>): Promise<boolean> => {
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

  const status = h('span', { class: 'lencana' });
  const updatedBanner = h('p', { class: 'pesan', 'data-kind': 'peringatan', hidden: true });
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

  const finish = h('button', { type: 'button', class: 'tombol utama' }, 'Selesaikan pelaksanaan');
  const cancel = h('button', { type: 'button', class: 'tombol' }, 'Batalkan pelaksanaan');
  const remove = h('button', { type: 'button', class: 'tombol bahaya', hidden: true }, 'Hapus dari perangkat ini');
  const print = h('button', { type: 'button', class: 'tombol' }, 'Cetak catatan');
  const csv = h('button', { type: 'button', class: 'tombol' }, 'Ekspor CSV pelaksanaan ini');
  let latest = first;
  let latestProgress: RunProgress | undefined;
  finish.addEventListener('click', () => {
    const open = latestProgress ? latestProgress.dihitung - latestProgress.selesai : 0;
    const question =
      open > 0 ? `Masih ada ${open} langkah belum dicentang. Tetap selesaikan pelaksanaan ini?` : 'Selesaikan pelaksanaan ini?';
    if (confirm(question)) void act(() => finishRun(db, runId));
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

  const sopLink = h('a', { href: paths.sop(first.sopId) }, first.sopNama);
  const element = h(
    'article',
    { class: 'run-detail', 'data-run-id': runId },
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
    updatedBanner,
    h('div', { class: 'kemajuan' }, progressBar, progressText),
    timeText,
    message,
    list,
    h('div', { class: 'aksi no-print' }, finish, cancel, print, csv, remove),
  );

  void currentVersions().then((current) => {
    const now = current[first.sopId];
    if (!now) {
      updatedBanner.textContent = 'SOP ini tidak ada lagi di situs; pelaksanaan memakai salinan langkah saat dimulai.';
      updatedBanner.hidden = false;
    } else if (now.versi !== first.sopVersi) {
      updatedBanner.textContent =
        'SOP telah diperbarui sejak pelaksanaan ini dimulai. Pelaksanaan tetap memakai langkah saat dimulai; lihat SOP terbaru untuk perubahannya.';
      updatedBanner.hidden = false;
    }
  });

  const update = (run: RunRecord) => {
    latest = run;
    const progress = runProgress(run.langkah, statesOf(run), run.dimulai);
    latestProgress = progress;
    const active = run.status === 'berjalan';
    status.textContent = STATUS_RUN[run.status];
    status.className = `lencana lencana-${run.status}`;
    progressBar.max = Math.max(1, progress.dihitung);
    progressBar.value = progress.selesai;
    progressText.textContent = `${progress.selesai}/${progress.dihitung} langkah selesai`;
    const end = run.diakhiri ?? Date.now();
    const overdue = progress.steps.filter((view) => view.melewatiBaku).length;
    timeText.textContent =
      `${active ? 'Berjalan' : 'Berlangsung'} ${formatRentang((end - run.dimulai) / 60_000)} (waktu kalender) · waktu baku ${formatDurasi(progress.bakuMenit)}` +
      `${progress.bakuLengkap ? '' : ' (sebagian durasi belum tercatat)'}` +
      `${overdue > 0 ? ` · ${overdue} langkah melewati waktu baku` : ''}`;
    for (const view of progress.steps) {
      const parts = steps.get(view.step.no);
      if (!parts) continue;
      parts.item.dataset.status = view.status;
      parts.item.classList.toggle('lewat-baku', view.melewatiBaku);
      parts.status.textContent = STATUS_LANGKAH[view.status];
      parts.checkbox.checked = view.state.dicentang !== null;
      parts.checkbox.disabled = !active || view.status === 'dilewati';
      parts.time.textContent =
        view.state.dicentang === null
          ? ''
          : `Dicentang ${formatWaktu(view.state.dicentang)}${view.menitTerpakai === null ? '' : ` · ${formatRentang(view.menitTerpakai)} sejak langkah sebelumnya`}${view.melewatiBaku ? ' · melewati waktu baku' : ''}`;
      parts.sync(run.keadaan[String(view.step.no)], active);
      for (const radio of parts.outcomes) {
        radio.checked = radio.value === (view.state.keputusan ?? '');
        radio.disabled = !active;
      }
    }
    finish.hidden = !active;
    cancel.hidden = !active;
    remove.hidden = active;
  };

  const timer = setInterval(() => {
    if (latest.status === 'berjalan') update(latest);
  }, 60_000);
  window.addEventListener('pagehide', () => clearInterval(timer), { once: true });
  return { element, update };
}

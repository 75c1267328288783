/** "Checklist saya": every run on this device across SOPs, with status, progress and dates, filterable. */
import type { LajurDatabase, RunRecord, RunStatus } from '../../db/database.ts';
import { statesOf, watchRuns } from '../../db/runs.ts';
import { runProgress } from '../../domain/checklist.ts';
import { formatWaktu } from '../../domain/tanggal.ts';
import { h } from './dom.ts';
import { paths } from '../../lib/url.ts';
import { STATUS_RUN } from './labels.ts';
import { persistenceNotice } from './storage.ts';
import { transferControls } from './transfer-ui.ts';

export function mountRunList(root: HTMLElement, db: LajurDatabase): void {
  const filter = h(
    'select',
    { id: 'saring-status' },
    h('option', { value: '' }, 'Semua'),
    ...(Object.keys(STATUS_RUN) as RunStatus[]).map((status) => h('option', { value: status }, STATUS_RUN[status])),
  );
  const summary = h('p', { class: 'ringkasan', role: 'status' });
  const list = h('ol', { class: 'daftar-run' });
  root.replaceChildren(
    persistenceNotice(),
    h('div', { class: 'saring' }, h('label', { for: 'saring-status' }, 'Status'), filter),
    summary,
    list,
    transferControls(db),
  );

  let runs: RunRecord[] = [];
  const render = () => {
    const shown = filter.value ? runs.filter((run) => run.status === filter.value) : runs;
    summary.textContent =
      runs.length === 0
        ? 'Belum ada pelaksanaan di perangkat ini. Mulai dari halaman SOP: tombol "Mulai pelaksanaan".'
        : `${shown.length} dari ${runs.length} pelaksanaan`;
    list.replaceChildren(...shown.map(runItem));
  };
  filter.addEventListener('change', render);
  watchRuns(db).subscribe({
    next: (value) => {
      runs = value;
      render();
    },
    error: (error) => {
      summary.textContent = `Data checklist tidak dapat dibaca: ${(error as Error).message}`;
    },
  });
}

function runItem(run: RunRecord): HTMLLIElement {
  const progress = runProgress(run.langkah, statesOf(run), run.dimulai);
  return h(
    'li',
    { class: `run run-${run.status}`, 'data-run-id': run.id },
    h('a', { class: 'run-judul', href: paths.checklist(run.id) }, run.judul),
    h('span', { class: `lencana lencana-${run.status}` }, STATUS_RUN[run.status]),
    h(
      'p',
      { class: 'run-sop' },
      h('a', { href: paths.sop(run.sopId) }, run.sopNama),
      run.sopNomor ? ` · ${run.sopNomor}` : '',
      run.namaPelaksana ? ` · ${run.namaPelaksana}` : '',
    ),
    h(
      'p',
      { class: 'run-angka' },
      h('progress', { max: progress.dihitung, value: progress.selesai, 'aria-label': `Kemajuan ${run.judul}` }),
      ` ${progress.selesai}/${progress.dihitung} langkah · dimulai ${formatWaktu(run.dimulai)}`,
      run.diakhiri ? ` · berakhir ${formatWaktu(run.diakhiri)}` : ` · diperbarui ${formatWaktu(run.diperbarui)}`,
    ),
  );
}

/**
 * The figures of the monev page: the run counts, the per-step table (done, median and longest against the mutu
 * baku, how often over, decisions, notes), the whole run's time, and the runs counted apart (clock problems,
 * another SOP version) with their reasons.
 */
import { formatDurasi } from '../../domain/durasi.ts';
import { formatWaktuMonev } from '../../domain/monev-laporan.ts';
import type { MonevHasil } from '../../domain/monev.ts';
import { formatWaktu } from '../../domain/tanggal.ts';
import { h } from '../checklist/dom.ts';
import { stepChart } from './chart.ts';

export function renderFigures(hasil: MonevHasil): HTMLElement {
  const box = h('div', { class: 'monev-angka' });
  box.append(
    h(
      'p',
      { class: 'ringkasan', 'data-angka': 'ringkasan' },
      `${hasil.dimulai} pelaksanaan dimulai: ${hasil.selesai} selesai, ${hasil.dibatalkan} dibatalkan, ${hasil.berjalan} masih berjalan.`,
    ),
  );
  if (hasil.total.jumlah > 0) {
    box.append(
      h(
        'p',
        { 'data-angka': 'total' },
        `Waktu seluruh pelaksanaan yang selesai (waktu kerja): median ${formatDurasi(hasil.total.median ?? 0)}, terlama ${formatDurasi(hasil.total.terlama ?? 0)}`,
        hasil.total.bakuMenit === null
          ? '.'
          : `; total mutu baku ${formatDurasi(hasil.total.bakuMenit)}, ${hasil.total.melewati} dari ${hasil.total.jumlah} melewatinya.`,
      ),
    );
  }
  box.append(
    h('h3', {}, 'Waktu nyata terhadap mutu baku'),
    h(
      'div',
      { class: 'gulir-tabel', tabindex: 0, role: 'region', 'aria-label': 'Grafik waktu per langkah (dapat digeser)' },
      stepChart(hasil.langkah),
    ),
    h(
      'p',
      { class: 'muted kecil' },
      'Batang: median waktu nyata; garis tebal: waktu terlama; garis putus-putus: mutu baku langkah itu (100%). Oranye: median melewati mutu baku.',
    ),
  );
  const body = h('tbody');
  for (const step of hasil.langkah) {
    const outcomes = Object.entries(step.keputusan).map(([label, count]) => `${label}: ${count}`);
    body.append(
      h(
        'tr',
        { 'data-no': step.no, class: step.melewati > 0 ? 'lewat' : '' },
        h('th', { scope: 'row' }, String(step.no)),
        h('td', {}, step.aktivitas.join('; '), h('br'), h('span', { class: 'muted' }, step.pelaksana)),
        h('td', {}, formatWaktuMonev(step.bakuMenit, step.satuan)),
        h('td', { 'data-kolom': 'dikerjakan' }, String(step.dikerjakan)),
        h('td', { 'data-kolom': 'median' }, formatWaktuMonev(step.median, step.satuan)),
        h('td', { 'data-kolom': 'terlama' }, formatWaktuMonev(step.terlama, step.satuan)),
        h('td', { 'data-kolom': 'melewati' }, step.dikerjakan === 0 ? '–' : `${step.melewati} dari ${step.dikerjakan}`),
        h('td', {}, outcomes.join('; ') || '–'),
      ),
    );
  }
  box.append(
    h('h3', {}, 'Per langkah'),
    h(
      'div',
      { class: 'gulir-tabel', tabindex: 0, role: 'region', 'aria-label': 'Tabel angka per langkah (dapat digeser)' },
      h(
        'table',
        { class: 'tabel-angka' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['No', 'Langkah', 'Mutu baku', 'Dikerjakan', 'Median', 'Terlama', 'Melewati baku', 'Keputusan'].map((label) =>
              h('th', { scope: 'col' }, label),
            ),
          ),
        ),
        body,
      ),
    ),
  );
  const notes = hasil.langkah.flatMap((step) => step.catatan.map((note) => ({ ...note, no: step.no })));
  if (notes.length > 0) {
    box.append(
      h('h3', {}, `Catatan pelaksana (${notes.length})`),
      h(
        'ul',
        { class: 'catatan-monev' },
        ...notes.map((note) => h('li', {}, h('strong', {}, `Langkah ${note.no}`), ` · ${note.pemilik} · ${note.judul}: `, note.teks)),
      ),
    );
  }
  if (hasil.versiLain.length > 0) {
    box.append(
      h('h3', {}, `Versi SOP lain (${hasil.versiLain.length})`),
      h('p', { class: 'muted' }, 'Dihitung menurut nomor langkah; perbedaannya dengan SOP sekarang:'),
      h(
        'ul',
        { class: 'versi-lain' },
        ...hasil.versiLain.map((item) =>
          h(
            'li',
            {},
            h('strong', {}, `${item.run.judul} (${item.run.pemilik})`),
            `: ${item.perbedaan.join('; ') || 'salinan langkah sama'}`,
          ),
        ),
      ),
    );
  }
  if (hasil.masalahWaktu.length > 0) {
    box.append(
      h('h3', {}, `Tidak dihitung: waktu tidak wajar (${hasil.masalahWaktu.length})`),
      h(
        'ul',
        { class: 'masalah-waktu' },
        ...hasil.masalahWaktu.map((item) =>
          h(
            'li',
            {},
            h('strong', {}, `${item.run.judul} (${item.run.pemilik}, mulai ${formatWaktu(item.run.dimulai)})`),
            `: ${item.alasan}`,
          ),
        ),
      ),
    );
  }
  return box;
}

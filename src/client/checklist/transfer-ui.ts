/**
 * Export and import controls. The transfer code (and its validator) is loaded when one is used.
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import { download, h, slug, today } from './dom.ts';

async function transfer() {
  return import('../../db/transfer.ts');
}

/** Buttons for a full backup (JSON), a spreadsheet of every run (CSV) and restoring a backup. */
export function transferControls(db: LajurDatabase): HTMLElement {
  const status = h('p', { class: 'transfer-status', role: 'status' });
  const separator = h(
    'select',
    { id: 'pemisah-csv', 'aria-describedby': 'pemisah-csv-keterangan' },
    h('option', { value: ';' }, 'titik koma (;)'),
    h('option', { value: ',' }, 'koma (,)'),
  );
  const exportJsonButton = h('button', { type: 'button', class: 'tombol' }, 'Ekspor JSON (cadangan lengkap)');
  const exportCsvButton = h('button', { type: 'button', class: 'tombol' }, 'Ekspor CSV');
  const fileInput = h('input', { type: 'file', id: 'berkas-impor', accept: '.json,application/json' });

  exportJsonButton.addEventListener('click', async () => {
    const { exportJson } = await transfer();
    download(`lajur-checklist-${today()}.json`, await exportJson(db), 'application/json');
    status.textContent = 'Cadangan JSON diunduh. Simpan di tempat yang aman.';
  });
  exportCsvButton.addEventListener('click', async () => {
    const { runsToCsv } = await transfer();
    const runs = await db.runs.orderBy('dimulai').toArray();
    download(`lajur-checklist-${today()}.csv`, runsToCsv(runs, separator.value as ';' | ','), 'text/csv;charset=utf-8');
    status.textContent = `CSV ${runs.length} pelaksanaan diunduh.`;
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = `Memeriksa ${file.name}…`;
    status.dataset.kind = '';
    try {
      const { importJson } = await transfer();
      const report = await importJson(db, await file.text(), file.name);
      status.textContent = `${file.name} dipulihkan: ${report.ditambahkan} pelaksanaan ditambahkan, ${report.diperbarui} diperbarui, ${report.dilewati} dilewati (data di perangkat ini sama atau lebih baru).`;
      status.dataset.kind = 'ok';
    } catch (error) {
      status.textContent = `Tidak ada yang diubah. ${(error as Error).message}`;
      status.dataset.kind = 'galat';
    } finally {
      fileInput.value = '';
    }
  });

  return h(
    'section',
    { class: 'transfer', 'aria-labelledby': 'judul-transfer' },
    h('h2', { id: 'judul-transfer' }, 'Cadangan dan ekspor'),
    h('div', { class: 'transfer-baris' }, exportJsonButton, exportCsvButton, h('label', { for: 'pemisah-csv' }, 'Pemisah CSV'), separator),
    h(
      'p',
      { id: 'pemisah-csv-keterangan', class: 'muted kecil' },
      'Titik koma untuk Excel berbahasa Indonesia; koma untuk pengaturan bahasa Inggris.',
    ),
    h('div', { class: 'transfer-baris' }, h('label', { for: 'berkas-impor' }, 'Pulihkan dari cadangan JSON'), fileInput),
    status,
  );
}

/** CSV of one run, for its record page. */
export async function downloadRunCsv(run: RunRecord): Promise<void> {
  const { runsToCsv } = await transfer();
  download(`pelaksanaan-${slug(run.judul)}.csv`, runsToCsv([run]), 'text/csv;charset=utf-8');
}

/**
 * Export and import controls. The transfer code (and its validator) is loaded when one is used.
 */
import type { LajurDatabase, RunRecord } from '../../db/database.ts';
import type { ImportReport } from '../../db/transfer.ts';
import { ChunkError, load, reloadButton } from './chunk.ts';
import { download, h, slug, today } from './dom.ts';

function transfer() {
  return load(() => import('../../db/transfer.ts'));
}

/** What an import did, in one sentence. */
export function describeImport(fileName: string, report: ImportReport): string {
  const parts = [
    `${report.ditambahkan} pelaksanaan ditambahkan`,
    `${report.digabung} digabung`,
    `${report.sama} sudah sama`,
    ...(report.terhapus > 0 ? [`${report.terhapus} sudah dihapus di perangkat ini (tidak dipulihkan)`] : []),
    ...(report.formulir > 0 ? [`${report.formulir} formulir monev dipulihkan`] : []),
  ];
  const conflict =
    report.konflik > 0
      ? ` ${report.konflik} catatan diubah di kedua tempat: kedua teks disimpan; lihat tanda "Dua versi catatan" pada langkahnya.`
      : '';
  return `${fileName} dipulihkan: ${parts.join(', ')}.${conflict}`;
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

  const fail = (prefix: string, error: unknown) => {
    status.replaceChildren(`${prefix}${(error as Error).message}`);
    if (error instanceof ChunkError || (error as Error).name === 'DatabaseClosedError') status.append(' ', reloadButton());
    status.dataset.kind = 'galat';
  };
  exportJsonButton.addEventListener('click', async () => {
    try {
      const { exportJson } = await transfer();
      download(`lajur-checklist-${today()}.json`, await exportJson(db), 'application/json');
      status.textContent = 'Cadangan JSON diunduh. Simpan di tempat yang aman.';
      status.dataset.kind = 'ok';
    } catch (error) {
      fail('Cadangan tidak dapat dibuat. ', error);
    }
  });
  exportCsvButton.addEventListener('click', async () => {
    try {
      const { runsToCsv } = await transfer();
      const runs = await db.runs.orderBy('dimulai').toArray();
      download(`lajur-checklist-${today()}.csv`, runsToCsv(runs, separator.value as ';' | ','), 'text/csv;charset=utf-8');
      status.textContent = `CSV ${runs.length} pelaksanaan diunduh.`;
      status.dataset.kind = 'ok';
    } catch (error) {
      fail('CSV tidak dapat dibuat. ', error);
    }
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = `Memeriksa ${file.name}…`;
    status.dataset.kind = '';
    try {
      const { importJson, IMPORT_MAX_BYTES } = await transfer();
      // Checked before reading: a huge file would freeze the page while being read.
      if (file.size > IMPORT_MAX_BYTES) {
        const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
        throw new Error(`${file.name} berukuran ${mb(file.size)}; cadangan checklist dibatasi ${mb(IMPORT_MAX_BYTES)}.`);
      }
      const report = await importJson(db, await file.text(), file.name);
      // Restored forms may change which SOP pages show "perlu revisi": their copy is written before "dipulihkan".
      if (report.formulir > 0) await (await load(() => import('../../db/monev.ts'))).cerminPerluRevisi(db);
      status.textContent = describeImport(file.name, report);
      status.dataset.kind = 'ok';
    } catch (error) {
      fail('Tidak ada yang diubah. ', error);
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
  // Errors reach the run page's message line through its caller.
  const { runsToCsv } = await transfer();
  download(`pelaksanaan-${slug(run.judul)}.csv`, runsToCsv([run]), 'text/csv;charset=utf-8');
}

/**
 * <monev-beranda>: the monev index. Imports several colleagues' checklist backups at once (each file filed under
 * the colleague's name, editable before importing), lists whose backups are held, and lists the SOPs whose
 * latest evaluation concluded "perlu revisi".
 */
import { openDatabase } from '../../db/database.ts';
import { cerminPerluRevisi, daftarKolega, hapusKolega, importKolega, namaDariBerkas, perluRevisi } from '../../db/monev.ts';
import { formatTanggal, formatWaktu } from '../../domain/tanggal.ts';
import { paths } from '../../lib/url.ts';
import { h } from '../checklist/dom.ts';
import '../checklist/controls.css';
import '../checklist/run-list.css';
import './monev.css';

class MonevBeranda extends HTMLElement {
  connectedCallback(): void {
    if (!('indexedDB' in window)) {
      this.replaceChildren(h('p', { class: 'pesan', 'data-kind': 'galat' }, 'Browser ini tidak menyediakan penyimpanan IndexedDB.'));
      return;
    }
    const db = openDatabase();
    const status = h('p', { class: 'transfer-status', role: 'status' });
    const files = h('input', { type: 'file', id: 'berkas-rekan', accept: '.json,application/json', multiple: true });
    const names = h('div', { class: 'nama-berkas' });
    const importButton = h('button', { type: 'button', class: 'tombol utama', hidden: true }, 'Impor cadangan rekan');
    const held = h('div');
    const revisi = h('div');
    let pending: Array<{ text: string; fileName: string; input: HTMLInputElement }> = [];

    files.addEventListener('change', async () => {
      pending = await Promise.all(
        [...(files.files ?? [])].map(async (file, index) => {
          const text = await file.text();
          const input = h('input', { id: `pemilik-${index}`, value: namaDariBerkas(text, file.name), required: true });
          return { text, fileName: file.name, input };
        }),
      );
      names.replaceChildren(
        ...pending.map((item) => h('p', {}, h('label', { for: item.input.id }, `${item.fileName}, milik: `), item.input)),
      );
      importButton.hidden = pending.length === 0;
    });
    importButton.addEventListener('click', async () => {
      try {
        const reports = await importKolega(
          db,
          pending.map((item) => ({ text: item.text, fileName: item.fileName, pemilik: item.input.value })),
        );
        status.textContent = reports
          .map(
            (report) =>
              `${report.pemilik}: ${report.ditambahkan} ditambahkan, ${report.digabung} digabung, ${report.sama} sudah sama${report.terhapus ? `, ${report.terhapus} dihapus` : ''}${report.formulir ? `; ${report.formulir} formulir monev` : ''}.`,
          )
          .join(' ');
        pending = [];
        names.replaceChildren();
        files.value = '';
        importButton.hidden = true;
        await render();
      } catch (error) {
        status.textContent = `Tidak ada yang diimpor. ${(error as Error).message}`;
      }
    });

    const render = async () => {
      const [colleagues, needing] = await Promise.all([daftarKolega(db), perluRevisi(db)]);
      void cerminPerluRevisi(db);
      held.replaceChildren(
        colleagues.length === 0
          ? h('p', { class: 'muted' }, 'Belum ada cadangan rekan di perangkat ini.')
          : h(
              'ul',
              { class: 'daftar-rekan' },
              ...colleagues.map((item) => {
                const remove = h('button', { type: 'button', class: 'tombol kecil bahaya' }, 'Hapus');
                remove.addEventListener('click', async () => {
                  if (
                    !confirm(
                      `Hapus ${item.pelaksanaan} pelaksanaan milik ${item.pemilik}, dan formulir monev dari cadangannya, dari perangkat ini?`,
                    )
                  )
                    return;
                  await hapusKolega(db, item.pemilik);
                  await render();
                });
                return h(
                  'li',
                  { 'data-pemilik': item.pemilik },
                  h('strong', {}, item.pemilik),
                  ` · ${item.pelaksanaan} pelaksanaan${item.formulir ? ` · ${item.formulir} formulir monev` : ''}${item.berkas && item.diimpor ? ` · ${item.berkas}, diimpor ${formatWaktu(item.diimpor)}` : ''} `,
                  remove,
                );
              }),
            ),
      );
      revisi.replaceChildren(
        needing.length === 0
          ? h('p', { class: 'muted' }, 'Belum ada SOP yang dievaluasi perlu revisi.')
          : h(
              'ul',
              { class: 'daftar-perlu-revisi' },
              ...needing.map((form) =>
                h(
                  'li',
                  {},
                  h('a', { href: paths.monevSop(form.sopId) }, form.sopNama),
                  ` · periode ${formatTanggal(form.periode.dari)} s.d. ${formatTanggal(form.periode.sampai)}${form.penilai.nama ? ` · dinilai oleh ${form.penilai.nama}` : ''}`,
                ),
              ),
            ),
      );
    };

    this.replaceChildren(
      h('section', { 'aria-labelledby': 'judul-perlu-revisi' }, h('h2', { id: 'judul-perlu-revisi' }, 'Perlu revisi'), revisi),
      h(
        'section',
        { 'aria-labelledby': 'judul-rekan', class: 'monev-rekan' },
        h('h2', { id: 'judul-rekan' }, 'Cadangan checklist rekan'),
        h(
          'p',
          { class: 'muted' },
          'Pilih satu atau beberapa berkas .json dari tombol "Ekspor JSON" di Checklist saya milik rekan. Setiap pelaksanaan tetap tercatat milik siapa; mengimpor lagi menggabungkan perubahan terbaru.',
        ),
        h('p', {}, h('label', { for: 'berkas-rekan' }, 'Berkas cadangan rekan: '), files),
        names,
        importButton,
        status,
        held,
      ),
    );
    void render();
  }
}

if (!customElements.get('monev-beranda')) customElements.define('monev-beranda', MonevBeranda);

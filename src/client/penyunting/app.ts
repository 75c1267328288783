/**
 * <penyunting-sop>: the SOP editor (/penyunting/). Opens an SOP of the site (its source as published by the
 * build), a new SOP (the `sop:new` skeleton) or an .mdx file from disk; keeps every change as a draft in the one
 * database (src/db/), journaled at every keystroke. Loaded on this page only.
 */
import { checkAnswers, newSopFile, splitNames } from '../../authoring/new-sop.ts';
import type { SiteContext } from '../../content-check/check-file.ts';
import { decodeContent } from '../../content-check/encoding.ts';
import { buildCatalog } from '../../domain/catalog.ts';
import { type DrafRecord, openDatabase } from '../../db/database.ts';
import { deleteDraft, getDraft, listDrafts } from '../../db/drafts.ts';
import { remember, replay, store } from '../../db/journal.ts';
import { paths } from '../../lib/url.ts';
import { download } from '../checklist/dom.ts';
import { field, h } from './dom.ts';
import { IMPORT_EXTENSIONS, type ImportedSop, importInBrowser } from './import.ts';
import { mountEditor } from './editor-view.ts';
import { keepEditorCodeOffline } from './offline-code.ts';
import { Session, SessionError } from './session.ts';
import './penyunting.css';

type Db = ReturnType<typeof openDatabase>;

function message(box: HTMLElement, text: string, kind: 'galat' | 'info' = 'galat'): void {
  box.replaceChildren(h('p', { class: 'pesan', 'data-kind': kind, role: kind === 'galat' ? 'alert' : 'status' }, text));
}

class PenyuntingSop extends HTMLElement {
  private db?: Db;
  private site?: SiteContext;
  private draftId?: string;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending?: DrafRecord;
  private readonly notice = h('div', { class: 'pemberitahuan' });
  private readonly editor = h('div', { class: 'sunting', 'data-sunting': '' });
  private readonly drafts = h('div', { class: 'daftar-draf', 'data-daftar-draf': '' });
  private readonly imported = h('div', { class: 'hasil-impor', 'data-hasil-impor': '', 'aria-live': 'polite' });

  connectedCallback(): void {
    const opener = h('section', { class: 'buka', 'aria-labelledby': 'judul-buka' }, h('h2', { id: 'judul-buka' }, 'Buka SOP'));
    this.replaceChildren(opener, this.notice, this.drafts, this.editor);
    if ('indexedDB' in window) {
      this.db = openDatabase(() => message(this.notice, 'Lajur diperbarui di tab lain. Muat ulang halaman ini agar draf tetap tersimpan.'));
    }
    const flush = () => this.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
    void this.start(opener);
    const keep = () => void keepEditorCodeOffline(this);
    if ('requestIdleCallback' in window) requestIdleCallback(keep, { timeout: 5_000 });
    else setTimeout(keep, 2_000);
  }

  private async start(opener: HTMLElement): Promise<void> {
    try {
      const response = await fetch(paths.penyuntingKonteks());
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.site = (await response.json()) as SiteContext;
    } catch (error) {
      message(
        this.notice,
        `Data situs untuk pemeriksaan tidak dapat dimuat (${(error as Error).message}); periksa sambungan lalu muat ulang.`,
      );
      return;
    }
    if (this.db) await replay(this.db).catch(() => 0);
    this.renderOpener(opener, this.site);
    await this.renderDrafts();
    const params = new URL(location.href).searchParams;
    const draft = params.get('draf');
    const sop = params.get('sop');
    if (draft && this.db) {
      const record = await getDraft(this.db, draft);
      if (record) return this.resume(record);
    }
    if (sop) await this.openSiteSop(sop);
  }

  private renderOpener(opener: HTMLElement, site: SiteContext): void {
    const select = h('select', {});
    for (const entry of [...site.sop].sort((a, b) => a.data.nama.localeCompare(b.data.nama, 'id'))) {
      select.append(h('option', { value: entry.id }, `${entry.data.nama}${entry.data.nomor ? ` (${entry.data.nomor})` : ''}`));
    }
    const openButton = h('button', { type: 'button', class: 'tombol' }, 'Buka');
    openButton.addEventListener('click', () => void this.openSiteSop(select.value));

    const nama = h('input', { type: 'text', autocomplete: 'off', required: true });
    const nomor = h('input', { type: 'text', autocomplete: 'off' });
    const pelaksana = h('input', { type: 'text', autocomplete: 'off' });
    const office = h('select', {});
    for (const entry of site.instansi) office.append(h('option', { value: entry.id }, entry.data.nama));
    const newButton = h('button', { type: 'submit', class: 'tombol' }, 'Buat kerangka');
    const newForm = h(
      'form',
      { class: 'sop-baru' },
      field('Nama SOP', nama, 'baru.nama'),
      field('Nomor SOP (boleh kosong)', nomor, 'baru.nomor'),
      field('Instansi', office, 'baru.instansi'),
      field('Pelaksana, dipisahkan koma (boleh kosong)', pelaksana, 'baru.pelaksana'),
      newButton,
    );
    newForm.addEventListener('submit', (event) => {
      event.preventDefault();
      try {
        const catalog = buildCatalog({ sop: site.sop, regulasi: site.regulasi, instansi: site.instansi });
        const answers = checkAnswers(
          { nama: nama.value, nomor: nomor.value, instansi: office.value, pelaksana: splitNames(pelaksana.value) },
          catalog,
        );
        const made = newSopFile(answers);
        this.begin(new Session(made.id, 'baru', made.text));
      } catch (error) {
        message(this.notice, `SOP baru: ${(error as Error).message}`);
      }
    });

    const disk = h('input', { type: 'file', accept: ['.mdx', ...IMPORT_EXTENSIONS].join(',') });
    disk.addEventListener('change', () => {
      const file = disk.files?.[0];
      if (file) void this.openAnyFile(file);
    });
    // A file dropped anywhere on the editor opens as if chosen.
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.openAnyFile(file);
    });

    opener.append(
      h('div', { class: 'pilihan-buka' }, field('SOP di situs ini', select, 'buka.sop'), openButton),
      h('details', {}, h('summary', {}, 'SOP baru (kerangka yang sama dengan npm run sop:new)'), newForm),
      field('Berkas dari komputer: .mdx, atau .docx/.xlsx/.txt untuk diimpor (boleh juga diseret ke halaman ini)', disk, 'buka.berkas'),
      this.imported,
    );
  }

  private async renderDrafts(): Promise<void> {
    if (!this.db) return;
    const records = await listDrafts(this.db).catch(() => []);
    if (records.length === 0) {
      this.drafts.replaceChildren();
      return;
    }
    const list = h('ul', {});
    for (const record of records) {
      const resume = h('button', { type: 'button', class: 'tombol kecil' }, 'Lanjutkan');
      resume.addEventListener('click', () => this.resume(record));
      const remove = h('button', { type: 'button', class: 'tombol kecil' }, 'Hapus draf');
      remove.addEventListener('click', async () => {
        if (!this.db || !confirm(`Hapus draf "${record.judul}"? Perubahan yang belum diunduh hilang.`)) return;
        await deleteDraft(this.db, record.id);
        await this.renderDrafts();
      });
      list.append(
        h(
          'li',
          { 'data-draf': record.id },
          h('strong', {}, record.judul),
          ` · ${record.berkas}.mdx · diubah ${new Date(record.diperbarui).toLocaleString('id-ID')} `,
          resume,
          remove,
        ),
      );
    }
    this.drafts.replaceChildren(h('h2', {}, 'Draf di perangkat ini'), list);
  }

  private async openSiteSop(id: string): Promise<void> {
    try {
      const response = await fetch(paths.penyuntingSumber(id));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { teks } = (await response.json()) as { teks: string };
      this.begin(new Session(id, 'situs', teks));
    } catch (error) {
      message(this.notice, `SOP ${id} tidak dapat dibuka: ${(error as Error).message}`);
    }
  }

  private async openAnyFile(file: File): Promise<void> {
    if (/\.mdx$/i.test(file.name)) return this.openDiskFile(file);
    if (!this.site) return;
    message(this.imported, `Mengimpor ${file.name}…`, 'info');
    try {
      const result = await importInBrowser(file.name, new Uint8Array(await file.arrayBuffer()), this.site);
      const list = h('ul', {});
      for (const draft of result.sop) {
        const id = draft.file.relativePath.replace(/^sop\/|\.mdx$/g, '');
        const open = h('button', { type: 'button', class: 'tombol kecil' }, `Buka ${draft.file.relativePath}`);
        open.addEventListener('click', () => this.openImported(id, draft));
        list.append(h('li', {}, open, ` ${draft.todos.length} TODO`));
      }
      for (const draft of result.regulasi) {
        const save = h('button', { type: 'button', class: 'tombol kecil' }, `Unduh ${draft.relativePath}`);
        save.addEventListener('click', () => download(draft.relativePath.replace(/^.*\//, ''), draft.text, 'text/yaml;charset=utf-8'));
        list.append(h('li', {}, save, ' (peraturan baru: simpan di content/regulasi/)'));
      }
      this.imported.replaceChildren(
        h(
          'p',
          {},
          `${file.name}: ${result.sop.length} draf SOP${result.regulasi.length ? `, ${result.regulasi.length} draf peraturan` : ''}.`,
        ),
        list,
        ...(result.catatan.length ? [h('ul', { class: 'catatan-impor' }, ...result.catatan.map((line) => h('li', {}, line)))] : []),
      );
      const first = result.sop[0];
      if (first) this.openImported(first.file.relativePath.replace(/^sop\/|\.mdx$/g, ''), first);
    } catch (error) {
      message(this.imported, `${file.name}: ${(error as Error).message}`);
    }
  }

  private openImported(id: string, draft: ImportedSop): void {
    const session = new Session(id, 'impor', draft.file.text);
    session.todos = draft.todos;
    session.regulasi = draft.regulasi.map((file) => ({ ...file }));
    this.begin(session);
  }

  private async openDiskFile(file: File): Promise<void> {
    const decoded = decodeContent(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return message(this.notice, `${file.name}:${decoded.line}: ${decoded.pesan}`);
    try {
      this.begin(new Session(file.name.replace(/\.mdx$/i, ''), 'berkas', decoded.text));
    } catch (error) {
      message(this.notice, `${file.name}: ${(error as Error).message}`);
    }
  }

  private resume(record: DrafRecord): void {
    try {
      const session = new Session(record.berkas, record.asal, record.teksAsal, { teks: record.teks, asalLangkah: record.asalLangkah });
      session.todos = record.todos ?? [];
      session.regulasi = record.regulasi ?? [];
      this.begin(session, record.id);
    } catch (error) {
      message(this.notice, error instanceof SessionError ? error.message : String(error));
    }
  }

  private begin(session: Session, draftId: string = crypto.randomUUID()): void {
    if (!this.site) return;
    this.flush();
    this.draftId = draftId;
    this.notice.replaceChildren();
    const url = new URL(location.href);
    url.search = `?draf=${encodeURIComponent(draftId)}`;
    history.replaceState(null, '', url);
    mountEditor(this.editor, session, this.site, { onChange: (changed) => this.journal(changed) });
    this.editor.querySelector('h2')?.setAttribute('tabindex', '-1');
    (this.editor.querySelector('h2') as HTMLElement | null)?.focus();
  }

  /** Journals the draft synchronously, then stores it shortly after (or at once when the page is left). */
  private journal(session: Session): void {
    if (!this.draftId) return;
    const teks = session.text();
    const unchanged = teks === session.teksAsal && session.regulasi.length === 0;
    const record: DrafRecord = {
      id: this.draftId,
      berkas: session.berkas,
      judul: typeof session.data.nama === 'string' && session.data.nama ? session.data.nama : session.berkas,
      asal: session.asal,
      teksAsal: session.teksAsal,
      teks,
      asalLangkah: session.origins.every((origin, i) => origin === i) ? null : [...session.origins],
      diperbarui: Date.now(),
      ...(session.todos.length > 0 ? { todos: session.todos.map((todo) => ({ ...todo, path: [...todo.path] })) } : {}),
      ...(session.regulasi.length > 0 ? { regulasi: session.regulasi.map((draft) => ({ ...draft })) } : {}),
    };
    this.setStatus(unchanged ? 'Belum ada perubahan.' : 'Menyimpan…');
    remember({ runId: record.id, no: 0, bidang: 'draf', nilai: record, waktu: record.diperbarui });
    this.pending = record;
    clearTimeout(this.storeTimer);
    this.storeTimer = setTimeout(() => this.flush(), 400);
  }

  private flush(): void {
    clearTimeout(this.storeTimer);
    const record = this.pending;
    if (!record || !this.db) return;
    this.pending = undefined;
    void store(this.db, { runId: record.id, no: 0, bidang: 'draf', nilai: record, waktu: record.diperbarui }).then(
      () => {
        if (!this.pending) this.setStatus(`Draf tersimpan di perangkat ini (${new Date(record.diperbarui).toLocaleTimeString('id-ID')}).`);
        void this.renderDrafts();
      },
      () => this.setStatus('Draf belum tersimpan: penyimpanan browser menolak. Unduh berkasnya agar tidak hilang.'),
    );
  }

  private setStatus(text: string): void {
    const status = this.editor.querySelector('[data-status-draf]');
    if (status) status.textContent = text;
  }
}

if (!customElements.get('penyunting-sop')) customElements.define('penyunting-sop', PenyuntingSop);

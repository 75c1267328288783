/**
 * The editing screen of one session: the form (identity, lanes, steps, prose), and beside it, live as the author
 * types, the build's checks, the totals and the swimlane. Every change is journaled at once and stored as a draft.
 */
import { checkSopText, type SiteContext } from '../../content-check/check-file.ts';
import { flowTotals } from '../../domain/flow-totals.ts';
import { formatDurasi } from '../../domain/durasi.ts';
import { checkFileText } from '../../content-check/check-file.ts';
import { checkRegulasiDrafts } from '../../editor/regulasi-file.ts';
import type { Sop } from '../../schemas/sop.ts';
import { download } from '../checklist/dom.ts';
import { diagramText, drawDiagram } from './diagram-preview.ts';
import { dokumenPanel } from './dokumen-panel.ts';
import { field, h } from './dom.ts';
import { identityForm } from './identity-form.ts';
import { showIssues } from './messages.ts';
import type { Session } from './session.ts';
import { canWriteFolders, saveIntoFolder } from './save-folder.ts';
import { stepsForm } from './steps-form.ts';

export interface EditorHooks {
  /** Called (synchronously journaled) after every change. */
  onChange(session: Session): void;
}

/** Mounts the editor for `session` in `root`. */
export function mountEditor(root: HTMLElement, session: Session, site: SiteContext, hooks: EditorHooks): void {
  const fileName = () => `${session.berkas}.mdx`;
  const title = h('h2', { id: 'judul-sunting' });
  const status = h('p', { class: 'status-draf', role: 'status', 'data-status-draf': '' });
  const summary = h('div', { class: 'hasil-periksa', 'aria-live': 'polite', 'data-hasil-periksa': '' });
  const totals = h('p', { class: 'total-waktu', 'data-total': '' });
  const diagram = h('div', {
    class: 'pratinjau-bagan bagan-gulir',
    'data-pratinjau-bagan': '',
    role: 'region',
    tabindex: 0,
    'aria-label': 'Pratinjau bagan alir (dapat digulir)',
  });
  const diagramNote = h('p', { class: 'muted', 'data-catatan-bagan': '' });
  const dokumen = dokumenPanel(site);
  const form = h('div', { class: 'form-sop' });
  const saveButton = h('button', { type: 'button', class: 'tombol' }, 'Unduh .mdx');
  saveButton.addEventListener('click', () => download(fileName(), session.text(), 'text/markdown;charset=utf-8'));
  const folderButton = h('button', { type: 'button', class: 'tombol', hidden: !canWriteFolders() }, 'Simpan ke folder content/…');
  const folderStatus = h('p', { class: 'status-folder', role: 'status', 'data-status-folder': '' });
  folderButton.addEventListener('click', () => {
    saveIntoFolder(fileName(), session.text()).then(
      (result) => {
        folderStatus.textContent = result;
      },
      (error: Error) => {
        folderStatus.textContent =
          error.name === 'AbortError' ? 'Pemilihan folder dibatalkan.' : `Tidak tersimpan ke folder: ${error.message}`;
      },
    );
  });
  const fileInput = h('input', { type: 'text', autocomplete: 'off', value: session.berkas, spellcheck: 'false' });
  fileInput.addEventListener('input', () => {
    session.berkas = fileInput.value.trim().replace(/\.mdx$/, '');
    schedule();
  });

  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let drawTimer: ReturnType<typeof setTimeout> | undefined;
  let lastDrawn: string | undefined;
  let run = 0;

  const check = () => {
    const mine = ++run;
    const text = session.text();
    const file = `content/sop/${fileName()}`;
    // Regulations drafted with the SOP are part of the site it is checked against, and checked themselves.
    const drafted = checkRegulasiDrafts(site, session.regulasi);
    const issues = [...checkSopText(file, session.berkas, text, drafted.site), ...drafted.issues];
    // Sätteri, the build's MDX compiler, is native code with no browser build installed: a body with MDX syntax
    // is compiled by sop:check and the build only, and the author is told.
    for (const todo of session.todos) {
      const path = session.todoPath(todo.path);
      const value = path && session.valueAt(path);
      if (path && typeof value === 'string' && value.includes('TODO')) {
        issues.push({ file, line: 1, field: path.join(' > '), pesan: todo.pesan, level: 'warning', path });
      }
    }
    const mdxBody = checkFileText(file, session.berkas, text, 'sop').mdxBody;
    // A comment {/* ... */} (as sop:new writes) always compiles.
    if (mdxBody !== undefined && /[<{}]|^(?:import|export)\s/m.test(mdxBody.replace(/\{\/\*[\s\S]*?\*\/\}/g, ''))) {
      issues.push({
        file,
        line: 1,
        field: '(isi MDX)',
        pesan:
          'uraian memuat tanda < { } atau import/export; penyunting tidak dapat mengompilasi MDX, jadi periksa uraian dengan npm run sop:check sebelum build',
        level: 'warning',
        path: ['(isi MDX)'],
      });
    }
    if (mine !== run) return;
    showIssues(form, summary, issues);
    const parsed = checkFileText(file, session.berkas, text, 'sop').parsed as Sop | undefined;
    dokumen.update(session.berkas, parsed);
    title.textContent = `Menyunting: ${typeof session.data.nama === 'string' && session.data.nama ? session.data.nama : fileName()}`;
    if (!parsed) {
      totals.textContent = '';
      diagramNote.textContent = lastDrawn
        ? 'Bagan di bawah belum memuat perubahan terakhir: perbaiki galat di atas lebih dahulu.'
        : 'Bagan digambar setelah isian lolos pemeriksaan.';
      return;
    }
    if (parsed.langkah) {
      const result = flowTotals(parsed.langkah.map((step) => ({ ...step, menit: step.mutuBaku.durasi?.menit ?? null })));
      totals.textContent = `Total waktu jalur utama: ${formatDurasi(result.utama.menit)}`;
    } else totals.textContent = 'Langkah belum tercatat.';
    const text2 = diagramText(parsed);
    if (!text2) {
      diagram.replaceChildren();
      diagramNote.textContent = 'Bagan digambar setelah pelaksana dan langkah tercatat.';
      return;
    }
    if (text2 === lastDrawn) return;
    clearTimeout(drawTimer);
    drawTimer = setTimeout(() => {
      lastDrawn = text2;
      diagramNote.textContent = '';
      void drawDiagram(diagram, text2);
    }, 300);
  };

  const schedule = () => {
    hooks.onChange(session);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void check(), 200);
  };

  const body = h('textarea', { rows: 8, spellcheck: 'true' });
  body.value = session.body;
  body.addEventListener('input', () => {
    session.body = body.value;
    schedule();
  });

  const build = () => {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.path : undefined;
    form.replaceChildren(
      identityForm(session, site, schedule),
      stepsForm(session, schedule, () => {
        build();
        schedule();
      }),
      h(
        'section',
        { class: 'bagian-form', 'aria-labelledby': 'judul-uraian' },
        h('h2', { id: 'judul-uraian' }, 'Uraian (isi MDX)'),
        field('Uraian bebas: tujuan, catatan, sumber', body, '(isi MDX)'),
      ),
    );
    if (focused) form.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"]`)?.focus();
  };
  build();

  root.replaceChildren(
    h(
      'div',
      { class: 'kepala-sunting' },
      title,
      status,
      h('div', { class: 'aksi-simpan' }, field('Nama berkas (tanpa .mdx)', fileInput, '(nama berkas)'), saveButton, folderButton),
      folderStatus,
    ),
    summary,
    h(
      'div',
      { class: 'tata-sunting' },
      form,
      h(
        'aside',
        { class: 'pratinjau', 'aria-labelledby': 'judul-pratinjau' },
        h('h2', { id: 'judul-pratinjau' }, 'Pratinjau'),
        totals,
        diagramNote,
        diagram,
        dokumen.element,
      ),
    ),
  );
  void check();
}

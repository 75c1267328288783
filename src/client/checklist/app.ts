/**
 * <checklist-saya>: the checklist page. Without ?run it lists every run on this device; with ?run=<id> it shows
 * that run. Data stays in this browser's IndexedDB (src/db/), usable offline.
 */
import { openDatabase } from '../../db/database.ts';
import { replay } from '../../db/journal.ts';
import { h } from './dom.ts';
import { mountRunList } from './run-list.ts';
import { mountRunView } from './run-view.ts';
import './controls.css';
import './run-list.css';
import './run.css';
import './run-print.css';

class ChecklistSaya extends HTMLElement {
  connectedCallback(): void {
    const outdated = h(
      'p',
      { class: 'pesan', 'data-kind': 'peringatan', role: 'alert', hidden: true },
      'Lajur diperbarui di tab lain. Muat ulang halaman ini agar perubahan tersimpan dengan versi baru. ',
    );
    const reload = h('button', { type: 'button', class: 'tombol kecil' }, 'Muat ulang');
    reload.addEventListener('click', () => location.reload());
    outdated.append(reload);
    const body = h('div');
    this.replaceChildren(outdated, body);
    if (!('indexedDB' in window)) {
      body.append(
        h(
          'p',
          { class: 'pesan', 'data-kind': 'galat' },
          'Browser ini tidak menyediakan penyimpanan IndexedDB, sehingga checklist tidak dapat dipakai.',
        ),
      );
      return;
    }
    const db = openDatabase(() => {
      outdated.hidden = false;
    });
    const runId = new URL(location.href).searchParams.get('run');
    if (runId) document.querySelector('[data-judul-halaman]')?.setAttribute('hidden', '');
    // Changes an earlier page journaled but could not store (closed mid-write) are stored before anything is shown.
    void replay(db)
      .catch(() => 0)
      .then(() => (runId ? mountRunView(body, db, runId) : mountRunList(body, db)));
  }
}

if (!customElements.get('checklist-saya')) customElements.define('checklist-saya', ChecklistSaya);

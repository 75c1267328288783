/**
 * <mulai-pelaksanaan>: starts a run from the SOP page. The database code and the copy of the SOP's steps are
 * fetched when the form is sent, not before: an SOP page that is only read carries neither.
 */
import type { SopSnapshot } from '../../domain/checklist.ts';
import { PERLU_REVISI_KEY } from '../../lib/site-files.ts';
import { load } from './chunk.ts';

/** Shows the SOP page's "perlu revisi" line from the copy the monev pages keep (no database loaded here). */
function showPerluRevisi(): void {
  const line = document.querySelector<HTMLElement>('[data-perlu-revisi]');
  if (!line) return;
  try {
    const periode = (JSON.parse(localStorage.getItem(PERLU_REVISI_KEY) ?? '{}') as Record<string, { dari: string; sampai: string }>)[
      line.dataset.perluRevisi ?? ''
    ];
    if (!periode) return;
    (line.querySelector('[data-periode]') as HTMLElement).textContent = `periode ${periode.dari} s.d. ${periode.sampai}`;
    line.hidden = false;
  } catch {
    // No localStorage or a damaged copy: the monev pages still list it.
  }
}

class MulaiPelaksanaan extends HTMLElement {
  connectedCallback(): void {
    showPerluRevisi();
    const form = this.querySelector('form');
    if (!form || !('indexedDB' in window)) return;
    const title = form.elements.namedItem('judul') as HTMLInputElement;
    const name = form.elements.namedItem('nama') as HTMLInputElement;
    const status = form.querySelector('[role="status"]') as HTMLElement;
    title.value ||= `${this.dataset.nama} ${new Date().getFullYear()}`;
    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    form.hidden = false;
    // One submission at a time: a double click or Enter pressed twice starts one run, not two.
    let sending = false;
    // Coming Back to this page from the browser's cache: the form may be sent again.
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      sending = false;
      button.removeAttribute('aria-disabled');
      form.removeAttribute('aria-busy');
      status.textContent = '';
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      sending = true;
      button.setAttribute('aria-disabled', 'true');
      form.setAttribute('aria-busy', 'true');
      status.textContent = 'Menyimpan…';
      try {
        const [{ openDatabase }, { startRun }, { requestPersistence }, snapshot] = await Promise.all([
          load(() => import('../../db/database.ts')),
          load(() => import('../../db/runs.ts')),
          load(() => import('./storage.ts')),
          fetch(this.dataset.salinan ?? '').then((response) => {
            if (!response.ok) throw new Error(`salinan langkah tidak dapat dimuat (${response.status})`);
            return response.json() as Promise<SopSnapshot>;
          }),
        ]);
        // Asked now because browsers grant it from a user action.
        void requestPersistence();
        const id = await startRun(openDatabase(), snapshot, { judul: title.value, namaPelaksana: name.value });
        // Still "sending" while the run page loads: the guard stays on.
        location.href = `${this.dataset.checklist}?run=${encodeURIComponent(id)}`;
      } catch (error) {
        status.textContent = `Pelaksanaan tidak dapat dimulai: ${(error as Error).message}`;
        sending = false;
        button.removeAttribute('aria-disabled');
        form.removeAttribute('aria-busy');
      }
    });
  }
}

if (!customElements.get('mulai-pelaksanaan')) customElements.define('mulai-pelaksanaan', MulaiPelaksanaan);

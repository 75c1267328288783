/**
 * <mulai-pelaksanaan>: starts a run from the SOP page. The database code and the copy of the SOP's steps are
 * fetched when the form is sent, not before: an SOP page that is only read carries neither.
 */
import type { SopSnapshot } from '../../domain/checklist.ts';

class MulaiPelaksanaan extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form || !('indexedDB' in window)) return;
    const title = form.elements.namedItem('judul') as HTMLInputElement;
    const name = form.elements.namedItem('nama') as HTMLInputElement;
    const status = form.querySelector('[role="status"]') as HTMLElement;
    title.value ||= `${this.dataset.nama} ${new Date().getFullYear()}`;
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      status.textContent = 'Menyimpan…';
      try {
        const [{ openDatabase }, { startRun }, { requestPersistence }, snapshot] = await Promise.all([
          import('../../db/database.ts'),
          import('../../db/runs.ts'),
          import('./storage.ts'),
          fetch(this.dataset.salinan ?? '').then((response) => {
            if (!response.ok) throw new Error(`salinan langkah tidak dapat dimuat (${response.status})`);
            return response.json() as Promise<SopSnapshot>;
          }),
        ]);
        // Asked now because browsers grant it from a user action.
        void requestPersistence();
        const id = await startRun(openDatabase(), snapshot, { judul: title.value, namaPelaksana: name.value });
        location.href = `${this.dataset.checklist}?run=${encodeURIComponent(id)}`;
      } catch (error) {
        status.textContent = `Pelaksanaan tidak dapat dimulai: ${(error as Error).message}`;
      }
    });
  }
}

if (!customElements.get('mulai-pelaksanaan')) customElements.define('mulai-pelaksanaan', MulaiPelaksanaan);

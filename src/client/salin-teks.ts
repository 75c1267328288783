/**
 * <salin-teks data-target="id">: a "copy" button for the text of another element. The button stays hidden
 * until this script runs (and where the clipboard is not available), so without JavaScript the text is simply
 * there to select.
 */
class SalinTeks extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const target = document.getElementById(this.dataset.target ?? '');
    if (!button || !target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = 'Tersalin.';
      } catch {
        if (status) status.textContent = 'Tidak dapat menyalin; pilih teksnya lalu salin.';
      }
    });
  }
}

if (!customElements.get('salin-teks')) customElements.define('salin-teks', SalinTeks);

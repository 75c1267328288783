/**
 * <tombol-cetak>: the "Cetak" button of the official document. The button stays hidden until this script runs,
 * so a reader without JavaScript never sees a button that does nothing; the browser's own print works either way.
 */
class TombolCetak extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('tombol-cetak')) customElements.define('tombol-cetak', TombolCetak);

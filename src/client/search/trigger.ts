/**
 * <cari-pemicu>: the header's search link, upgraded. A click, or "/" anywhere outside a text field, opens the
 * search dialog, whose code is fetched then. Without JavaScript the link leads to /cari/.
 */
class CariPemicu extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    link?.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      void open();
    });
  }
}

async function open(): Promise<void> {
  const { openSearchDialog } = await import('./dialog.ts');
  openSearchDialog();
}

/** Whether "/" is text being typed: focus in a field that is on screen (not in a closed dialog). */
function typingInField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return false;
  return !element.closest('dialog:not([open])');
}

if (!customElements.get('cari-pemicu')) {
  customElements.define('cari-pemicu', CariPemicu);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey || typingInField(event.target)) return;
    if (location.pathname.endsWith('/cari/')) return;
    event.preventDefault();
    void open();
  });
}

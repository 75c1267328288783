/**
 * <tombol-cari>: the header's search link, upgraded. A click, or "/" anywhere outside a text field, opens the
 * search dialog, whose code is fetched then. Without JavaScript the link leads to /cari/.
 *
 * The dialog's code, stylesheet and Pagefind are fetched early when the dialog is likely to open (pointer over or
 * focus on the link), and keys typed between "/" and the dialog being ready are kept and handed to it in order.
 */
type DialogModule = typeof import('./dialog.ts');

let dialogModule: Promise<DialogModule> | undefined;
/** pagefind/pagefind.js under the site's base path, from the element's data-pagefind (set at build time). */
let pagefindUrl: string | undefined;

function loadDialog(): Promise<DialogModule> {
  if (!dialogModule) {
    // Pagefind is fetched beside the dialog's code rather than after it; the search box imports the same URL and
    // gets the same module. (Not a shared import: that would be one more chunk on every page.)
    if (pagefindUrl) void import(/* @vite-ignore */ pagefindUrl).catch(() => undefined);
    dialogModule = import('./dialog.ts');
  }
  dialogModule.catch(() => {
    dialogModule = undefined;
  });
  return dialogModule;
}

/** Fetches what the dialog needs without opening it. */
function preload(): void {
  void loadDialog()
    .then((module) => module.preloadSearch())
    .catch(() => undefined);
}

/** Keys typed while the dialog is loading; `undefined` when it is not. */
let pending: string[] | undefined;

async function open(): Promise<void> {
  if (pending) return;
  pending = [];
  try {
    const { openSearchDialog } = await loadDialog();
    openSearchDialog(pending);
  } finally {
    pending = undefined;
  }
}

/** Whether "/" is text being typed: focus in a text field that is on screen (not in a closed dialog). */
function typingInField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  const field = element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  if (!field) return false;
  // A ticked checkbox or a chosen radio button keeps focus, but "/" typed there is not text.
  if (field instanceof HTMLInputElement && ['checkbox', 'radio', 'button', 'submit', 'reset'].includes(field.type)) return false;
  return !field.closest('dialog:not([open])');
}

class TombolCari extends HTMLElement {
  connectedCallback(): void {
    pagefindUrl ??= this.dataset.pagefind;
    const link = this.querySelector('a');
    link?.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      void open();
    });
    for (const type of ['pointerenter', 'focusin', 'touchstart']) this.addEventListener(type, preload, { once: true, passive: true });
  }
}

if (!customElements.get('tombol-cari')) {
  customElements.define('tombol-cari', TombolCari);
  // Capture phase: while the dialog loads, its keys must not reach the page (or scroll it).
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (pending) {
        if (event.key.length === 1 || event.key === 'Backspace') {
          pending.push(event.key);
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      if (event.key !== '/' || typingInField(event.target)) return;
      if (location.pathname.endsWith('/cari/')) return;
      event.preventDefault();
      void open();
    },
    { capture: true },
  );
}

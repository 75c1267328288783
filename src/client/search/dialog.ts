/**
 * The search dialog opened from the header (button or "/"). Loaded on first use: until then a page carries only
 * the small script of the header's search link (tombol-cari.ts).
 */
import { t } from '../../i18n/id.ts';
import { preloadPagefind, SearchUi } from './search-ui.ts';
import styles from './search.css?url';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUi | undefined;

/** The dialog's stylesheet, linked when it first opens so that pages do not carry it. */
function linkStyles(): void {
  if (document.querySelector(`link[href="${styles}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles;
  document.head.append(link);
}

/** Fetches the stylesheet and Pagefind before the dialog opens (pointer over or focus on the search link). */
export function preloadSearch(): void {
  linkStyles();
  void preloadPagefind().catch(() => undefined);
}

/**
 * Opens the dialog with its search box focused. `typed` holds the keys pressed while this code was loading, in
 * order: they replace the previous term as typing into its selected text would.
 */
export function openSearchDialog(typed: readonly string[] = []): void {
  linkStyles();
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'dialog-cari';
    dialog.setAttribute('aria-labelledby', 'judul-dialog-cari');
    const header = document.createElement('div');
    header.className = 'dialog-cari-kepala';
    const title = document.createElement('h2');
    title.id = 'judul-dialog-cari';
    title.textContent = t.search.title;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = t.search.close;
    close.addEventListener('click', () => dialog?.close());
    header.append(title, close);
    const body = document.createElement('div');
    body.className = 'dialog-cari-isi';
    dialog.append(header, body);
    // Escape closes even from a search field, which would otherwise only clear itself.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog?.close();
      }
    });
    // A click on the backdrop (outside the box) closes, as people expect of overlays.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog?.close();
    });
    document.body.append(dialog);
    ui = new SearchUi(body);
  }
  dialog.showModal();
  if (!ui) return;
  ui.input.focus();
  ui.input.select();
  if (typed.length === 0) return;
  let term = '';
  for (const key of typed) term = key === 'Backspace' ? term.slice(0, -1) : term + key;
  ui.input.value = term;
  ui.input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * <status-luring>: registers the service worker (workbox-window) and tells the reader what it means for them:
 * "Siap digunakan offline" after the first install, "Versi baru tersedia" with a reload button when an update
 * waits, an offline indicator while the network is gone, and, on sites too large to precache, a
 * "Simpan semua untuk offline" action with progress.
 *
 * One update flow across tabs: the tab where the reader accepts reloads into the new version; every other open
 * tab is told that a new version is active and offered a reload. It keeps working meanwhile: the service worker
 * keeps the previous version's scripts (src/integrations/service-worker.ts), and a chunk that is gone anyway
 * gives an Indonesian message with a reload button (src/client/checklist/chunk.ts).
 */
import { Workbox } from 'workbox-window';
import { OFFLINE_LIST, PAGE_CACHE } from '../../lib/site-files.ts';
import { base } from '../../lib/url.ts';

class StatusLuring extends HTMLElement {
  private message!: HTMLElement;
  private action!: HTMLButtonElement;
  private offline!: HTMLElement;
  private onAction: (() => void) | undefined;

  connectedCallback(): void {
    this.offline = this.querySelector('[data-luring]') as HTMLElement;
    this.message = this.querySelector('[data-pesan]') as HTMLElement;
    this.action = this.querySelector('[data-aksi]') as HTMLButtonElement;
    this.action.addEventListener('click', () => this.onAction?.());
    const showNetwork = () => {
      this.offline.hidden = navigator.onLine;
    };
    window.addEventListener('online', showNetwork);
    window.addEventListener('offline', showNetwork);
    showNetwork();
    if ('serviceWorker' in navigator) void this.register();
  }

  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  /** Shows a notice; one without an action is news, and leaves by itself after a while. */
  private say(text: string, action?: { label: string; run: () => void }): void {
    clearTimeout(this.hideTimer);
    this.message.textContent = text;
    this.message.hidden = !text;
    this.action.hidden = !action;
    this.action.textContent = action?.label ?? '';
    this.onAction = action?.run;
    if (!action && text && !text.endsWith('…')) {
      this.hideTimer = setTimeout(() => {
        this.message.hidden = true;
      }, 10_000);
    }
  }

  private async register(): Promise<void> {
    const workbox = new Workbox(`${base}sw.js`, { scope: base });
    let acceptedHere = false;
    // A controller that changes while one was already in charge is an update activated by some tab.
    let hadController = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The first controller of a new install is no update.
      if (!hadController) {
        hadController = true;
        return;
      }
      if (acceptedHere) return;
      this.say('Versi baru Lajur sudah aktif di tab lain. Halaman ini tetap bekerja; muat ulang bila sempat agar memakai versi baru.', {
        label: 'Muat ulang',
        run: () => window.location.reload(),
      });
    });
    workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) {
        this.say('Siap digunakan offline: halaman, pencarian dan checklist tetap bekerja tanpa internet.');
        void this.offerSaveAll();
      }
    });
    workbox.addEventListener('waiting', () => {
      this.say('Versi baru tersedia.', {
        label: 'Muat ulang',
        run: () => {
          acceptedHere = true;
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        },
      });
    });
    try {
      await workbox.register();
    } catch {
      // Without a service worker the site still works online; nothing to tell.
    }
  }

  /** On sites larger than the precache budget, offers to store every page now. */
  private async offerSaveAll(): Promise<void> {
    const response = await fetch(`${base}${OFFLINE_LIST}`).catch(() => undefined);
    if (!response?.ok) return;
    const list = (await response.json()) as { mode: string; halaman: string[] };
    if (list.mode === 'semua') return;
    this.say(`Halaman disimpan saat dibuka. Simpan semua ${list.halaman.length} halaman agar tersedia tanpa internet?`, {
      label: 'Simpan semua untuk offline',
      run: () => void this.saveAll(list.halaman),
    });
  }

  private async saveAll(pages: string[]): Promise<void> {
    const cache = await caches.open(PAGE_CACHE);
    let done = 0;
    let failed = 0;
    this.say(`Menyimpan 0/${pages.length} halaman…`);
    for (const page of pages) {
      try {
        if (!(await cache.match(page))) await cache.add(page);
      } catch {
        failed += 1;
      }
      done += 1;
      if (done % 10 === 0 || done === pages.length) this.say(`Menyimpan ${done}/${pages.length} halaman…`);
    }
    this.say(
      failed === 0
        ? `Semua ${pages.length} halaman tersimpan untuk dibuka tanpa internet.`
        : `${pages.length - failed} halaman tersimpan; ${failed} gagal (sambungan terputus?).`,
      failed === 0 ? undefined : { label: 'Coba lagi', run: () => void this.saveAll(pages) },
    );
  }
}

if (!customElements.get('status-luring')) customElements.define('status-luring', StatusLuring);

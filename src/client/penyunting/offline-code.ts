/**
 * Keeps the editor usable offline without making readers pay for it: the service worker leaves the editor's
 * on-demand code (Mermaid, the Word and Excel readers) out of its precache, and lists it in lajur-offline.json.
 * Visited online, the editor stores that list in the on-demand cache, which the service worker answers from, and
 * removes from that cache what the current list no longer names (an older build's chunks would stay forever).
 */
import { OFFLINE_LIST, ON_DEMAND_CACHE } from '../../lib/site-files.ts';
import { base } from '../../lib/url.ts';

/** Stores what is missing of the editor's on-demand code; marks `host` with data-luring-siap once all is kept. */
export async function keepEditorCodeOffline(host: HTMLElement): Promise<void> {
  if (!('caches' in window) || !('serviceWorker' in navigator) || !navigator.onLine) return;
  // The list belongs to the installed version: wait until a service worker is active.
  await navigator.serviceWorker.ready;
  const response = await fetch(`${base}${OFFLINE_LIST}`, { cache: 'no-store' }).catch(() => undefined);
  if (!response?.ok) return;
  const { penyunting = [] } = (await response.json()) as { penyunting?: string[] };
  const cache = await caches.open(ON_DEMAND_CACHE);
  const named = new Set(penyunting.map((url) => new URL(url, location.href).pathname));
  for (const request of await cache.keys()) {
    if (!named.has(new URL(request.url).pathname)) await cache.delete(request);
  }
  const missing: string[] = [];
  for (const url of penyunting) if (!(await caches.match(url, { ignoreSearch: true }))) missing.push(url);
  // One at a time: a few megabytes on a slow line must not crowd out what the author is doing.
  for (const url of missing) await cache.add(url).catch(() => undefined);
  host.dataset.luringSiap = '';
}

/**
 * Names that the build writes and the browser reads, in one place for both sides. Browser-safe: no Node imports.
 */

/** The runtime cache of pages visited, or stored by "Simpan semua untuk offline" (src/integrations/service-worker.ts). */
export const PAGE_CACHE = 'lajur-halaman';

/** The list of every page of the site, written beside sw.js for "Simpan semua untuk offline". */
export const OFFLINE_LIST = 'lajur-offline.json';

/**
 * localStorage key of the "perlu revisi" copy: SOP id to the period evaluated. The monev code rewrites it from the
 * database (src/db/monev.ts); the SOP page reads it to show its badge without loading the database.
 */
export const PERLU_REVISI_KEY = 'lajur-perlu-revisi';

/**
 * Scripts left out of the precache (the editor's Mermaid and import readers), kept once fetched: the service
 * worker stores them as they load, and the editor page stores its whole list when visited online.
 */
export const ON_DEMAND_CACHE = 'lajur-aset-sesuai-permintaan';

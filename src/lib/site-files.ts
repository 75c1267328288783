/**
 * Names that the build writes and the browser reads, in one place for both sides. Browser-safe: no Node imports.
 */

/** The runtime cache of pages visited, or stored by "Simpan semua untuk offline" (src/integrations/service-worker.ts). */
export const PAGE_CACHE = 'lajur-halaman';

/** The list of every page of the site, written beside sw.js for "Simpan semua untuk offline". */
export const OFFLINE_LIST = 'lajur-offline.json';

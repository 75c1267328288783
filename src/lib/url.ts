/**
 * Links inside the site, under the configured sub-path (LAJUR_BASE). Browser-safe: pages at build time and the
 * client islands (checklist, search, service worker registration) use the same module.
 */

/** The site's sub-path, always ending in "/". */
export const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('sop/penyusunan-cascading/')` becomes "/sop/sop/penyusunan-cascading/" when the base is "/sop/". */
export function href(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  home: () => href(),
  sop: (id: string) => href(`sop/${encodeURIComponent(id)}/`),
  /** The official document of an SOP: identity page and flowchart table, to print. */
  dokumen: (id: string) => href(`sop/${encodeURIComponent(id)}/dokumen/`),
  regulasi: (id: string) => href(`dasar-hukum/${id}/`),
  daftarRegulasi: () => href('dasar-hukum/'),
  kualifikasi: (slug: string) => href(`kualifikasi/${slug}/`),
  daftarKualifikasi: () => href('kualifikasi/'),
  pelaksana: (slug: string) => href(`pelaksana/${slug}/`),
  daftarPelaksana: () => href('pelaksana/'),
  checklist: (runId?: string) => href(`checklist/${runId ? `?run=${encodeURIComponent(runId)}` : ''}`),
  /** Monitoring and evaluation (monev): colleagues' backups, the "perlu revisi" list, and one page per SOP. */
  monev: () => href('monev/'),
  monevSop: (id: string) => href(`monev/${encodeURIComponent(id)}/`),
  /** Each SOP's current procedure hash (src/pages/checklist/versi.json.ts), for "SOP telah diperbarui". */
  checklistVersions: () => href('checklist/versi.json'),
  /** The SOP editor; with an id it opens that SOP of the site. */
  penyunting: (id?: string) => href(`penyunting/${id ? `?sop=${encodeURIComponent(id)}` : ''}`),
  /** What the editor checks against (src/pages/penyunting/konteks.json.ts). */
  penyuntingKonteks: () => href('penyunting/konteks.json'),
  /** An SOP's source as written, for the editor. */
  penyuntingSumber: (id: string) => href(`penyunting/sumber/${encodeURIComponent(id)}.json`),
};

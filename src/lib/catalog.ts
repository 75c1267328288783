/**
 * The catalog for pages: Astro's collections run through the same {@link buildCatalog} as the checker.
 * Built once per production build; rebuilt on every request in dev so edits show up.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../domain/catalog.ts';
import { buildCrossIndexes, type CrossIndexes } from '../domain/indexes.ts';

export interface SiteCatalog extends Catalog {
  /** The content entries, for rendering each SOP's MDX body. */
  sopEntries: Map<string, CollectionEntry<'sop'>>;
  /** Regulations, qualifications and roles with the SOPs that refer to them. */
  indexes: CrossIndexes;
}

let cached: Promise<SiteCatalog> | undefined;

async function load(): Promise<SiteCatalog> {
  const [sop, regulasi, instansi] = await Promise.all([getCollection('sop'), getCollection('regulasi'), getCollection('instansi')]);
  const catalog = buildCatalog({ sop, regulasi, instansi });
  return { ...catalog, sopEntries: new Map(sop.map((entry) => [entry.id, entry])), indexes: buildCrossIndexes(catalog) };
}

export function getCatalog(): Promise<SiteCatalog> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Static paths of the pages that exist once per SOP (/sop/<id>/ and its official document). */
export async function sopPaths(): Promise<Array<{ params: { id: string } }>> {
  const catalog = await getCatalog();
  return catalog.sops.map((sop) => ({ params: { id: sop.id } }));
}

/** The SOP a per-SOP page is for, with its content entry; a missing one is a bug in the paths, so it throws. */
export async function sopForPage(id: string | undefined) {
  const catalog = await getCatalog();
  const sop = id === undefined ? undefined : catalog.sopById.get(id);
  const entry = id === undefined ? undefined : catalog.sopEntries.get(id);
  if (!sop || !entry) throw new Error(`SOP ${id} tidak ada di katalog`);
  return { catalog, sop, entry };
}

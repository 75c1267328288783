/**
 * The copy of an SOP's steps a checklist run starts from, one small file per SOP. Fetched when a run starts
 * (precached by the service worker, so starting works offline), instead of weighing down every SOP page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { snapshotOf } from '../../../domain/checklist.ts';
import { getCatalog } from '../../../lib/catalog.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.sops.flatMap((sop) => {
    const snapshot = snapshotOf(sop.id, sop.data);
    return snapshot ? [{ params: { id: sop.id }, props: { snapshot } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.snapshot), { headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * The current procedure version of every SOP, so a checklist run can tell that its SOP changed since it started.
 * One small file for the whole site, fetched by the run page (and cached for offline use).
 */
import type { APIRoute } from 'astro';
import { snapshotOf } from '../../domain/checklist.ts';
import { getCatalog } from '../../lib/catalog.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const versions = Object.fromEntries(
    catalog.sops.flatMap((sop) => {
      const snapshot = snapshotOf(sop.id, sop.data);
      return snapshot ? [[sop.id, { versi: snapshot.sopVersi, nama: sop.data.nama, tanggalRevisi: sop.data.tanggalRevisi }]] : [];
    }),
  );
  return new Response(JSON.stringify(versions), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

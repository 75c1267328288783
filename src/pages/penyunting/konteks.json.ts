/**
 * What the editor (/penyunting/) checks an SOP against, as the build knows it: offices and their units, the
 * regulations, and the site's SOPs (their numbers and names, for numbers used twice and related SOPs). Fetched once
 * by the editor and precached, so checking works offline.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const body = {
    instansi: catalog.instansi.map(({ id, data }) => ({ id, data })),
    regulasi: catalog.regulasi.map(({ id, data }) => ({ id, data })),
    // Only what the reference checks read; the editor fetches a whole SOP's source when it opens one.
    sop: catalog.sops.map(({ id, data }) => ({
      id,
      data: {
        nomor: data.nomor,
        nama: data.nama,
        instansi: data.instansi,
        unit: null,
        pelaksana: null,
        langkah: null,
        dasarHukum: null,
        keterkaitan: null,
      },
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

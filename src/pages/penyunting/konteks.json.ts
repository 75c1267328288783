/**
 * What the editor (/penyunting/) checks an SOP against, as the build knows it: offices and their units, the
 * regulations, and the site's SOPs (their numbers and names, for numbers used twice and related SOPs); and what the
 * official document's preview takes from the build (offices' logos, steps per flowchart page, the public origin).
 * Fetched once by the editor and precached, so checking works offline.
 */
import type { APIRoute } from 'astro';
import { logoDataUri, logoPath } from '../../dokumen/logo.ts';
import type { KonteksDokumen } from '../../dokumen/markup/dokumen-resmi.ts';
import { getCatalog } from '../../lib/catalog.ts';
import { contentDir, flowchartRowsPerPage, siteUrl } from '../../settings.ts';

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
    dokumen: {
      barisPerHalaman: flowchartRowsPerPage,
      situs: siteUrl ?? null,
      logo: Object.fromEntries(
        catalog.instansi.flatMap(({ id, data }) => (data.logo ? [[id, logoDataUri(logoPath(`${contentDir}/instansi`, data.logo))]] : [])),
      ),
    } satisfies KonteksDokumen,
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

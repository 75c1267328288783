/** The acronyms of content/istilah/ for the search box, which matches them both ways (see client/search/). */
import type { APIRoute } from 'astro';
import { getIstilah } from '../../lib/istilah.ts';

export const GET: APIRoute = async () => {
  const istilah = (await getIstilah()).map(({ singkatan, kepanjangan }) => [singkatan, kepanjangan]);
  return new Response(JSON.stringify(istilah), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

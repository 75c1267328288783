/**
 * The source of an SOP exactly as written (its MDX file, every byte), for the editor to open. One small file per
 * SOP, fetched when opened (and precached), so that the reader's pages carry nothing of it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.sopEntries.values()].map((entry) => ({ params: { id: entry.id }, props: { filePath: entry.filePath } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const filePath = (props as { filePath?: string }).filePath;
  if (!filePath) throw new Error(`SOP ${params.id}: berkas sumber tidak diketahui`);
  const teks = await readFile(path.resolve(filePath), 'utf8');
  return new Response(JSON.stringify({ id: params.id, berkas: `${params.id}.mdx`, teks }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

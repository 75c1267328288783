/**
 * The web app manifest, generated so that start_url, scope and icons follow the configured sub-path
 * (LAJUR_BASE): an installed Lajur opens at the site's own home page.
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/url.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: 'Lajur: Standar Operasional Prosedur',
    short_name: 'Lajur',
    description: 'SOP Administrasi Pemerintahan: bagan alir, langkah, dasar hukum, dan checklist pelaksanaan yang bekerja tanpa internet.',
    lang: 'id',
    dir: 'ltr',
    start_url: href(),
    scope: href(),
    id: href(),
    display: 'standalone',
    background_color: '#f5f7f9',
    theme_color: '#0a5b87',
    categories: ['government', 'productivity'],
    icons: [
      { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: href('icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: 'Checklist saya', url: href('checklist/'), icons: [{ src: href('icons/icon-192.png'), sizes: '192x192' }] },
      { name: 'Cari', url: href('cari/'), icons: [{ src: href('icons/icon-192.png'), sizes: '192x192' }] },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json; charset=utf-8' } });
};

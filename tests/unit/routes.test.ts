/**
 * Every link the pages and islands build with `paths` (src/lib/url.ts) has a route file under src/pages: a path
 * and its Astro route are the two places a URL is written, and this test keeps them the same.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base, paths } from '../../src/lib/url.ts';

/** Route files as patterns: "sop/[id]/dokumen.astro" matches "sop/<anything>/dokumen/". */
const ROUTES = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(astro|ts)$/.test(file))
  .map((file) => {
    const route = file
      .replace(/\.(astro|ts)$/, '')
      .replace(/(^|\/)index$/, '$1')
      .replace(/\[[^\]]+\]/g, '[^/]+');
    // Pages become folders ("cari" -> "cari/"); endpoints keep their file name ("checklist/versi.json").
    const asFolder = file.endsWith('.astro') && route !== '' && !route.endsWith('/') ? `${route}/` : route;
    return { file, pattern: new RegExp(`^${asFolder}$`) };
  });

const SAMPLE: Record<keyof typeof paths, string> = {
  home: paths.home(),
  sop: paths.sop('penyusunan-cascading'),
  dokumen: paths.dokumen('penyusunan-cascading'),
  regulasi: paths.regulasi('pergub-jabar-9-2013'),
  daftarRegulasi: paths.daftarRegulasi(),
  kualifikasi: paths.kualifikasi('contoh'),
  daftarKualifikasi: paths.daftarKualifikasi(),
  pelaksana: paths.pelaksana('sekretaris'),
  daftarPelaksana: paths.daftarPelaksana(),
  checklist: paths.checklist('run-1'),
  checklistVersions: paths.checklistVersions(),
  monev: paths.monev(),
  monevSop: paths.monevSop('penyusunan-cascading'),
  penyunting: paths.penyunting('penyusunan-cascading'),
  penyuntingKonteks: paths.penyuntingKonteks(),
  penyuntingSumber: paths.penyuntingSumber('penyusunan-cascading'),
};

describe('routes', () => {
  it.each(Object.entries(SAMPLE))('paths.%s has a route file', (_name, url) => {
    const path = decodeURIComponent(url.slice(base.length).replace(/\?.*$/, ''));
    expect(ROUTES.filter((route) => route.pattern.test(path)).map((route) => route.file)).not.toEqual([]);
  });

  it('a path without a route is noticed', () => {
    expect(ROUTES.some((route) => route.pattern.test('checklist/versions.json'))).toBe(false);
  });
});

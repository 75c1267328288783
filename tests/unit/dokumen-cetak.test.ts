/**
 * The printed official document's rules that need no browser: the office logo check (clear Indonesian messages),
 * Indonesian soft hyphens, the identity page on one sheet for a dozen legal bases and continuation sheets beyond,
 * shrinking a row taller than a page, and hops where two arrows cross.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bridgesOf } from '../../src/dokumen/lembar-alur/index.ts';
import { tataIdentitas, type Kotak } from '../../src/dokumen/identitas.ts';
import { checkLogo } from '../../src/content-check/logo.ts';
import { shrinkStep } from '../../src/dokumen/paginate.ts';
import { SHY, sukuKata } from '../../src/dokumen/suku-kata.ts';

const dir = await mkdtemp(path.join(tmpdir(), 'lajur-logo-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A PNG header of the given size (signature, IHDR length and type, width, height). */
function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

describe('the office logo', () => {
  it('accepts the synthetic SVG fixture and a PNG of sane size', async () => {
    expect(checkLogo('tests/fixtures/site-extra/instansi/logo-uji.svg')).toBeUndefined();
    await writeFile(path.join(dir, 'baik.png'), pngHeader(256, 256));
    expect(checkLogo(path.join(dir, 'baik.png'))).toBeUndefined();
  });

  it('names the file and says what was expected when it is missing, not an image, too small or too large', async () => {
    expect(checkLogo(path.join(dir, 'tidak-ada.svg'), 'content/instansi/tidak-ada.svg')).toMatch(
      /^berkas logo content\/instansi\/tidak-ada\.svg tidak ditemukan; diharapkan berkas SVG atau PNG/,
    );
    await writeFile(path.join(dir, 'palsu.png'), 'bukan gambar');
    expect(checkLogo(path.join(dir, 'palsu.png'))).toMatch(/bukan gambar PNG/);
    await writeFile(path.join(dir, 'teks.svg'), 'hanya teks');
    expect(checkLogo(path.join(dir, 'teks.svg'))).toMatch(/bukan gambar SVG/);
    await writeFile(path.join(dir, 'kecil.png'), pngHeader(16, 16));
    expect(checkLogo(path.join(dir, 'kecil.png'))).toMatch(/16×16 piksel; diharapkan antara 64 dan 4096/);
    await writeFile(path.join(dir, 'besar.svg'), `<svg>${' '.repeat(1_100_000)}</svg>`);
    expect(checkLogo(path.join(dir, 'besar.svg'))).toMatch(/KB; diharapkan paling besar 1024 KB/);
    await writeFile(path.join(dir, 'skrip.svg'), '<svg><script>alert(1)</script></svg>');
    expect(checkLogo(path.join(dir, 'skrip.svg'))).toMatch(/memuat skrip/);
  });
});

describe('Indonesian soft hyphens', () => {
  it('break long header words at syllables and leave abbreviations and short words whole', () => {
    expect(sukuKata('Keterangan')).toBe(`Ke${SHY}te${SHY}rang${SHY}an`);
    expect(sukuKata('Kepala Bidang Kepegawaian').split(SHY).length).toBeGreaterThan(3);
    expect(sukuKata('DPMPTSP Jabar')).toBe('DPMPTSP Jabar');
    expect(sukuKata('Kepegawaian').replaceAll(SHY, '')).toBe('Kepegawaian');
  });
});

describe('the identity page', () => {
  const dasar = (count: number) =>
    Array.from({ length: count }, (_, i) => `Peraturan Daerah Provinsi Contoh (uji) Nomor ${i + 1} Tahun 2020 tentang Tata Kelola Uji`);
  const pairs = (count: number): [Kotak, Kotak][] => [
    [
      { key: 'dasar-hukum', judul: 'Dasar Hukum', isi: dasar(count), bernomor: true },
      { key: 'kualifikasi', judul: 'Kualifikasi Pelaksana', isi: ['Memahami uji'], bernomor: true },
    ],
    [
      { key: 'keterkaitan', judul: 'Keterkaitan', isi: null, bernomor: true },
      { key: 'peralatan', judul: 'Peralatan/Perlengkapan', isi: ['Komputer'], bernomor: true },
    ],
    [
      { key: 'peringatan', judul: 'Peringatan', isi: ['Uji'], bernomor: false },
      { key: 'pencatatan', judul: 'Pencatatan dan Pendataan', isi: ['Uji'], bernomor: false },
    ],
  ];

  it('keeps a dozen legal bases on one sheet, in tighter type', () => {
    const three = tataIdentitas(pairs(3));
    expect(three).toMatchObject({ rapat: false });
    expect(three.lembar).toHaveLength(1);
    const twelve = tataIdentitas(pairs(12));
    expect(twelve.lembar).toHaveLength(1);
    expect(twelve.lembar[0]?.pasangan[0]?.[0].isi).toHaveLength(12);
  });

  it('continues a longer list on a continuation sheet, numbering on, every box shown once', () => {
    const layout = tataIdentitas(pairs(40));
    expect(layout.rapat).toBe(true);
    expect(layout.lembar.length).toBeGreaterThan(1);
    const dasarParts = layout.lembar.flatMap((sheet) => sheet.pasangan.flatMap((pair) => pair.filter((box) => box.key === 'dasar-hukum')));
    expect(dasarParts.flatMap((part) => part.isi ?? [])).toEqual(dasar(40));
    expect(dasarParts.slice(1).every((part) => part.lanjutan && part.mulai > 0)).toBe(true);
    const shown = layout.lembar.flatMap((sheet) => sheet.pasangan.flat().filter((box) => box.tampil && box.key === 'kualifikasi'));
    expect(shown).toHaveLength(1);
  });
});

describe('a row taller than a page', () => {
  it('keeps its size when it fits and shrinks by the step that makes it fit', () => {
    expect(shrinkStep(400, 500)).toBe(0);
    expect(shrinkStep(600, 500)).toBe(1);
    expect(shrinkStep(900, 500)).toBe(2);
    expect(shrinkStep(5000, 500)).toBe(3);
  });
});

describe('crossings', () => {
  it('get a hop on the horizontal line at the vertical one, and lines that only meet get none', () => {
    const edge = { from: 1, to: 2, utama: true };
    const at = (x: number, row: number, dy: number, anchor: 0 | 0.5 | 1 = 0.5) => ({ x, y: { row, at: anchor, dy } });
    const vertical = { from: 'a', to: 'b', edge, points: [at(50, 0, 12), at(50, 3, -12)] };
    const horizontal = { from: 'c', to: 'd', edge, points: [at(10, 1, 0), at(90, 1, 0)] };
    const touching = { from: 'e', to: 'f', edge, points: [at(50, 3, -12), at(120, 3, -12)] };
    expect(bridgesOf([vertical, horizontal, touching])).toEqual([{ x: 50, y: { row: 1, at: 0.5, dy: 0 } }]);
    expect(bridgesOf([vertical, touching])).toEqual([]);
  });
});

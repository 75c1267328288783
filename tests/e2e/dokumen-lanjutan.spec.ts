/**
 * The official document's continuation sheet and its QR code, on a small synthetic site built here with the
 * public origin set (LAJUR_SITE) and without diagrams: three generated SOPs (bench/generate.ts) and one synthetic
 * SOP with 40 legal bases, more than one identity sheet holds even in tighter type.
 *
 * - The identity page continues on a sheet that has the kop, Nomor SOP, Nama SOP and "(lanjutan)", and the
 *   screen numbers as many sheets as the printed PDF has pages.
 * - The footer's QR code, decoded in the page (jsQR), is the SOP's page on the public site with its version.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { generate } from '../../bench/generate.ts';
import { readPdfPages } from '../../scripts/lib/pdf-pages.ts';
import { writePdfs } from '../../scripts/lib/pdf.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from './build-site.ts';

const SITE = 'https://sop.contoh-sintetis.go.id';
const BASE = '/lajur/';
const LONG = 'uji-dasar-hukum-panjang';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let dir = '';
let site: Awaited<ReturnType<typeof startStaticServer>> | undefined;
const url = (pathname: string) => new URL(pathname, site?.url).href;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = await mkdtemp(path.join(tmpdir(), 'lajur-lanjutan-'));
  const content = path.join(dir, 'content');
  await generate({ sops: 3, seed: 2026, out: content });
  // The generator's regulation ids: <jenis>-sintetis-<i>-<tahun>, jenis cycling through six kinds.
  const jenis = ['permen', 'pp', 'perpres', 'perda', 'pergub', 'kepgub'];
  const dasarHukum = Array.from({ length: 40 }, (_, k) => `${jenis[(k + 1) % 6]}-sintetis-${k + 1}-${1995 + ((k + 1) % 30)}`);
  await writeFile(
    path.join(content, 'sop', `${LONG}.mdx`),
    [
      '---',
      '# Synthetic SOP for the continuation-sheet test: 40 legal bases.',
      'nomor: SINT/LANJUTAN/2026',
      'nama: Prosedur Sintetis Dengan Dasar Hukum Panjang',
      'instansi: dinas-sintetis-01',
      'unit: Bidang Sintetis 01.01',
      'tanggalPembuatan: 2026-01-10',
      'tanggalRevisi: null',
      'tanggalBerlaku: 2026-10-01',
      'disahkanOleh: { jabatan: Kepala Dinas Sintetis, nama: null, nip: null }',
      `dasarHukum: [${dasarHukum.join(', ')}]`,
      'kualifikasiPelaksana: [Memahami prosedur sintetis 01]',
      'keterkaitan: null',
      'peralatanPerlengkapan: [Komputer, ATK]',
      'peringatan: Data sintetis untuk uji',
      'pencatatanPendataan: Disimpan sebagai data uji',
      'pelaksana: [Pelaksana Sintetis 01, Pelaksana Sintetis 02]',
      'langkah:',
      '  - { no: 1, jenis: mulai, aktivitas: "Menerima berkas sintetis", pelaksana: Pelaksana Sintetis 01, mutuBaku: { kelengkapan: "berkas sintetis", durasi: "15 menit", output: "berkas diterima" } }',
      '  - { no: 2, jenis: proses, aktivitas: "Memeriksa berkas sintetis", pelaksana: Pelaksana Sintetis 02, mutuBaku: { kelengkapan: "berkas sintetis", durasi: "30 menit", output: "berkas diperiksa" } }',
      '  - { no: 3, jenis: selesai, aktivitas: "Mengarsipkan berkas sintetis", pelaksana: Pelaksana Sintetis 01, mutuBaku: { kelengkapan: "berkas sintetis", durasi: "15 menit", output: "berkas diarsipkan" } }',
      '---',
      '',
      'Prosedur sintetis untuk uji lembar lanjutan. Tidak menggambarkan prosedur nyata.',
      '',
    ].join('\n'),
  );
  const build = await buildSite({
    LAJUR_CONTENT: content,
    LAJUR_OUT: path.join(dir, 'dist'),
    LAJUR_CACHE: path.join(dir, 'cache'),
    LAJUR_DIAGRAM_CACHE: path.join(dir, 'diagrams'),
    LAJUR_DIAGRAMS: 'off',
    LAJUR_BASE: BASE,
    LAJUR_SITE: SITE,
  });
  expect(build.status, build.output).toBe(0);
  site = await startStaticServer({ root: path.join(dir, 'dist'), base: BASE });
});

test.afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a long legal-basis list continues on a sheet with the kop, Nomor SOP, Nama SOP and "(lanjutan)"; screen and print count the same pages', async ({
  browser,
  page,
}) => {
  await page.goto(url(`sop/${LONG}/dokumen/`));
  const sheets = page.locator('.lembar-identitas');
  expect(await sheets.count()).toBeGreaterThanOrEqual(2);
  const continuation = sheets.nth(1);
  await expect(continuation).toHaveClass(/identitas-lanjutan/);
  await expect(continuation.locator('.kop-dinas')).toHaveText('Dinas Sintetis 01 (data uji beban)');
  await expect(continuation.locator('.kop-pemda')).toHaveText('Pemerintah Daerah Sintetis 01');
  await expect(continuation.locator('[data-isian="nomor"]')).toHaveText('SINT/LANJUTAN/2026');
  await expect(continuation.locator('[data-isian="nama"]')).toHaveText('Prosedur Sintetis Dengan Dasar Hukum Panjang (lanjutan)');
  // The list goes on where the first sheet stopped, under a heading that says so.
  const firstItems = await sheets.nth(0).locator('[data-isian="dasar-hukum"] li').count();
  await expect(continuation.locator('[data-isian="dasar-hukum"] h3')).toHaveText('Dasar Hukum (lanjutan):');
  await expect(continuation.locator('[data-isian="dasar-hukum"] ol')).toHaveAttribute('start', String(firstItems + 1));
  // Every legal basis printed once, over the identity sheets.
  expect(await page.locator('.lembar-identitas [data-isian="dasar-hukum"] li').count()).toBe(40);
  // Nothing of a sheet spills out of it on screen.
  for (const sheet of await sheets.all()) {
    const overflow = await sheet.evaluate((element) => element.scrollHeight - element.clientHeight);
    expect(overflow).toBeLessThanOrEqual(1);
  }

  const total = await page.locator('.lembar').count();
  await expect(page.locator('.nomor-lembar').last()).toHaveText(`Halaman ${total} dari ${total}`);
  const out = path.join(dir, 'pdf');
  const [result] = await writePdfs({ dist: path.join(dir, 'dist'), base: BASE, out, ids: [LONG], log: () => {}, browser });
  const printed = readPdfPages(await readFile(path.join(out, `${LONG}.pdf`)));
  expect(result?.pages.length).toBe(total);
  expect(printed.map((sheet) => sheet.orientation)).toEqual([
    ...Array.from({ length: await sheets.count() }, () => 'tegak'),
    ...Array.from({ length: total - (await sheets.count()) }, () => 'mendatar'),
  ]);
});

test('the footer has a QR code of the SOP page on the public site with its version, as decoded from the image', async ({ page }) => {
  for (const id of [LONG, 'prosedur-sintetis-0001']) {
    await page.goto(url(`sop/${id}/dokumen/`));
    const footer = page.locator('.kaki-dokumen');
    const versi = await footer.getAttribute('data-versi');
    expect(versi).toMatch(/\S/);
    const qr = footer.locator('svg.qr');
    await expect(qr).toBeVisible();
    // Drawn on a canvas with a white quiet zone, as a camera would see the printed code; decoded here in Node
    // (the page's Content-Security-Policy rightly refuses injected scripts).
    const pixels = await qr.evaluate(async (svg) => {
      const image = new Image();
      const markup = new XMLSerializer().serializeToString(svg);
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await image.decode();
      const size = 400;
      const canvas = document.createElement('canvas');
      canvas.width = size + 80;
      canvas.height = size + 80;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 40, 40, size, size);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, rgba: Array.from(data.data) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data;
    expect(decoded).toBe(`${SITE}${BASE}sop/${id}/?versi=${encodeURIComponent(versi ?? '')}`);
    // The address is printed beside it for a reader without a phone.
    await expect(footer.locator('.alamat-cek')).toContainText(`sop/${id}/`);
  }
});

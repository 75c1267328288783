/**
 * The content check of an office's logo (the `logo` field of content/instansi/*.yaml): the file exists, is the
 * image its name says (SVG or PNG, no script in an SVG), and has a sane size. The kop draws it (src/dokumen/logo.ts).
 */
import { readFileSync, statSync } from 'node:fs';

/** Largest logo file accepted (bytes): a kop logo is a few KB; megabytes would weigh on every printed page. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** A PNG smaller than this (px, either side) prints blurred at the kop's 22 mm; larger than the max is a photo. */
export const LOGO_PNG_MIN_PX = 64;
export const LOGO_PNG_MAX_PX = 4096;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What is wrong with a logo file, in Bahasa Indonesia for the office's author; undefined when it can be used.
 * `shown` is the path as the message names it.
 */
export function checkLogo(file: string, shown = file): string | undefined {
  let bytes: Buffer;
  try {
    if (statSync(file).size > LOGO_MAX_BYTES) {
      return `berkas logo ${shown} berukuran ${Math.ceil(statSync(file).size / 1024)} KB; diharapkan paling besar ${LOGO_MAX_BYTES / 1024} KB`;
    }
    bytes = readFileSync(file);
  } catch {
    return `berkas logo ${shown} tidak ditemukan; diharapkan berkas SVG atau PNG di folder yang sama dengan berkas YAML instansi`;
  }
  if (bytes.length === 0) return `berkas logo ${shown} kosong; diharapkan gambar SVG atau PNG`;
  if (/\.png$/i.test(file)) {
    if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.length < 24) {
      return `berkas logo ${shown} bukan gambar PNG (awal berkasnya tidak seperti PNG); diharapkan gambar PNG yang sah`;
    }
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    if (Math.min(width, height) < LOGO_PNG_MIN_PX || Math.max(width, height) > LOGO_PNG_MAX_PX) {
      return `logo ${shown} berukuran ${width}×${height} piksel; diharapkan antara ${LOGO_PNG_MIN_PX} dan ${LOGO_PNG_MAX_PX} piksel per sisi (lebih baik SVG)`;
    }
    return undefined;
  }
  const text = bytes.toString('utf8');
  if (!/<svg[\s>]/i.test(text.slice(0, 4096)) || !/<\/svg>\s*$/i.test(text)) {
    return `berkas logo ${shown} bukan gambar SVG (tidak ada elemen <svg>…</svg>); diharapkan gambar SVG yang sah`;
  }
  if (/<script[\s>]/i.test(text) || /\son\w+\s*=/i.test(text)) {
    return `logo ${shown} memuat skrip; diharapkan gambar SVG tanpa <script> dan tanpa atribut on...`;
  }
  return undefined;
}

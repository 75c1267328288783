/**
 * The office's logo (lambang) in the kop of the official document: an SVG or PNG file beside the office's YAML in
 * content/instansi/. Checked by the content check (exists, is the image its name says, a sane size) and inlined
 * into the page at build time as a data URI, so it prints with the page and needs no extra request.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Largest logo file accepted (bytes): a kop logo is a few KB; megabytes would weigh on every printed page. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** A PNG smaller than this (px, either side) prints blurred at the kop's 22 mm; larger than the max is a photo. */
export const LOGO_PNG_MIN_PX = 64;
export const LOGO_PNG_MAX_PX = 4096;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The file of an office's logo, beside its YAML file. */
export function logoPath(instansiFolder: string, logo: string): string {
  return path.join(instansiFolder, logo);
}

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

/** The logo as a data URI for an <img> (the site's Content-Security-Policy allows data: images). */
export function logoDataUri(file: string): string {
  const bytes = readFileSync(file);
  const type = /\.png$/i.test(file) ? 'image/png' : 'image/svg+xml';
  return `data:${type};base64,${bytes.toString('base64')}`;
}

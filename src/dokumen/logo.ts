/**
 * The office's logo (lambang) in the kop of the official document: an SVG or PNG file beside the office's YAML in
 * content/instansi/, inlined into the page at build time as a data URI, so it prints with the page and needs no
 * extra request. The content check makes sure the file can be used (src/content-check/logo.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The file of an office's logo, beside its YAML file. */
export function logoPath(instansiFolder: string, logo: string): string {
  return path.join(instansiFolder, logo);
}

/** The logo as a data URI for an <img> (the site's Content-Security-Policy allows data: images). */
export function logoDataUri(file: string): string {
  const bytes = readFileSync(file);
  const type = /\.png$/i.test(file) ? 'image/png' : 'image/svg+xml';
  return `data:${type};base64,${bytes.toString('base64')}`;
}

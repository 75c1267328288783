/**
 * The QR code in the footer of the official document: the SOP's page on the public site with its procedure
 * version, so the reader of a printed copy can scan it and see whether the copy is still current. Made at build
 * time as SVG (the `qrcode` package); only when the site's public origin (LAJUR_SITE) is known.
 */
import QRCode from 'qrcode';

/** The address a printed copy points to: the SOP page on the public site, with the version it was printed at. */
export function alamatCek(site: string, sopPath: string, versi: string): string {
  return `${new URL(sopPath, site).href}?versi=${encodeURIComponent(versi)}`;
}

/** The QR code of `text` as an SVG element (attributes only, no style attribute: the page's CSP allows that). */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', '<svg class="qr" role="img" aria-label="Kode QR menuju halaman SOP ini di situs" ');
}

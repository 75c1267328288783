/**
 * Page sizes of a PDF written by Chromium, read straight from its bytes: enough to report "3 halaman, 1 tegak,
 * 2 mendatar" and to test orientations without a PDF library. Chromium (Skia) writes page dictionaries as plain
 * objects; a PDF that keeps them in compressed object streams yields no pages here, which callers treat as an error.
 */

export interface PdfPage {
  /** Width and height in PostScript points (1/72 inch). */
  width: number;
  height: number;
  orientation: 'tegak' | 'mendatar';
}

const OBJECT = /\d+\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g;
const MEDIA_BOX = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/;

/** The pages of a PDF in document order, with their sizes. */
export function readPdfPages(bytes: Uint8Array): PdfPage[] {
  // latin1 keeps every byte as one character, so binary streams cannot break the text search.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objects = [...text.matchAll(OBJECT)].map((match) => match[1] ?? '');
  const pagesBox = objects.find((body) => /\/Type\s*\/Pages\b/.test(body))?.match(MEDIA_BOX);
  const pages: PdfPage[] = [];
  for (const body of objects) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(body)) continue;
    const box = body.match(MEDIA_BOX) ?? pagesBox;
    if (!box) continue;
    const [x0, y0, x1, y1] = box.slice(1, 5).map(Number) as [number, number, number, number];
    const width = Math.abs(x1 - x0);
    const height = Math.abs(y1 - y0);
    pages.push({ width, height, orientation: width > height ? 'mendatar' : 'tegak' });
  }
  return pages;
}

/** "3 halaman (1 tegak, 2 mendatar)". */
export function describePdfPages(pages: readonly PdfPage[]): string {
  const upright = pages.filter((page) => page.orientation === 'tegak').length;
  const landscape = pages.length - upright;
  const parts = [upright > 0 && `${upright} tegak`, landscape > 0 && `${landscape} mendatar`].filter(Boolean);
  return `${pages.length} halaman${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

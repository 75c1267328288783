/**
 * Renders the app icons (PNG) from the logo, with the project's Chromium. Run after changing the logo:
 * `node scripts/make-icons.ts`. The PNGs are committed: builds do not need to draw them.
 */
import { launchChromium } from '../src/build-browser/chromium.ts';

const LANES = `
  <path d="M11 4v24M21 4v24" stroke="#fff" stroke-opacity=".35" stroke-width="1.5"/>
  <rect x="3.5" y="7" width="5" height="4" rx="1" fill="#fff"/>
  <rect x="13.5" y="14" width="5" height="4" rx="1" fill="#fff"/>
  <rect x="23.5" y="21" width="5" height="4" rx="1" fill="#fff"/>
  <path d="M6 11v5h7.5M16 18v5h7.5" fill="none" stroke="#fff" stroke-width="1.5"/>`;

/** Rounded tile (regular icons) or a full square with the drawing inside the 80 % safe zone (maskable). */
function svg(maskable: boolean): string {
  return maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0a5b87"/><g transform="translate(5.6 5.6) scale(.65)">${LANES}</g></svg>`
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="7" fill="#0a5b87"/>${LANES}</svg>`;
}

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
  { file: 'public/icons/apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await launchChromium();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(icon.maskable).replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)}</body></html>`,
    );
    await page.screenshot({ path: icon.file, omitBackground: true });
    await page.close();
    console.log(icon.file);
  }
} finally {
  await browser.close();
}

/** Makes sure a Chromium is available for diagrams, PDFs and browser tests (see src/build-browser/chromium.ts). */
import { ensureChromium } from '../src/build-browser/chromium.ts';

try {
  const path = await ensureChromium();
  console.log(`Chromium: ${path}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

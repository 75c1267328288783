/**
 * Text meant to be read is at least 12 px on a phone (Lighthouse's "legible font sizes"). The diagram's labels
 * are exempt: the diagram scrolls and zooms, and its SVG text keeps its own size.
 */
import { expect, test } from '@playwright/test';

const PAGES = [
  '',
  'sop/penyusunan-cascading/',
  'dasar-hukum/permen-panrb-53-2014/',
  'pelaksana/sekretaris/',
  'kualifikasi/memahami-penyusunan-renstra/',
  'cari/?q=cascading',
];

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const pathname of PAGES) {
  test(`text on /${pathname} is at least 12 px on a phone`, async ({ page }) => {
    await page.goto(pathname);
    if (pathname.startsWith('cari/')) await expect(page.locator('.pencarian-judul').first()).toBeVisible();
    // Open what is folded (the Mermaid text block) so that its text is measured too.
    await page.locator('details').evaluateAll((elements) => {
      for (const element of elements) (element as HTMLDetailsElement).open = true;
    });
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('svg, script, style, noscript, [hidden], .visually-hidden')) continue;
        if (!parent.checkVisibility()) continue;
        const size = Number.parseFloat(getComputedStyle(parent).fontSize);
        if (size < 12) found.push(`${size.toFixed(1)} px: ${parent.tagName.toLowerCase()}.${parent.className} "${text.slice(0, 40)}"`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });
}

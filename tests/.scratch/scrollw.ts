import { chromium } from 'playwright';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
const base = process.argv[2] ?? '/lajur-uji/';
const site = await startStaticServer({ root: '/work/wt-int/tests/.fixture-site', base, port: 4690 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const p of process.argv.slice(3)) {
  await page.goto(site.url + p, { waitUntil: 'networkidle' });
  const w = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); if (r.right > 392 && getComputedStyle(el).position !== 'fixed') out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`); }
    return [document.documentElement.scrollWidth, out.slice(0, 8)];
  });
  console.log(p, JSON.stringify(w));
}
await browser.close(); await site.close?.();
process.exit(0);

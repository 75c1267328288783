import { chromium } from 'playwright';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
const site = await startStaticServer({ root: 'tests/.fixture-site', base: '/lajur/', port: 4691 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const seen = new Map<string, number>();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') { const t = m.text().slice(0, 220); seen.set(t, (seen.get(t) ?? 0) + 1); } });
page.on('pageerror', (e) => seen.set(`pageerror ${e.message}`, 1));
await page.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    const w = window as unknown as { v: Record<string, number> };
    w.v ??= {};
    const key = `${e.sourceFile?.split("/").pop()}:${e.lineNumber} ${e.effectiveDirective} ${e.sample}`;
    w.v[key] = (w.v[key] ?? 0) + 1;
  });
});
await page.goto(`${site.url}${process.argv[2]}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(4000);
console.log(JSON.stringify(await page.evaluate(() => (window as unknown as { v: unknown }).v), null, 1));
await browser.close();
process.exit(0);

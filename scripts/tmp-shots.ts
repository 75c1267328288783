import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../src/browser/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';
const site = await startStaticServer({ root: 'tests/.fixture-site', base: '/lajur/' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  await page.goto(`${site.url}sop/penyusunan-cascading/`);
  await page.keyboard.press('/');
  await page.keyboard.type('perjanjan kinerja');
  await page.getByText('Maksud Anda:').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/l16-shots/dialog-${width}.png` });
  await page.goto(`${site.url}cari/?q=surat`);
  await page.locator('.pencarian-judul').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/l16-shots/cari-${width}.png` });
  await page.goto(`${site.url}pelaksana/sekretaris/`);
  await page.screenshot({ path: `/tmp/l16-shots/sekretaris-${width}.png` });
  await page.goto(`${site.url}sop/penyusunan-perjanjian-kinerja/`);
  await page.screenshot({ path: `/tmp/l16-shots/pk-${width}.png` });
  await page.goto(`${site.url}sop/penyusunan-cascading/`);
  await page.locator('details.teks-mermaid').evaluate((d) => { (d as HTMLDetailsElement).open = true; d.scrollIntoView(); });
  await page.screenshot({ path: `/tmp/l16-shots/mermaid-${width}.png` });
  await page.close();
}
await browser.close(); await site.close();

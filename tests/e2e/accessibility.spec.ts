/** axe on every page of the fixture site, at phone and desktop width: no serious or critical WCAG 2.2 AA violation. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE } from './fixture-site.ts';

function builtPages(): string[] {
  const pages = readdirSync(FIXTURE.out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.dirname(file).replace(/^\.$/, ''))
    .map((dir) => (dir ? `${dir.split(path.sep).join('/')}/` : ''));
  return [...pages.sort(), '404-uji-aksesibilitas/'];
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`every built page passes axe at ${viewport.width} px (${viewport.name})`, async ({ page }) => {
    // About half a second per page; the site grows with every feature.
    test.setTimeout(300_000);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    await page.setViewportSize(viewport);
    const serious: string[] = [];
    for (const pathname of pages) {
      await page.goto(pathname);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      for (const violation of results.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          serious.push(`${pathname}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }
      }
    }
    expect(serious).toEqual([]);
  });
}

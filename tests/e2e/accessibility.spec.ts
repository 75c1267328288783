/** axe on every page of the fixture site: no serious or critical violation of WCAG 2.2 AA. */
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

test('every built page passes axe without serious or critical violations', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(3);
  // One axe run takes one to three seconds on a small CI machine; the budget grows with the fixture site.
  test.setTimeout(pages.length * 2 * 5_000);
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    for (const pathname of pages) {
      await page.goto(pathname);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${pathname} (${viewport.width}px): ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      expect(serious).toEqual([]);
    }
  }
});

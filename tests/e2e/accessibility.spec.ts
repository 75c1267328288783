/** axe on every page of the fixture site, at phone and desktop width: no serious or critical WCAG 2.2 AA violation. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe.ts';
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
      for (const violation of await seriousViolations(page)) serious.push(`${pathname}: ${violation}`);
    }
    expect(serious).toEqual([]);
  });
}

/**
 * The static link check (scripts/lib/link-check.ts, linkinator) over the built fixture site: every page reachable
 * from the home page, and every link, asset and #fragment on them, answers 2xx.
 */
import { expect, test } from '@playwright/test';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { fixtureUrl } from './fixture-site.ts';

test('every link, asset and fragment of the built site resolves (linkinator)', async () => {
  const { checked, broken } = await checkLinks(fixtureUrl());
  expect(checked).toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/build-browser/chromium.ts';
import { FIXTURE, fixtureUrl } from './tests/e2e/fixture-site.ts';

/** The pinned Node (package `node`), also when Playwright is started without npm. */
const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: fixtureUrl(),
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // The service worker is tested on its own (pwa.spec.ts); elsewhere it would only add background caching.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `${node} tests/e2e/serve-fixture.ts`,
    url: fixtureUrl(),
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  metadata: { site: FIXTURE.out },
});

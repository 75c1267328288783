/**
 * Builds the fixture site and serves it: Playwright's webServer. The build runs the same `astro build` as
 * `npm run build`, only with other content, base and output folder.
 */
import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { FIXTURE } from './fixture-site.ts';

await rm(FIXTURE.content, { recursive: true, force: true });
await cp(path.resolve('tests/fixtures/site-seed'), FIXTURE.content, { recursive: true });
await cp(path.resolve('tests/fixtures/site-extra'), FIXTURE.content, { recursive: true });

const build = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, LAJUR_CONTENT: FIXTURE.content, LAJUR_BASE: FIXTURE.base, LAJUR_OUT: FIXTURE.out, LAJUR_CACHE: FIXTURE.cache },
});
if (build.status !== 0) {
  console.error('Gagal membangun situs uji.');
  process.exit(1);
}

const site = await startStaticServer({ root: FIXTURE.out, base: FIXTURE.base, port: FIXTURE.port });
console.log(`Situs uji: ${site.url}`);

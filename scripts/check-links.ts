/**
 * `npm run links [-- --dist dist --base /]`: the static link check (scripts/lib/link-check.ts) over a built site.
 * Builds nothing: run `npm run build` first. Exit 1 when a link is broken, each listed with the page it is on.
 */
import { parseArgs } from 'node:util';
import { basePath, outDir } from '../src/settings.ts';
import { checkLinks } from './lib/link-check.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: outDir }, base: { type: 'string', default: basePath } } });
const site = await startStaticServer({ root: values.dist, base: values.base, port: 0 });
try {
  const { checked, broken } = await checkLinks(site.url);
  for (const link of broken) console.error(`rusak: ${link.url} (${link.status ?? 'tanpa jawaban'}) di ${link.parent ?? '?'}`);
  console.log(`Tautan: ${checked} diperiksa, ${broken.length} rusak.`);
  process.exitCode = broken.length > 0 ? 1 : 0;
} finally {
  await site.close();
}

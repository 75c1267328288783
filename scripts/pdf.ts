/**
 * `npm run pdf`: one PDF per SOP from the built site, the official document (identity page and flowchart table)
 * as Chromium prints it. Builds nothing: run `npm run build` first.
 *
 * Usage: npm run pdf -- [--dist dist] [--base /] [--out pdf] [sop-id...]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { basePath, normaliseBase, outDir } from '../src/settings.ts';
import { writePdfs } from './lib/pdf.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: outDir },
    base: { type: 'string', default: basePath },
    out: { type: 'string', default: 'pdf' },
  },
});

if (!existsSync(path.join(values.dist, 'index.html'))) {
  console.error(`Situs belum dibangun di ${values.dist}/. Jalankan dahulu: npm run build (lalu npm run pdf).`);
  process.exit(1);
}

try {
  const results = await writePdfs({ dist: values.dist, base: normaliseBase(values.base), out: values.out, ids: positionals });
  console.log(`${results.length} PDF ditulis ke ${values.out}/`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

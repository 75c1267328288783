/**
 * `npm run sop:check`: checks every SOP, regulation and office with the rules the build uses (the same
 * `checkContent`), without building. Prints every problem as `file:line field: message`, then a summary line.
 * Exit code 1 when there is an error; warnings are printed but do not fail.
 *
 * Usage: npm run sop:check [-- --content <folder>]   (default: LAJUR_CONTENT or ./content)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content-check/check.ts';
import { formatIssue } from '../src/content-check/format.ts';
import { contentDir } from '../src/settings.ts';

let options: { content: string };
try {
  ({ values: options } = parseArgs({ options: { content: { type: 'string', default: contentDir } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nPemakaian: npm run sop:check -- [--content <folder konten>]`);
  process.exit(2);
}

const result = await checkContent(path.resolve(options.content), process.cwd());
for (const issue of result.issues) console.log(formatIssue(issue));
// From process start, module loading included: the time an author waits.
const elapsed = Math.round(performance.now());
console.log(`${result.fileCount} berkas diperiksa dalam ${elapsed} ms: ${result.errorCount} kesalahan, ${result.warningCount} peringatan`);
// A misspelt folder must not pass as "0 errors".
if (result.fileCount === 0) {
  console.error(`tidak ada berkas konten di ${options.content}; diharapkan folder berisi sop/, regulasi/ dan instansi/ (lihat --content)`);
}
process.exitCode = result.errorCount > 0 || result.fileCount === 0 ? 1 : 0;

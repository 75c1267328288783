/**
 * Stops the build on content problems before Astro reads a single page, with every problem listed as
 * `file:line field: message` (the same lines `npm run sop:check` prints) and no stack trace. Astro's own schema check would stop at the first file and cannot see references
 * between collections (a regulation, an SOP or an office that does not exist).
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, checkContentOnce } from '../content-check/check.ts';
import { formatIssue } from '../content-check/format.ts';

export function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'lajur:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger, config }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        const contentPath = path.resolve(root, options.contentDir);
        const result = command === 'dev' ? await checkContent(contentPath, root) : await checkContentOnce(contentPath, root);
        // Warnings matter while writing and publishing; `astro check` and `astro sync` only need the errors.
        if (command === 'build' || command === 'dev') {
          for (const issue of result.issues.filter((item) => item.level === 'warning')) logger.warn(formatIssue(issue));
        }
        const errors = result.issues.filter((item) => item.level === 'error');
        if (errors.length === 0) {
          logger.info(
            `${result.fileCount} berkas konten diperiksa dalam ${Math.round(performance.now() - started)} ms: tidak ada kesalahan`,
          );
          return;
        }
        const report = `${errors.length} kesalahan konten:\n${errors.map(formatIssue).join('\n')}`;
        logger.error(report);
        // In dev the server stays up so the author can fix the file and see it reload. Otherwise stop here: a
        // thrown error would bury the list in Astro's "unhandled error in astro:config:setup" and a stack trace,
        // and content problems are the author's to fix, not a crash.
        if (command !== 'dev') {
          logger.error('Build dihentikan: perbaiki kesalahan di atas, lalu jalankan lagi (npm run sop:check memeriksa tanpa build).');
          process.exit(1);
        }
      },
    },
  };
}

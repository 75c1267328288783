/**
 * Renders every SOP's swimlane diagram once per build, before pages are generated, and fails the build when
 * Mermaid cannot draw one (naming the SOP file and Mermaid's message). The log says how many were rendered and how
 * many came from the cache.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentOnce } from '../content-check/check.ts';
import { describeFailures, diagramSource, prepareDiagrams, type DiagramSource } from '../diagram/diagrams.ts';
import { pruneDiagramCache, diagramCacheDir } from '../diagram/cache.ts';

export function diagrams(options: { contentDir: string; enabled?: boolean }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lajur:diagrams',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        if (options.enabled === false) {
          logger.info('Bagan alir dimatikan (LAJUR_DIAGRAMS=off)');
          return;
        }
        const { catalog, sourceFiles } = await checkContentOnce(path.resolve(root, options.contentDir), root);
        const sources = catalog.sops
          .map((sop) => diagramSource(sop, sourceFiles.get(`sop/${sop.id}`) ?? sop.id))
          .filter((source): source is DiagramSource => source !== undefined);
        const report = await prepareDiagrams(sources, { log: (line) => logger.info(line) });
        if (report.failures.length > 0) {
          throw new Error(describeFailures(report.failures));
        }
        logger.info(
          `Bagan alir: ${sources.length} SOP, ${report.rendered} digambar, ${report.cached} dari cache (${(report.milliseconds / 1000).toFixed(1)} s)`,
        );
        const pruned = await pruneDiagramCache(diagramCacheDir());
        if (pruned > 0) logger.info(`${pruned} bagan lama dihapus dari cache`);
      },
    },
  };
}

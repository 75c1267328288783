/**
 * Diagrams for a whole build: the text of each SOP's swimlane, which ones the cache already has, and one batch in
 * one browser for the rest. Pages then read the SVG by key; in `astro dev` a missing one is rendered on demand.
 */
import type { SopView } from '../domain/catalog.ts';
import { diagramCacheDir, diagramKey, readCachedDiagram, touchCachedDiagrams, writeCachedDiagram } from './cache.ts';
import { optimizeSvg } from './optimize.ts';
import { defaultRenderPages, DiagramRenderer } from './render.ts';
import { swimlaneText } from './swimlane.ts';

export interface DiagramSource {
  /** What a failure names: the SOP's file or id. */
  label: string;
  text: string;
  key: string;
}

/** The diagram of an SOP with recorded steps, or undefined. */
export function diagramSource(sop: Pick<SopView, 'id' | 'data'>, label = sop.id): DiagramSource | undefined {
  const { nama, pelaksana, langkah } = sop.data;
  if (!pelaksana || !langkah) return undefined;
  const text = swimlaneText({ nama, pelaksana, langkah });
  return { label, text, key: diagramKey(text) };
}

export interface PrepareReport {
  rendered: number;
  cached: number;
  failures: Array<{ label: string; error: string }>;
  milliseconds: number;
}

/**
 * Renders every diagram the cache does not have, in one browser page. Failures are collected, not thrown, so one
 * run reports every broken diagram.
 */
export interface Renderer {
  render(text: string): ReturnType<DiagramRenderer['render']>;
  close(): Promise<void>;
  /** How many diagrams it draws at once. */
  readonly size: number;
}

export async function prepareDiagrams(
  sources: readonly DiagramSource[],
  options: {
    dir?: string;
    log?: (line: string) => void;
    startRenderer?: (log: (line: string) => void) => Promise<Renderer>;
  } = {},
): Promise<PrepareReport> {
  const started = performance.now();
  const dir = options.dir ?? diagramCacheDir();
  const log = options.log ?? (() => {});
  const unique = new Map(sources.map((source) => [source.key, source]));
  const missing = [...unique.values()].filter((source) => readCachedDiagram(dir, source.key) === undefined);
  const failures: PrepareReport['failures'] = [];
  if (missing.length > 0) {
    log(`Menggambar ${missing.length} bagan alir (${unique.size - missing.length} dari cache)...`);
    const pages = Math.min(defaultRenderPages(), missing.length);
    const renderer = await (options.startRenderer ?? ((log) => DiagramRenderer.start(log, { pages })))(log);
    let lastReport = performance.now();
    let done = 0;
    let next = 0;
    // One more worker than pages: while the browser draws, Node optimises the SVG it drew before.
    const worker = async () => {
      for (let index = next++; index < missing.length; index = next++) {
        const source = missing[index] as DiagramSource;
        const result = await renderer.render(source.text);
        if (result.ok) writeCachedDiagram(dir, source.key, optimizeSvg(result.svg));
        else failures.push({ label: source.label, error: result.error });
        done += 1;
        if (performance.now() - lastReport > 5000) {
          log(`  ${done}/${missing.length} bagan alir`);
          lastReport = performance.now();
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: renderer.size + 1 }, worker));
    } finally {
      await renderer.close();
    }
    // Workers finish in any order; report failures in the order of the SOPs.
    failures.sort(
      (a, b) => missing.findIndex((source) => source.label === a.label) - missing.findIndex((source) => source.label === b.label),
    );
  }
  await touchCachedDiagrams(dir, unique.keys());
  return {
    rendered: missing.length - failures.length,
    cached: unique.size - missing.length,
    failures,
    milliseconds: Math.round(performance.now() - started),
  };
}

let devRenderer: Promise<DiagramRenderer> | undefined;

/**
 * The SVG of a diagram for a page. Builds prepare every diagram first, so a miss there is a bug; in dev the
 * diagram is rendered now with a renderer kept open for the next edit.
 */
export async function diagramSvg(source: DiagramSource, options: { renderMissing: boolean }): Promise<string> {
  const dir = diagramCacheDir();
  const cached = readCachedDiagram(dir, source.key);
  if (cached !== undefined) return cached;
  if (!options.renderMissing) {
    throw new Error(`Bagan alir ${source.label} tidak ada di cache ${dir}; integrasi lajur:diagrams seharusnya sudah menggambarnya.`);
  }
  devRenderer ??= DiagramRenderer.start();
  const result = await (await devRenderer).render(source.text);
  if (!result.ok) throw new Error(`Bagan alir ${source.label} gagal digambar oleh Mermaid: ${result.error}`);
  const svg = optimizeSvg(result.svg);
  writeCachedDiagram(dir, source.key, svg);
  return svg;
}

/** The build error for diagrams Mermaid could not draw: one line per SOP file with Mermaid's message. */
export function describeFailures(failures: PrepareReport['failures']): string {
  return `${failures.length} bagan alir gagal digambar:\n${failures.map((failure) => `${failure.label}: Mermaid: ${failure.error.split('\n').join(' ')}`).join('\n')}`;
}

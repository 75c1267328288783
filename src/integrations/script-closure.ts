/**
 * Which script files a built page can ever load: its `<script src>` and module preloads, then every file those
 * scripts name (static imports, dynamic imports and Vite's preload lists all name files by their file name).
 * Over-approximates on purpose: a file merely named counts as loaded. `staticOnly` follows only `import … from`
 * and bare `import "…"`: what must be there for the page's own code to start.
 * The service worker uses it to keep the editor's on-demand code out of every reader's precache; the browser
 * tests use it to prove reader pages cannot reach the editor or Mermaid.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const NAMED = /[\w.-]+\.js\b/g;
const STATIC_IMPORT = /(?:from|import)\s*"\.\/([\w.-]+\.js)"/g;

/** The script files (absolute paths) in `root`/_astro/ that the page `html` (absolute path) names directly. */
export function pageScripts(root: string, html: string): string[] {
  const text = readFileSync(html, 'utf8');
  return [...text.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => path.join(root, '_astro', path.basename(match[1] as string)));
}

/** Every script reachable from `entries` (absolute paths), following names or, with `staticOnly`, static imports. */
export function closureOf(entries: readonly string[], options: { staticOnly?: boolean } = {}): Set<string> {
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const names = options.staticOnly ? [...text.matchAll(STATIC_IMPORT)].map((match) => match[1] as string) : (text.match(NAMED) ?? []);
    for (const name of names) {
      const named = path.join(path.dirname(file), name);
      if (!seen.has(named) && existsSync(named)) queue.push(named);
    }
  }
  return seen;
}

/** The script files (absolute paths) a page of the built site at `root` may load; `html` is the page's file. */
export function scriptClosure(root: string, html: string): Set<string> {
  return closureOf(pageScripts(root, html));
}

/** The inline scripts of a page. */
export function inlineScripts(html: string): string[] {
  return [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string);
}

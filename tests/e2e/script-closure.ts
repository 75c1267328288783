/**
 * Which script files a built page can ever load: its `<script src>` and module preloads, then every file those
 * scripts name (static imports, dynamic imports and Vite's preload lists all name files by their file name).
 * Over-approximates on purpose: a file merely named counts as loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ASSET = /[\w.-]+\.js\b/g;

/** The script files (absolute paths) a page of the built site at `root` may load; `html` is the page's file. */
export function scriptClosure(root: string, html: string): Set<string> {
  const text = readFileSync(html, 'utf8');
  const assets = path.join(root, '_astro');
  const queue = [...text.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => path.join(assets, path.basename(match[1] as string)));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(ASSET)) {
      const named = path.join(assets, match[0]);
      if (!seen.has(named) && existsSync(named)) queue.push(named);
    }
  }
  return seen;
}

/** The inline scripts of a page. */
export function inlineScripts(html: string): string[] {
  return [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string);
}

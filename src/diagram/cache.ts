/**
 * Rendered diagrams on disk, keyed by a hash of the diagram text and the renderer version: a rebuild renders only
 * what changed, and the real site, the test site and the benchmark site share what they have in common.
 * Files are written whole (temporary file, then rename), so an interrupted build never leaves half an SVG.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { diagramCacheDir as configuredCacheDir } from '../settings.ts';
import { RENDERER_VERSION } from './render.ts';

/** The cache folder of this build (LAJUR_DIAGRAM_CACHE), absolute. */
export function diagramCacheDir(): string {
  return path.resolve(configuredCacheDir);
}

export function diagramKey(text: string): string {
  return createHash('sha256').update(RENDERER_VERSION).update('\0').update(text).digest('hex').slice(0, 32);
}

function fileOf(dir: string, key: string): string {
  return path.join(dir, `${key}.svg`);
}

export function readCachedDiagram(dir: string, key: string): string | undefined {
  try {
    return readFileSync(fileOf(dir, key), 'utf8');
  } catch {
    return undefined;
  }
}

export function writeCachedDiagram(dir: string, key: string, svg: string): void {
  mkdirSync(dir, { recursive: true });
  const temporary = `${fileOf(dir, key)}.${process.pid}.tmp`;
  writeFileSync(temporary, svg);
  renameSync(temporary, fileOf(dir, key));
}

/** Marks entries as used now, so that pruning keeps them. */
export async function touchCachedDiagrams(dir: string, keys: Iterable<string>): Promise<void> {
  const now = new Date();
  await Promise.all([...keys].map((key) => utimes(fileOf(dir, key), now, now).catch(() => undefined)));
}

/** Removes entries no build has used for `days` days. */
export async function pruneDiagramCache(dir: string, days = 30): Promise<number> {
  const limit = Date.now() - days * 24 * 60 * 60 * 1000;
  let removed = 0;
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && info.mtimeMs < limit) {
      await unlink(file).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}

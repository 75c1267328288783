/**
 * Acronyms of content/istilah/ shown as <abbr title="long form"> wherever a page's main content writes them, so a
 * reader (and a screen reader) can learn what "PK" stands for. Run on the built HTML before Pagefind indexes it:
 * text only, never inside tags, scripts, styles, diagrams, code or an existing <abbr>.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { type Istilah, istilahSchema } from '../schemas/istilah.ts';

/** Elements whose text is left as written. */
const SKIP = new Set(['script', 'style', 'svg', 'pre', 'code', 'abbr', 'title', 'textarea', 'option', 'noscript']);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wraps every acronym written in the text of `<main>` in an <abbr>; the rest of the HTML is kept byte for byte. */
export function abbreviate(html: string, istilah: readonly Istilah[]): string {
  if (istilah.length === 0) return html;
  const byShort = new Map(istilah.map((entry) => [entry.singkatan, entry.kepanjangan]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...byShort.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const parts = html.split(/(<[^>]*>)/);
  let inMain = false;
  const open: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
    if (tag) {
      const name = (tag[2] as string).toLowerCase();
      if (name === 'main') inMain = tag[1] === '';
      else if (SKIP.has(name) && !part.endsWith('/>')) {
        if (tag[1] === '') open.push(name);
        else if (open.at(-1) === name) open.pop();
      }
      continue;
    }
    if (!inMain || open.length > 0 || part.startsWith('<') || !pattern.test(part)) continue;
    pattern.lastIndex = 0;
    parts[index] = part.replace(pattern, (short) => `<abbr title="${escapeHtml(byShort.get(short) ?? '')}">${short}</abbr>`);
  }
  return parts.join('');
}

/** Reads every istilah file of the content folder (checked by its schema). */
export async function readIstilah(contentDir: string): Promise<Istilah[]> {
  const folder = path.join(contentDir, 'istilah');
  const names = await readdir(folder).catch(() => [] as string[]);
  const all: Istilah[] = [];
  for (const name of names.filter((file) => /\.ya?ml$/.test(file))) {
    const parsed = istilahSchema.safeParse(parse(await readFile(path.join(folder, name), 'utf8')));
    if (!parsed.success) throw new Error(`${path.join(folder, name)}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    all.push(...parsed.data.istilah);
  }
  return all;
}

/**
 * Applies {@link abbreviate} to every HTML page under `site` except the official documents (sop/<id>/dokumen/),
 * which print the text exactly as the office signs it; returns how many pages changed.
 */
export async function abbreviateSite(site: string, istilah: readonly Istilah[]): Promise<number> {
  if (istilah.length === 0) return 0;
  let changed = 0;
  for (const file of await readdir(site, { recursive: true })) {
    if (!file.endsWith('.html') || /(^|[/\\])dokumen[/\\]index\.html$/.test(file)) continue;
    const target = path.join(site, file);
    const html = await readFile(target, 'utf8');
    const result = abbreviate(html, istilah);
    if (result !== html) {
      await writeFile(target, result);
      changed++;
    }
  }
  return changed;
}

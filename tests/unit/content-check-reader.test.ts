/**
 * The check reads every file exactly as the build does. For every fixture: an MDX file's frontmatter and body are
 * what @astrojs/mdx's own `parseFrontmatter` (resolved from @astrojs/mdx, so the very module the build loads) makes of
 * it; a YAML file's data is what Astro's data collections get from js-yaml. Where Astro cannot read a file, the
 * check refuses it too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/content-check/encoding.ts';
import { readSourceFile } from '../../src/content-check/source-file.ts';

const fixtures = path.resolve('tests/fixtures');
// The frontmatter module of the @astrojs/internal-helpers that @astrojs/mdx itself depends on.
const fromMdx = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx'));
const astroFrontmatter = (await import(
  pathToFileURL(fromMdx.resolve('@astrojs/internal-helpers/frontmatter')).href
)) as typeof import('@astrojs/internal-helpers/frontmatter');

async function contentFiles(): Promise<string[]> {
  const entries = await readdir(fixtures, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(mdx|ya?ml)$/.test(entry.name))
    .map((entry) => path.relative(fixtures, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('import/'))
    .sort();
}

const files = await contentFiles();

describe('the reader', () => {
  it('sees every content fixture', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it.each(files)('%s is read as Astro reads it', async (file) => {
    const bytes = await readFile(path.join(fixtures, file));
    const decoded = decodeContent(bytes);
    const text = bytes.toString('utf8');
    const kind = file.endsWith('.mdx') ? 'mdx' : 'yaml';
    let astro: { data: unknown; body?: string } | undefined;
    try {
      if (kind === 'mdx') {
        const parsed = astroFrontmatter.parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
        astro = parsed.rawFrontmatter ? { data: parsed.frontmatter, body: parsed.content } : undefined;
      } else {
        astro = { data: jsYaml.load(text) };
      }
    } catch {
      astro = undefined;
    }
    if (!decoded.ok) return; // Not UTF-8 or odd line ends: refused before reading, with the encoding named.
    const source = readSourceFile(file, 'x', decoded.text, kind);
    if (astro === undefined || source.readProblem) {
      // Either both cannot read it, or Astro reads something the check refuses with its reason (TOML, YAML).
      expect(source.readProblem).toBeDefined();
      return;
    }
    expect(source.data).toEqual(astro.data);
    expect(source.body).toEqual(astro.body);
  });
});

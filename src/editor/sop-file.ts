/**
 * An SOP file as the editor holds it: the frontmatter text, the data it reads as, and the body, split so that
 * joining the parts gives back every byte. The frontmatter is found the way Astro finds it
 * (@astrojs/internal-helpers' frontmatter pattern), so the editor and the build agree on where it ends.
 */
import { parseDocument } from 'yaml';
import { spliceFrontmatter } from './yaml-splice.ts';

export interface SopFile {
  /** Everything before the frontmatter's YAML: a BOM, blank lines, the opening "---". */
  prefix: string;
  yaml: string;
  /** The closing "---" and the rest of its line. */
  closing: string;
  body: string;
}

const FRONTMATTER = /^(\uFEFF?(?:\s*\n)?---)([\s\S]*?\n)(---[^\n]*(?:\n|$))/;

/** Splits an MDX file; undefined when it has no frontmatter. */
export function splitSopFile(text: string): SopFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const [whole, prefix = '', yaml = '', closing = ''] = match;
  return { prefix, yaml, closing, body: text.slice(whole.length) };
}

export function joinSopFile(file: SopFile): string {
  return `${file.prefix}${file.yaml}${file.closing}${file.body}`;
}

/** The data of the frontmatter, with dates and numbers as the YAML text spells them where YAML 1.2 keeps them. */
export function readData(yaml: string): { data: Record<string, unknown>; errors: string[] } {
  const doc = parseDocument(yaml);
  const value = doc.errors.length > 0 ? undefined : doc.toJS();
  return {
    data: value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {},
    errors: doc.errors.map((error) => error.message),
  };
}

/** The file with its frontmatter changed from `before` to `after` and its body replaced; unchanged parts kept. */
export function writeSopFile(
  file: SopFile,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  body: string,
  langkahOrigins?: readonly number[],
): string {
  return joinSopFile({ ...file, yaml: spliceFrontmatter(file.yaml, before, after, langkahOrigins), body });
}

/**
 * The field documentation written next to each schema field (`documented()` in src/schemas/common.ts), as comment
 * lines for the files `sop:new` writes and as rows for the authoring guide.
 */
import type { z } from 'astro/zod';
import { Document } from 'yaml';
import { fieldDoc } from '../schemas/common.ts';

/** A value as an author would write it on one line: `30 menit`, `[Tata Naskah Dinas, lembar disposisi]`. */
export function inlineYaml(value: unknown): string {
  return new Document(value).toString({ collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What a field means, how to write it and an example, as comment lines (without "#"); empty when undocumented. */
export function fieldComment(schema: z.ZodType, width = 110): string[] {
  const doc = fieldDoc(schema);
  if (!doc) return [];
  const text = [doc.arti, doc.format && `Format: ${doc.format}.`].filter(Boolean).join(' ');
  // The example on a line of its own, so that it is never broken in the middle.
  return [...wrap(text, width), ...(doc.contoh === undefined ? [] : [`Contoh: ${inlineYaml(doc.contoh)}`])];
}

/** A table cell's text: pipes escaped, lines joined. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The fields of an object schema as a Markdown table for the authoring guide: field, meaning, how to write it,
 * example. Fields without documentation are listed with an empty meaning, so a missing doc shows.
 */
export function fieldTable(shape: Record<string, z.ZodType>): string {
  const rows = Object.entries(shape).map(([key, schema]) => {
    const doc = fieldDoc(schema);
    const contoh = doc?.contoh === undefined ? '' : `\`${inlineYaml(doc.contoh)}\``;
    return `| \`${key}\` | ${cell(doc?.arti ?? '')} | ${cell(doc?.format ?? '')} | ${cell(contoh)} |`;
  });
  return ['| Kolom | Arti | Cara menulis | Contoh |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

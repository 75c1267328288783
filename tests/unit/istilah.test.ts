import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { istilahSchema } from '../../src/schemas/istilah.ts';

/** Every text file of the real content except the istilah lists themselves. */
async function contentText(): Promise<string> {
  const files = (await readdir('content', { recursive: true })).filter(
    (file) => /\.(mdx|ya?ml)$/.test(file) && !file.startsWith(`istilah${path.sep}`),
  );
  return (await Promise.all(files.map((file) => readFile(path.join('content', file), 'utf8')))).join('\n');
}

describe('content/istilah', () => {
  it('lists only acronyms whose long form is written in the content', async () => {
    const text = (await contentText()).toLocaleLowerCase('id');
    const files = await readdir('content/istilah');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { istilah } = istilahSchema.parse(parse(await readFile(path.join('content/istilah', file), 'utf8')));
      for (const { singkatan, kepanjangan } of istilah) {
        expect(text, `${file}: ${singkatan} = ${kepanjangan}`).toContain(kepanjangan.toLocaleLowerCase('id'));
      }
    }
  });

  it('refuses an acronym with spaces, with a message in Bahasa Indonesia', () => {
    const result = istilahSchema.safeParse({ istilah: [{ singkatan: 'P K', kepanjangan: 'Perjanjian Kinerja' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('satu kata tanpa spasi');
  });
});

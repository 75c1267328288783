/**
 * The official document's markup as shared by the build's page and the editor's preview (src/dokumen/markup/):
 * escaped as Astro escapes, cut by the measurement it is given, and reachable from the editor without Node-only
 * code (no node:* module, no Playwright, no settings), so the preview cannot silently fall back to estimates or
 * break the editor's bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { dokumenAlur, tabelTeks } from '../../src/dokumen/dokumen.ts';
import { ALUR_PAGE, ROW } from '../../src/dokumen/layout.ts';
import { dokumenResmi, versiDokumen } from '../../src/dokumen/markup/dokumen-resmi.ts';
import { attrs, escapeHtml, html, raw } from '../../src/dokumen/markup/html.ts';
import { tabelUkurHtml } from '../../src/dokumen/ukur-tabel.ts';
import { tableLayout } from '../../src/dokumen/layout.ts';

const { catalog } = await checkContent('tests/fixtures/site-seed', 'tests/fixtures/site-seed');
const cascading = catalog.sopById.get('penyusunan-cascading');
if (!cascading) throw new Error('penyusunan-cascading tidak ada di tests/fixtures/site-seed');

describe('html', () => {
  it('escapes text and attributes as Astro does (& < > \' ")', () => {
    expect(escapeHtml(`a & b <c> 'd' "e"`)).toBe('a &amp; b &lt;c&gt; &#39;d&#39; &quot;e&quot;');
    expect(html`<p>${'<script>'}</p>`.text).toBe('<p>&lt;script&gt;</p>');
    expect(html`<p>${raw('<b>x</b>')}${html`<i>${'&'}</i>`}</p>`.text).toBe('<p><b>x</b><i>&amp;</i></p>');
    expect(html`${[1, null, undefined, false, true, 'a']}`.text).toBe('1a');
  });

  it('writes attributes as Astro does: nothing for null and false, a bare name for true, class lists joined', () => {
    expect(attrs({ a: null, b: undefined, c: false, d: true, e: 0, f: 'x"y', class: ['p', '', 'q'] }).text).toBe(
      ' d e="0" f="x&quot;y" class="p q"',
    );
    expect(attrs({ class: ['', ''] }).text).toBe('');
  });
});

describe('the flowchart table cut by the measurement it is given', () => {
  it("uses the heights passed in (the build's stored ones, or the editor's), else estimates", () => {
    const tabel = tabelTeks(cascading);
    if (!tabel) throw new Error('cascading tanpa langkah');
    const estimated = dokumenAlur(cascading, 8);
    expect(estimated?.terukur).toBe(false);
    // Every row measured a third of the page: three rows a page at most, whatever the estimate said.
    const tall = Math.floor(ALUR_PAGE.height / 3) - 10;
    const measured = dokumenAlur(cascading, 8, { ukuran: () => ({ kepala: 48, baris: tabel.baris.map(() => tall) }) });
    expect(measured?.terukur).toBe(true);
    const steps = (alur: typeof measured) =>
      alur?.flowchart.pages.map((page) => page.rows.filter((row) => row.kind === 'langkah').length) ?? [];
    expect(steps(measured).every((count) => count <= 3)).toBe(true);
    expect(steps(measured).reduce((a, b) => a + b, 0)).toBe(tabel.baris.length);
    expect(steps(measured).length).toBeGreaterThan(steps(estimated).length);
    // Short measured rows fit the configured 8 a page.
    const short = dokumenAlur(cascading, 8, { ukuran: () => ({ kepala: 48, baris: tabel.baris.map(() => ROW.langkah) }) });
    expect(steps(short)).toEqual([6, 5]);
  });

  it('the measurement table has one row per step, in the printed columns', () => {
    const tabel = tabelTeks(cascading);
    if (!tabel) throw new Error('cascading tanpa langkah');
    const table = tabelUkurHtml(tabel, tableLayout(tabel.pelaksana.length), 3);
    expect(table.match(/<tr class="baris-langkah">/g)).toHaveLength(tabel.baris.length);
    expect(table).toContain('data-ukur="3"');
    expect(table.match(/<col width=/g)).toHaveLength(2 + tabel.pelaksana.length + 4);
  });
});

describe('the sheets', () => {
  it('an identity sheet and the flowchart sheets, one row per step, text escaped', () => {
    const alur = dokumenAlur(cascading, 8);
    const edited = { ...cascading, data: { ...cascading.data, nama: 'Uji <b>tebal</b> & "kutip"' } };
    const { html: sheets, lembarIdentitas, lembarAlur } = dokumenResmi({ sop: edited, alur, versi: versiDokumen(edited.id, edited.data) });
    expect(lembarIdentitas).toBe(1);
    expect(lembarAlur).toBe(alur?.flowchart.pages.length);
    expect(sheets.text.match(/<section class="lembar lembar-alur"/g)).toHaveLength(lembarAlur);
    expect(sheets.text.match(/<tr class="baris-langkah[^"]*" data-langkah=/g)).toHaveLength(cascading.data.langkah?.length ?? 0);
    expect(sheets.text).toContain('Uji &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot;');
    expect(sheets.text).not.toContain('<b>tebal');
  });
});

/** Runtime imports (static and dynamic, not `import type`) of a TypeScript file. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/^import\s+(?!type\s)(?:[^;]*?from\s+)?'([^']+)'/gms), ...source.matchAll(/\bimport\('([^']+)'\)/g)];
  return found.map((match) => match[1] ?? '');
}

/** Every module the file runs, transitively: project files by path, packages by name. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else if (specifier.endsWith('.ts')) visit(path.resolve(path.dirname(file), specifier));
    }
  };
  visit(path.resolve(entry));
  return { files, packages };
}

describe('the editor reaches no Node-only code through the document preview', () => {
  it("no node:* module, no Playwright, no settings (LAJUR_* are the build's), no ukur.ts", () => {
    const { files, packages } = reachable('src/client/penyunting/dokumen-preview.ts');
    expect(files.size).toBeGreaterThan(15);
    expect([...packages].filter((name) => name.startsWith('node:') || name === 'playwright')).toEqual([]);
    const relative = [...files].map((file) => path.relative('.', file));
    expect(relative.filter((file) => /^src\/(settings\.ts|dokumen\/ukur\.ts|dokumen\/logo\.ts|build-browser\/)/.test(file))).toEqual([]);
    expect(relative).toContain('src/dokumen/markup/dokumen-resmi.ts');
  });

  it("the check sees a Node import where there is one (ukur.ts, the build's measurement)", () => {
    expect([...reachable('src/dokumen/ukur.ts').packages]).toContain('node:fs');
  });
});

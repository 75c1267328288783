/**
 * The diagram pipeline: the cache decides what is rendered, a failure names the SOP and carries Mermaid's
 * message. The last test drives the real renderer (Chromium) on the seed SOP and on text that breaks Mermaid.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { diagramKey } from '../../src/diagram/cache.ts';
import { describeFailures, diagramSource, prepareDiagrams, type DiagramSource, type Renderer } from '../../src/diagram/diagrams.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
async function cacheDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-diagram-'));
  dirs.push(dir);
  return dir;
}

function source(label: string, text: string): DiagramSource {
  return { label, text, key: diagramKey(text) };
}

/** A renderer that counts what it is asked to draw; text containing "rusak" fails as Mermaid would. */
function countingRenderer() {
  const calls: string[] = [];
  let started = 0;
  const start = async (): Promise<Renderer> => {
    started += 1;
    return {
      render: async (text) => {
        calls.push(text);
        return text.includes('rusak')
          ? { ok: false, error: 'Parse error on line 2' }
          : { ok: true, svg: `<svg><title>${text.length}</title></svg>` };
      },
      close: async () => {},
      size: 1,
    };
  };
  return { start, calls, started: () => started };
}

describe('prepareDiagrams', () => {
  it('renders what the cache lacks, in one renderer, and nothing on the second run', async () => {
    const dir = await cacheDir();
    const sources = [source('a.mdx', 'swimlane-beta TB\n a'), source('b.mdx', 'swimlane-beta TB\n b')];
    const first = countingRenderer();
    const report = await prepareDiagrams(sources, { dir, startRenderer: first.start });
    expect(report).toMatchObject({ rendered: 2, cached: 0, failures: [] });
    expect(first.started()).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(sources.map((item) => `${item.key}.svg`).sort());

    const second = countingRenderer();
    const again = await prepareDiagrams(sources, { dir, startRenderer: second.start });
    expect(again).toMatchObject({ rendered: 0, cached: 2 });
    expect(second.started()).toBe(0);
  });

  it('re-renders only the diagram whose text changed', async () => {
    const dir = await cacheDir();
    await prepareDiagrams([source('a.mdx', 'A'), source('b.mdx', 'B')], { dir, startRenderer: countingRenderer().start });
    const renderer = countingRenderer();
    const report = await prepareDiagrams([source('a.mdx', 'A'), source('b.mdx', 'B changed')], { dir, startRenderer: renderer.start });
    expect(report).toMatchObject({ rendered: 1, cached: 1 });
    expect(renderer.calls).toEqual(['B changed']);
  });

  it('reports every failure with its SOP file and Mermaid message, and caches none of them', async () => {
    const dir = await cacheDir();
    const report = await prepareDiagrams(
      [source('content/sop/x.mdx', 'rusak 1'), source('content/sop/y.mdx', 'baik'), source('content/sop/z.mdx', 'rusak 2')],
      {
        dir,
        startRenderer: countingRenderer().start,
      },
    );
    expect(report.rendered).toBe(1);
    expect(describeFailures(report.failures)).toBe(
      '2 bagan alir gagal digambar:\ncontent/sop/x.mdx: Mermaid: Parse error on line 2\ncontent/sop/z.mdx: Mermaid: Parse error on line 2',
    );
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('changes the key when the text changes', () => {
    expect(diagramKey('a')).not.toBe(diagramKey('b'));
    expect(diagramKey('a')).toBe(diagramKey('a'));
  });
});

describe('the real renderer', () => {
  it('draws the seed SOP as a small SVG with five lanes and eleven linked steps, and reports Mermaid errors', async () => {
    const { catalog } = await checkContent(path.resolve('tests/fixtures/site-seed'), path.resolve('.'));
    const cascading = catalog.sopById.get('penyusunan-cascading');
    const seed = cascading && diagramSource(cascading, 'content/sop/penyusunan-cascading.mdx');
    if (!seed) throw new Error('seed SOP has no diagram');
    const dir = await cacheDir();
    const report = await prepareDiagrams([seed, source('content/sop/rusak.mdx', 'swimlane-beta TB\n  s1 --> ')], { dir });
    expect(report.rendered).toBe(1);
    expect(report.failures).toEqual([{ label: 'content/sop/rusak.mdx', error: expect.stringMatching(/\S/) }]);

    const [file] = await readdir(dir);
    const { readFile } = await import('node:fs/promises');
    const svg = await readFile(path.join(dir, file ?? ''), 'utf8');
    expect(svg.length).toBeLessThan(20_000);
    expect(svg).not.toContain('<style');
    expect(svg).toContain('<title id="chart-title-bagan-alir">Bagan alir SOP Penyusunan Cascading</title>');
    expect(svg.match(/class="swimlane-title"/g)).toHaveLength(5);
    expect([...svg.matchAll(/data-langkah="(\d+)"/g)].map((match) => Number(match[1])).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(svg).toContain('href="#langkah-7"');
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { editDistance, istilahVariants, suggestTerm, wordList } from '../../src/client/search/suggest.ts';
import { countWords, wordsOf } from '../../src/integrations/search-words.ts';

const words = wordList(
  countWords([
    'Penyusunan Perjanjian Kinerja (PK). Perjanjian kinerja disusun setiap tahun.',
    'Penyusunan Cascading. Kinerja, kinerja utama. Sekretaris.',
  ]),
);

describe('index words', () => {
  it('are the lower-case words of the indexed text, three letters or more, most frequent first', () => {
    expect(wordsOf('Permen PANRB 53/2014 tentang Perjanjian')).toEqual(['permen', 'panrb', 'tentang', 'perjanjian']);
    const counted = countWords(['kinerja Kinerja pk perjanjian']);
    expect(counted).toEqual([
      ['kinerja', 2],
      ['perjanjian', 1],
    ]);
  });
});

describe('Maksud Anda', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('perjanjan', 'perjanjian', 2)).toBe(1);
    expect(editDistance('kinreja', 'kinerja', 2)).toBe(1);
    expect(editDistance('sekretaris', 'cascading', 2)).toBe(3);
  });

  it('replaces a word not in the index by the closest index word', () => {
    expect(suggestTerm('perjanjan kinerja', words)).toBe('perjanjian kinerja');
    expect(suggestTerm('Sekertaris', words)).toBe('sekretaris');
  });

  it('says nothing when every word is known, a prefix still being typed, a number or an acronym', () => {
    expect(suggestTerm('perjanjian kinerja', words)).toBeUndefined();
    expect(suggestTerm('perjanjian kin', words)).toBeUndefined();
    expect(suggestTerm('kinerja 2014', words)).toBeUndefined();
    expect(suggestTerm('iku', words, new Set(['iku']))).toBeUndefined();
    expect(suggestTerm('zzzzzzzz', words)).toBeUndefined();
  });
});

describe('istilah', () => {
  const istilah = [
    ['SAKIP', 'Sistem Akuntabilitas Kinerja Instansi Pemerintah'],
    ['PK', 'Perjanjian Kinerja'],
  ] as const;

  it('spells an acronym out and shortens a long form, as whole words only', () => {
    expect(istilahVariants('penyusunan pk', istilah)).toEqual(['penyusunan Perjanjian Kinerja']);
    expect(istilahVariants('perjanjian kinerja 2024', istilah)).toEqual(['PK 2024']);
    expect(istilahVariants('sakip', istilah)).toEqual(['Sistem Akuntabilitas Kinerja Instansi Pemerintah']);
    expect(istilahVariants('pkl', istilah)).toEqual([]);
  });
});

describe('<abbr> for acronyms', () => {
  const istilah = [{ singkatan: 'PK', kepanjangan: 'Perjanjian Kinerja' }];

  it('wraps acronyms in the text of <main> only, never in tags, scripts, diagrams or code', async () => {
    const { abbreviate } = await import('../../src/integrations/istilah-abbr.ts');
    const html =
      '<title>PK</title><header>PK</header><main><h1 data-x="PK">Penyusunan (PK)</h1><svg><text>PK</text></svg>' +
      '<pre><code>PK</code></pre><p>PKL, PK-nya dan PK.</p><script>const PK = 1;</script></main><footer>PK</footer>';
    expect(abbreviate(html, istilah)).toBe(
      '<title>PK</title><header>PK</header><main><h1 data-x="PK">Penyusunan (<abbr title="Perjanjian Kinerja">PK</abbr>)</h1>' +
        '<svg><text>PK</text></svg><pre><code>PK</code></pre><p>PKL, <abbr title="Perjanjian Kinerja">PK</abbr>-nya dan ' +
        '<abbr title="Perjanjian Kinerja">PK</abbr>.</p><script>const PK = 1;</script></main><footer>PK</footer>',
    );
  });
});

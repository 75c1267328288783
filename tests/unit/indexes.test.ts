import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { buildCrossIndexes, kualifikasiOf, pelaksanaOf } from '../../src/domain/indexes.ts';

const { catalog } = await checkContent(path.resolve('tests/fixtures/site-seed'), path.resolve('.'));
const indexes = buildCrossIndexes(catalog);

describe('cross-references of the seed content', () => {
  it('lists for each regulation the SOPs citing it', () => {
    expect(indexes.regulasiById.get('pergub-jabar-9-2013')?.dikutipOleh.map((sop) => sop.id)).toEqual(['penyusunan-perjanjian-kinerja']);
    expect(indexes.regulasiByJenis.map((group) => group.jenis)).toEqual(['Permen', 'Pergub', 'Kepgub']);
    expect(indexes.regulasiByJenis[1]?.regulasi.map((entry) => entry.id)).toEqual(['pergub-jabar-62-2016', 'pergub-jabar-9-2013']);
  });

  it('finds a qualification however it is capitalised or punctuated', () => {
    expect(indexes.kualifikasi.map((entry) => entry.teks)).toHaveLength(5);
    expect(kualifikasiOf(indexes, 'memahami penyusunan renstra;')?.slug).toBe('memahami-penyusunan-renstra');
  });

  it('gives each role its steps and its time along the main path', () => {
    const sekretaris = pelaksanaOf(indexes, 'Sekretaris');
    expect(sekretaris?.peran.map((peran) => [peran.sop.id, peran.langkah.map((step) => step.no), peran.menitJalurUtama])).toEqual([
      ['penyusunan-cascading', [6, 9], 210],
    ]);
    const tim = pelaksanaOf(indexes, 'tim perencanaan');
    expect(tim?.peran[0]).toMatchObject({ menitJalurUtama: 450, diLuarJalurUtama: [8], lengkap: true });
    expect(indexes.pelaksana.map((entry) => entry.nama)).toEqual([
      'Biro Organisasi',
      'Kepala Dinas',
      'Sekretaris',
      'Tim Perencanaan',
      'Tim Urusan / Sekretariat',
    ]);
  });
});

/**
 * A regulation drafted in the editor (src/editor/regulasi-file.ts): written field by field it is a file that
 * passes the regulation schema, with the keys in the schema's order; an SOP citing it has no reference error once
 * the draft is part of the site; what sop:check says of a regulation file (bad name, a name taken, the same
 * regulation twice) is said of the draft. The regulation here is synthetic and says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSopText, type SiteContext } from '../../src/content-check/check-file.ts';
import {
  checkRegulasiDraft,
  checkRegulasiDrafts,
  fieldValue,
  newRegulasiText,
  regulasiValues,
  setRegulasiField,
  siteWithDrafts,
  suggestedRegulasiId,
} from '../../src/editor/regulasi-file.ts';
import { readData, splitSopFile } from '../../src/editor/sop-file.ts';
import { importInBrowser } from '../../src/client/penyunting/import.ts';
import { instansiSchema } from '../../src/schemas/instansi.ts';
import { regulasiSchema } from '../../src/schemas/regulasi.ts';
import { seedText } from './support/seed.ts';

const SEED = 'tests/fixtures/site-seed';
const entries = <T>(folder: string, schema: { parse(value: unknown): T }) =>
  readdirSync(path.join(SEED, folder)).map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    data: schema.parse(parse(readFileSync(path.join(SEED, folder, name), 'utf8'))),
  }));
const site: SiteContext = { regulasi: entries('regulasi', regulasiSchema), instansi: entries('instansi', instansiSchema), sop: [] };

/** Synthetic: no such regulation exists. */
const SINTETIS = {
  jenis: 'Pergub',
  nomor: '77',
  tahun: '2021',
  tentang: 'Peraturan Uji Sintetis untuk Pengujian Penyunting (bukan peraturan sungguhan)',
  penerbit: 'Gubernur Provinsi Uji Sintetis',
  penerbitSingkat: 'Uji',
};

function drafted(fields: Record<string, string> = SINTETIS): string {
  let text = newRegulasiText(['Peraturan uji sintetis.']);
  // Typed in another order than the schema's: the file still lists them in the schema's order.
  for (const key of ['penerbitSingkat', 'tentang', 'jenis', 'tahun', 'nomor', 'penerbit'])
    text = setRegulasiField(text, key, fieldValue(key, fields[key] ?? ''));
  return text;
}

/** A seed SOP (it cites no regulation) citing `id`. */
const sopCiting = (id: string) =>
  readFileSync(path.join(SEED, 'sop/penyusunan-cascading.mdx'), 'utf8').replace('dasarHukum: null', `dasarHukum:\n  - ${id}`);

describe('a regulation drafted in the editor', () => {
  it('is written in the schema order, passes the schema and gets the id the existing files would have', () => {
    const text = drafted();
    expect(text).toBe(
      '# Peraturan uji sintetis.\njenis: Pergub\nnomor: 77\ntahun: 2021\ntentang: Peraturan Uji Sintetis untuk Pengujian Penyunting (bukan peraturan sungguhan)\npenerbit: Gubernur Provinsi Uji Sintetis\npenerbitSingkat: Uji\n',
    );
    const id = suggestedRegulasiId(regulasiValues(text));
    expect(id).toBe('pergub-uji-77-2021');
    const check = checkRegulasiDraft({ berkas: id, teks: text }, site);
    expect(check.issues).toEqual([]);
    expect(check.entry?.data.nomor).toBe('77');
  });

  it('a number ending in its year is not repeated in the id; a leading 0 stays text', () => {
    expect(suggestedRegulasiId({ jenis: 'Kepgub', penerbitSingkat: 'Jabar', nomor: '061.1/Kep.201-Org/2020', tahun: 2020 })).toBe(
      'kepgub-jabar-061-1-kep-201-org-2020',
    );
    expect(fieldValue('nomor', '061')).toBe('061');
    expect(setRegulasiField(newRegulasiText([]), 'nomor', '061')).toContain('nomor: "061"');
  });

  it('every regulation of the site, given its own value again, keeps its bytes (comments kept)', () => {
    for (const name of readdirSync('content/regulasi')) {
      const text = readFileSync(path.join('content/regulasi', name), 'utf8');
      const values = regulasiValues(text);
      expect(setRegulasiField(text, 'tentang', String(values.tentang)), name).toBe(text);
    }
  });

  it('an empty optional field is removed; an emptied required one stays, and the schema says what is expected', () => {
    const text = setRegulasiField(setRegulasiField(drafted(), 'penerbitSingkat', null), 'tahun', null);
    expect(text).not.toContain('penerbitSingkat');
    const check = checkRegulasiDraft({ berkas: 'pergub-uji-77', teks: text }, site);
    expect(check.entry).toBeUndefined();
    expect(check.issues.map((issue) => [issue.field, issue.level])).toEqual([['tahun', 'error']]);
    expect(check.issues[0]?.file).toBe('content/regulasi/pergub-uji-77.yaml');
  });

  it('a name that cannot be an id, or is taken, is refused as sop:check refuses it', () => {
    expect(checkRegulasiDraft({ berkas: 'Pergub 77', teks: drafted() }, site).issues[0]?.pesan).toContain(
      'nama berkas "Pergub 77" tidak dapat dipakai sebagai id',
    );
    expect(checkRegulasiDraft({ berkas: 'pergub-jabar-9-2013', teks: drafted() }, site).issues[0]?.pesan).toContain(
      'id "pergub-jabar-9-2013" juga dipakai',
    );
  });

  it('the same regulation as one of the site under another id gets the build warning', () => {
    const same = drafted({ ...SINTETIS, nomor: '9', tahun: '2013', penerbit: 'Gubernur Jawa Barat' });
    const check = checkRegulasiDraft({ berkas: 'pergub-jabar-9-2013-baru', teks: same }, site);
    expect(check.issues.map((issue) => issue.pesan)).toEqual([expect.stringContaining('juga tercatat sebagai pergub-jabar-9-2013')]);
  });

  it('an SOP citing the draft has no reference error once the draft is part of the site', () => {
    const file = 'content/sop/uji.mdx';
    const before = checkSopText(file, 'uji', sopCiting('pergub-uji-77-2021'), site);
    expect(before.map((issue) => issue.pesan)).toEqual([expect.stringContaining('peraturan "pergub-uji-77-2021" tidak ada')]);
    const withDraft = siteWithDrafts(site, [{ berkas: 'pergub-uji-77-2021', teks: drafted() }]);
    expect(checkSopText(file, 'uji', sopCiting('pergub-uji-77-2021'), withDraft).filter((issue) => issue.level === 'error')).toEqual([]);
    // A draft that fails its schema is not a regulation yet.
    const broken = siteWithDrafts(site, [{ berkas: 'pergub-uji-77-2021', teks: setRegulasiField(drafted(), 'tahun', null) }]);
    expect(checkSopText(file, 'uji', sopCiting('pergub-uji-77-2021'), broken).some((issue) => issue.path?.[0] === 'dasarHukum')).toBe(true);
  });

  it("a file dropped in the editor brings the importer's new regulations along with the SOP that cites them", async () => {
    // The real source document, imported into a site without its regulations: the importer drafts them.
    const result = await importInBrowser('sop-source.txt', new TextEncoder().encode(seedText), { ...site, regulasi: [] });
    expect(result.regulasi.length).toBeGreaterThan(0);
    for (const sop of result.sop) {
      const cited = (readData(splitSopFile(sop.file.text)?.yaml ?? '').data.dasarHukum ?? []) as string[];
      expect(sop.regulasi.map((draft) => draft.berkas)).toEqual(
        cited.filter((id) => result.regulasi.some((file) => file.relativePath === `regulasi/${id}.yaml`)),
      );
      // The same text the CLI writes, and each passes the regulation check.
      for (const draft of sop.regulasi)
        expect(draft.teks).toBe(result.regulasi.find((file) => file.relativePath === `regulasi/${draft.berkas}.yaml`)?.text);
      const checked = checkRegulasiDrafts({ ...site, regulasi: [] }, sop.regulasi);
      expect(checked.issues).toEqual([]);
      expect(checked.site.regulasi.map((entry) => entry.id)).toEqual(sop.regulasi.map((draft) => draft.berkas));
    }
    expect(result.sop.some((sop) => sop.regulasi.length > 0)).toBe(true);
  });
});

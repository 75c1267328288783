/**
 * The field tables of docs/panduan-penulisan-sop.md, generated from the schemas' field docs. The guide marks each
 * table with `<!-- kolom:NAME -->` ... `<!-- /kolom:NAME -->`; `node scripts/update-guide.ts` rewrites them and a
 * unit test fails when the guide and the schemas disagree.
 */
import { instansiSchema, unitSchema } from '../schemas/instansi.ts';
import { langkahSchema, mutuBakuSchema, pilihanSchema } from '../schemas/langkah.ts';
import { regulasiSchema } from '../schemas/regulasi.ts';
import { pengesahSchema, sopFields } from '../schemas/sop.ts';
import { fieldTable } from './field-docs.ts';

export const GUIDE_TABLES: Record<string, () => string> = {
  sop: () => fieldTable(sopFields),
  pengesah: () => fieldTable(pengesahSchema.shape),
  langkah: () => fieldTable(langkahSchema.shape),
  mutuBaku: () => fieldTable(mutuBakuSchema.shape),
  pilihan: () => fieldTable(pilihanSchema.shape),
  regulasi: () => fieldTable(regulasiSchema.shape),
  instansi: () => fieldTable(instansiSchema.shape),
  unit: () => fieldTable(unitSchema.shape),
};

/** The guide with every marked table replaced by the generated one. */
export function withGeneratedTables(guide: string): string {
  return guide.replace(/(<!-- kolom:(\w+) -->\n)[\s\S]*?(\n<!-- \/kolom:\2 -->)/g, (whole, open: string, name: string, close: string) => {
    const table = GUIDE_TABLES[name];
    return table ? `${open}${table()}${close}` : whole;
  });
}

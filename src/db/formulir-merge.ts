/**
 * How monev forms from a backup join the ones held here, for one's own backup and a colleague's alike: a form is
 * one person's writing, so the later version wins as a whole, and whose it is does not change with who held it (a
 * form already here keeps its owner; a new one keeps the file's, else takes `pemilikBaru`).
 */
import type { LajurDatabase } from './database.ts';
import type { FormulirRecord } from './monev-records.ts';

/** Stores the forms of `forms` that are new or later than the copy here; returns how many. Call inside a transaction on db.formulir. */
export async function simpanFormulirTerbaru(db: LajurDatabase, forms: readonly FormulirRecord[], pemilikBaru?: string): Promise<number> {
  let stored = 0;
  for (const form of forms) {
    const known = await db.formulir.get(form.id);
    if (known && known.diperbarui >= form.diperbarui) continue;
    const pemilik = known ? known.pemilik : (form.pemilik ?? pemilikBaru);
    const { pemilik: _p, ...rest } = form;
    await db.formulir.put(pemilik === undefined ? rest : { ...rest, pemilik });
    stored += 1;
  }
  return stored;
}

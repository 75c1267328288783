/**
 * Drafts of the SOP editor in the one database (table `draf`, schema version 4). Every change goes through the
 * checklist's write-ahead journal (journal.ts, `bidang: 'draf'`), so a draft typed just before a reload, a closed
 * tab or a lost connection is stored by the next page.
 */
import type { DrafRecord, LajurDatabase } from './database.ts';

/** Stores a draft, unless the database already holds a newer version of it (a replay of an older journal entry). */
export async function saveDraft(db: LajurDatabase, draft: DrafRecord): Promise<void> {
  await db.transaction('rw', db.draf, async () => {
    const stored = await db.draf.get(draft.id);
    if (stored && stored.diperbarui > draft.diperbarui) return;
    await db.draf.put(draft);
  });
}

/** Every draft, the last changed first. */
export function listDrafts(db: LajurDatabase): Promise<DrafRecord[]> {
  return db.draf.orderBy('diperbarui').reverse().toArray();
}

export function getDraft(db: LajurDatabase, id: string): Promise<DrafRecord | undefined> {
  return db.draf.get(id);
}

export function deleteDraft(db: LajurDatabase, id: string): Promise<void> {
  return db.draf.delete(id);
}

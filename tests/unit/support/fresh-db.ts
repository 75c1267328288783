/**
 * Test databases (fake-indexeddb): each test gets its own, closed and deleted after it. Importing this module
 * registers the clean-up for the test file.
 */
import { afterEach } from 'vitest';
import { LajurDatabase } from '../../../src/db/database.ts';

const opened: LajurDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Deletes `db` after the current test; returns it. */
export function deleteAfterTest(db: LajurDatabase): LajurDatabase {
  opened.push(db);
  return db;
}

/** A new database of its own, at the latest schema or at version `upTo`, deleted after the test. */
export function freshDb(name = `uji-${crypto.randomUUID()}`, upTo?: number): LajurDatabase {
  return deleteAfterTest(new LajurDatabase(name, upTo));
}

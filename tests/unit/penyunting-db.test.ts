/**
 * The editor's drafts in the one database: the migration from version 3 keeps every checklist record and adds the
 * draft table; drafts go through the write-ahead journal, so one left in the journal by a page that closed is stored
 * by the next page, and an older journal entry never overwrites a newer draft.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DrafRecord, LajurDatabase } from '../../src/db/database.ts';
import { getDraft, listDrafts, saveDraft } from '../../src/db/drafts.ts';
import { SOP_UJI } from './checklist-fixture.ts';
import { deleteAfterTest } from './support/fresh-db.ts';

// The journal is synchronous localStorage, which the Node test environment lacks: a Map stands in for it.
if (!('localStorage' in globalThis) || globalThis.localStorage === undefined) {
  const items = new Map<string, string>();
  Object.defineProperty(globalThis, 'localStorage', {
    value: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, String(value)),
      removeItem: (key: string) => void items.delete(key),
      clear: () => items.clear(),
    },
  });
}

const T0 = Date.UTC(2026, 11, 1, 3, 0);

function draft(id: string, teks: string, diperbarui: number): DrafRecord {
  return {
    id,
    berkas: 'sop-uji',
    judul: 'SOP uji (sintetis)',
    asal: 'baru',
    teksAsal: '---\nnama: X\n---\n',
    teks,
    asalLangkah: null,
    diperbarui,
  };
}

describe('schema migration to version 4', () => {
  it('keeps the runs, deleted runs and device id of version 3 and adds an empty draft table', async () => {
    const name = `migrasi-v4-${crypto.randomUUID()}`;
    const v3 = new LajurDatabase(name, 3);
    const run = {
      ...SOP_UJI,
      id: 'lama-v3',
      judul: 'Dari versi 3',
      namaPelaksana: null,
      status: 'berjalan',
      dimulai: T0,
      diakhiri: null,
      diperbarui: T0 + 1_000,
      keadaan: {},
    };
    await v3.table('runs').add(run);
    await v3.table('terhapus').add({ id: 'dihapus-1', dihapus: T0 });
    await v3.table('meta').add({ kunci: 'perangkat', nilai: 'p-lama' });
    v3.close();

    const latest = new LajurDatabase(name);
    deleteAfterTest(latest);
    expect(await latest.runs.get('lama-v3')).toEqual(run);
    expect(await latest.terhapus.toArray()).toEqual([{ id: 'dihapus-1', dihapus: T0 }]);
    expect(await latest.meta.get('perangkat')).toEqual({ kunci: 'perangkat', nilai: 'p-lama' });
    expect(await latest.draf.count()).toBe(0);
    await saveDraft(latest, draft('d1', 'teks', T0));
    expect(await listDrafts(latest)).toHaveLength(1);
  });
});

describe('drafts through the journal', () => {
  let db: LajurDatabase;
  beforeEach(() => {
    db = new LajurDatabase(`draf-${crypto.randomUUID()}`);
    deleteAfterTest(db);
    localStorage.clear();
  });

  it('stores a draft journaled by a page that closed before IndexedDB committed', async () => {
    const { remember, replay } = await import('../../src/db/journal.ts');
    const record = draft('d2', '---\nnama: Diketik sebelum ditutup\n---\n', T0 + 5);
    remember({ runId: record.id, no: 0, bidang: 'draf', nilai: record, waktu: record.diperbarui });
    expect(await getDraft(db, 'd2')).toBeUndefined();
    expect(await replay(db)).toBe(1);
    expect((await getDraft(db, 'd2'))?.teks).toBe(record.teks);
    expect(localStorage.getItem('lajur-checklist-jurnal')).toBeNull();
  });

  it('never lets an older copy overwrite a newer one', async () => {
    await saveDraft(db, draft('d3', 'baru', T0 + 10));
    await saveDraft(db, draft('d3', 'lama', T0 + 5));
    expect((await getDraft(db, 'd3'))?.teks).toBe('baru');
    await saveDraft(db, draft('d4', 'x', T0 + 20));
    expect((await listDrafts(db)).map((item) => item.id)).toEqual(['d4', 'd3']);
  });
});

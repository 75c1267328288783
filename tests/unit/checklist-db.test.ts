/**
 * The checklist database on fake-indexeddb: operations, the schema migration from version 1, and export/import
 * (round trip, merge rules, and every bad file leaving the database as it was).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LajurDatabase, LATEST_VERSION, type RunRecord } from '../../src/db/database.ts';
import { cancelRun, chooseOutcome, finishRun, RunError, setNote, setTicked, startRun } from '../../src/db/runs.ts';
import { CSV_COLUMNS, EXPORT_VERSION, exportJson, ImportError, importJson, runsToCsv } from '../../src/db/transfer.ts';
import { SOP_UJI } from './checklist-fixture.ts';

const opened: LajurDatabase[] = [];
function freshDb(name = `uji-${crypto.randomUUID()}`, upTo?: number): LajurDatabase {
  const db = new LajurDatabase(name, upTo);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const T0 = Date.UTC(2026, 0, 5, 1, 0);

async function runWithHistory(db: LajurDatabase): Promise<string> {
  const id = await startRun(db, SOP_UJI, { judul: 'Uji 2026', namaPelaksana: 'Nama Contoh' }, T0);
  await setTicked(db, id, 1, true, T0 + 10 * 60_000);
  await chooseOutcome(db, id, 2, 'Tidak lengkap', T0 + 11 * 60_000);
  await setTicked(db, id, 2, true, T0 + 12 * 60_000);
  await setNote(db, id, 2, 'Surat pengantar belum ada; <b>bukan</b> HTML', T0 + 13 * 60_000);
  return id;
}

describe('runs', () => {
  it('start with a copy of the steps and the SOP version', async () => {
    const db = freshDb();
    const id = await startRun(db, SOP_UJI, { judul: '  Uji 2026 ', namaPelaksana: ' ' }, T0);
    const run = await db.runs.get(id);
    expect(run).toMatchObject({
      judul: 'Uji 2026',
      namaPelaksana: null,
      status: 'berjalan',
      sopVersi: 'abc123def456',
      dimulai: T0,
      diperbarui: T0,
    });
    expect(run?.langkah).toEqual(SOP_UJI.langkah);
    expect(run?.langkah).not.toBe(SOP_UJI.langkah);
  });

  it('record ticks with their time, unticks, notes and decisions', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    let run = await db.runs.get(id);
    expect(run?.keadaan).toEqual({
      1: { dicentang: T0 + 10 * 60_000, catatan: '', keputusan: null },
      2: { dicentang: T0 + 12 * 60_000, catatan: 'Surat pengantar belum ada; <b>bukan</b> HTML', keputusan: 'Tidak lengkap' },
    });
    expect(run?.diperbarui).toBe(T0 + 13 * 60_000);
    await setTicked(db, id, 1, false, T0 + 14 * 60_000);
    run = await db.runs.get(id);
    expect(run?.keadaan[1]?.dicentang).toBeNull();
  });

  it('refuse an outcome a decision does not have, a step that does not exist, and changes after the end', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    await expect(chooseOutcome(db, id, 2, 'Mungkin')).rejects.toThrow('tidak memiliki pilihan "Mungkin"');
    await expect(chooseOutcome(db, id, 1, 'Lengkap')).rejects.toThrow('bukan keputusan');
    await expect(setTicked(db, id, 9, true)).rejects.toThrow('Langkah 9 tidak ada');
    await finishRun(db, id, T0 + 20 * 60_000);
    expect(await db.runs.get(id)).toMatchObject({ status: 'selesai', diakhiri: T0 + 20 * 60_000 });
    await expect(setTicked(db, id, 4, true)).rejects.toBeInstanceOf(RunError);
    const other = await startRun(db, SOP_UJI, { judul: 'Dibatalkan' }, T0);
    await cancelRun(db, other, T0 + 1);
    expect((await db.runs.get(other))?.status).toBe('dibatalkan');
  });

  it('keep several runs of one SOP apart', async () => {
    const db = freshDb();
    const a = await startRun(db, SOP_UJI, { judul: 'A' }, T0);
    const b = await startRun(db, SOP_UJI, { judul: 'B' }, T0);
    await setTicked(db, a, 1, true, T0 + 1);
    expect((await db.runs.get(b))?.keadaan).toEqual({});
    expect(await db.runs.where('sopId').equals(SOP_UJI.sopId).count()).toBe(2);
  });

  it('refuse an empty title', async () => {
    await expect(startRun(freshDb(), SOP_UJI, { judul: '   ' })).rejects.toThrow('Judul pelaksanaan kosong');
  });
});

describe('schema migration', () => {
  it('brings version 1 runs to the latest version, filling the time of the last change', async () => {
    expect(LATEST_VERSION).toBe(2);
    const name = `migrasi-${crypto.randomUUID()}`;
    const v1 = new LajurDatabase(name, 1);
    const { diperbarui: _dropped, ...withoutUpdated } = {
      ...SOP_UJI,
      id: 'lama-1',
      judul: 'Dari versi 1',
      namaPelaksana: null,
      status: 'berjalan' as const,
      dimulai: T0,
      diakhiri: null,
      diperbarui: 0,
      keadaan: { 1: { dicentang: T0 + 5_000, catatan: 'lama', keputusan: null } },
    };
    await v1.table('runs').add(withoutUpdated);
    await v1.table('runs').add({ ...withoutUpdated, id: 'lama-2', keadaan: {}, status: 'selesai', diakhiri: T0 + 9_000 });
    v1.close();

    const latest = freshDb(name);
    const runs = await latest.runs.orderBy('id').toArray();
    expect(runs.map((run) => [run.id, run.diperbarui])).toEqual([
      ['lama-1', T0 + 5_000],
      ['lama-2', T0 + 9_000],
    ]);
    expect(runs[0]?.keadaan[1]?.catatan).toBe('lama');
    expect(await latest.runs.orderBy('diperbarui').first()).toMatchObject({ id: 'lama-1' });
  });
});

describe('export and import', () => {
  it('round-trips: export, wipe, import gives identical runs', async () => {
    const db = freshDb();
    await runWithHistory(db);
    const other = await startRun(db, SOP_UJI, { judul: 'Kedua' }, T0 + 1);
    await finishRun(db, other, T0 + 2);
    const before = await db.runs.orderBy('id').toArray();
    const json = await exportJson(db);
    expect(JSON.parse(json)).toMatchObject({ format: 'lajur-checklist', versi: EXPORT_VERSION });
    await db.runs.clear();
    expect(await importJson(db, json)).toEqual({ ditambahkan: 2, diperbarui: 0, dilewati: 0 });
    expect(await db.runs.orderBy('id').toArray()).toEqual(before);
  });

  it('merges by run id without overwriting newer data', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    const older = await exportJson(db);
    await setNote(db, id, 1, 'catatan lebih baru di perangkat ini', T0 + 60 * 60_000);
    expect(await importJson(db, older)).toEqual({ ditambahkan: 0, diperbarui: 0, dilewati: 1 });
    expect((await db.runs.get(id))?.keadaan[1]?.catatan).toBe('catatan lebih baru di perangkat ini');

    const newer = await exportJson(db);
    const elsewhere = freshDb();
    await importJson(elsewhere, older);
    expect(await importJson(elsewhere, newer)).toEqual({ ditambahkan: 0, diperbarui: 1, dilewati: 0 });
    expect((await elsewhere.runs.get(id))?.keadaan[1]?.catatan).toBe('catatan lebih baru di perangkat ini');
  });

  const good = async () =>
    JSON.parse(
      await exportJson(
        await (async () => {
          const db = freshDb();
          await runWithHistory(db);
          return db;
        })(),
      ),
    ) as { versi: number; runs: RunRecord[] };

  const badFiles: Array<[string, () => Promise<string>, RegExp]> = [
    ['corrupt JSON', async () => '{"format": "lajur-checklist", "runs": [', /bukan JSON yang utuh/],
    ['a file from another app', async () => JSON.stringify({ version: 3, items: [] }), /bukan ekspor checklist Lajur/],
    ['a newer format version', async () => JSON.stringify({ ...(await good()), versi: EXPORT_VERSION + 1 }), /versi Lajur yang lebih baru/],
    [
      'a run with a wrong field',
      async () => {
        const file = await good();
        (file.runs[0] as unknown as { status: string }).status = 'hampir';
        return JSON.stringify(file);
      },
      /pelaksanaan ke-1 \("Uji 2026"\), kolom status/,
    ],
    [
      'a run noting a step it does not have',
      async () => {
        const file = await good();
        const first = file.runs[0] as RunRecord;
        first.keadaan['9'] = { dicentang: null, catatan: '', keputusan: null };
        return JSON.stringify(file);
      },
      /mencatat langkah 9/,
    ],
    [
      'two runs with one id',
      async () => {
        const file = await good();
        file.runs.push(structuredClone(file.runs[0] as RunRecord));
        return JSON.stringify(file);
      },
      /sudah dipakai pelaksanaan lain/,
    ],
  ];

  it.each(badFiles)('refuses %s with a clear message and changes nothing', async (_name, makeFile, message) => {
    const db = freshDb();
    const id = await startRun(db, SOP_UJI, { judul: 'Sudah ada' }, T0);
    const before = await db.runs.toArray();
    const text = await makeFile();
    await expect(importJson(db, text, 'cadangan.json')).rejects.toThrow(message);
    await expect(importJson(db, text, 'cadangan.json')).rejects.toBeInstanceOf(ImportError);
    expect(await db.runs.toArray()).toEqual(before);
    expect((await db.runs.get(id))?.judul).toBe('Sudah ada');
  });
});

describe('CSV', () => {
  it('has a byte order mark, Indonesian columns, one row per step, and Indonesian dates', async () => {
    const db = freshDb();
    await runWithHistory(db);
    const csv = runsToCsv(await db.runs.toArray());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines).toHaveLength(1 + SOP_UJI.langkah.length);
    const second = lines[2]?.split(';') ?? [];
    expect(second[10]).toBe('2');
    expect(second[14]).toBe('selesai');
    expect(second[15]).toMatch(/^\d{2}\/\d{2}\/2026 \d{2}\.\d{2}$/);
    expect(second[16]).toBe('Tidak lengkap');
    expect(lines[3]).toContain('"Meminta kelengkapan; ""segera"""');
    expect(runsToCsv(await db.runs.toArray(), ',').split('\r\n')[0]).toContain('ID Pelaksanaan,Judul,');
  });
});

/**
 * The checklist database on fake-indexeddb: operations, the schema migration from version 1, and export/import
 * (round trip, merge rules, and every bad file leaving the database as it was).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LajurDatabase, LATEST_VERSION, PERANGKAT_LAMA, type RunRecord } from '../../src/db/database.ts';
import { cancelRun, chooseOutcome, deleteRun, finishRun, RunError, setNote, setTicked, startRun } from '../../src/db/runs.ts';
import { CSV_COLUMNS, csvCell, EXPORT_VERSION, exportJson, BackupError, importJson, runsToCsv } from '../../src/db/transfer.ts';
import { SOP_UJI } from './checklist-fixture.ts';
import { freshDb } from './support/fresh-db.ts';

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
    expect(run?.keadaan).toMatchObject({
      1: { dicentang: T0 + 10 * 60_000, catatan: '', keputusan: null, konflik: [] },
      2: { dicentang: T0 + 12 * 60_000, catatan: 'Surat pengantar belum ada; <b>bukan</b> HTML', keputusan: 'Tidak lengkap', konflik: [] },
    });
    // Each field carries who changed it and when.
    expect(run?.keadaan[2]?.jejak.catatan).toMatchObject({ waktu: T0 + 13 * 60_000, perangkat: expect.stringMatching(/^p-/) });
    expect(run?.keadaan[2]?.jejak.dicentang?.waktu).toBe(T0 + 12 * 60_000);
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
    expect(LATEST_VERSION).toBe(6);
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

describe('schema migration to version 3', () => {
  it('gives every stored step field a trace, keeps every value, and adds the deleted-run and device tables', async () => {
    const name = `migrasi-v3-${crypto.randomUUID()}`;
    const v2 = new LajurDatabase(name, 2);
    await v2.table('runs').add({
      ...SOP_UJI,
      id: 'lama-v2',
      judul: 'Dari versi 2',
      namaPelaksana: null,
      status: 'berjalan',
      dimulai: T0,
      diakhiri: null,
      diperbarui: T0 + 20_000,
      keadaan: {
        1: { dicentang: T0 + 5_000, catatan: '', keputusan: null },
        2: { dicentang: null, catatan: 'catatan lama', keputusan: 'Tidak lengkap' },
      },
    });
    v2.close();

    const latest = freshDb(name);
    const run = await latest.runs.get('lama-v2');
    const stamp = (time: number) => ({ waktu: time, perangkat: PERANGKAT_LAMA, versi: { [PERANGKAT_LAMA]: time } });
    expect(run?.keadaan[1]).toEqual({
      dicentang: T0 + 5_000,
      catatan: '',
      keputusan: null,
      konflik: [],
      jejak: { dicentang: stamp(T0 + 5_000) },
    });
    expect(run?.keadaan[2]).toEqual({
      dicentang: null,
      catatan: 'catatan lama',
      keputusan: 'Tidak lengkap',
      konflik: [],
      jejak: { catatan: stamp(T0 + 20_000), keputusan: stamp(T0 + 20_000) },
    });
    expect(await latest.terhapus.count()).toBe(0);
    // The migrated run takes new changes with traces on top of the old ones.
    await setNote(latest, 'lama-v2', 2, 'catatan baru', T0 + 30_000);
    expect((await latest.runs.get('lama-v2'))?.keadaan[2]?.jejak.catatan?.versi).toMatchObject({ [PERANGKAT_LAMA]: T0 + 20_000 });
  });
});

describe('export and import', () => {
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

  it('round-trips: export, wipe, import gives identical runs', async () => {
    const db = freshDb();
    await runWithHistory(db);
    const other = await startRun(db, SOP_UJI, { judul: 'Kedua' }, T0 + 1);
    await finishRun(db, other, T0 + 2);
    const before = await db.runs.orderBy('id').toArray();
    const json = await exportJson(db);
    expect(JSON.parse(json)).toMatchObject({ format: 'lajur-checklist', versi: EXPORT_VERSION });
    await db.runs.clear();
    expect(await importJson(db, json)).toEqual({ ditambahkan: 2, digabung: 0, sama: 0, terhapus: 0, konflik: 0, formulir: 0 });
    expect(await db.runs.orderBy('id').toArray()).toEqual(before);
  });

  it('merges by run id without overwriting newer data', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    const older = await exportJson(db);
    await setNote(db, id, 1, 'catatan lebih baru di perangkat ini', T0 + 60 * 60_000);
    expect(await importJson(db, older)).toMatchObject({ ditambahkan: 0, digabung: 0, sama: 1 });
    expect((await db.runs.get(id))?.keadaan[1]?.catatan).toBe('catatan lebih baru di perangkat ini');

    const newer = await exportJson(db);
    const elsewhere = freshDb();
    await importJson(elsewhere, older);
    expect(await importJson(elsewhere, newer)).toMatchObject({ ditambahkan: 0, digabung: 1, sama: 0, konflik: 0 });
    expect((await elsewhere.runs.get(id))?.keadaan[1]?.catatan).toBe('catatan lebih baru di perangkat ini');
  });

  it('merges step by step: each device keeps the steps the other changed, a note changed on both keeps both texts', async () => {
    const a = freshDb();
    const id = await runWithHistory(a);
    const b = freshDb();
    await importJson(b, await exportJson(a));
    await setNote(a, id, 3, 'dari A', T0 + 30 * 60_000);
    await setNote(a, id, 2, 'versi A', T0 + 31 * 60_000);
    await setTicked(b, id, 4, true, T0 + 32 * 60_000);
    await setNote(b, id, 2, 'versi B', T0 + 33 * 60_000);
    const fromB = await exportJson(b);
    expect(await importJson(a, fromB)).toMatchObject({ digabung: 1, konflik: 1 });
    expect(await importJson(b, await exportJson(a))).toMatchObject({ digabung: 1 });
    const [onA, onB] = [await a.runs.get(id), await b.runs.get(id)];
    expect(onA?.keadaan).toEqual(onB?.keadaan);
    expect(onA?.keadaan[3]?.catatan).toBe('dari A');
    expect(onA?.keadaan[4]?.dicentang).toBe(T0 + 32 * 60_000);
    expect(onA?.keadaan[2]).toMatchObject({ catatan: 'versi B', konflik: ['versi A'] });
  });

  it('keeps both texts when a tab saves a note another tab changed after it read it', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    const read = (await db.runs.get(id)) as RunRecord;
    const seen = { ...(read.keadaan[2]?.jejak.catatan?.versi ?? {}) };
    await setNote(db, id, 2, 'tab B', T0 + 40 * 60_000, { ...seen });
    await setNote(db, id, 2, 'tab A', T0 + 41 * 60_000, seen);
    expect((await db.runs.get(id))?.keadaan[2]).toMatchObject({ catatan: 'tab A', konflik: ['tab B'] });
  });

  it('remembers a deleted run: an older backup does not bring it back, and the deletion travels in the backup', async () => {
    const db = freshDb();
    const id = await runWithHistory(db);
    const backup = await exportJson(db);
    await finishRun(db, id, T0 + 50 * 60_000);
    await deleteRun(db, id, T0 + 51 * 60_000);
    expect(await importJson(db, backup)).toMatchObject({ ditambahkan: 0, terhapus: 1 });
    expect(await db.runs.get(id)).toBeUndefined();
    const elsewhere = freshDb();
    await importJson(elsewhere, backup);
    expect(await importJson(elsewhere, await exportJson(db))).toMatchObject({ terhapus: 1 });
    expect(await elsewhere.runs.count()).toBe(0);
  });

  it('reads format 1 backups (before traces), tracing them as the version 3 upgrade does', async () => {
    const db = freshDb();
    const file = await good();
    const v1 = {
      ...file,
      versi: 1,
      runs: file.runs.map(({ keadaan, ...run }) => ({
        ...run,
        keadaan: Object.fromEntries(
          Object.entries(keadaan).map(([no, { dicentang, catatan, keputusan }]) => [no, { dicentang, catatan, keputusan }]),
        ),
      })),
    };
    await importJson(db, JSON.stringify(v1));
    const run = (await db.runs.toArray())[0];
    expect(run?.keadaan[2]).toMatchObject({ catatan: 'Surat pengantar belum ada; <b>bukan</b> HTML', konflik: [] });
    expect(run?.keadaan[2]?.jejak.catatan).toEqual({
      waktu: run?.diperbarui,
      perangkat: PERANGKAT_LAMA,
      versi: { [PERANGKAT_LAMA]: run?.diperbarui },
    });
  });

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
      /pelaksanaan ke-1 \("Uji 2026"\): status harus berupa salah satu dari berjalan, selesai, dibatalkan; ditemukan teks "hampir"/,
    ],
    [
      'a run noting a step it does not have',
      async () => {
        const file = await good();
        const first = file.runs[0] as RunRecord;
        first.keadaan['9'] = { dicentang: null, catatan: '', keputusan: null, jejak: {}, konflik: [] };
        return JSON.stringify(file);
      },
      /mencatat langkah 9/,
    ],
    [
      'a time far outside any real one',
      async () => {
        const file = await good();
        (file.runs[0] as RunRecord).dimulai = 1e300;
        return JSON.stringify(file);
      },
      /pelaksanaan ke-1 \("Uji 2026"\): waktu mulai angka 1e\+300 di luar rentang/,
    ],
    [
      'a trace from the far future (it would win every later merge)',
      async () => {
        const file = await good();
        const step = (file.runs[0] as RunRecord).keadaan[2];
        if (step?.jejak.catatan) step.jejak.catatan.waktu = Date.now() + 400 * 24 * 3600_000;
        return JSON.stringify(file);
      },
      /langkah 2: jejak catatan\.waktu .* di luar rentang/,
    ],
    [
      'a note over the limit',
      async () => {
        const file = await good();
        const step = (file.runs[0] as RunRecord).keadaan[2];
        if (step) step.catatan = 'x'.repeat(5_001);
        return JSON.stringify(file);
      },
      /langkah 2: catatan 5\.001 karakter; batas 5\.000 karakter/,
    ],
    [
      'a wrong step copy, counted from 1',
      async () => {
        const file = await good();
        const first = (file.runs[0] as unknown as { langkah: Array<{ aktivitas: unknown }> }).langkah[0];
        if (first) first.aktivitas = 'teks';
        return JSON.stringify(file);
      },
      /langkah ke-1: aktivitas harus berupa daftar teks; ditemukan teks "teks"/,
    ],
    [
      '"runs" that is not a list',
      async () => JSON.stringify({ ...(await good()), runs: { a: 1 } }),
      /"runs" harus berupa daftar pelaksanaan; ditemukan objek/,
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
    await expect(importJson(db, text, 'cadangan.json')).rejects.toBeInstanceOf(BackupError);
    await expect(importJson(db, text, 'cadangan.json')).rejects.not.toThrow(/Invalid|expected|received|Unexpected|\.0\./);
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

  it('neutralises cells Excel would run as formulas (OWASP), numbers untouched', () => {
    expect(csvCell('=HYPERLINK("http://contoh.invalid")', ';')).toBe(`"'=HYPERLINK(""http://contoh.invalid"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`, ';').replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-5, ';')).toBe('-5');
    expect(csvCell('biasa', ';')).toBe('biasa');
  });
});

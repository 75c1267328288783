/**
 * Monev storage on fake-indexeddb: the migration from version 3 (data intact, new tables), colleagues' backups
 * imported several at once (each run keeping whose it is; one bad file writing nothing), runs held twice merged,
 * forms in the JSON backup (format 3) with older backups still importing, and the "perlu revisi" list.
 * People and SOPs are synthetic.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LajurDatabase } from '../../src/db/database.ts';
import { daftarKolega, hapusKolega, importKolega, monevRuns, namaDariBerkas, perluRevisi, simpanFormulir } from '../../src/db/monev.ts';
import { type FormulirRecord, KRITERIA_EVALUASI, kriteriaKosong } from '../../src/db/monev-records.ts';
import { setNote, setTicked, startRun } from '../../src/db/runs.ts';
import { exportJson, BackupError, importJson } from '../../src/db/transfer.ts';
import { SOP_UJI } from './checklist-fixture.ts';
import { freshDb } from './support/fresh-db.ts';

const T0 = Date.UTC(2026, 0, 5, 1, 0);

/** A colleague's device: runs made there, exported as their backup. */
async function colleagueBackup(nama: string, count: number, start = T0): Promise<{ text: string; ids: string[] }> {
  const db = freshDb();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await startRun(db, SOP_UJI, { judul: `${nama} ${i + 1}`, namaPelaksana: nama }, start + i * 86_400_000);
    await setTicked(db, id, 1, true, start + i * 86_400_000 + 20 * 60_000);
    ids.push(id);
  }
  return { text: await exportJson(db), ids };
}

function form(overrides: Partial<FormulirRecord> = {}): FormulirRecord {
  return {
    id: crypto.randomUUID(),
    sopId: SOP_UJI.sopId,
    sopNomor: SOP_UJI.sopNomor,
    sopNama: SOP_UJI.sopNama,
    sopVersi: SOP_UJI.sopVersi,
    periode: { dari: '2026-01-01', sampai: '2026-06-30' },
    monitoring: { penilaian: 'Tidak berjalan dengan baik', catatan: 'Langkah 2 melewati baku 2 dari 3 kali', tindakan: 'Pengarahan' },
    evaluasi: { kriteria: ['Ya', 'Ya', 'Tidak', 'Ya', 'Tidak', 'Ya', null], perluRevisi: true, catatan: '' },
    penilai: { nama: 'Penilai Contoh', nip: '198001012005011001', jabatan: 'Kepala Bagian (sintetis)' },
    tanggal: '2026-07-03',
    metode: ['Observasi supervisor'],
    dibuat: T0,
    diperbarui: T0,
    ...overrides,
  };
}

describe('schema version 5', () => {
  it('keeps version 3 runs, deletions and the device id, and adds empty colleague and form tables', async () => {
    const name = `migrasi-v5-${crypto.randomUUID()}`;
    const v3 = new LajurDatabase(name, 3);
    const id = await startRun(v3, SOP_UJI, { judul: 'Dari versi 3' }, T0);
    await setNote(v3, id, 2, 'catatan lama', T0 + 60_000);
    await v3.terhapus.put({ id: 'dihapus-1', dihapus: T0 });
    const before = await v3.runs.get(id);
    const device = (await v3.meta.get('perangkat'))?.nilai;
    v3.close();

    const latest = freshDb(name);
    expect(await latest.runs.get(id)).toEqual(before);
    expect(await latest.terhapus.toArray()).toEqual([{ id: 'dihapus-1', dihapus: T0 }]);
    expect((await latest.meta.get('perangkat'))?.nilai).toBe(device);
    expect(await latest.kolega.count()).toBe(0);
    expect(await latest.formulir.count()).toBe(0);
  });
});

describe('schema version 6', () => {
  it('gives forms stored by version 5 every criterion unanswered and keeps the rest of them', async () => {
    const name = `migrasi-v6-${crypto.randomUUID()}`;
    const v5 = new LajurDatabase(name, 5);
    const { kriteria: _absent, ...evaluasi } = form().evaluasi;
    const stored = { ...form({ id: 'dari-v5' }), evaluasi };
    await v5.formulir.put(stored as unknown as FormulirRecord);
    v5.close();

    const latest = freshDb(name);
    expect(await latest.formulir.get('dari-v5')).toEqual({
      ...stored,
      evaluasi: { ...evaluasi, kriteria: KRITERIA_EVALUASI.map(() => null) },
    });
  });

  it('keeps an editor draft of version 5 as it was: no TODO notes or drafted regulations means none', async () => {
    const name = `migrasi-v6-draf-${crypto.randomUUID()}`;
    const v5 = new LajurDatabase(name, 5);
    const draft = {
      id: 'd1',
      berkas: 'uji',
      judul: 'Uji (sintetis)',
      asal: 'baru',
      teksAsal: '---\n---\n',
      teks: '---\nnama: Uji\n---\n',
      asalLangkah: null,
      diperbarui: T0,
    };
    await v5.draf.put(draft);
    v5.close();
    expect(await freshDb(name).draf.get('d1')).toEqual(draft);
  });
});

describe('colleagues’ forms', () => {
  it('come in with their backup keeping whose they are; a later version wins; removing the colleague removes them', async () => {
    const theirs = freshDb();
    await startRun(theirs, SOP_UJI, { judul: 'Run Dewi', namaPelaksana: 'Dewi' }, T0);
    const dewiForm = await simpanFormulir(theirs, form({ id: 'form-dewi' }), T0 + 1_000);
    const db = freshDb();
    const own = await simpanFormulir(db, form({ id: 'form-saya' }), T0 + 2_000);
    // Dewi had imported my backup earlier: my form travels in hers, and stays mine here.
    await theirs.formulir.put({ ...own, pemilik: 'Saya' });
    const [report] = await importKolega(db, [{ text: await exportJson(theirs), fileName: 'dewi.json', pemilik: 'Dewi' }]);
    expect(report?.formulir).toBe(1);
    expect(await db.formulir.get('form-dewi')).toEqual({ ...dewiForm, pemilik: 'Dewi' });
    expect((await db.formulir.get('form-saya'))?.pemilik).toBeUndefined();

    await simpanFormulir(theirs, { ...dewiForm, monitoring: { ...dewiForm.monitoring, tindakan: 'Pengarahan ulang' } }, T0 + 9_000);
    const [again] = await importKolega(db, [{ text: await exportJson(theirs), fileName: 'dewi-2.json', pemilik: 'Dewi' }]);
    expect(again?.formulir).toBe(1);
    expect((await db.formulir.get('form-dewi'))?.monitoring.tindakan).toBe('Pengarahan ulang');
    // My own export carries Dewi's form with her name, so a second supervisor's device files it under her.
    const mine = JSON.parse(await exportJson(db)) as { formulir: FormulirRecord[] };
    expect(mine.formulir.find((item) => item.id === 'form-dewi')?.pemilik).toBe('Dewi');

    expect((await daftarKolega(db)).find((item) => item.pemilik === 'Dewi')).toMatchObject({ pelaksanaan: 1, formulir: 1 });
    await hapusKolega(db, 'Dewi');
    expect((await db.formulir.toArray()).map((item) => item.id)).toEqual(['form-saya']);
    expect(await daftarKolega(db)).toEqual([]);
  });

  it('files a backup of forms only under its assessor', () => {
    const text = JSON.stringify({ runs: [], formulir: [form({ penilai: { nama: 'Eko Penilai', nip: '', jabatan: '' } })] });
    expect(namaDariBerkas(text, 'eko.json')).toBe('Eko Penilai');
    expect(namaDariBerkas(JSON.stringify({ runs: [] }), 'kosong.json')).toBe('kosong');
  });
});

describe('colleagues’ backups', () => {
  it('imports three at once, each run keeping whose it is, and merges a second import of the same person', async () => {
    const [ani, budi, citra] = await Promise.all([colleagueBackup('Ani', 2), colleagueBackup('Budi', 3), colleagueBackup('Citra', 1)]);
    const db = freshDb();
    const reports = await importKolega(db, [
      { text: ani.text, fileName: 'ani.json', pemilik: namaDariBerkas(ani.text, 'ani.json') },
      { text: budi.text, fileName: 'budi.json', pemilik: 'Budi' },
      { text: citra.text, fileName: 'lajur-checklist-2026-06-30.json', pemilik: 'Citra' },
    ]);
    expect(reports.map((report) => [report.pemilik, report.ditambahkan])).toEqual([
      ['Ani', 2],
      ['Budi', 3],
      ['Citra', 1],
    ]);
    expect((await daftarKolega(db)).map((item) => [item.pemilik, item.pelaksanaan])).toEqual([
      ['Ani', 2],
      ['Budi', 3],
      ['Citra', 1],
    ]);
    const runs = await monevRuns(db, SOP_UJI.sopId);
    expect(runs).toHaveLength(6);
    expect(runs.find((run) => run.id === budi.ids[2])?.pemilik).toBe('Budi');
    const again = await importKolega(db, [{ text: ani.text, fileName: 'ani.json', pemilik: 'Ani' }]);
    expect(again[0]).toMatchObject({ ditambahkan: 0, sama: 2 });
    expect(await hapusKolega(db, 'Citra')).toBe(1);
    expect(await monevRuns(db, SOP_UJI.sopId)).toHaveLength(5);
  });

  it('writes nothing when one of the files is bad, and names it', async () => {
    const ani = await colleagueBackup('Ani', 1);
    const db = freshDb();
    const broken = JSON.stringify({ format: 'lajur-checklist', versi: 2, runs: [{ id: 'x' }] });
    await expect(
      importKolega(db, [
        { text: ani.text, fileName: 'ani.json', pemilik: 'Ani' },
        { text: broken, fileName: 'rusak.json', pemilik: 'Dedi' },
      ]),
    ).rejects.toThrow(/rusak\.json: pelaksanaan ke-1/);
    expect(await db.kolega.count()).toBe(0);
    await expect(importKolega(db, [{ text: ani.text, fileName: 'ani.json', pemilik: ' ' }])).rejects.toThrow(BackupError);
  });

  it('merges a run held twice (one’s own, also in a colleague’s backup) into one, step by step', async () => {
    const db = freshDb();
    const id = await startRun(db, SOP_UJI, { judul: 'Bersama' }, T0);
    await setTicked(db, id, 1, true, T0 + 60_000);
    const mine = await exportJson(db);
    // The colleague imported my backup and ticked step 2 on their device.
    const theirs = freshDb();
    await importJson(theirs, mine);
    await setTicked(theirs, id, 2, true, T0 + 120_000);
    await importKolega(db, [{ text: await exportJson(theirs), fileName: 'eka.json', pemilik: 'Eka' }]);
    const runs = await monevRuns(db, SOP_UJI.sopId);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.pemilik).toBe('Saya');
    expect(runs[0]?.keadaan['2']?.dicentang).toBe(T0 + 120_000);
  });
});

describe('forms in the backup', () => {
  it('exports forms (format 4, with the criteria) and restores them; a later version of a form wins as a whole', async () => {
    const db = freshDb();
    const filled = await simpanFormulir(db, form(), T0 + 1_000);
    const text = await exportJson(db);
    expect(JSON.parse(text)).toMatchObject({
      versi: 4,
      formulir: [{ id: filled.id, evaluasi: { kriteria: ['Ya', 'Ya', 'Tidak', 'Ya', 'Tidak', 'Ya', null], perluRevisi: true } }],
    });

    const other = freshDb();
    expect((await importJson(other, text)).formulir).toBe(1);
    expect(await other.formulir.get(filled.id)).toEqual(filled);
    await simpanFormulir(other, { ...filled, monitoring: { ...filled.monitoring, tindakan: 'Revisi langkah 2' } }, T0 + 5_000);
    expect((await importJson(other, text)).formulir).toBe(0);
    expect((await other.formulir.get(filled.id))?.monitoring.tindakan).toBe('Revisi langkah 2');
  });

  it('still imports a format 2 backup (no forms), and refuses a bad form naming the field', async () => {
    const db = freshDb();
    const old = JSON.parse(await exportJson(db));
    delete old.formulir;
    old.versi = 2;
    expect((await importJson(db, JSON.stringify(old), 'lama.json')).formulir).toBe(0);
    const bad = { ...old, versi: 3, formulir: [{ ...form(), monitoring: { penilaian: 'Baik sekali', catatan: '', tindakan: '' } }] };
    await expect(importJson(db, JSON.stringify(bad), 'buruk.json')).rejects.toThrow(
      /buruk\.json: formulir ke-1 \("Prosedur Uji \(sintetis\)"\): penilaian harus berupa salah satu dari "Berjalan dengan baik", "Tidak berjalan dengan baik" atau null; ditemukan teks "Baik sekali"/,
    );
    expect(await db.formulir.count()).toBe(0);
  });

  it('imports a format 3 form (before the criteria) with every criterion unanswered, and refuses a wrong answer', async () => {
    const db = freshDb();
    const file = JSON.parse(await exportJson(db));
    const { kriteria: _dropped, ...evaluasi } = form().evaluasi;
    const v3 = { ...file, versi: 3, formulir: [{ ...form({ id: 'lama' }), evaluasi }] };
    expect((await importJson(db, JSON.stringify(v3), 'v3.json')).formulir).toBe(1);
    expect((await db.formulir.get('lama'))?.evaluasi.kriteria).toEqual(KRITERIA_EVALUASI.map(() => null));
    // From format 4 on the criteria are part of the form: missing or wrong, the file is refused whole.
    await expect(importJson(freshDb(), JSON.stringify({ ...v3, versi: 4 }), 'v4.json')).rejects.toThrow(
      /v4\.json: formulir ke-1 \("Prosedur Uji \(sintetis\)"\): kriteria evaluasi harus berupa daftar 7 jawaban \("Ya", "Tidak" atau null\), satu untuk tiap kriteria; ditemukan tidak ada/,
    );
    const wrong = {
      ...file,
      formulir: [form({ evaluasi: { ...form().evaluasi, kriteria: ['Ya', 'Mungkin' as never, null, null, null, null, null] } })],
    };
    await expect(importJson(freshDb(), JSON.stringify(wrong), 'salah.json')).rejects.toThrow(
      /salah\.json: formulir ke-1 \("Prosedur Uji \(sintetis\)"\): kriteria evaluasi ke-2 \("Mudah dipahami"\) harus berupa "Ya", "Tidak" atau null; ditemukan teks "Mungkin"/,
    );
  });

  it('keeps the day kind a run copied, and refuses one that is neither "kerja" nor "kalender"', async () => {
    const db = freshDb();
    const langkah = SOP_UJI.langkah.map((step) => (step.no === 3 ? { ...step, hari: 'kerja' as const } : step));
    await startRun(db, { ...SOP_UJI, langkah }, { judul: 'Dengan jenis hari' }, T0);
    const file = JSON.parse(await exportJson(db));
    const other = freshDb();
    await importJson(other, JSON.stringify(file));
    expect((await other.runs.toArray())[0]?.langkah[2]?.hari).toBe('kerja');
    file.runs[0].langkah[2].hari = 'minggu';
    await expect(importJson(freshDb(), JSON.stringify(file), 'hari.json')).rejects.toThrow(
      /hari\.json: pelaksanaan ke-1 \("Dengan jenis hari"\), langkah ke-3: jenis hari harus berupa "kerja" atau "kalender" \(atau tidak ada\); ditemukan teks "minggu"/,
    );
  });

  it('lists an SOP as "perlu revisi" by its latest evaluation only', async () => {
    const db = freshDb();
    await simpanFormulir(db, form({ id: 'a' }), T0);
    expect((await perluRevisi(db)).map((item) => item.id)).toEqual(['a']);
    await simpanFormulir(
      db,
      form({
        id: 'b',
        periode: { dari: '2026-07-01', sampai: '2026-12-31' },
        evaluasi: { kriteria: kriteriaKosong(), perluRevisi: false, catatan: '' },
      }),
      T0,
    );
    expect(await perluRevisi(db)).toEqual([]);
  });
});

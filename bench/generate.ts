/**
 * Deterministic synthetic content at a province's scale, for benchmarks: offices and units, SOPs of 5-30 steps
 * with 2-8 pelaksana, decisions that skip ahead or loop back, regulations cited by id. Every name says it is
 * synthetic ("Sintetis"); nothing here stands for a real office or regulation. Same seed, same files.
 *
 * Usage: node bench/generate.ts [--sops 1000] [--seed 2026] [--out bench/.work/content]
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export interface GenerateOptions {
  sops: number;
  seed: number;
  out: string;
  /** Units SOPs are spread over (50 by default: 5 offices of 10 units). */
  units?: number;
  regulations?: number;
}

/** mulberry32: small, fast and good enough to spread synthetic data evenly. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
    return chosen;
  };
  return { next, int, pick, sample };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const yamlString = (text: string) => JSON.stringify(text);

const DURATIONS = ['15 menit', '30 menit', '45 menit', '1 jam', '90 menit', '2 jam', '3 jam', '1 hari kerja', '1-2 hari'];
const VERBS = [
  'Menerima',
  'Memeriksa',
  'Mencatat',
  'Menyusun',
  'Menelaah',
  'Memverifikasi',
  'Mengarsipkan',
  'Menyampaikan',
  'Mengoreksi',
  'Menandatangani',
];
const OBJECTS = [
  'berkas sintetis',
  'dokumen uji',
  'formulir sintetis',
  'laporan uji beban',
  'nota dinas sintetis',
  'data uji',
  'rekap sintetis',
];
const JENIS = ['Permen', 'PP', 'Perpres', 'Perda', 'Pergub', 'Kepgub'] as const;

interface StepPlan {
  no: number;
  jenis: 'mulai' | 'proses' | 'keputusan' | 'selesai';
  pelaksana: string;
  pilihan?: Array<{ label: string; lanjutKe: number }>;
}

/** A sound flow: a chain 1..n whose decisions go on to the next step first and then skip ahead or loop back. */
function planFlow(rng: ReturnType<typeof random>, count: number, lanes: string[]): StepPlan[] {
  const steps: StepPlan[] = [];
  for (let no = 1; no <= count; no++) {
    const first = no === 1;
    const last = no === count;
    const decision = !first && !last && no < count - 1 && rng.next() < 0.18;
    // Every lane gets a step, as in real SOPs; the rest fall where they may.
    const pelaksana = no <= lanes.length ? (lanes[no - 1] as string) : rng.pick(lanes);
    const step: StepPlan = { no, jenis: first ? 'mulai' : last ? 'selesai' : decision ? 'keputusan' : 'proses', pelaksana };
    if (decision) {
      const back = rng.next() < 0.5 && no > 2;
      const other = back ? rng.int(Math.max(2, no - 4), no - 1) : rng.int(no + 2, Math.min(count, no + 3));
      step.pilihan = [
        { label: back ? 'Sesuai' : 'Ya', lanjutKe: no + 1 },
        { label: back ? 'Perlu perbaikan' : 'Tidak', lanjutKe: other },
      ];
    }
    steps.push(step);
  }
  return steps;
}

/** Left in every folder the generator writes: the only folders it will empty again. */
export const MARKER = '.lajur-sintetis';

/** A folder given to the generator that it did not create: refused so `--out content` cannot delete real SOPs. */
export class FolderRefused extends Error {
  override name = 'FolderRefused';
}

/** Empties `out` only when it is missing, empty, or was written by this generator (it holds {@link MARKER}). */
async function clearOwnFolder(out: string): Promise<void> {
  const entries: string[] = await readdir(out).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new FolderRefused(`--out ${out} adalah berkas, bukan folder; pilih folder lain`);
    throw error;
  });
  if (entries.length === 0) return;
  if (!entries.includes(MARKER)) {
    throw new FolderRefused(
      `folder ${out} tidak kosong dan tidak dibuat oleh bench/generate.ts (tidak ada berkas ${MARKER}); isinya tidak dihapus. Pilih folder baru atau kosong, misalnya --out bench/.work/content`,
    );
  }
  await rm(out, { recursive: true, force: true });
}

export async function generate(options: GenerateOptions): Promise<{ files: number }> {
  const rng = random(options.seed);
  const unitCount = options.units ?? 50;
  const officeCount = Math.max(1, Math.ceil(unitCount / 10));
  const regulationCount = options.regulations ?? 200;
  await clearOwnFolder(options.out);
  for (const folder of ['sop', 'regulasi', 'instansi']) await mkdir(path.join(options.out, folder), { recursive: true });
  const files: Array<[string, string]> = [];

  const units: Array<{ office: string; unit: string }> = [];
  for (let office = 1; office <= officeCount; office++) {
    const id = `dinas-sintetis-${pad(office)}`;
    const names = Array.from(
      { length: Math.min(10, unitCount - (office - 1) * 10) },
      (_, i) => `Bidang Sintetis ${pad(office)}.${pad(i + 1)}`,
    );
    for (const unit of names) units.push({ office: id, unit });
    files.push([
      `instansi/${id}.yaml`,
      [
        '# Synthetic office for benchmarks; not a real institution.',
        `pemerintahDaerah: Pemerintah Daerah Sintetis ${pad(office)}`,
        `nama: Dinas Sintetis ${pad(office)} (data uji beban)`,
        `singkatan: Dinas Sintetis ${pad(office)}`,
        'unit:',
        ...names.map((unit, i) => `  - nama: ${unit}\n    kode: S${pad(office)}${pad(i + 1)}`),
        '',
      ].join('\n'),
    ]);
  }

  const regulations: string[] = [];
  for (let i = 1; i <= regulationCount; i++) {
    const jenis = JENIS[i % JENIS.length] as string;
    const tahun = 1995 + (i % 30);
    const id = `${jenis.toLowerCase()}-sintetis-${i}-${tahun}`;
    regulations.push(id);
    files.push([
      `regulasi/${id}.yaml`,
      [
        '# Synthetic regulation for benchmarks; not a real regulation.',
        `jenis: ${jenis}`,
        `nomor: ${i}`,
        `tahun: ${tahun}`,
        `tentang: Pengaturan Sintetis Nomor ${i} untuk Uji Beban Lajur`,
        `penerbit: ${jenis === 'PP' || jenis === 'Perpres' ? 'Pemerintah Sintetis' : 'Pejabat Sintetis'}`,
        'penerbitSingkat: Sintetis',
        '',
      ].join('\n'),
    ]);
  }

  const roles = Array.from({ length: 40 }, (_, i) => `Pelaksana Sintetis ${pad(i + 1)}`);
  const qualifications = Array.from({ length: 80 }, (_, i) => `Memahami prosedur sintetis ${pad(i + 1)}`);
  const sopIds = Array.from({ length: options.sops }, (_, i) => `prosedur-sintetis-${pad(i + 1, 4)}`);

  sopIds.forEach((id, index) => {
    const { office, unit } = units[index % units.length] as { office: string; unit: string };
    const stepCount = rng.int(5, 30);
    const lanes = rng.sample(roles, Math.min(rng.int(2, 8), stepCount));
    const flow = planFlow(rng, stepCount, lanes);
    const related = rng.next() < 0.3 ? [`{ sop: ${sopIds[(index + 7) % sopIds.length]} }`] : [];
    if (rng.next() < 0.1) related.push(yamlString(`SOP Sintetis Yang Belum Ada ${index}`));
    const step = (plan: StepPlan) => {
      const words = rng.int(0, 8);
      const aktivitas = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)} tahap ${plan.no}${words > 0 ? ` ${Array.from({ length: words }, () => rng.pick(OBJECTS)).join(', ')}` : ''}`;
      return [
        `  - no: ${plan.no}`,
        `    jenis: ${plan.jenis}`,
        `    aktivitas: ${yamlString(aktivitas)}`,
        `    pelaksana: ${plan.pelaksana}`,
        `    mutuBaku: { kelengkapan: ${yamlString(rng.pick(OBJECTS))}, durasi: ${yamlString(rng.pick(DURATIONS))}, output: ${yamlString(`${rng.pick(OBJECTS)} selesai`)} }`,
        ...(plan.pilihan
          ? ['    pilihan:', ...plan.pilihan.map((pilihan) => `      - { label: ${pilihan.label}, lanjutKe: ${pilihan.lanjutKe} }`)]
          : []),
      ].join('\n');
    };
    files.push([
      `sop/${id}.mdx`,
      [
        '---',
        '# Synthetic SOP for benchmarks.',
        `nomor: SINT/${index + 1}/2026`,
        `nama: Prosedur Sintetis ${pad(index + 1, 4)} ${rng.pick(OBJECTS)}`,
        `instansi: ${office}`,
        `unit: ${unit}`,
        `tanggalPembuatan: 2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
        'tanggalRevisi: null',
        `tanggalBerlaku: 2026-10-${pad(rng.int(1, 28))}`,
        'disahkanOleh: { jabatan: Kepala Dinas Sintetis, nama: null, nip: null }',
        `dasarHukum: [${rng.sample(regulations, rng.int(1, 4)).join(', ')}]`,
        `kualifikasiPelaksana: [${rng.sample(qualifications, rng.int(1, 5)).join(', ')}]`,
        `keterkaitan: ${related.length > 0 ? `[${related.join(', ')}]` : 'null'}`,
        'peralatanPerlengkapan: [Komputer, ATK]',
        'peringatan: Data sintetis untuk uji beban',
        'pencatatanPendataan: Disimpan sebagai data uji',
        `pelaksana: [${lanes.join(', ')}]`,
        'langkah:',
        ...flow.map(step),
        '---',
        '',
        `Prosedur sintetis untuk uji beban Lajur, nomor ${index + 1}. Tidak menggambarkan prosedur nyata.`,
        '',
      ].join('\n'),
    ]);
  });

  await Promise.all(files.map(([file, text]) => writeFile(path.join(options.out, file), text)));
  await writeFile(path.join(options.out, MARKER), 'Folder ini ditulis bench/generate.ts; boleh dihapus dan ditulis ulang.\n');
  return { files: files.length };
}

const USAGE = `Pemakaian: node bench/generate.ts [--sops 1000] [--seed 2026] [--out bench/.work/content]

Menulis konten sintetis (SOP, peraturan, instansi) untuk uji beban. --out harus folder baru, kosong, atau folder
yang dulu ditulis oleh alat ini (berisi ${MARKER}); folder lain tidak pernah dikosongkan.`;

function positiveInteger(name: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new FolderRefused(`--${name} "${text}" bukan bilangan bulat positif; diharapkan misalnya --${name} 1000`);
  return Number(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { values } = parseArgs({
      options: {
        sops: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '2026' },
        out: { type: 'string', default: 'bench/.work/content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const sops = positiveInteger('sops', values.sops);
    const seed = positiveInteger('seed', values.seed);
    const started = performance.now();
    const result = await generate({ sops, seed, out: values.out });
    console.log(`${result.files} berkas sintetis ditulis ke ${values.out} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    const known = error instanceof FolderRefused || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw error;
    const message = error instanceof FolderRefused ? error.message : `argumen tidak dapat dibaca (${(error as Error).message})`;
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/**
 * Cross-references for the pages users ask about: which SOPs rest on a regulation, which require a
 * qualification, and what each role (pelaksana) does in every SOP. Built from the catalog, so every page counts
 * the same way.
 */
import type { Langkah } from '../schemas/langkah.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import { JENIS_REGULASI, type JenisRegulasi } from './regulasi.ts';
import type { Catalog, Entry, SopView } from './catalog.ts';
import { normalKey, slugify } from './text.ts';

export interface RegulasiEntry extends Entry<Regulasi> {
  /** SOPs citing it, in catalog order. */
  dikutipOleh: SopView[];
}

export interface RegulasiGroup {
  jenis: JenisRegulasi;
  regulasi: RegulasiEntry[];
}

export interface KualifikasiEntry {
  slug: string;
  /** The wording of its first appearance. */
  teks: string;
  sops: SopView[];
}

export interface PeranDalamSop {
  sop: SopView;
  langkah: Langkah[];
  /** Minutes of the role's steps on the SOP's main path. */
  menitJalurUtama: number;
  /** False when one of those steps has no recorded duration. */
  lengkap: boolean;
  /** Step numbers the role performs only when a decision leaves the main path. */
  diLuarJalurUtama: number[];
}

export interface PelaksanaEntry {
  slug: string;
  nama: string;
  peran: PeranDalamSop[];
}

export interface CrossIndexes {
  regulasi: RegulasiEntry[];
  regulasiById: Map<string, RegulasiEntry>;
  /** Regulations by kind, in the order of the hierarchy, newest first within a kind. */
  regulasiByJenis: RegulasiGroup[];
  kualifikasi: KualifikasiEntry[];
  kualifikasiByText: Map<string, KualifikasiEntry>;
  pelaksana: PelaksanaEntry[];
  pelaksanaByName: Map<string, PelaksanaEntry>;
}

/** Slugs that stay unique even when two different texts slugify alike. */
function slugAllocator() {
  const used = new Set<string>();
  return (text: string) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

const JENIS_ORDER = Object.keys(JENIS_REGULASI) as JenisRegulasi[];

export function buildCrossIndexes(catalog: Catalog): CrossIndexes {
  const regulasi: RegulasiEntry[] = catalog.regulasi.map((entry) => ({
    ...entry,
    dikutipOleh: catalog.sops.filter((sop) => sop.dasarHukum?.some((cited) => cited.id === entry.id)),
  }));
  const regulasiByJenis = JENIS_ORDER.map((jenis) => ({
    jenis,
    regulasi: regulasi
      .filter((entry) => entry.data.jenis === jenis)
      .sort((a, b) => b.data.tahun - a.data.tahun || a.data.nomor.localeCompare(b.data.nomor, 'id', { numeric: true })),
  })).filter((group) => group.regulasi.length > 0);

  const kualifikasiSlug = slugAllocator();
  const kualifikasi = new Map<string, KualifikasiEntry>();
  for (const sop of catalog.sops) {
    for (const teks of sop.data.kualifikasiPelaksana ?? []) {
      const key = normalKey(teks);
      let entry = kualifikasi.get(key);
      if (!entry) {
        entry = { slug: kualifikasiSlug(teks), teks: teks.replace(/[\s;,.]+$/, ''), sops: [] };
        kualifikasi.set(key, entry);
      }
      if (!entry.sops.includes(sop)) entry.sops.push(sop);
    }
  }

  const pelaksanaSlug = slugAllocator();
  const pelaksana = new Map<string, PelaksanaEntry>();
  for (const sop of catalog.sops) {
    if (!sop.data.langkah || !sop.data.pelaksana) continue;
    const utama = new Set(sop.flow?.totals.utama.langkah ?? []);
    for (const nama of sop.data.pelaksana) {
      const key = normalKey(nama);
      let entry = pelaksana.get(key);
      if (!entry) {
        entry = { slug: pelaksanaSlug(nama), nama, peran: [] };
        pelaksana.set(key, entry);
      }
      const langkah = sop.data.langkah.filter((step) => step.pelaksana === nama);
      if (langkah.length === 0) continue;
      const onMain = langkah.filter((step) => utama.has(step.no));
      entry.peran.push({
        sop,
        langkah,
        menitJalurUtama: onMain.reduce((sum, step) => sum + (step.mutuBaku.durasi?.menit ?? 0), 0),
        lengkap: onMain.every((step) => step.mutuBaku.durasi !== null),
        diLuarJalurUtama: langkah.filter((step) => !utama.has(step.no)).map((step) => step.no),
      });
    }
  }

  const byName = (a: { nama?: string; teks?: string }, b: { nama?: string; teks?: string }) =>
    (a.nama ?? a.teks ?? '').localeCompare(b.nama ?? b.teks ?? '', 'id');
  return {
    regulasi,
    regulasiById: new Map(regulasi.map((entry) => [entry.id, entry])),
    regulasiByJenis,
    kualifikasi: [...kualifikasi.values()].sort(byName),
    kualifikasiByText: kualifikasi,
    pelaksana: [...pelaksana.values()].sort(byName),
    pelaksanaByName: pelaksana,
  };
}

/** The page of a qualification as written in an SOP. */
export function kualifikasiOf(indexes: CrossIndexes, teks: string): KualifikasiEntry | undefined {
  return indexes.kualifikasiByText.get(normalKey(teks));
}

/** The page of a role as named in an SOP. */
export function pelaksanaOf(indexes: CrossIndexes, nama: string): PelaksanaEntry | undefined {
  return indexes.pelaksanaByName.get(normalKey(nama));
}

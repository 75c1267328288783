/**
 * Content that is valid but probably not what the author meant: the same thing written twice in slightly
 * different ways, a decision whose two outcomes lead to the same step. Listed as warnings; the build goes on.
 */
import type { Instansi } from '../schemas/instansi.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import type { Sop } from '../schemas/sop.ts';
import type { Entry, ReferenceIssue } from './catalog.ts';
import { normalKey } from './text.ts';

interface Warning {
  path: PropertyKey[];
  pesan: string;
}

/** An SOP number without spaces: "62/46/SEKRT/2023" and "62 / 46 / SEKRT / 2023" are one number. */
export function nomorKey(nomor: string): string {
  return nomor.replace(/\s+/g, '').toLowerCase();
}

/** Warnings within one SOP: pelaksana written twice in other spacing or case, a regulation cited twice, decisions. */
export function sopWarnings(sop: Sop): Warning[] {
  const warnings: Warning[] = [];
  const pelaksana = new Map<string, string>();
  sop.pelaksana?.forEach((nama, i) => {
    const earlier = pelaksana.get(normalKey(nama));
    if (earlier !== undefined && earlier !== nama) {
      warnings.push({
        path: ['pelaksana', i],
        pesan: `pelaksana "${nama}" sama dengan "${earlier}" bila spasi dan huruf besar diabaikan; diharapkan satu nama yang ditulis sama persis`,
      });
    } else pelaksana.set(normalKey(nama), nama);
  });
  const cited = new Map<string, number>();
  sop.dasarHukum?.forEach((id, i) => {
    const first = cited.get(id);
    if (first !== undefined) {
      warnings.push({ path: ['dasarHukum', i], pesan: `peraturan "${id}" sudah dicantumkan pada butir ${first + 1}; hapus salah satunya` });
    } else cited.set(id, i);
  });
  sop.langkah?.forEach((step, i) => {
    const [first, second] = step.pilihan ?? [];
    if (step.jenis === 'keputusan' && first && second && first.lanjutKe === second.lanjutKe) {
      warnings.push({
        path: ['langkah', i, 'pilihan'],
        pesan: `kedua pilihan langkah keputusan ${step.no} ("${first.label}" dan "${second.label}") menuju langkah ${first.lanjutKe}; diharapkan dua pilihan menuju langkah yang berbeda, atau langkah ini berjenis proses`,
      });
    }
  });
  return warnings;
}

/** The same regulation (kind, number, year, issuer) filed under two ids. */
export function regulasiWarnings(regulasi: readonly Entry<Regulasi>[]): ReferenceIssue[] {
  const seen = new Map<string, string>();
  const issues: ReferenceIssue[] = [];
  for (const entry of regulasi) {
    const { jenis, nomor, tahun, penerbit } = entry.data;
    const key = [jenis, nomorKey(nomor), tahun, normalKey(penerbit)].join('|');
    const other = seen.get(key);
    if (other) {
      issues.push({
        collection: 'regulasi',
        id: entry.id,
        path: ['nomor'],
        pesan: `peraturan ini (${jenis} ${nomor} tahun ${tahun}, ${penerbit}) juga tercatat sebagai ${other}; diharapkan satu berkas per peraturan: pakai satu id dan hapus yang lain`,
        level: 'warning',
      });
    } else seen.set(key, entry.id);
  }
  return issues;
}

/** A unit listed twice in one office. */
export function instansiWarnings(instansi: readonly Entry<Instansi>[]): ReferenceIssue[] {
  return instansi.flatMap((entry) => {
    const seen = new Map<string, number>();
    return entry.data.unit.flatMap((unit, i): ReferenceIssue[] => {
      const first = seen.get(normalKey(unit.nama));
      if (first === undefined) {
        seen.set(normalKey(unit.nama), i);
        return [];
      }
      return [
        {
          collection: 'instansi',
          id: entry.id,
          path: ['unit', i, 'nama'],
          pesan: `unit "${unit.nama}" sudah tercatat pada butir ${first + 1}; hapus salah satunya`,
          level: 'warning',
        },
      ];
    });
  });
}

/**
 * The catalog: every SOP with its references resolved (office, unit, regulations, related SOPs) and its flow
 * analysed. Pages read it; the checker reports the references it could not resolve. Pure: it gets parsed entries,
 * whether from Astro's content layer or from the command-line loader.
 */
import type { Instansi } from '../schemas/instansi.ts';
import type { Regulasi } from '../schemas/regulasi.ts';
import type { Sop } from '../schemas/sop.ts';
import { flowTotals, type FlowTotals } from './flow-totals.ts';
import { flowEdges, type FlowEdge } from './step-graph.ts';
import { sopTitleKey } from './text.ts';
import { instansiWarnings, nomorKey, regulasiWarnings, sopWarnings } from './content-warnings.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export type CollectionName = 'sop' | 'regulasi' | 'instansi';

/** A reference that does not resolve: an error fails the build, a warning is listed in the build log. */
export interface ReferenceIssue {
  collection: CollectionName;
  id: string;
  path: PropertyKey[];
  pesan: string;
  level: 'error' | 'warning';
}

/** A related SOP as shown: its title, and its id when it is on this site. */
export interface Keterkaitan {
  judul: string;
  sopId?: string;
}

export interface SopFlow {
  edges: FlowEdge[];
  totals: FlowTotals;
}

export interface SopView {
  id: string;
  data: Sop;
  instansi: Entry<Instansi>;
  dasarHukum: Entry<Regulasi>[] | null;
  keterkaitan: Keterkaitan[] | null;
  /** SOPs on the site that name this one as related, so the link shows both ways. */
  dikaitkanOleh: string[];
  /** Null when the steps are not yet recorded. */
  flow: SopFlow | null;
}

export interface Catalog {
  sops: SopView[];
  sopById: Map<string, SopView>;
  regulasi: Entry<Regulasi>[];
  regulasiById: Map<string, Entry<Regulasi>>;
  instansi: Entry<Instansi>[];
  issues: ReferenceIssue[];
}

export interface CatalogInput {
  sop: Entry<Sop>[];
  regulasi: Entry<Regulasi>[];
  instansi: Entry<Instansi>[];
}

const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));

function listOf(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return '(belum ada)';
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, dan ${all.length - 12} lainnya` : all.join(', ');
}

// One collator per ordering instead of `localeCompare(..., 'id')`, which builds a collator on every call: sorting
// 1,000 SOPs took about 55 ms that way, most of `sop:check`'s time outside YAML parsing.
const byText = new Intl.Collator('id').compare;
const byNumber = new Intl.Collator('id', { numeric: true }).compare;

/** Orders SOPs as the home page lists them: by office, unit (unknown last), then number and name. */
function compareSop(a: SopView, b: SopView): number {
  return (
    byText(a.instansi.data.nama, b.instansi.data.nama) ||
    byText(a.data.unit ?? '\uffff', b.data.unit ?? '\uffff') ||
    byNumber(a.data.nomor ?? '\uffff', b.data.nomor ?? '\uffff') ||
    byText(a.data.nama, b.data.nama)
  );
}

export function buildCatalog(input: CatalogInput): Catalog {
  const issues: ReferenceIssue[] = [];
  const regulasiById = byId(input.regulasi);
  const instansiById = byId(input.instansi);
  const sopEntries = byId(input.sop);
  const sopByTitle = new Map(input.sop.map((entry) => [sopTitleKey(entry.data.nama), entry.id]));
  const sopByNomor = new Map<string, string>();
  const sopByNomorKey = new Map<string, { id: string; nomor: string }>();
  issues.push(...regulasiWarnings(input.regulasi), ...instansiWarnings(input.instansi));

  const sops: SopView[] = [];
  for (const entry of input.sop) {
    const { data } = entry;
    const issue = (path: PropertyKey[], pesan: string, level: ReferenceIssue['level'] = 'error') =>
      issues.push({ collection: 'sop', id: entry.id, path, pesan, level });

    const instansi = instansiById.get(data.instansi);
    if (!instansi) {
      issue(
        ['instansi'],
        `instansi "${data.instansi}" tidak ada di content/instansi/; diharapkan salah satu dari: ${listOf(instansiById.keys())}`,
      );
      continue;
    }
    if (data.unit !== null && !instansi.data.unit.some((unit) => unit.nama === data.unit)) {
      issue(
        ['unit'],
        `unit "${data.unit}" tidak terdaftar pada instansi ${instansi.id}; diharapkan salah satu dari: ${listOf(instansi.data.unit.map((unit) => unit.nama))}`,
      );
    }
    if (data.nomor !== null) {
      const other = sopByNomor.get(data.nomor);
      const spaced = sopByNomorKey.get(nomorKey(data.nomor));
      if (other) issue(['nomor'], `nomor SOP "${data.nomor}" juga dipakai oleh SOP ${other}; diharapkan nomor yang unik`);
      else if (spaced) {
        issue(
          ['nomor'],
          `nomor SOP "${data.nomor}" sama dengan nomor SOP ${spaced.id} ("${spaced.nomor}") bila spasi diabaikan; periksa apakah keduanya SOP yang sama atau salah ketik`,
          'warning',
        );
      }
      if (!other) sopByNomor.set(data.nomor, entry.id);
      if (!spaced) sopByNomorKey.set(nomorKey(data.nomor), { id: entry.id, nomor: data.nomor });
    }
    for (const warning of sopWarnings(data)) issue(warning.path, warning.pesan, 'warning');

    const dasarHukum =
      data.dasarHukum?.flatMap((id, i) => {
        const regulasi = regulasiById.get(id);
        if (!regulasi) {
          issue(
            ['dasarHukum', i],
            `peraturan "${id}" tidak ada di content/regulasi/; diharapkan salah satu dari: ${listOf(regulasiById.keys())}`,
          );
          return [];
        }
        return [regulasi];
      }) ?? null;

    const keterkaitan =
      data.keterkaitan?.flatMap((item, i): Keterkaitan[] => {
        if (typeof item === 'string') {
          const sopId = sopByTitle.get(sopTitleKey(item));
          if (sopId === entry.id) {
            issue(['keterkaitan', i], `SOP mencantumkan dirinya sendiri ("${item}") sebagai SOP terkait; diharapkan SOP lain`, 'warning');
            return [];
          }
          if (sopId === undefined) {
            issue(['keterkaitan', i], `SOP terkait "${item}" belum tersedia di situs; ditampilkan sebagai "belum tersedia"`, 'warning');
            return [{ judul: item }];
          }
          return [{ judul: item, sopId }];
        }
        const target = sopEntries.get(item.sop);
        if (!target) {
          issue(
            ['keterkaitan', i, 'sop'],
            `SOP "${item.sop}" tidak ada di content/sop/; diharapkan salah satu dari: ${listOf(sopEntries.keys())}`,
          );
          return [];
        }
        if (target.id === entry.id) {
          issue(['keterkaitan', i, 'sop'], 'SOP mengaitkan dirinya sendiri; diharapkan SOP lain');
          return [];
        }
        return [{ judul: target.data.nama, sopId: target.id }];
      }) ?? null;

    const flow = data.langkah
      ? (() => {
          const steps = data.langkah.map((step) => ({ ...step, menit: step.mutuBaku.durasi?.menit ?? null }));
          // Totals on first use: pages read them, the content check never does (a tenth of its time at 1,000 SOPs).
          let totals: FlowTotals | undefined;
          return {
            edges: flowEdges(steps),
            get totals() {
              totals ??= flowTotals(steps);
              return totals;
            },
          };
        })()
      : null;

    sops.push({ id: entry.id, data, instansi, dasarHukum, keterkaitan, dikaitkanOleh: [], flow });
  }

  const sopById = byId(sops);
  for (const sop of sops) {
    for (const related of sop.keterkaitan ?? []) {
      const target = related.sopId === undefined ? undefined : sopById.get(related.sopId);
      if (target && !target.dikaitkanOleh.includes(sop.id)) target.dikaitkanOleh.push(sop.id);
    }
  }

  return {
    sops: sops.sort(compareSop),
    sopById,
    regulasi: input.regulasi,
    regulasiById,
    instansi: input.instansi,
    issues,
  };
}

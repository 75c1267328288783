/**
 * The step graph of an SOP: which step follows which, and whether the flow is sound (how long it takes is in
 * ./flow-totals.ts). Pages, the diagram, the official document, the checklist and the command-line checker all read
 * the flow through this module, so that "the next step" and "the total" mean the same thing everywhere.
 */

export const JENIS_LANGKAH = ['mulai', 'proses', 'keputusan', 'selesai'] as const;
export type JenisLangkah = (typeof JENIS_LANGKAH)[number];

/** One labelled outcome of a decision. */
export interface Pilihan {
  label: string;
  lanjutKe: number;
}

/** The part of a step that the flow depends on. */
export interface FlowStep {
  no: number;
  jenis: JenisLangkah;
  lanjutKe?: number | null | undefined;
  pilihan?: readonly Pilihan[] | null | undefined;
  /** Standard duration in minutes; null when not recorded. */
  menit?: number | null | undefined;
}

export interface FlowEdge {
  from: number;
  to: number;
  /** The outcome label of a decision ("Ya", "Sesuai"); undefined for a plain arrow. */
  label?: string;
  /** True when the edge lies on the main path: every decision takes its first outcome. */
  utama: boolean;
}

/** A problem with the flow; `path` is relative to the list of steps (index first). */
export interface FlowProblem {
  path: PropertyKey[];
  pesan: string;
}

/**
 * The step after `index` when the author wrote no `lanjutKe`: the next one in the list, as in the printed table.
 */
function implicitNext<S extends FlowStep>(steps: readonly S[], index: number): number | undefined {
  return steps[index + 1]?.no;
}

/** Outgoing edges of one step, in the order the author wrote them. */
export function nextOf<S extends FlowStep>(steps: readonly S[], index: number): FlowEdge[] {
  const step = steps[index];
  if (!step || step.jenis === 'selesai') return [];
  if (step.jenis === 'keputusan') {
    return (step.pilihan ?? []).map((pilihan, order) => ({
      from: step.no,
      to: pilihan.lanjutKe,
      label: pilihan.label,
      utama: order === 0,
    }));
  }
  const to = step.lanjutKe ?? implicitNext(steps, index);
  return to === undefined ? [] : [{ from: step.no, to, utama: true }];
}

/** Every edge of the flow. Whether an edge is on the main path is decided by {@link mainPath}. */
export function flowEdges<S extends FlowStep>(steps: readonly S[]): FlowEdge[] {
  const main = new Set(pairs(mainPath(steps)));
  return steps.flatMap((_, index) => nextOf(steps, index).map((edge) => ({ ...edge, utama: main.has(`${edge.from}>${edge.to}`) })));
}

function pairs(path: readonly number[]): string[] {
  return path.slice(1).map((to, i) => `${path[i]}>${to}`);
}

/** Index in the list of each step number (the first, when a number is used twice). */
export function indexByNo<S extends FlowStep>(steps: readonly S[]): Map<number, number> {
  const index = new Map<number, number>();
  steps.forEach((step, i) => {
    if (!index.has(step.no)) index.set(step.no, i);
  });
  return index;
}

function describeNumbers(steps: readonly FlowStep[]): string {
  const numbers = steps.map((step) => step.no);
  if (numbers.length === 0) return 'tidak ada langkah';
  return numbers.length > 8 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ');
}

/**
 * The main path from the start: each decision takes its first outcome. Stops at an end, at a dead end, or before
 * a step it already visited (a loop); use {@link checkFlow} to tell those apart.
 */
export function mainPath<S extends FlowStep>(steps: readonly S[]): number[] {
  const byNo = indexByNo(steps);
  const start = steps.find((step) => step.jenis === 'mulai');
  const path: number[] = [];
  const seen = new Set<number>();
  let current = start ? byNo.get(start.no) : undefined;
  while (current !== undefined) {
    const step = steps[current];
    if (!step || seen.has(step.no)) break;
    seen.add(step.no);
    path.push(step.no);
    const next = nextOf(steps, current)[0];
    current = next === undefined ? undefined : byNo.get(next.to);
  }
  return path;
}

/**
 * Everything that makes a flow unusable, each with where it is and what was expected. Structural problems come
 * first; reachability is only judged once every arrow points at a real step.
 */
export function checkFlow<S extends FlowStep>(steps: readonly S[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const byNo = indexByNo(steps);
  const known = `salah satu nomor langkah yang ada (${describeNumbers(steps)})`;

  steps.forEach((step, i) => {
    const first = byNo.get(step.no);
    if (first !== undefined && first !== i) {
      problems.push({
        path: [i, 'no'],
        pesan: `nomor langkah ${step.no} dipakai dua kali (juga oleh langkah ke-${first + 1} dalam daftar); diharapkan nomor yang unik`,
      });
    } else if (i > 0 && step.no < (steps[i - 1]?.no ?? 0)) {
      problems.push({
        path: [i, 'no'],
        pesan: `ditemukan nomor ${step.no} setelah nomor ${steps[i - 1]?.no}; diharapkan langkah ditulis berurutan menurut nomor`,
      });
    }
  });
  // With ambiguous numbers every arrow is ambiguous too: report the numbering alone.
  if (problems.length > 0) return problems;

  const starts = steps.filter((step) => step.jenis === 'mulai');
  if (starts.length === 0) {
    problems.push({
      path: [],
      pesan: 'tidak ada langkah dengan jenis "mulai"; diharapkan tepat satu langkah awal dengan jenis: mulai',
    });
  } else if (starts.length > 1) {
    problems.push({
      path: [steps.indexOf(starts[1] as S), 'jenis'],
      pesan: `ada ${starts.length} langkah "mulai" (langkah ${starts.map((step) => step.no).join(', ')}); diharapkan tepat satu`,
    });
  }
  if (!steps.some((step) => step.jenis === 'selesai')) {
    problems.push({
      path: [],
      pesan: 'tidak ada langkah dengan jenis "selesai"; diharapkan sedikitnya satu langkah akhir dengan jenis: selesai',
    });
  }

  steps.forEach((step, i) => {
    const pilihan = step.pilihan ?? undefined;
    if (step.jenis === 'keputusan') {
      if (step.lanjutKe != null) {
        problems.push({
          path: [i, 'lanjutKe'],
          pesan: `langkah keputusan ${step.no} memakai lanjutKe; diharapkan dua "pilihan" berlabel, masing-masing dengan lanjutKe`,
        });
      }
      const labels = (pilihan ?? []).map((option) => option.label.trim());
      if (pilihan?.length !== 2) {
        problems.push({
          path: [i, 'pilihan'],
          pesan: `langkah keputusan ${step.no} memiliki ${pilihan?.length ?? 0} pilihan; diharapkan tepat dua pilihan berlabel (misalnya Ya/Tidak), masing-masing dengan lanjutKe`,
        });
      } else if (labels[0] !== '' && labels[0]?.toLowerCase() === labels[1]?.toLowerCase()) {
        problems.push({
          path: [i, 'pilihan', 1, 'label'],
          pesan: `kedua pilihan langkah ${step.no} berlabel "${labels[0]}"; diharapkan dua label yang berbeda`,
        });
      }
    } else if (pilihan && pilihan.length > 0) {
      problems.push({
        path: [i, 'pilihan'],
        pesan: `langkah ${step.no} berjenis "${step.jenis}" tetapi memiliki pilihan; pilihan hanya untuk jenis: keputusan`,
      });
    }
    if (step.jenis === 'selesai' && step.lanjutKe != null) {
      problems.push({
        path: [i, 'lanjutKe'],
        pesan: `langkah selesai ${step.no} memiliki lanjutKe ${step.lanjutKe}; langkah selesai tidak dilanjutkan`,
      });
    }
    if (step.jenis === 'mulai' || step.jenis === 'proses') {
      if (step.lanjutKe == null && implicitNext(steps, i) === undefined) {
        problems.push({
          path: [i],
          pesan: `langkah ${step.no} adalah langkah terakhir dalam daftar tetapi berjenis "${step.jenis}"; diharapkan jenis: selesai, atau lanjutKe ke langkah lain`,
        });
      }
    }
    nextOf(steps, i).forEach((edge, order) => {
      const at = step.jenis === 'keputusan' ? [i, 'pilihan', order, 'lanjutKe'] : [i, 'lanjutKe'];
      if (!byNo.has(edge.to)) {
        problems.push({ path: at, pesan: `langkah ${edge.to} tidak ada; diharapkan ${known}` });
      } else if (edge.to === step.no) {
        problems.push({ path: at, pesan: `langkah ${step.no} menunjuk dirinya sendiri; diharapkan langkah lain` });
      }
    });
  });

  if (problems.length > 0) return problems;
  return checkReachability(steps, byNo);
}

function checkReachability<S extends FlowStep>(steps: readonly S[], byNo: Map<number, number>): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const forward = new Map<number, number[]>();
  const backward = new Map<number, number[]>();
  steps.forEach((step, i) => {
    for (const edge of nextOf(steps, i)) {
      forward.set(step.no, [...(forward.get(step.no) ?? []), edge.to]);
      backward.set(edge.to, [...(backward.get(edge.to) ?? []), step.no]);
    }
  });
  const start = steps.find((step) => step.jenis === 'mulai') as S;
  const reachable = walk([start.no], forward);
  const canFinish = walk(
    steps.filter((step) => step.jenis === 'selesai').map((step) => step.no),
    backward,
  );
  steps.forEach((step, i) => {
    if (!reachable.has(step.no)) {
      problems.push({
        path: [i],
        pesan: `langkah ${step.no} tidak dapat dicapai dari langkah mulai (${start.no}); diharapkan ada langkah atau pilihan yang menuju langkah ${step.no}`,
      });
    } else if (!canFinish.has(step.no)) {
      problems.push({
        path: [i],
        pesan: `dari langkah ${step.no} tidak ada jalan menuju langkah selesai; diharapkan setiap alur berakhir pada langkah berjenis selesai`,
      });
    }
  });
  if (problems.length > 0) return problems;

  const path = mainPath(steps);
  const last = steps[byNo.get(path[path.length - 1] ?? -1) ?? -1];
  if (last && last.jenis !== 'selesai') {
    const loopAt = path.findLast((no) => steps[byNo.get(no) ?? -1]?.jenis === 'keputusan');
    problems.push({
      path: loopAt === undefined ? [] : [byNo.get(loopAt) ?? 0, 'pilihan'],
      pesan: `jalur utama (pilihan pertama setiap keputusan) berputar kembali tanpa mencapai langkah selesai; diharapkan pilihan pertama keputusan ${loopAt ?? ''} adalah pilihan yang menuju selesai`,
    });
  }
  return problems;
}

function walk(from: number[], edges: Map<number, number[]>): Set<number> {
  const seen = new Set<number>(from);
  const queue = [...from];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const to of edges.get(next) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

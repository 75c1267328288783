/**
 * How long a sound flow takes: along the main path (what offices quote), and the shortest and longest ways from the
 * start to an end. Computed exactly for any number of decisions; totals never add both branches of a decision.
 */
import { type FlowStep, indexByNo, mainPath, nextOf } from './step-graph.ts';

/** A total duration, with a flag when some step on the way has no recorded duration. */
export interface DurasiTotal {
  menit: number;
  /** False when at least one step counted has no recorded duration (it counted as 0). */
  lengkap: boolean;
}

export interface FlowTotals {
  /** Along the main path: what offices quote as "the" duration. */
  utama: DurasiTotal & { langkah: number[] };
  /** Shortest and longest ways from start to an end; loops are not taken (arrows back to an earlier step on the way). */
  terpendek: DurasiTotal;
  terpanjang: DurasiTotal;
}

function sumAlong<S extends FlowStep>(path: readonly number[], steps: readonly S[], byNo: Map<number, number>) {
  let menit = 0;
  let lengkap = true;
  for (const no of path) {
    const value = steps[byNo.get(no) ?? -1]?.menit;
    if (value == null) lengkap = false;
    else menit += value;
  }
  return { menit, lengkap };
}

/** Outgoing step numbers of every step, in the author's order. */
function successors<S extends FlowStep>(steps: readonly S[]): Map<number, number[]> {
  return new Map(steps.map((step, i) => [step.no, nextOf(steps, i).map((edge) => edge.to)]));
}

/**
 * The shortest way from `start` to an end: Dijkstra over the steps, each step costing its duration (unknown
 * durations count 0). Exact for any number of decisions; durations are never negative, so no step repeats.
 */
function shortestToEnd<S extends FlowStep>(steps: readonly S[], byNo: Map<number, number>, start: number): number[] | undefined {
  const next = successors(steps);
  const cost = (no: number) => steps[byNo.get(no) ?? -1]?.menit ?? 0;
  const best = new Map<number, number>([[start, cost(start)]]);
  const previous = new Map<number, number>();
  const done = new Set<number>();
  for (;;) {
    let current: number | undefined;
    for (const [no, value] of best) if (!done.has(no) && (current === undefined || value < (best.get(current) ?? 0))) current = no;
    if (current === undefined) return undefined;
    if (steps[byNo.get(current) ?? -1]?.jenis === 'selesai') {
      const path = [current];
      for (let at = previous.get(current); at !== undefined; at = previous.get(at)) path.unshift(at);
      return path;
    }
    done.add(current);
    for (const to of next.get(current) ?? []) {
      if (!byNo.has(to) || done.has(to)) continue;
      const value = (best.get(current) ?? 0) + cost(to);
      if (value < (best.get(to) ?? Number.POSITIVE_INFINITY)) {
        best.set(to, value);
        previous.set(to, current);
      }
    }
  }
}

/**
 * The longest way from `start` to an end with no loop taken: arrows back to a step already on the way (found by a
 * depth-first walk from the start) are left out, and the longest path of what remains is computed exactly.
 */
function longestToEnd<S extends FlowStep>(steps: readonly S[], byNo: Map<number, number>, start: number): number[] | undefined {
  const next = successors(steps);
  const cost = (no: number) => steps[byNo.get(no) ?? -1]?.menit ?? 0;
  const forward = new Map<number, number[]>();
  const state = new Map<number, 'open' | 'closed'>();
  const order: number[] = [];
  const stack: Array<{ no: number; i: number }> = [{ no: start, i: 0 }];
  state.set(start, 'open');
  forward.set(start, []);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { no: number; i: number };
    const targets = next.get(frame.no) ?? [];
    if (frame.i >= targets.length) {
      state.set(frame.no, 'closed');
      order.push(frame.no);
      stack.pop();
      continue;
    }
    const to = targets[frame.i++] as number;
    if (!byNo.has(to) || state.get(to) === 'open') continue;
    forward.get(frame.no)?.push(to);
    if (!state.has(to)) {
      state.set(to, 'open');
      forward.set(to, []);
      stack.push({ no: to, i: 0 });
    }
  }
  // Post-order: every step comes after the steps it leads to, so one pass settles each.
  const best = new Map<number, { value: number; via?: number }>();
  for (const no of order) {
    if (steps[byNo.get(no) ?? -1]?.jenis === 'selesai') {
      best.set(no, { value: cost(no) });
      continue;
    }
    let chosen: { value: number; via?: number } | undefined;
    for (const to of forward.get(no) ?? []) {
      const after = best.get(to);
      if (after && (!chosen || after.value + cost(no) > chosen.value)) chosen = { value: after.value + cost(no), via: to };
    }
    if (chosen) best.set(no, chosen);
  }
  if (!best.has(start)) return undefined;
  const path = [start];
  for (let via = best.get(start)?.via; via !== undefined; via = best.get(via)?.via) path.push(via);
  return path;
}

/**
 * Durations of a sound flow (one that passed {@link checkFlow}). Totals follow a path and never add both
 * branches of a decision.
 */
export function flowTotals<S extends FlowStep>(steps: readonly S[]): FlowTotals {
  const byNo = indexByNo(steps);
  const main = mainPath(steps);
  const start = main[0];
  const utama = sumAlong(main, steps, byNo);
  const shortest = start === undefined ? undefined : shortestToEnd(steps, byNo, start);
  const longest = start === undefined ? undefined : longestToEnd(steps, byNo, start);
  return {
    utama: { ...utama, langkah: main },
    terpendek: shortest ? sumAlong(shortest, steps, byNo) : utama,
    terpanjang: longest ? sumAlong(longest, steps, byNo) : utama,
  };
}

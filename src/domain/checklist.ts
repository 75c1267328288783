/**
 * What a checklist run means, independent of storage and screen: which steps lie on the path the run is taking,
 * which were skipped by a decision, progress ("7/11"), time used against the mutu baku. The run page and the
 * exports compute from here; the flow itself comes from the shared step graph.
 */
import type { Sop } from '../schemas/sop.ts';
import { type JenisHari, parseDurasi } from './durasi.ts';
import { nextOf, type FlowStep, type JenisLangkah } from './step-graph.ts';
import { versiProsedur } from './versi.ts';

/** A step as copied into a run when it starts: later edits of the SOP never change it. */
export interface RunStepSnapshot extends FlowStep {
  no: number;
  jenis: JenisLangkah;
  aktivitas: string[];
  pelaksana: string;
  /** The mutu baku duration as written, and in minutes. */
  durasiTeks: string | null;
  menit: number | null;
  /**
   * Which days the duration counts ("hari kerja" or "hari kalender"), copied since monev (issue 19); absent when
   * it counts no days, and in runs started before. {@link jenisHariLangkah} reads older runs from the text.
   */
  hari?: JenisHari;
  kelengkapan: string[] | null;
  output: string[] | null;
}

/** What the SOP page hands over when a run starts. */
export interface SopSnapshot {
  sopId: string;
  sopNomor: string | null;
  sopNama: string;
  /** Hash of the steps copied (see versi.ts): tells a run whether its SOP changed since. */
  sopVersi: string;
  sopTanggalRevisi: string | null;
  langkah: RunStepSnapshot[];
}

/** The copy of an SOP a run starts from; undefined when its steps are not recorded. */
export function snapshotOf(id: string, sop: Sop): SopSnapshot | undefined {
  if (!sop.langkah) return undefined;
  const langkah = sop.langkah.map(
    (step): RunStepSnapshot => ({
      no: step.no,
      jenis: step.jenis,
      aktivitas: step.aktivitas,
      pelaksana: step.pelaksana,
      durasiTeks: step.mutuBaku.durasi?.teks ?? null,
      menit: step.mutuBaku.durasi?.menit ?? null,
      ...(step.mutuBaku.durasi?.hari ? { hari: step.mutuBaku.durasi.hari } : {}),
      kelengkapan: step.mutuBaku.kelengkapan,
      output: step.mutuBaku.output,
      ...(step.lanjutKe === undefined ? {} : { lanjutKe: step.lanjutKe }),
      ...(step.pilihan === undefined ? {} : { pilihan: step.pilihan }),
    }),
  );
  return {
    sopId: id,
    sopNomor: sop.nomor,
    sopNama: sop.nama,
    // The day kind is read from the duration's text, already hashed: leaving it out keeps every version as it was.
    sopVersi: versiProsedur({ pelaksana: sop.pelaksana, langkah: langkah.map(({ hari: _hari, ...step }) => step) }),
    sopTanggalRevisi: sop.tanggalRevisi,
    langkah,
  };
}

/**
 * Whether a step's mutu baku counts calendar days or working time. Runs started before the kind was copied are
 * read from the duration text they did copy, with the same parser the SOP was read with; a duration without days
 * ("30 menit") counts working time.
 */
export function jenisHariLangkah(step: Pick<RunStepSnapshot, 'hari' | 'durasiTeks'>): JenisHari {
  if (step.hari) return step.hari;
  if (!step.durasiTeks) return 'kerja';
  const parsed = parseDurasi(step.durasiTeks);
  return parsed.ok && parsed.durasi.hari === 'kalender' ? 'kalender' : 'kerja';
}

/** What happened to one step in a run. */
export interface RunStepState {
  /** When it was ticked (ms since epoch); null when not (or no longer) ticked. */
  dicentang: number | null;
  catatan: string;
  /** For a decision: the label of the outcome chosen. */
  keputusan: string | null;
}

export type RunStepStatus = 'selesai' | 'berikutnya' | 'menunggu' | 'dilewati';

export interface RunStepView {
  step: RunStepSnapshot;
  state: RunStepState;
  status: RunStepStatus;
  /** Minutes from the previous tick on the path (or the run's start) to this tick. */
  menitTerpakai: number | null;
  /** True when this step took longer than its mutu baku duration. */
  melewatiBaku: boolean;
}

export interface RunProgress {
  steps: RunStepView[];
  /** Steps on the path taken (decisions not yet made follow their first outcome). */
  dihitung: number;
  selesai: number;
  /** Mutu baku total along the path, in minutes; `lengkap` false when a step has no duration. */
  bakuMenit: number;
  bakuLengkap: boolean;
}

export const EMPTY_STATE: RunStepState = { dicentang: null, catatan: '', keputusan: null };

/**
 * The path a run takes: from the start, each decision follows the outcome chosen, or its first outcome while
 * undecided. A decision that loops back ends the path at the step it returns to (that step is already on it).
 */
export function runPath(steps: readonly RunStepSnapshot[], states: ReadonlyMap<number, RunStepState>): number[] {
  const index = new Map(steps.map((step, i) => [step.no, i]));
  const path: number[] = [];
  const seen = new Set<number>();
  let current = steps.findIndex((step) => step.jenis === 'mulai');
  while (current >= 0) {
    const step = steps[current];
    if (!step || seen.has(step.no)) break;
    seen.add(step.no);
    path.push(step.no);
    const edges = nextOf(steps, current);
    const chosen = states.get(step.no)?.keputusan;
    const edge = (chosen && edges.find((candidate) => candidate.label === chosen)) || edges[0];
    current = edge ? (index.get(edge.to) ?? -1) : -1;
  }
  return path;
}

export function runProgress(steps: readonly RunStepSnapshot[], states: ReadonlyMap<number, RunStepState>, startedAt: number): RunProgress {
  const path = runPath(steps, states);
  const onPath = new Set(path);
  const stateOf = (no: number) => states.get(no) ?? EMPTY_STATE;
  const firstOpen = path.find((no) => stateOf(no).dicentang === null);
  let previousTick = startedAt;
  const minutesUsed = new Map<number, number>();
  for (const no of path) {
    const tick = stateOf(no).dicentang;
    if (tick === null) continue;
    minutesUsed.set(no, Math.max(0, (tick - previousTick) / 60_000));
    previousTick = tick;
  }
  const views = steps.map((step): RunStepView => {
    const state = stateOf(step.no);
    const used = minutesUsed.get(step.no) ?? null;
    let status: RunStepStatus;
    if (!onPath.has(step.no)) status = 'dilewati';
    else if (state.dicentang !== null) status = 'selesai';
    else status = step.no === firstOpen ? 'berikutnya' : 'menunggu';
    return { step, state, status, menitTerpakai: used, melewatiBaku: used !== null && step.menit !== null && used > step.menit };
  });
  const counted = steps.filter((step) => onPath.has(step.no));
  return {
    steps: views,
    dihitung: path.length,
    selesai: views.filter((view) => view.status === 'selesai').length,
    bakuMenit: counted.reduce((sum, step) => sum + (step.menit ?? 0), 0),
    bakuLengkap: counted.every((step) => step.menit !== null),
  };
}

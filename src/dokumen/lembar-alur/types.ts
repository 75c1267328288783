/**
 * The shapes the flowchart table is described in: steps in, symbols, arrows, labels and pages out.
 */
import type { FlowEdge, FlowStep } from '../../domain/step-graph.ts';
import type { TableLayout } from '../layout.ts';
import type { Point, RowY } from '../geometry.ts';

/** The part of a step the flowchart needs. */
export interface AlurStep extends FlowStep {
  pelaksana: string;
}

export type SymbolKind = 'terminator' | 'proses' | 'keputusan' | 'penghubung';

/** An off-page connector: one end of a jump between pages. */
export interface Penghubung {
  /** A, B, C...: the same letter on both ends of a jump. */
  huruf: string;
  /** `keluar`: the flow leaves this page here; `masuk`: it arrives here from another page. */
  peran: 'keluar' | 'masuk';
  /** Which way the flow runs: `turun` to a later page (connector at the page bottom, then the next page's top), `naik` back to an earlier one. */
  arah: 'turun' | 'naik';
  /** The step the jump leads to. */
  langkah: number;
  /** The page (1-based) of the other end. */
  halamanPasangan: number;
}

export interface FlowSymbol {
  id: string;
  kind: SymbolKind;
  /** Row on its page (connector rows included). */
  row: number;
  /** Pelaksana column, 0-based. */
  col: number;
  /** Centre x (px from the left of the first pelaksana column); the centre y is always the row's middle. */
  cx: number;
  w: number;
  h: number;
  /** The step shown, for step symbols. */
  langkah?: number;
  penghubung?: Penghubung;
}

export interface ArrowLabel {
  text: string;
  /** The text as printed: one line, or two when one would not fit in free space. */
  lines: string[];
  /** Where the label starts (anchor `start`) or ends (`end`). */
  x: number;
  y: RowY;
  anchor: 'start' | 'end';
  /** `above`: the text sits on y; `below`: it hangs from y. */
  side: 'above' | 'below';
}

export interface FlowArrow {
  /** Symbol ids on the same page. */
  from: string;
  to: string;
  /** A polyline of horizontal and vertical segments, from a port of `from` to a port of `to`. */
  points: Point[];
  /** The flow edge drawn (step numbers), also when the arrow ends or starts at a connector. */
  edge: FlowEdge;
  label?: ArrowLabel;
}

/** A row of a page: a step's, or a row of off-page connectors at the page's top or bottom. */
export type PageRow = { kind: 'langkah'; langkah: number } | { kind: 'penghubung'; side: 'top' | 'bottom' };

/** Where a line hops over another it crosses: on the horizontal line, at the vertical one's x. */
export interface Jembatan {
  x: number;
  y: RowY;
}

export interface FlowPage {
  /** 1-based among the flowchart pages. */
  nomor: number;
  rows: PageRow[];
  symbols: FlowSymbol[];
  arrows: FlowArrow[];
  /** Every crossing of two arrows, drawn as a hop so that a reader never takes it for a junction. */
  jembatan: Jembatan[];
}

export interface FlowchartLayout {
  pages: FlowPage[];
  /** Arrows for which no clean route was found (they are drawn anyway). Empty for every SOP in the tests. */
  problems: string[];
  /** Decisions (step numbers) with an outcome label that found no free place: their rows need to be roomy. */
  cramped: number[];
}

export interface FlowchartInput {
  steps: readonly AlurStep[];
  pelaksana: readonly string[];
  layout: TableLayout;
  /**
   * Each step's row height as the browser lays it out (px, by step index), when the build measured it: labels then
   * keep clear at those heights. Without it they keep clear at the smallest rows and at rows three times as tall.
   */
  rowHeights?: readonly number[];
  /** Steps (numbers) drawn in a roomy row, at least ROW.lega high (see layout.ts). */
  roomy?: ReadonlySet<number>;
  /** For each page, the indices of its steps (see paginate.ts). */
  pages: readonly (readonly number[])[];
}

/** A side of a symbol or a row; also the way a line or an arrowhead points ('bottom': down). One name for the idea. */
export type Side = 'top' | 'bottom' | 'left' | 'right';

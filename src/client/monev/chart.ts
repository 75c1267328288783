/**
 * The per-step chart of the monev page: for each step, the median actual time as a bar and the longest as a
 * mark, against its own mutu baku (the vertical line at 100 %), so steps measured in minutes and in calendar days
 * sit on one scale. Hand-written SVG (about 100 lines) rather than a chart library: one bar chart does not need
 * the 50-200 KB of one, and the figures table beside it carries the same numbers for screen readers and print.
 */
import { formatWaktuMonev } from '../../domain/monev-laporan.ts';
import type { StatLangkah } from '../../domain/monev.ts';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 28;
const LABEL = 86;
const WIDTH = 640;
const PLOT = WIDTH - LABEL - 24;
/** The scale ends at this multiple of the mutu baku; longer times are drawn to the edge with an arrow. */
const MAX_RATIO = 3;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const x = (ratio: number) => LABEL + (Math.min(ratio, MAX_RATIO) / MAX_RATIO) * PLOT;

/** The chart, or a sentence when no step has both a mutu baku and a recorded time. */
export function stepChart(steps: readonly StatLangkah[]): Element {
  const rows = steps.filter((step) => step.bakuMenit !== null && step.bakuMenit > 0 && step.median !== null);
  if (rows.length === 0) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.textContent = 'Belum ada langkah dengan mutu baku dan waktu tercatat untuk digambar.';
    return p;
  }
  const height = rows.length * ROW + 40;
  const chart = svg('svg', {
    class: 'grafik-monev',
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-labelledby': 'grafik-monev-judul',
  });
  chart.append(
    svg('title', { id: 'grafik-monev-judul' }, 'Waktu nyata tiap langkah terhadap mutu bakunya: batang median, tanda waktu terlama'),
  );
  for (const ratio of [0, 1, 2, 3]) {
    chart.append(
      svg('line', { x1: x(ratio), x2: x(ratio), y1: 8, y2: height - 24, class: ratio === 1 ? 'garis-baku' : 'garis-bantu' }),
      svg('text', { x: x(ratio), y: height - 8, 'text-anchor': 'middle', class: 'skala' }, ratio === 1 ? 'mutu baku' : `${ratio * 100}%`),
    );
  }
  rows.forEach((step, index) => {
    const baku = step.bakuMenit as number;
    const top = 12 + index * ROW;
    const medianRatio = (step.median as number) / baku;
    const longestRatio = (step.terlama as number) / baku;
    const row = svg('g', { class: medianRatio > 1 ? 'baris lewat' : 'baris', 'data-no': step.no });
    const label = `Langkah ${step.no}: median ${formatWaktuMonev(step.median, step.satuan)}, terlama ${formatWaktuMonev(step.terlama, step.satuan)}, baku ${formatWaktuMonev(baku, step.satuan)}`;
    row.append(
      svg('title', {}, label),
      svg('text', { x: LABEL - 8, y: top + 14, 'text-anchor': 'end', class: 'label' }, `Langkah ${step.no}`),
      svg('rect', { x: LABEL, y: top + 3, width: Math.max(1, x(medianRatio) - LABEL), height: 14, rx: 2, class: 'batang' }),
      svg('line', { x1: x(longestRatio), x2: x(longestRatio), y1: top, y2: top + 20, class: 'terlama' }),
    );
    if (longestRatio > MAX_RATIO) row.append(svg('path', { d: `M${x(MAX_RATIO) + 2} ${top + 4} l8 6 l-8 6 z`, class: 'panah' }));
    chart.append(row);
  });
  return chart;
}

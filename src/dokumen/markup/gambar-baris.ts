/**
 * The drawing inside one row of the flowchart table: lines, symbols, arrowheads and outcome labels, placed by the
 * geometry relative to the row (src/dokumen/pieces.ts). Pure SVG attributes, no style attributes, so the site's
 * Content-Security-Policy holds. Hidden from assistive technology: each pelaksana cell says in words what its
 * symbol is.
 */
import type { Anchor } from '../geometry.ts';
import { LABEL } from '../layout.ts';
import type { FlowSymbol, Side } from '../lembar-alur/index.ts';
import type { Piece } from '../pieces.ts';
import { attrs, type Html, html } from './html.ts';

/** The y attribute of the nested <svg> that puts its origin on the anchor. */
const anchorY = (at: Anchor) => `${at * 100}%`;

/** A symbol's outline around (cx, 0), the middle of its row. */
function outline(symbol: FlowSymbol): string {
  const { cx, w, h } = symbol;
  const left = cx - w / 2;
  const right = cx + w / 2;
  const top = -h / 2;
  const bottom = h / 2;
  switch (symbol.kind) {
    case 'terminator':
      return `M${left + h / 2} ${top}H${right - h / 2}A${h / 2} ${h / 2} 0 0 1 ${right - h / 2} ${bottom}H${left + h / 2}A${h / 2} ${h / 2} 0 0 1 ${left + h / 2} ${top}Z`;
    case 'proses':
      return `M${left} ${top}H${right}V${bottom}H${left}Z`;
    case 'keputusan':
      return `M${cx} ${top}L${right} 0L${cx} ${bottom}L${left} 0Z`;
    case 'penghubung': {
      // A pentagon pointing the way the flow goes: down to a later page, up to an earlier one.
      const point = h * 0.4;
      return symbol.penghubung?.arah === 'naik'
        ? `M${left} ${bottom}H${right}V${top + point}L${cx} ${top}L${left} ${top + point}Z`
        : `M${left} ${top}H${right}V${bottom - point}L${cx} ${bottom}L${left} ${bottom - point}Z`;
    }
  }
}

/** Half the width of a hop where a line crosses another (px). */
const BRIDGE = 4.5;

/** Arrowheads, 8 px wide and 7 px long, with the tip at (0, 0). */
const HEAD: Record<Side, string> = {
  bottom: 'M-4 -7L4 -7L0 0Z',
  top: 'M-4 7L4 7L0 0Z',
  right: 'M-7 -4L0 0L-7 4Z',
  left: 'M7 -4L0 0L7 4Z',
};

/** A nested <svg> hung from an anchor of the row. */
const hung = (y: string, inner: Html) => html`<svg${attrs({ y })} class="jangkar" aria-hidden="true">${inner}</svg>`;

/**
 * The SVG of one row, `width` px wide (all pelaksana columns together), drawn kind by kind so that symbols cover
 * line ends and labels sit on top.
 */
export function gambarBaris(pieces: readonly Piece[], width: number): Html {
  const of = <K extends Piece['kind']>(kind: K) => pieces.filter((piece): piece is Extract<Piece, { kind: K }> => piece.kind === kind);
  const lines = of('garis').map((line) =>
    hung(
      anchorY(line.at),
      html`<line${attrs({ class: 'garis', 'data-panah': line.panah, x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 })}></line>`,
    ),
  );
  const bridges = of('jembatan').map((bridge) =>
    hung(
      anchorY(bridge.at),
      html`<g class="jembatan"><line${attrs({ class: 'jembatan-celah', x1: bridge.x - BRIDGE, y1: bridge.dy, x2: bridge.x + BRIDGE, y2: bridge.dy })}></line><line${attrs(
        { class: 'garis', x1: bridge.x, y1: bridge.dy - BRIDGE, x2: bridge.x, y2: bridge.dy + BRIDGE },
      )}></line><path${attrs({ class: 'jembatan-busur', d: `M${bridge.x - BRIDGE} ${bridge.dy}A${BRIDGE} ${BRIDGE} 0 0 1 ${bridge.x + BRIDGE} ${bridge.dy}` })}></path></g>`,
    ),
  );
  const symbols = of('simbol').map(({ symbol }) =>
    hung(
      '50%',
      html`<g${attrs({
        class: `simbol-alur simbol-${symbol.kind}`,
        'data-langkah': symbol.langkah,
        'data-huruf': symbol.penghubung?.huruf,
        'data-peran': symbol.penghubung?.peran,
      })}><path${attrs({ d: outline(symbol) })}></path>${
        symbol.penghubung &&
        html`<text${attrs({ x: symbol.cx, y: symbol.penghubung.arah === 'naik' ? symbol.h * 0.12 : -symbol.h * 0.12 })} text-anchor="middle" dominant-baseline="central">${symbol.penghubung.huruf}</text>`
      }</g>`,
    ),
  );
  const heads = of('kepala').map((head) =>
    hung(
      anchorY(head.at),
      html`<path${attrs({
        class: 'kepala-panah',
        'data-arah': head.pointsTo,
        'data-panah': head.panah,
        transform: `translate(${head.x} ${head.dy})`,
        d: HEAD[head.pointsTo],
      })}></path>`,
    ),
  );
  const labels = of('label').map(({ label }) => {
    const baseline = label.side === 'above' ? 'text-after-edge' : 'text-before-edge';
    const spans = label.lines.map(
      (line, i) =>
        html`<tspan${attrs({
          x: label.x,
          y: label.y.dy + (label.side === 'above' ? i - label.lines.length + 1 : i) * LABEL.height,
          'dominant-baseline': baseline,
        })}>${line}</tspan>`,
    );
    return hung(
      anchorY(label.y.at),
      html`<text${attrs({ class: 'label-pilihan', x: label.x, y: label.y.dy, 'text-anchor': label.anchor, 'dominant-baseline': baseline })}>${spans}</text>`,
    );
  });
  return html`<svg class="gambar-baris"${attrs({ width })} height="100%" aria-hidden="true" focusable="false">${lines}${bridges}${symbols}${heads}${labels}</svg>`;
}

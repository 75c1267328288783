/**
 * Off-page connectors: where a connector may sit in its row, and the letters of connector pairs.
 */
import { EDGE_LANES, SYMBOL, type TableLayout } from '../layout.ts';
import { connectorLetter } from './ports.ts';
import type { FlowPage, FlowSymbol, Penghubung } from './types.ts';

/** Closest distance between the centres of two connectors in one row (px): their width and a gap. */
const CONNECTOR_SPACING = SYMBOL.penghubung.w + 8;

/**
 * Where a connector may go in its row: the middle of each pelaksana column, then further along the column in
 * steps of {@link CONNECTOR_SPACING} while it stays clear of the edge lanes and of connectors already there. A
 * table with few pelaksana and many jumps at one page break needs the extra places. When even those are taken
 * the column middles are offered anyway, and the overlap is reported as a problem.
 */
export function connectorSlots(
  pending: Omit<FlowSymbol, 'col' | 'cx'>,
  symbols: readonly FlowSymbol[],
  layout: TableLayout,
): { symbol: FlowSymbol; penalty: number }[] {
  const width = layout.pelaksana;
  const margin = Math.max(...EDGE_LANES) + 2 + pending.w / 2;
  const taken = symbols.filter((symbol) => symbol.row === pending.row).map((symbol) => symbol.cx);
  const slots: { symbol: FlowSymbol; penalty: number }[] = [];
  for (let col = 0; col < layout.pelaksanaCount; col++) {
    const centre = col * width + width / 2;
    for (const step of [0, -1, 1, -2, 2]) {
      const cx = centre + step * CONNECTOR_SPACING;
      if (cx - margin < col * width || cx + margin > (col + 1) * width) continue;
      if (taken.some((x) => Math.abs(x - cx) < CONNECTOR_SPACING)) continue;
      slots.push({ symbol: { ...pending, col, cx }, penalty: Math.abs(step) * 3 });
    }
  }
  if (slots.length > 0) return slots;
  return Array.from({ length: layout.pelaksanaCount }, (_, col) => ({
    symbol: { ...pending, col, cx: col * width + width / 2 },
    penalty: 0,
  }));
}

/** Gives each connector pair its letter, in the order the connectors appear: page by page, top to bottom, left to right. */
export function assignLetters(pages: FlowPage[]): void {
  const letters = new Map<string, string>();
  for (const page of pages) {
    const connectors = page.symbols.filter((symbol) => symbol.penghubung).sort((a, b) => a.row - b.row || a.cx - b.cx);
    for (const connector of connectors) {
      const pair = connector.id.replace(/-(keluar|masuk)$/, '');
      if (!letters.has(pair)) letters.set(pair, connectorLetter(letters.size));
      (connector.penghubung as Penghubung).huruf = letters.get(pair) as string;
    }
  }
}

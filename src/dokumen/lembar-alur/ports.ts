/**
 * Symbols and their ports: where arrows leave and enter a symbol, its outline, which sides it may use.
 */
import { yKey, type Box, type Point } from '../geometry.ts';
import type { AlurStep, FlowSymbol, Side, SymbolKind } from './types.ts';

export const STEP_SYMBOL: Record<AlurStep['jenis'], Exclude<SymbolKind, 'penghubung'>> = {
  mulai: 'terminator',
  proses: 'proses',
  keputusan: 'keputusan',
  selesai: 'terminator',
};

/** Room around a symbol that no other arrow may enter (px). */
export const SYMBOL_MARGIN = 2;

/** Letters for connectors: A..Z, then AA, AB... */
export function connectorLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The point where arrows leave or enter a symbol on the given side. */
export function portOf(symbol: FlowSymbol, side: Side): Point {
  const middle = { row: symbol.row, at: 0.5 as const };
  switch (side) {
    case 'top':
      return { x: symbol.cx, y: { ...middle, dy: -symbol.h / 2 } };
    case 'bottom':
      return { x: symbol.cx, y: { ...middle, dy: symbol.h / 2 } };
    case 'left':
      return { x: symbol.cx - symbol.w / 2, y: { ...middle, dy: 0 } };
    case 'right':
      return { x: symbol.cx + symbol.w / 2, y: { ...middle, dy: 0 } };
  }
}

/** A symbol's outline with a margin, in x px and y keys. */
export function boxOf(symbol: FlowSymbol, margin = 0): Box {
  return {
    left: symbol.cx - symbol.w / 2 - margin,
    right: symbol.cx + symbol.w / 2 + margin,
    top: yKey({ row: symbol.row, at: 0.5, dy: -symbol.h / 2 - margin }),
    bottom: yKey({ row: symbol.row, at: 0.5, dy: symbol.h / 2 + margin }),
  };
}

/** Sides an arrow may leave from. Steps never use the top: that is where arrows arrive. */
export function exitSides(symbol: FlowSymbol): Side[] {
  if (symbol.penghubung) return [symbol.penghubung.arah === 'turun' ? 'bottom' : 'top'];
  return ['bottom', 'left', 'right'];
}

/** The side an arrow arrives at: the top of a step, the flat side of a connector. */
export function entrySide(symbol: FlowSymbol): Side {
  return symbol.penghubung?.arah === 'naik' ? 'bottom' : 'top';
}

export const OUTWARD: Record<Side, (from: Point, to: Point) => boolean> = {
  top: (from, to) => from.x === to.x && yKey(to.y) < yKey(from.y),
  bottom: (from, to) => from.x === to.x && yKey(to.y) > yKey(from.y),
  left: (from, to) => yKey(from.y) === yKey(to.y) && to.x < from.x,
  right: (from, to) => yKey(from.y) === yKey(to.y) && to.x > from.x,
};

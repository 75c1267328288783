/**
 * How wide a decision label is printed: the advance widths of the document's label font (static Inter Italic 400
 * at 11 px, inter-cetak.css), measured in Chromium for the printable ASCII characters. Labels are placed in free
 * space a few pixels wide, so a cautious average per character (the earlier estimate) made long labels such as
 * "Perlu perbaikan" 16 px too wide to fit beside a diamond where the printed text does fit.
 */
import { LABEL } from '../layout.ts';

/** Advance widths (px) of the characters U+0020 (space) to U+007E (~), in order. */
const ADVANCE = [
  3.09, 3.16, 5.12, 6.97, 7.05, 10.8, 7.58, 3.3, 4.01, 4.01, 7.1, 7.28, 3.16, 5.07, 3.16, 3.96, 6.93, 4.48, 6.71, 6.79, 7.12, 6.52, 6.81,
  6.24, 6.79, 6.81, 3.17, 3.31, 7.28, 7.28, 7.28, 5.62, 10.61, 7.59, 7.2, 8.03, 7.93, 6.62, 6.49, 8.2, 8.17, 2.95, 6.28, 7.39, 6.22, 9.94,
  8.29, 8.41, 7.03, 8.41, 7.08, 7.05, 7.11, 8.18, 7.59, 10.84, 7.5, 7.47, 6.93, 4.01, 3.95, 4.02, 5.18, 5.39, 3.54, 6.75, 6.74, 6.29, 6.74,
  6.33, 4.1, 6.75, 6.5, 2.67, 2.66, 6.04, 2.66, 9.64, 6.5, 6.6, 6.74, 6.74, 4.32, 5.8, 3.77, 6.51, 6.29, 9.0, 6.0, 6.29, 6.07, 4.7, 3.66,
  4.69, 7.28,
] as const;

/**
 * The printed width of one line of label text (px), a little wider than measured: kerning and the italic
 * overhang at the ends move the box by up to 2 px. A character outside the table counts as a wide letter.
 */
export function lineWidth(line: string): number {
  let total = 0;
  for (const character of line) {
    const code = character.codePointAt(0) ?? 0;
    total += ADVANCE[code - 32] ?? LABEL.charWidth;
  }
  return total * 1.04 + 2;
}

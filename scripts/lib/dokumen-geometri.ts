/**
 * The geometric check of an official document as the browser laid it out: what a Biro Organisasi reviewer would
 * send back, counted. Used by the browser test (tests/e2e/dokumen-geometri.spec.ts) and by the benchmark over a
 * 1,000-SOP site (bench/dokumen-geometri.ts). Every count must be zero:
 *
 * - labelTeks: a decision label's box intersects a text box (cell text, header, title);
 * - labelSimbol / labelLabel / labelGaris: it intersects a symbol, another label or a flow line;
 * - silangTanpaJembatan: two flow lines of different arrows cross where no hop (bridge) is drawn;
 * - ujungLepas: an arrow's line ends somewhere other than on a symbol or connector;
 * - kataPatah: a word is broken over two lines without a hyphen.
 */
import type { Page } from 'playwright';

export interface GeometriCounts {
  labelTeks: number;
  labelSimbol: number;
  labelLabel: number;
  labelGaris: number;
  silangTanpaJembatan: number;
  ujungLepas: number;
  kataPatah: number;
}

export interface GeometriResult {
  counts: GeometriCounts;
  /** What was wrong, one line each (capped), so a failure says where. */
  details: string[];
  /** What was checked: labels, line pieces, bridges, words. */
  checked: { labels: number; lines: number; bridges: number; words: number };
}

export const ZERO: GeometriCounts = {
  labelTeks: 0,
  labelSimbol: 0,
  labelLabel: 0,
  labelGaris: 0,
  silangTanpaJembatan: 0,
  ujungLepas: 0,
  kataPatah: 0,
};

/** Adds counts (for a whole site). */
export function addCounts(a: GeometriCounts, b: GeometriCounts): GeometriCounts {
  return Object.fromEntries(
    Object.entries(a).map(([key, value]) => [key, value + b[key as keyof GeometriCounts]]),
  ) as unknown as GeometriCounts;
}

/** Runs the check on the official document open in `page`. */
export function periksaGeometri(page: Page): Promise<GeometriResult> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; top: number; bottom: number };
    const counts = { labelTeks: 0, labelSimbol: 0, labelLabel: 0, labelGaris: 0, silangTanpaJembatan: 0, ujungLepas: 0, kataPatah: 0 };
    const details: string[] = [];
    const note = (line: string) => {
      if (details.length < 40) details.push(line);
    };
    const box = (r: DOMRect): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const hit = (a: Box, b: Box, inset = 0) =>
      a.left + inset < b.right && b.left + inset < a.right && a.top + inset < b.bottom && b.top + inset < a.bottom;
    const SHY = '\u00ad';
    let words = 0;
    let labelCount = 0;
    let lineCount = 0;
    let bridgeCount = 0;

    /** Text boxes of every text node under `root` (not SVG text), one per line fragment. */
    const textBoxes = (root: Element): Box[] => {
      const boxes: Box[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('svg, .visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push(box(rect));
      }
      return boxes;
    };

    /** On how many lines the letters from..to (soft hyphens and hyphens left out) are, by each letter's own box. */
    const lettersOnLines = (node: Node, from: number, to: number) => {
      const text = node.textContent ?? '';
      const tops = new Set<number>();
      for (let k = from; k < to; k++) {
        if (text[k] === SHY || text[k] === '-' || text[k] === '/') continue;
        const range = document.createRange();
        range.setStart(node, k);
        range.setEnd(node, k + 1);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const last = rects[rects.length - 1];
        if (last) tops.add(Math.round(last.top));
      }
      return tops.size;
    };

    /** Words broken over lines where no soft hyphen (printed "-") is. */
    const brokenWords = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!text.trim() || node.parentElement?.closest('svg, .visually-hidden')) continue;
        for (const match of text.matchAll(/\S+/g)) {
          words += 1;
          const start = match.index ?? 0;
          let pieceStart = start;
          const pieces: [number, number][] = [];
          for (let i = start; i <= start + match[0].length; i++) {
            if (i === start + match[0].length || text[i] === SHY || text[i] === '-' || text[i] === '/') {
              pieces.push([pieceStart, Math.min(i + 1, start + match[0].length)]);
              pieceStart = i + 1;
            }
          }
          for (const [from, to] of pieces) {
            if (to - from < 2) continue;
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, to);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            // The hyphen printed at a soft hyphen counts as part of the next piece's range: look letter by letter.
            if (tops.size > 1 && lettersOnLines(node, from, to) > 1) {
              counts.kataPatah += 1;
              note(`kata terpotong tanpa tanda hubung: "${text.slice(from, to).replaceAll(SHY, '')}"`);
            }
          }
        }
      }
    };

    const document_ = document.querySelector('.dokumen-resmi');
    if (document_) brokenWords(document_);

    for (const [sheetIndex, sheet] of [...document.querySelectorAll('.lembar-alur')].entries()) {
      const where = `lembar bagan ${sheetIndex + 1}`;
      const texts = textBoxes(sheet);
      const symbols = [...sheet.querySelectorAll('.simbol-alur')].map((element) => box(element.getBoundingClientRect()));
      const labels = [...sheet.querySelectorAll('.label-pilihan')].map((element) => ({
        text: element.textContent ?? '',
        box: box(element.getBoundingClientRect()),
      }));
      labelCount += labels.length;
      const bridges = [...sheet.querySelectorAll('.jembatan')].map((element) => box(element.getBoundingClientRect()));
      bridgeCount += bridges.length;
      const lines = [...sheet.querySelectorAll<SVGLineElement>('line.garis[data-panah]')].map((element) => {
        const r = element.getBoundingClientRect();
        return { panah: element.dataset.panah ?? '', box: box(r), vertical: r.width < 0.5 };
      });
      lineCount += lines.length;

      labels.forEach((label, i) => {
        if (texts.some((text) => hit(label.box, text))) {
          counts.labelTeks += 1;
          note(`${where}: label "${label.text}" di atas teks`);
        }
        if (symbols.some((symbol) => hit(label.box, symbol))) {
          counts.labelSimbol += 1;
          note(`${where}: label "${label.text}" di atas simbol`);
        }
        if (labels.some((other, j) => j > i && hit(label.box, other.box))) {
          counts.labelLabel += 1;
          note(`${where}: label "${label.text}" menimpa label lain`);
        }
        const grown = {
          ...label.box,
          left: label.box.left - 0.5,
          right: label.box.right + 0.5,
          top: label.box.top - 0.5,
          bottom: label.box.bottom + 0.5,
        };
        if (lines.some((line) => hit(grown, line.box))) {
          counts.labelGaris += 1;
          note(`${where}: garis melewati label "${label.text}"`);
        }
      });

      // Crossings of different arrows: a vertical line strictly across a horizontal one.
      const verticals = lines.filter((line) => line.vertical);
      const horizontals = lines.filter((line) => !line.vertical);
      const seen = new Set<string>();
      for (const v of verticals) {
        const x = v.box.left;
        for (const h of horizontals) {
          if (h.panah === v.panah) continue;
          const y = h.box.top;
          if (x > h.box.left + 1.5 && x < h.box.right - 1.5 && y > v.box.top + 1.5 && y < v.box.bottom - 1.5) {
            const key = `${Math.round(x)},${Math.round(y)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const bridged = bridges.some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
            if (!bridged) {
              counts.silangTanpaJembatan += 1;
              note(`${where}: garis bersilang tanpa jembatan di (${x.toFixed(0)}, ${y.toFixed(0)})`);
            }
          }
        }
      }

      // Ends of each arrow's line: an end that joins no other piece of the same arrow must be on a symbol.
      const byArrow = new Map<string, typeof lines>();
      for (const line of lines) byArrow.set(line.panah, [...(byArrow.get(line.panah) ?? []), line]);
      for (const [panah, pieces] of byArrow) {
        const ends = pieces.flatMap((line, i) =>
          line.vertical
            ? [
                { x: line.box.left, y: line.box.top, i },
                { x: line.box.left, y: line.box.bottom, i },
              ]
            : [
                { x: line.box.left, y: line.box.top, i },
                { x: line.box.right, y: line.box.top, i },
              ],
        );
        for (const end of ends) {
          const joined = pieces.some(
            (other, j) =>
              j !== end.i &&
              end.x >= other.box.left - 2 &&
              end.x <= other.box.right + 2 &&
              end.y >= other.box.top - 2 &&
              end.y <= other.box.bottom + 2,
          );
          if (joined) continue;
          const onSymbol = symbols.some((s) => end.x >= s.left - 2 && end.x <= s.right + 2 && end.y >= s.top - 2 && end.y <= s.bottom + 2);
          if (!onSymbol) {
            counts.ujungLepas += 1;
            note(`${where}: panah ${panah} berujung lepas di (${end.x.toFixed(0)}, ${end.y.toFixed(0)})`);
          }
        }
      }
    }
    return { counts, details, checked: { labels: labelCount, lines: lineCount, bridges: bridgeCount, words } };
  });
}

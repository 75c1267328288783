/**
 * How the identity page's three pairs of boxes (Dasar Hukum | Kualifikasi Pelaksana, ...) go on A4 portrait sheets.
 * Box heights are estimated from the text, cautiously (too tall rather than too short), so that what the screen
 * numbers as one sheet is one sheet on paper too. Long lists first get tighter type (9 pt instead of 10 pt); what
 * still does not fit continues on a continuation sheet with the kop, Nomor SOP, Nama SOP and "(lanjutan)".
 */
import { PAGE_MARGIN_MM } from './layout.ts';

/** One box: its title and its items (null: not recorded, an empty box to fill in by hand). */
export interface Kotak {
  key: string;
  judul: string;
  isi: readonly string[] | null;
  bernomor: boolean;
}

/** The part of a box on one sheet: items from `mulai` (0-based, for the list's numbering). */
export interface PotonganKotak extends Kotak {
  mulai: number;
  lanjutan: boolean;
  /** False for a box already shown whole on an earlier sheet while its neighbour continues: the space stays blank. */
  tampil: boolean;
}

export interface LembarKotak {
  /** Pairs of boxes on this sheet, left and right. */
  pasangan: [PotonganKotak, PotonganKotak][];
}

export interface TataIdentitas {
  /** 10 pt with room, or 9 pt for long lists. */
  rapat: boolean;
  lembar: LembarKotak[];
}

const PT_MM = 25.4 / 72;
/** Printable height of A4 portrait (mm). */
const PAGE_HEIGHT = 297 - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom;
/** The header table (kop, number, dates, approval with room to sign, name) at its tallest usual height (mm). */
export const HEADER_MM = 100;
/** The short header of a continuation sheet (kop, Nomor SOP, Nama SOP). */
export const HEADER_LANJUTAN_MM = 40;
/** The footer with the QR code and the address to check the copy (mm). */
export const FOOTER_MM = 24;
/** Text width inside a box: half of 190 mm less padding and the list indent (mm). */
const TEXT_WIDTH = 95 - 4 - 5;
const TYPE = {
  normal: { size: 10, lineHeight: 1.35, minBox: 30 },
  rapat: { size: 9, lineHeight: 1.3, minBox: 16 },
} as const;
/** Average advance of the body font as a fraction of its size, rounded up (cautious). */
const CHAR_WIDTH = 0.56;
/** Title line and padding of a box (mm). */
const BOX_CHROME = 10;

function lineMm(rapat: boolean): number {
  const type = rapat ? TYPE.rapat : TYPE.normal;
  return type.size * type.lineHeight * PT_MM;
}

function itemLines(item: string, rapat: boolean): number {
  const perLine = Math.floor(TEXT_WIDTH / ((rapat ? TYPE.rapat : TYPE.normal).size * CHAR_WIDTH * PT_MM));
  // Words wrap before the edge: count each line a little shorter than it could be.
  return Math.max(1, Math.ceil((item.length * 1.12) / perLine));
}

/** Height of a box holding `items` (mm). */
function boxHeight(items: readonly string[], rapat: boolean): number {
  const text = items.reduce((sum, item) => sum + itemLines(item, rapat), 0) * lineMm(rapat);
  return Math.max((rapat ? TYPE.rapat : TYPE.normal).minBox, BOX_CHROME + text);
}

function part(kotak: Kotak, mulai: number, end: number, lanjutan: boolean, tampil: boolean): PotonganKotak {
  return { ...kotak, isi: kotak.isi === null ? null : kotak.isi.slice(mulai, end), mulai, lanjutan, tampil };
}

/** Lays the pairs out on sheets at one type size. */
function layout(pairs: readonly (readonly [Kotak, Kotak])[], rapat: boolean): LembarKotak[] {
  const sheets: LembarKotak[] = [{ pasangan: [] }];
  let room = PAGE_HEIGHT - HEADER_MM - FOOTER_MM;
  const newSheet = () => {
    sheets.push({ pasangan: [] });
    room = PAGE_HEIGHT - HEADER_LANJUTAN_MM - FOOTER_MM;
  };
  for (const pair of pairs) {
    const done = [0, 0];
    let rows = 0;
    for (;;) {
      const sheet = sheets[sheets.length - 1] as LembarKotak;
      // As many items of each box as fit in the room left.
      const ends = pair.map((box, i) => {
        const items = box.isi ?? [];
        let end = done[i] as number;
        while (end < items.length && boxHeight(items.slice(done[i], end + 1), rapat) <= room) end += 1;
        // A sheet of its own and still too long: one item anyway, so the layout always moves on.
        if (end === done[i] && end < items.length && sheet.pasangan.length === 0) end += 1;
        return end;
      });
      const placed = pair.map((box, i) =>
        part(box, done[i] as number, ends[i] as number, (done[i] as number) > 0, rows === 0 || (ends[i] as number) > (done[i] as number)),
      );
      const height = Math.max(...placed.map((item) => boxHeight(item.isi ?? [], rapat)));
      const everything = pair.every((box, i) => ends[i] === (box.isi?.length ?? 0));
      const progress = ends.some((end, i) => end > (done[i] as number));
      if (everything && (height <= room || sheet.pasangan.length === 0)) {
        sheet.pasangan.push(placed as [PotonganKotak, PotonganKotak]);
        room -= height;
        break;
      }
      if (progress && !everything) {
        sheet.pasangan.push(placed as [PotonganKotak, PotonganKotak]);
        rows += 1;
        ends.forEach((end, i) => {
          done[i] = end;
        });
      }
      newSheet();
    }
  }
  return sheets.filter((sheet) => sheet.pasangan.length > 0);
}

/** The identity page's boxes on as few sheets as fit: normal type when they fit one sheet, else tighter type. */
export function tataIdentitas(pairs: readonly (readonly [Kotak, Kotak])[]): TataIdentitas {
  const normal = layout(pairs, false);
  if (normal.length === 1) return { rapat: false, lembar: normal };
  return { rapat: true, lembar: layout(pairs, true) };
}

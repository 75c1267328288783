/**
 * How form inputs read and write SOP values. An empty input is `null` ("belum tercatat"), one line is a text and
 * several lines a list, as authors write them by hand.
 */

/** A related SOP given by id is written "sop: id" on its line. */
const SOP_LINE = /^sop:\s*([a-z0-9-]+)$/;

export function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function fromText(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

export function toLines(value: unknown): string {
  if (value === null || value === undefined) return '';
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (item && typeof item === 'object' && 'sop' in item ? `sop: ${String((item as { sop: unknown }).sop)}` : String(item)))
    .join('\n');
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One line a text, several a list; empty `null` (or, where the field must be written, an empty text). */
export function fromLines(text: string, empty: null | '' = null): string | string[] | null {
  const all = lines(text);
  if (all.length === 0) return empty;
  return all.length === 1 ? (all[0] as string) : all;
}

/** Always a list (kualifikasi, peralatan); empty `null`. */
export function fromList(text: string): string[] | null {
  const all = lines(text);
  return all.length === 0 ? null : all;
}

/** Related SOPs: titles, or "sop: id" for a link to an SOP of the site. */
export function fromRelated(text: string): Array<string | { sop: string }> | null {
  const all = lines(text);
  if (all.length === 0) return null;
  return all.map((line) => {
    const id = SOP_LINE.exec(line)?.[1];
    return id ? { sop: id } : line;
  });
}

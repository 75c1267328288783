/**
 * Word's automatic numbering, made text. Offices number the No column of a flowchart table with Word's numbering
 * ("1.", "2.", ...): the number is no text in the cell but a property of its paragraph, and mammoth leaves it out.
 * This reads word/document.xml, word/numbering.xml and word/styles.xml (jszip and @xmldom/xmldom, already under
 * mammoth), counts the numbered paragraphs the way Word does, and writes the number as text into every numbered
 * paragraph that has no text of its own (a numbered list with text stays a list, which mammoth reads). It returns
 * the document changed that way, for mammoth.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
}

type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'];

function elements(parent: XmlElement | Document, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagNameNS(W, name)) as XmlElement[];
}

function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return Array.from(parent.childNodes).filter(
    (node): node is XmlElement => node.nodeType === 1 && (name === undefined || (node as XmlElement).localName === name),
  );
}

function val(parent: XmlElement | undefined, name: string): string | undefined {
  const child = parent ? childElements(parent, name)[0] : undefined;
  return child?.getAttributeNS(W, 'val') ?? undefined;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a..z, aa..zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's format; undefined for bullets and formats that are no number. */
function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return undefined;
  }
}

interface Numbering {
  /** numId → its abstract numbering, and the levels it restarts. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

function readNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  for (const abstract of elements(doc, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of childElements(abstract, 'lvl')) {
      levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), {
        start: Number(val(lvl, 'start') ?? 1),
        format: val(lvl, 'numFmt') ?? 'decimal',
        text: val(lvl, 'lvlText') ?? '',
      });
    }
    numbering.abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  for (const num of elements(doc, 'num')) {
    const overrides = new Map<number, number>();
    for (const override of childElements(num, 'lvlOverride')) {
      const start = val(override, 'startOverride');
      if (start !== undefined) overrides.set(Number(override.getAttributeNS(W, 'ilvl') ?? 0), Number(start));
    }
    numbering.nums.set(num.getAttributeNS(W, 'numId') ?? '', { abstract: val(num, 'abstractNumId') ?? '', overrides });
  }
  return numbering;
}

/** Paragraph styles that carry numbering ("List Number"): style id → numId and level. */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return styles;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  for (const style of elements(doc, 'style')) {
    const numPr = elements(style, 'numPr')[0];
    const numId = val(numPr, 'numId');
    if (numId !== undefined) styles.set(style.getAttributeNS(W, 'styleId') ?? '', { numId, ilvl: Number(val(numPr, 'ilvl') ?? 0) });
  }
  return styles;
}

function paragraphText(paragraph: XmlElement): string {
  return elements(paragraph, 't')
    .map((t) => t.textContent ?? '')
    .join('')
    .trim();
}

/**
 * The .docx with the numbers of Word's automatic numbering written into the numbered paragraphs that have no text.
 * Returns the buffer unchanged when the document uses no numbering; throws what jszip throws for a file that is
 * not a zip (the caller turns it into a message).
 */
export async function withNumbersAsText(buffer: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  if (!documentXml || !numberingXml) return buffer;
  const numbering = readNumbering(numberingXml);
  const styles = readStyleNumbering(await zip.file('word/styles.xml')?.async('string'));
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');

  const counters = new Map<string, number[]>();
  const seenNums = new Set<string>();
  let changed = false;
  for (const paragraph of elements(doc, 'p')) {
    const pPr = childElements(paragraph, 'pPr')[0];
    const numPr = pPr ? childElements(pPr, 'numPr')[0] : undefined;
    const style = styles.get(val(pPr, 'pStyle') ?? '');
    const numId = val(numPr, 'numId') ?? style?.numId;
    if (numId === undefined || numId === '0') continue;
    const ilvl = Number(val(numPr, 'ilvl') ?? style?.ilvl ?? 0);
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
    if (!num || !levels) continue;
    // Word counts per abstract list: nums sharing one continue each other, unless a num restarts a level.
    const counter = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, counter);
    if (!seenNums.has(numId)) {
      seenNums.add(numId);
      for (const [level, start] of num.overrides) counter[level] = start - 1;
    }
    counter[ilvl] = (counter[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    counter.length = ilvl + 1;
    const level = levels.get(ilvl);
    if (!level || paragraphText(paragraph).length > 0 || !pPr) continue;
    let isNumber = true;
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const index = Number(n) - 1;
      const format = formatNumber(counter[index] ?? levels.get(index)?.start ?? 1, levels.get(index)?.format ?? 'decimal');
      if (format === undefined) isNumber = false;
      return format ?? '';
    });
    if (!isNumber || formatNumber(1, level.format) === undefined || label.trim().length === 0) continue;

    // The number as a run of text; numbering switched off for this paragraph, so mammoth does not make it a list.
    const run = doc.createElementNS(W, 'w:r');
    const text = doc.createElementNS(W, 'w:t');
    text.appendChild(doc.createTextNode(label));
    run.appendChild(text);
    pPr.parentNode?.insertBefore(run, pPr.nextSibling);
    const off = doc.createElementNS(W, 'w:numPr');
    for (const [name, value] of [
      ['w:ilvl', '0'],
      ['w:numId', '0'],
    ]) {
      const child = doc.createElementNS(W, name as string);
      child.setAttributeNS(W, 'w:val', value as string);
      off.appendChild(child);
    }
    if (numPr) pPr.replaceChild(off, numPr);
    else pPr.appendChild(off);
    changed = true;
  }
  if (!changed) return buffer;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  // A Uint8Array (a Buffer is one too): the same code runs in the browser editor.
  return zip.generateAsync({ type: 'uint8array' });
}

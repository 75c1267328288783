/**
 * Content files must be UTF-8 with LF or CRLF line ends, as Astro reads them. Anything else is named (UTF-16,
 * Windows-1252, old Mac line ends) with how to save it again, instead of passing with U+FFFD or failing in English.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; pesan: string };

const SAVE_AS = 'simpan ulang dengan encoding UTF-8 (misalnya di Notepad: Simpan Sebagai > Encoding: UTF-8)';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Decodes a content file, or says which encoding it is in and how to fix it. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: false, line: 1, pesan: `berkas tersimpan sebagai UTF-16 LE; diharapkan UTF-8: ${SAVE_AS}` };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: false, line: 1, pesan: `berkas tersimpan sebagai UTF-16 BE; diharapkan UTF-8: ${SAVE_AS}` };
  const head = bytes.subarray(0, 64);
  if (head.length > 3 && head.filter((byte) => byte === 0).length * 3 > head.length) {
    return { ok: false, line: 1, pesan: `berkas tersimpan sebagai UTF-16 (tanpa BOM); diharapkan UTF-8: ${SAVE_AS}` };
  }
  // Kept as U+FEFF, as Astro's readFile(..., 'utf-8') keeps a BOM; TextDecoder also runs in the browser editor.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    const offset = new TextEncoder().encode(text.slice(0, bad)).length;
    const isLiteral = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!isLiteral) {
      const byte = bytes[offset] ?? 0;
      const asWindows = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
      return {
        ok: false,
        line: lineAt(text, bad),
        pesan: `berkas bukan UTF-8: baris ini memuat byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} (dalam Windows-1252: "${asWindows}"), kemungkinan berkas disimpan sebagai Windows-1252/ANSI; ${SAVE_AS}`,
      };
    }
  }
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    const crOnly = !text.includes('\n');
    return {
      ok: false,
      line: crOnly ? 1 : lineAt(text, loneCr.index),
      pesan: crOnly
        ? 'akhir baris berkas ini hanya CR (format Mac lama), sehingga frontmatter tidak terbaca; diharapkan akhir baris LF atau CRLF: simpan ulang dengan akhir baris LF (Unix) atau CRLF (Windows)'
        : 'baris ini berakhir dengan CR saja; diharapkan akhir baris LF atau CRLF seperti baris lain: simpan ulang dengan akhir baris LF (Unix) atau CRLF (Windows)',
    };
  }
  return { ok: true, text };
}

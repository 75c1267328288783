/**
 * The character encoding of a text export, found rather than assumed: Excel's "Unicode Text" is UTF-16 with a byte
 * order mark, older Windows tools write Windows-1252, everything else is UTF-8. A text that fits none of them is
 * refused with a message, never read as mojibake.
 */
import { ImportError } from './source-document.ts';

export interface DecodedText {
  text: string;
  /** The encoding it was read in, for the author's notes. */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';
}

/** Bytes Windows-1252 leaves undefined: a text holding them is not Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function utf16WithoutMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  // Mostly ASCII text in UTF-16: every other byte is zero.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZero++ : oddZero++;
  const half = sample.length / 2;
  if (oddZero > half * 0.6 && evenZero < half * 0.1) return 'UTF-16LE';
  if (evenZero > half * 0.6 && oddZero < half * 0.1) return 'UTF-16BE';
  return undefined;
}

/** Decodes a text file's bytes; throws {@link ImportError} when the encoding cannot be told. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16.toLowerCase()).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Windows-1252 if every byte has a meaning there and no control characters appear.
  }
  const strange = bytes.findIndex((byte) => UNDEFINED_1252.has(byte) || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d));
  if (strange >= 0) {
    throw new ImportError(
      `pengodean teks tidak dikenali (byte 0x${(bytes[strange] as number).toString(16).padStart(2, '0')} pada posisi ${strange}); diharapkan UTF-8, UTF-16 ("Unicode Text" dari Excel) atau Windows-1252. Simpan ulang berkas sebagai "Unicode Text" atau UTF-8`,
    );
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
}

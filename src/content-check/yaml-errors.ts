/**
 * js-yaml's errors ("bad indentation of a mapping entry") in Bahasa Indonesia, with the likely cause and the fix.
 * The most common cause in SOPs is a text holding ": " without quotes ("Perhatian: berkas lengkap").
 */

export interface ExplainedYamlError {
  /** 1-based line within the YAML text. */
  line: number;
  pesan: string;
}

interface JsYamlError {
  reason?: string;
  message?: string;
  mark?: { line: number; column: number };
}

/** A line "key: text: more" whose value is plain text holding ": ". */
function colonInText(line: string): { key: string; value: string } | undefined {
  const match = /^\s*(?:-\s+)?([A-Za-z][\w]*):\s+([^'"{[|>\s].*?:\s.*?)\s*$/.exec(line);
  return match ? { key: match[1] as string, value: match[2] as string } : undefined;
}

/**
 * js-yaml reports an unclosed quote at the end of the file, far from the mistake. The first line with an odd number
 * of quotes of one kind is where the author should look.
 */
function unclosedQuoteLine(lines: readonly string[]): number | undefined {
  const index = lines.findIndex((line) => {
    const withoutComment = line.replace(/\s#.*$/, '');
    return (withoutComment.match(/"/g)?.length ?? 0) % 2 === 1 || (withoutComment.match(/'/g)?.length ?? 0) % 2 === 1;
  });
  return index < 0 ? undefined : index + 1;
}

const KOLOM = 'YAML tidak valid';

/** Explains one js-yaml error thrown while reading `yamlText`. */
export function explainYamlError(error: unknown, yamlText: string): ExplainedYamlError {
  const yamlError = error as JsYamlError;
  const reason = yamlError.reason ?? yamlError.message?.split('\n')[0] ?? String(error);
  const lines = yamlText.split('\n').map((line) => line.replace(/\r$/, ''));
  const at = (yamlError.mark?.line ?? 0) + 1;
  // The error is often reported on the line after the cause: look at both.
  for (const candidate of [at, at - 1]) {
    const colon = colonInText(lines[candidate - 1] ?? '');
    if (colon && /bad indentation|mapping entry|document separator|multiline key/.test(reason)) {
      return {
        line: candidate,
        pesan: `${KOLOM}: isian ${colon.key} memuat ": " (titik dua lalu spasi), yang dibaca YAML sebagai kolom baru; tulis isian dalam tanda petik: ${colon.key}: "${colon.value.replace(/"/g, '\\"')}"`,
      };
    }
  }
  if (/quoted scalar/.test(reason)) {
    const line = unclosedQuoteLine(lines) ?? at;
    return { line, pesan: `${KOLOM}: tanda petik dibuka tetapi tidak ditutup pada baris ini; tutup dengan tanda petik yang sama` };
  }
  if (/tab characters/.test(reason)) {
    return { line: at, pesan: `${KOLOM}: indentasi memakai karakter tab; diharapkan spasi (YAML tidak menerima tab di awal baris)` };
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = /^\s*(?:-\s+)?([^:]+):/.exec(lines[at - 1] ?? '')?.[1]?.trim();
    return {
      line: at,
      pesan: `${KOLOM}: kolom ${key ? `"${key}" ` : ''}ditulis dua kali; diharapkan setiap kolom sekali saja (hapus atau gabungkan salah satunya)`,
    };
  }
  if (/missed comma between flow collection entries/.test(reason)) {
    return {
      line: at,
      pesan: `${KOLOM}: di dalam { } atau [ ] ada isian yang tidak dipisahkan koma, atau kurung yang tidak ditutup; periksa koma dan kurung penutup pada baris ini atau sebelumnya`,
    };
  }
  if (/flow collection/.test(reason)) {
    return { line: at, pesan: `${KOLOM}: kurung { atau [ dibuka tetapi tidak ditutup; tambahkan } atau ] penutupnya` };
  }
  if (/bad indentation/.test(reason)) {
    return {
      line: at,
      pesan: `${KOLOM}: indentasi (spasi di awal baris) tidak sejajar dengan kolom lain di tingkat yang sama; samakan jumlah spasinya`,
    };
  }
  if (/document separator|implicit key|block mapping entry/.test(reason)) {
    return {
      line: at,
      pesan: `${KOLOM}: baris ini tidak berbentuk "kolom: isian"; periksa titik dua sesudah nama kolom, dan tanda petik bila isian memuat ": "`,
    };
  }
  return { line: at, pesan: `${KOLOM} (${reason}); periksa penulisan baris ini` };
}

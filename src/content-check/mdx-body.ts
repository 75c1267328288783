/**
 * The body of an SOP compiled as the build compiles it (Sätteri, Astro 7's MDX parser), before the build: an
 * unclosed `<div>`, a lone `{`, `<5` or an HTML comment is explained in Bahasa Indonesia with its line and how to
 * write it. SOP bodies are prose: expressions (`{tahun}`), components (`<Kotak>`) and import/export have nothing
 * to read from, so they are refused too (the build would fail on them at render time).
 */
import { mdxToMdast } from 'satteri';

export interface BodyProblem {
  line: number;
  pesan: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

const LITERAL = 'bila maksudnya teks biasa';

/** Explains one Sätteri error message ("3:1: Expected a closing tag for `<div>` ..."). */
function explain(message: string, lines: readonly string[]): BodyProblem {
  const place = /^(\d+):(\d+):\s*/.exec(message);
  const line = place ? Number(place[1]) : 1;
  const column = place ? Number(place[2]) : 1;
  const text = lines[line - 1] ?? '';
  const rest = text.slice(column - 1);
  const tag = /`<\/?([^`>\s]+)>?`/.exec(message)?.[1];
  if (/Expected a closing tag for/.test(message)) {
    return { line, pesan: `tag <${tag}> dibuka tetapi tidak ditutup; tambahkan </${tag}>, atau ${LITERAL} tulis &lt;${tag}>` };
  }
  if (/Unexpected closing tag/.test(message)) {
    return { line, pesan: `tag penutup </${tag}> tanpa tag pembuka <${tag}>; hapus tag itu atau tambahkan pembukanya` };
  }
  if (/expected a corresponding closing brace/.test(message)) {
    return { line, pesan: `tanda { dibuka tetapi tidak ditutup; di MDX tanda { memulai ekspresi: ${LITERAL}, tulis \\{` };
  }
  if (/to create a comment in MDX/.test(message)) {
    return { line, pesan: 'komentar HTML <!-- ... --> tidak dapat dipakai di MDX; tulis komentar sebagai {/* ... */}' };
  }
  if (/to create a link in MDX/.test(message) || /after `<`/.test(message)) {
    const link = /^<((?:https?|mailto):[^>\s]*)>/.exec(rest) ?? /<((?:https?|mailto):[^>\s]*)>/.exec(text);
    if (link) {
      return {
        line,
        pesan: `tautan <${link[1]}> tidak dapat dipakai di MDX; tulis [judul tautan](${link[1]}) atau alamatnya saja tanpa < >`,
      };
    }
    const after = /<\s*(\S{0,6})/.exec(rest)?.[1] ?? '';
    return {
      line,
      pesan: `tanda < ${after ? `sebelum "${after}" ` : ''}dibaca MDX sebagai awal tag; ${LITERAL}, tulis &lt;${after} atau dengan kata, misalnya "kurang dari ${after.replace(/\D.*$/, '') || '5'}"`,
    };
  }
  return { line, pesan: `isi MDX tidak dapat dibaca (${message.replace(/^\d+:\d+:\s*/, '')}); periksa tanda < > { } pada baris ini` };
}

function visit(node: Node, problems: BodyProblem[]): void {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    const code = (node.value ?? '').replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (code !== '') {
      problems.push({
        line,
        pesan: `ekspresi {${node.value?.trim()}} tidak dapat dihitung: SOP tidak menyediakan nilai apa pun; ${LITERAL}, tulis \\{${node.value?.trim()}\\}`,
      });
    }
  } else if (node.type === 'mdxjsEsm') {
    problems.push({ line, pesan: 'baris import/export tidak dipakai dalam SOP; hapus baris ini' });
  } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]|\./.test(node.name)) {
    problems.push({
      line,
      pesan: `komponen <${node.name}> tidak dikenal: SOP hanya boleh memuat teks Markdown dan tag HTML biasa; hapus komponen itu, atau ${LITERAL} tulis &lt;${node.name}>`,
    });
  }
  for (const child of node.children ?? []) visit(child, problems);
}

/** Compiles an MDX body (line numbers as in the file) and returns what would break the build, explained. */
export function checkMdxBody(body: string): BodyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    return [explain((error as Error).message, body.split('\n'))];
  }
  const problems: BodyProblem[] = [];
  visit(tree, problems);
  return problems;
}

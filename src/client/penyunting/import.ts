/**
 * A Word, Excel or tab-separated file dropped on the editor, read with the very code of `sop:import`
 * (src/authoring/): the same drafts, the same TODOs, the same header. The readers load on demand (mammoth, ExcelJS),
 * only when such a file arrives.
 */
import { type DraftFile, importHeader, regulasiDraftFile, sopDraftFile } from '../../authoring/draft-file.ts';
import { importSop } from '../../authoring/import-sop.ts';
import { ImportError, type SourceDocument } from '../../authoring/source-document.ts';
import type { SiteContext } from '../../content-check/check-file.ts';
import type { RegulasiDraft } from '../../editor/regulasi-file.ts';

export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.txt', '.tsv', '.text'];

export interface ImportedSop {
  file: DraftFile;
  /** The fields the author must decide, with the importer's note. */
  todos: Array<{ path: PropertyKey[]; pesan: string }>;
  /** The new regulations the importer drafted for this SOP's dasar hukum, edited and saved with it. */
  regulasi: RegulasiDraft[];
}

export interface BrowserImport {
  sop: ImportedSop[];
  regulasi: DraftFile[];
  catatan: string[];
}

async function readSourceBytes(name: string, bytes: Uint8Array): Promise<{ source: SourceDocument; catatan: string[] }> {
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (extension === '.docx') {
    const { readDocx } = await import('../../authoring/read-docx.ts');
    return { source: await readDocx(name, bytes), catatan: [] };
  }
  if (extension === '.xlsx') {
    const { readXlsx } = await import('../../authoring/read-xlsx.ts');
    return { source: await readXlsx(name, bytes), catatan: [] };
  }
  if (IMPORT_EXTENSIONS.includes(extension)) {
    const [{ decodeText }, { readTabSeparated }] = await Promise.all([
      import('../../authoring/text-encoding.ts'),
      import('../../authoring/read-text.ts'),
    ]);
    const { text, encoding } = decodeText(bytes);
    return { source: readTabSeparated(name, text), catatan: encoding === 'UTF-8' ? [] : [`${name} dibaca sebagai teks ${encoding}.`] };
  }
  throw new ImportError(
    `jenis berkas "${extension}" tidak dapat diimpor di browser; diharapkan .docx, .xlsx atau teks bertab (.txt/.tsv). Berkas .doc/.odt: simpan sebagai .docx, atau pakai npm run sop:import`,
  );
}

/** Imports a dropped file as `sop:import` would into drafts/ (the header says so: move it to content/sop/). */
export async function importInBrowser(name: string, bytes: Uint8Array, site: SiteContext): Promise<BrowserImport> {
  const { source, catatan } = await readSourceBytes(name, bytes);
  const result = importSop(source, {
    instansi: site.instansi,
    regulasi: site.regulasi,
    sop: site.sop.map((entry) => ({ id: entry.id, nomor: entry.data.nomor })),
  });
  const header = importHeader(name, false, 'content');
  const regulasi = result.regulasi.map((draft) => ({
    id: draft.id,
    file: regulasiDraftFile(draft, [`Draf dari npm run sop:import: ${name}.`]),
  }));
  return {
    sop: result.sop.map((draft) => {
      const cited = Array.isArray(draft.data.dasarHukum) ? (draft.data.dasarHukum as unknown[]) : [];
      return {
        file: sopDraftFile(draft, header),
        todos: draft.notes.filter((note) => note.todo).map((note) => ({ path: note.path, pesan: note.text })),
        regulasi: regulasi
          .filter((item) => cited.includes(item.id))
          .map((item) => ({ berkas: item.id, teks: item.file.text, namaTetap: true })),
      };
    }),
    regulasi: regulasi.map((item) => item.file),
    catatan: [...catatan, ...result.catatan],
  };
}

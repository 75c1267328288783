/**
 * Reads a source document of any kind sop:import takes into the table model: Word .docx (mammoth), Excel .xlsx
 * (ExcelJS), tab-separated text (UTF-8, UTF-16 or Windows-1252), and old Word .doc or OpenDocument .odt by converting
 * them to .docx with LibreOffice when it is installed.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sofficePath } from '../settings.ts';
import { readTabSeparated } from './read-text.ts';
import { ImportError, type SourceDocument } from './source-document.ts';
import { decodeText } from './text-encoding.ts';

export const TEXT_EXTENSIONS = ['.txt', '.tsv', '.text'];
const CONVERTED = ['.doc', '.odt'];
export const EXTENSIONS = ['.docx', '.xlsx', ...CONVERTED, ...TEXT_EXTENSIONS];

export interface ReadSource {
  source: SourceDocument;
  /** What the author should know about the reading (the encoding of a text, a conversion). */
  catatan: string[];
}

/** LibreOffice's command: LAJUR_SOFFICE, else `soffice` or `libreoffice` on the PATH. */
export async function findSoffice(searchPath = process.env.PATH ?? ''): Promise<string | undefined> {
  if (sofficePath) return sofficePath;
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      try {
        await access(path.join(dir, name));
        return path.join(dir, name);
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

const KIND: Record<string, string> = {
  '.doc': 'dokumen Word 97-2003 (.doc)',
  '.odt': 'dokumen OpenDocument (.odt)',
};

async function convertToDocx(file: string, extension: string): Promise<Buffer> {
  const soffice = await findSoffice();
  if (!soffice) {
    throw new ImportError(
      `${KIND[extension]} perlu diubah dahulu ke .docx dengan LibreOffice, dan LibreOffice tidak terpasang. Pasang paket Debian libreoffice-writer-nogui (sudo apt-get install libreoffice-writer-nogui), atau buka berkas di Word/LibreOffice lalu simpan sebagai .docx`,
    );
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'lajur-soffice-'));
  try {
    // A profile of its own: a LibreOffice already open on the machine would otherwise take the job and return at once.
    await promisify(execFile)(
      soffice,
      [`-env:UserInstallation=file://${dir}/profil`, '--headless', '--convert-to', 'docx', '--outdir', dir, path.resolve(file)],
      { timeout: 120_000 },
    );
    return await readFile(path.join(dir, `${path.basename(file, path.extname(file))}.docx`));
  } catch (error) {
    throw new ImportError(
      `${KIND[extension]} tidak dapat diubah ke .docx dengan LibreOffice (${soffice}: ${((error as Error).message.split('\n')[0] ?? '').slice(0, 200)}); buka berkas di Word/LibreOffice lalu simpan sebagai .docx`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads the file at `file`; messages name it by `name`. Throws {@link ImportError} for what cannot be read. */
export async function readSource(file: string, name = path.basename(file)): Promise<ReadSource> {
  const extension = path.extname(file).toLowerCase();
  if (!EXTENSIONS.includes(extension)) {
    throw new ImportError(
      `jenis berkas "${extension || '(tanpa ekstensi)'}" tidak dikenal; diharapkan .docx (dokumen Word), .xlsx (Excel), .doc/.odt (diubah dengan LibreOffice) atau ${TEXT_EXTENSIONS.join('/')} (teks bertab)`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'berkas tidak ditemukan; periksa nama dan foldernya' : `berkas tidak dapat dibaca (${code})`);
  }
  if (TEXT_EXTENSIONS.includes(extension)) {
    const { text, encoding } = decodeText(buffer);
    return { source: readTabSeparated(name, text), catatan: encoding === 'UTF-8' ? [] : [`${name} dibaca sebagai teks ${encoding}.`] };
  }
  if (extension === '.xlsx') {
    const { readXlsx } = await import('./read-xlsx.ts');
    return { source: await readXlsx(name, buffer), catatan: [] };
  }
  // mammoth and its zip and XML readers take a tenth of a second to load: only for Word documents.
  const { readDocx } = await import('./read-docx.ts');
  if (extension === '.docx') return { source: await readDocx(name, buffer), catatan: [] };
  const docx = await convertToDocx(file, extension);
  return { source: await readDocx(name, docx), catatan: [`${name} diubah ke .docx dengan LibreOffice sebelum dibaca.`] };
}

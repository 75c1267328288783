/**
 * Writing authored files safely: never over an existing file unless asked (--force), never half a file (each is
 * written to a temporary file beside it, then renamed), and never some of a set: every file is written to its
 * temporary first, and only then are they renamed into place.
 */
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface NewFile {
  path: string;
  text: string;
}

/** Thrown when files exist and `force` is off; nothing has been written. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
  readonly files: string[];
  constructor(files: string[]) {
    super(`berkas sudah ada: ${files.join(', ')}; tidak ditimpa (pakai --force untuk menimpa, atau pilih nama atau folder lain)`);
    this.files = files;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes every file or none. Refuses existing files unless `force`. */
export async function writeNewFiles(files: readonly NewFile[], options: { force: boolean }): Promise<void> {
  if (!options.force) {
    const existing = (await Promise.all(files.map(async (file) => ((await exists(file.path)) ? [file.path] : [])))).flat();
    if (existing.length > 0) throw new FileExistsError(existing);
  }
  const temporary: string[] = [];
  try {
    for (const file of files) {
      await mkdir(path.dirname(file.path), { recursive: true });
      const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`);
      temporary.push(temp);
      await writeFile(temp, file.text, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(temporary.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (const [i, file] of files.entries()) await rename(temporary[i] as string, file.path);
}

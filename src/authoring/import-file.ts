/**
 * One source file through sop:import: read, convert, turn into draft files, and write them all or none. Used by the
 * command for a single file and for every file of a folder.
 */
import path from 'node:path';
import { type DraftFile, importHeader, regulasiDraftFile, sopDraftFile } from './draft-file.ts';
import { type ImportContext, importSop } from './import-sop.ts';
import { readSource } from './read-source.ts';
import { writeNewFiles } from './write-files.ts';

export interface FileImport {
  /** The drafts, as written (paths relative to the output folder's content layout). */
  files: DraftFile[];
  catatan: string[];
  /** Entries of the regulations drafted, for the files imported after this one. */
  regulasiBaru: ImportContext['regulasi'];
}

export interface ImportFileOptions {
  outPath: string;
  /** The output is the site's content itself (no "move the drafts" advice). */
  intoContent: boolean;
  contentShown: string;
  force: boolean;
}

/**
 * Reads `file`, converts it and writes its drafts under `options.outPath`. Throws ImportError (unreadable input),
 * FileExistsError (a draft exists; nothing written) or a file system error; then no file of it is written.
 */
export async function importFile(file: string, context: ImportContext, options: ImportFileOptions): Promise<FileImport> {
  const name = path.basename(file);
  const { source, catatan: readNotes } = await readSource(file, name);
  const result = importSop(source, context);
  const header = importHeader(name, options.intoContent, options.contentShown);
  const files: DraftFile[] = [
    ...result.sop.map((draft) => sopDraftFile(draft, header)),
    ...result.regulasi.map((draft) => regulasiDraftFile(draft, [`Draf dari npm run sop:import: ${name}.`])),
  ];
  await writeNewFiles(
    files.map((draftFile) => ({ path: path.join(options.outPath, draftFile.relativePath), text: draftFile.text })),
    { force: options.force },
  );
  return { files, catatan: [...readNotes, ...result.catatan], regulasiBaru: result.regulasiBaru };
}

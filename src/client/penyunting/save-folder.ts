/**
 * Writing into a content/ folder with the File System Access API (Chromium-based browsers): the author picks the
 * folder once, sees what the write changes (the diff against the file there, or "berkas baru"), and confirms.
 * Nothing is written without that confirmation; browsers without the API only offer the download.
 */
import { type DiffLine, lineDiff } from '../../editor/line-diff.ts';
import { h } from './dom.ts';

interface DirectoryHandle {
  name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
}
interface FileHandle {
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type Picker = (options?: { id?: string; mode?: 'readwrite' }) => Promise<DirectoryHandle>;

/** Whether this browser can write into a chosen folder. */
export function canWriteFolders(): boolean {
  return typeof (window as unknown as { showDirectoryPicker?: Picker }).showDirectoryPicker === 'function';
}

let chosen: DirectoryHandle | undefined;

/** The sop/ or regulasi/ folder of the chosen content/ folder (or the chosen folder itself when it is that one). */
async function subFolder(root: DirectoryHandle, sub: Subfolder): Promise<DirectoryHandle> {
  if (root.name === sub) return root;
  try {
    return await root.getDirectoryHandle(sub);
  } catch {
    throw new Error(
      `folder "${root.name}" tidak memuat folder ${sub}/; diharapkan folder content/ situs (yang berisi sop/, regulasi/, instansi/)`,
    );
  }
}

function diffView(lines: DiffLine[]): HTMLElement {
  const shown = lines.flatMap((line, i) => {
    // Two kept lines of context around each change.
    const near = lines.slice(Math.max(0, i - 2), i + 3).some((other) => other.kind !== 'sama');
    return line.kind !== 'sama' || near ? [line] : [];
  });
  const prefix = { sama: '  ', hapus: '- ', tambah: '+ ' } as const;
  return h(
    'pre',
    { class: 'beda', tabindex: 0 },
    ...shown.map((line) => h('span', { 'data-kind': line.kind }, `${prefix[line.kind]}${line.text}\n`)),
  );
}

/** Asks for confirmation in a dialog; resolves true only when the author confirms. */
function confirmWrite(title: string, body: HTMLElement, confirmLabel: string): Promise<boolean> {
  const dialog = h('dialog', { class: 'dialog-simpan', 'aria-labelledby': 'judul-dialog-simpan' });
  const yes = h('button', { type: 'button', class: 'tombol utama' }, confirmLabel);
  const no = h('button', { type: 'button', class: 'tombol' }, 'Batal');
  dialog.append(h('h2', { id: 'judul-dialog-simpan' }, title), body, h('p', { class: 'aksi-baris' }, yes, no));
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', () => done(false));
  });
}

type Subfolder = 'sop' | 'regulasi';

/**
 * Writes `text` as `sub`/`fileName` (an SOP, or a regulation drafted with it) in the chosen content/ folder after
 * showing what changes. Returns what happened, in words for the status line.
 */
export async function saveIntoFolder(fileName: string, text: string, sub: Subfolder = 'sop'): Promise<string> {
  const picker = (window as unknown as { showDirectoryPicker: Picker }).showDirectoryPicker;
  chosen ??= await picker({ id: 'lajur-content', mode: 'readwrite' });
  const folder = await subFolder(chosen, sub);
  let existing: string | undefined;
  try {
    existing = await (await (await folder.getFileHandle(fileName)).getFile()).text();
  } catch {
    existing = undefined;
  }
  if (existing === text) return `${sub}/${fileName} sudah sama persis; tidak ada yang ditulis.`;
  const lines = existing === undefined ? undefined : lineDiff(existing, text);
  const changed = lines?.filter((line) => line.kind !== 'sama').length ?? 0;
  const ok = await confirmWrite(
    existing === undefined ? `Berkas baru: ${sub}/${fileName}` : `Timpa ${sub}/${fileName}?`,
    existing === undefined
      ? h('p', {}, `Belum ada ${sub}/${fileName} di folder ${chosen.name}; berkas baru ditulis (${text.split('\n').length} baris).`)
      : h('div', {}, h('p', {}, `${changed} baris berubah (- dihapus, + ditambah):`), diffView(lines ?? [])),
    existing === undefined ? 'Tulis berkas baru' : 'Timpa berkas',
  );
  if (!ok) return 'Dibatalkan; berkas di folder tidak diubah.';
  const writable = await (await folder.getFileHandle(fileName, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
  return `Tersimpan ke ${chosen.name}/${sub}/${fileName}.`;
}

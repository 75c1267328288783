/**
 * Which files of a collection folder the build reads, and what to tell the author about the others. Astro's glob
 * loader reads `**\/*.mdx` (or .yaml/.yml) case-sensitively and skips hidden files, so `Prosedur.MDX`, `prosedur.md`
 * or a YAML file in content/sop/ would vanish from the site without a word. Here they are refused or listed as
 * ignored; editor lock files, dangling links and folders named like files never crash the check.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ListedFile {
  /** Relative to the collection folder, with "/" separators. */
  name: string;
}

export interface FileNote {
  name: string;
  pesan: string;
  level: 'error' | 'warning';
}

/** Files that systems and editors leave behind; ignored without a word. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep', '.keep']);

const EXTENSION_HOME: Record<string, string> = {
  '.mdx': 'content/sop/',
  '.yaml': 'content/regulasi/ atau content/instansi/',
  '.yml': 'content/regulasi/ atau content/instansi/',
};

/**
 * Lists `folder` recursively. `extensions` are what the build reads ([".mdx"] or [".yaml", ".yml"]); `label` is
 * the folder as authors know it ("content/sop/").
 */
export async function listCollection(
  folder: string,
  extensions: readonly string[],
  label: string,
): Promise<{ files: ListedFile[]; notes: FileNote[] }> {
  const files: ListedFile[] = [];
  const notes: FileNote[] = [];
  const note = (name: string, level: FileNote['level'], pesan: string) => notes.push({ name, level, pesan });
  const visit = async (relative: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(path.join(folder, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && relative === '') return;
      note(relative, 'error', `folder tidak dapat dibaca (${(error as NodeJS.ErrnoException).code}); periksa izin aksesnya`);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(folder, name);
      const extension = path.extname(entry.name);
      const matches = extensions.includes(extension);
      if (SYSTEM_FILES.has(entry.name)) continue;
      if (entry.name.startsWith('.#')) {
        note(
          name,
          'warning',
          'berkas kunci editor (dibuat Emacs selama berkas dibuka) diabaikan; hilang sendiri setelah berkas disimpan dan ditutup',
        );
        continue;
      }
      if (entry.name.startsWith('.')) {
        if (matches || extensions.includes(extension.toLowerCase())) {
          note(
            name,
            'warning',
            `berkas tersembunyi (nama diawali titik) tidak dibaca build dan diabaikan; bila ini SOP, hapus titik di awal nama`,
          );
        }
        continue;
      }
      let kind: 'file' | 'directory' | 'other' = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          kind = target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'other';
        } catch {
          note(
            name,
            matches ? 'error' : 'warning',
            'tautan (symlink) menunjuk ke berkas yang tidak ada; hapus tautan ini atau pulihkan berkas tujuannya',
          );
          continue;
        }
      }
      if (kind === 'directory') {
        if (extensions.includes(extension.toLowerCase()) || extension.toLowerCase() in EXTENSION_HOME) {
          note(name, 'warning', `folder bernama "${entry.name}" bukan berkas dan diabaikan; isinya tetap diperiksa`);
        }
        await visit(name);
        continue;
      }
      if (kind === 'other') {
        note(name, 'warning', 'bukan berkas biasa (misalnya soket atau perangkat) dan diabaikan');
        continue;
      }
      if (matches) {
        files.push({ name });
        continue;
      }
      const lower = extension.toLowerCase();
      if (extensions.includes(lower)) {
        note(
          name,
          'error',
          `ekstensi "${extension}" ditulis dengan huruf besar sehingga build tidak membaca berkas ini; ganti nama menjadi "${entry.name.slice(0, -extension.length)}${lower}"`,
        );
      } else if (/~$|\.(swp|swo|bak|tmp|orig)$/i.test(entry.name) || entry.name.startsWith('~$')) {
        note(name, 'warning', 'berkas cadangan atau sementara editor diabaikan');
      } else if ((lower === '.md' || lower === '.markdown') && extensions.includes('.mdx')) {
        note(
          name,
          'error',
          `berkas ${extension} tidak dibaca build; SOP harus berekstensi .mdx: ganti nama menjadi "${entry.name.slice(0, -extension.length)}.mdx"`,
        );
      } else if (lower === '.docx' && extensions.includes('.mdx')) {
        note(name, 'warning', `berkas Word tidak dibaca build dan diabaikan; jadikan SOP dengan: npm run sop:import -- "${name}"`);
      } else if (lower in EXTENSION_HOME) {
        note(name, 'error', `berkas ${extension} tidak dibaca di ${label}; diharapkan di ${EXTENSION_HOME[lower]}`);
      } else {
        note(name, 'warning', `berkas ini tidak dibaca build dan diabaikan; ${label} hanya membaca berkas ${extensions.join(' dan ')}`);
      }
    }
  };
  await visit('');
  return { files, notes };
}

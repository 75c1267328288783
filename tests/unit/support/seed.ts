/**
 * The real source document (a copy of shared/seed/sop-source.txt in tests/fixtures/import/) split the plain way a
 * person would: lines, then tabs. Tests compare what the importer makes of it with these columns, and build a .docx
 * from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SEED_FILE = path.resolve('tests/fixtures/import/sop-source.txt');
export const seedText = readFileSync(SEED_FILE, 'utf8');
const lines = seedText.split(/\r?\n/);

/** The flowchart table's rows: No, Aktivitas, five empty actor cells, kelengkapan, durasi, output, ket. */
export const seedSteps = lines.filter((line) => /^\d+\t/.test(line)).map((line) => line.split('\t'));

/** The flowchart's header row and title. */
export const seedHeader = (lines.find((line) => line.startsWith('No\t')) ?? '').split('\t');
export const seedTitle = lines.find((line) => line.startsWith('SOP ')) ?? '';

/** "Nomor SOP" -> "62/ 46 /SEKRT/2023", and the like. */
export const seedIdentity = new Map(
  lines.filter((line) => /^(Nomor SOP|Tanggal|Disahkan|Nama SOP)/.test(line)).map((line) => line.split('\t') as [string, string]),
);

/** The letterhead lines above the identity table. */
export const seedKop = lines.filter((line) => /^(PEMERINTAH|DINAS|PROVINSI)/.test(line));

/** The boxes: label row, then the row below it, split at the tab. List markup removed, numbered items split. */
export function seedBoxes(): Array<{ labels: string[]; values: string[][] }> {
  const result: Array<{ labels: string[]; values: string[][] }> = [];
  lines.forEach((line, i) => {
    if (!/^(DASAR HUKUM|KETERKAITAN|PERINGATAN)\t/.test(line)) return;
    const values = (lines[i + 1] ?? '').split('\t').map((cell) =>
      cell
        .replace(/<[^>]+>/g, '')
        .split(/(?<!\d)(?=\d\. [A-Z])/)
        .map((item) => item.replace(/^\d\. /, '').trim()),
    );
    result.push({ labels: line.split('\t'), values });
  });
  return result;
}

/** The five actor columns of the seed's flowchart, left to right. */
export const SEED_PELAKSANA = ['Kepala Dinas', 'Sekretaris', 'Tim Perencanaan', 'Tim Urusan / Sekretariat', 'Biro Organisasi'];

/**
 * The pelaksana of each of the seed's eleven steps, as reconstructed in content/sop/penyusunan-cascading.mdx (the
 * text lost the actor marks): what an import with the marks typed back in must give.
 */
export const SEED_LANES = [
  'Kepala Dinas',
  'Tim Perencanaan',
  'Tim Perencanaan',
  'Tim Urusan / Sekretariat',
  'Tim Perencanaan',
  'Sekretaris',
  'Biro Organisasi',
  'Tim Perencanaan',
  'Sekretaris',
  'Kepala Dinas',
  'Tim Perencanaan',
];

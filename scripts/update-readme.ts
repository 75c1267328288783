/**
 * Rewrites the settings table of README.md from src/settings.ts. Run after adding or changing a setting:
 * node scripts/update-readme.ts (a unit test fails while the README and the settings disagree).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { withSettingsTable } from '../src/settings-readme.ts';

const README = new URL('../README.md', import.meta.url);
const before = await readFile(README, 'utf8');
const after = withSettingsTable(before);
if (after === before) {
  console.log('README.md: tabel pengaturan sudah sesuai src/settings.ts');
} else {
  await writeFile(README, after);
  console.log('README.md: tabel pengaturan diperbarui dari src/settings.ts');
}

/**
 * The README's settings table, generated from {@link SETTINGS}. The README marks it with `<!-- settings -->` ...
 * `<!-- /settings -->`; scripts/update-readme.ts rewrites it and a unit test fails when they disagree.
 */
import { SETTINGS } from './settings.ts';

export function settingsTable(): string {
  const rows = Object.entries(SETTINGS).map(([name, { doc }]) => `| \`${name}\` | ${doc.shownDefault} | ${doc.meaning} |`);
  return ['| variable | default | what it does |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The README with its marked settings table replaced by the generated one. */
export function withSettingsTable(readme: string): string {
  return readme.replace(/<!-- settings -->[\s\S]*?<!-- \/settings -->/, `<!-- settings -->\n${settingsTable()}\n<!-- /settings -->`);
}

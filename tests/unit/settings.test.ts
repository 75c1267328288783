import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBase, readSettings, SettingError, SETTINGS } from '../../src/settings.ts';
import { withSettingsTable } from '../../src/settings-readme.ts';

function problemOf(env: Record<string, string>): string {
  try {
    readSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingError);
    return (error as Error).message;
  }
  throw new Error('expected a SettingError');
}

describe('settings', () => {
  it('gives the documented defaults when nothing is set, and treats empty values as unset', () => {
    const values = readSettings({ LAJUR_PRECACHE_MB: '', LAJUR_BASE: '  ' });
    expect(Object.values(values).every((value) => value === undefined)).toBe(true);
  });

  it('reads numbers as written, with a decimal comma too', () => {
    const values = readSettings({ LAJUR_PRECACHE_MB: '12,5', LAJUR_ROWS_PER_PAGE: '6', LAJUR_TEST_PORT: '4612' });
    expect([values.LAJUR_PRECACHE_MB, values.LAJUR_ROWS_PER_PAGE, values.LAJUR_TEST_PORT]).toEqual([12.5, 6, 4612]);
  });

  it.each([
    ['LAJUR_PRECACHE_MB', 'abc', 'diharapkan bilangan lebih dari 0'],
    ['LAJUR_PRECACHE_MB', '0', 'diharapkan bilangan lebih dari 0'],
    ['LAJUR_ROWS_PER_PAGE', '2.5', 'diharapkan bilangan bulat 1 atau lebih'],
    ['LAJUR_ROWS_PER_PAGE', '0', 'diharapkan bilangan bulat 1 atau lebih'],
    ['LAJUR_TEST_PORT', '70000', 'diharapkan nomor port 1 sampai 65535'],
    ['LAJUR_SITE', 'sop.example.go.id', 'diharapkan alamat http(s) lengkap'],
    ['LAJUR_SITE', 'javascript:alert(1)', 'diharapkan alamat http(s) lengkap'],
    ['LAJUR_DIAGRAMS', 'no', 'diharapkan "on" atau "off"'],
    ['LAJUR_INSTALL_CHROMIUM', 'false', 'diharapkan "0" (jangan memasang) atau "1"'],
    ['LAJUR_BASE', '/sop dinas/', 'diharapkan sub-path'],
  ])('%s=%s stops with the variable, the value and what is expected', (name, value, expected) => {
    const message = problemOf({ [name]: value });
    expect(message).toContain(`${name}="${value}": ${expected}`);
  });

  it('lists every bad value at once', () => {
    const message = problemOf({ LAJUR_PRECACHE_MB: 'abc', LAJUR_ROWS_PER_PAGE: 'x' });
    expect(message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(2);
  });

  it('normalises the sub-path to one leading and one trailing slash', () => {
    expect(['/', '', 'sop', '/sop', 'sop/', '//sop//', '/a/b'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/sop/',
      '/sop/',
      '/sop/',
      '/sop/',
      '/a/b/',
    ]);
  });

  it('stops a command with the message alone, no stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/sop-check.ts'], {
      env: { ...process.env, LAJUR_PRECACHE_MB: 'abc' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LAJUR_PRECACHE_MB="abc"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('is the README table, generated', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withSettingsTable(readme)).toBe(readme);
    for (const name of Object.keys(SETTINGS)) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('is the only reader of LAJUR_* variables', () => {
    const readers: string[] = [];
    for (const folder of ['src', 'scripts', 'bench', 'tests']) {
      for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|mjs|astro)$/.test(file) || file.includes('fixtures')) continue;
        const source = readFileSync(path.join(folder, file), 'utf8');
        if (/env\.LAJUR_|env\[['"]LAJUR_/.test(source)) readers.push(path.join(folder, file));
      }
    }
    expect(readers).toEqual([]);
  });
});

/** Small measuring tools for the benchmark: a build with its peak memory, sizes, medians. */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median as medianOrNull } from '../src/domain/monev.ts';

/** The median of the figures, 0 for none (the computation is the monev one: src/domain/monev.ts). */
export const median = (values: readonly number[]): number => medianOrNull(values) ?? 0;

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Terminal colour codes out of a build log line. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
export const plainText = (text: string) => text.replace(ANSI, '');

async function descendants(pid: number): Promise<number[]> {
  const children: number[] = [];
  try {
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      children.push(...text.split(/\s+/).filter(Boolean).map(Number));
    }
  } catch {
    return [];
  }
  const nested = await Promise.all(children.map(descendants));
  return [...children, ...nested.flat()];
}

async function rssBytes(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(text)?.[1] ?? 0);
  return kb * 1024;
}

export interface CommandResult {
  seconds: number;
  /** Highest combined resident memory of the process and its children (Chromium included), sampled every 200 ms. */
  peakBytes: number;
  output: string;
}

/** Runs a command, echoing a progress line now and then, and measures time and peak memory of its process tree. */
export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const sampler = setInterval(async () => {
      if (!child.pid) return;
      const pids = [child.pid, ...(await descendants(child.pid))];
      const total = (await Promise.all(pids.map(rssBytes))).reduce((sum, value) => sum + value, 0);
      peakBytes = Math.max(peakBytes, total);
    }, 200);
    const ticker = setInterval(() => {
      const last = output.trim().split('\n').at(-1)?.replace(ANSI, '').slice(0, 100) ?? '';
      console.log(`  … ${label}: ${Math.round((performance.now() - started) / 1000)} s  ${last}`);
    }, 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(ticker);
      if (code !== 0) reject(new Error(`${label} gagal (kode ${code}):\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakBytes, output });
    });
  });
}

export async function filesUnder(dir: string): Promise<Array<{ file: string; bytes: number }>> {
  const names = await readdir(dir, { recursive: true });
  const entries = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(dir, name));
      return info.isFile() ? { file: name, bytes: info.size } : undefined;
    }),
  );
  return entries.filter((entry): entry is { file: string; bytes: number } => entry !== undefined);
}

/**
 * `astro build` of a site of its own, for browser tests that need other content or settings than the fixture
 * site. Builds of one project share its `.astro/` folder, so two at once (two Playwright workers) break each
 * other: one at a time, behind a lock folder. A lock left by a killed run is taken over after 15 minutes.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LOCK = path.join(tmpdir(), `lajur-build-${Buffer.from(path.resolve('.')).toString('hex').slice(-24)}.lock`);
const STALE_MS = 15 * 60_000;

async function lock(): Promise<void> {
  for (;;) {
    try {
      await mkdir(LOCK);
      return;
    } catch {
      const since = await stat(LOCK).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (since > STALE_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Builds the project with `env` added to the environment; resolves with the exit status and what it printed. */
export async function buildSite(env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  await lock();
  try {
    return await new Promise((resolve) => {
      const child = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
        env: { ...process.env, ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('close', (status) => resolve({ status, output }));
    });
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

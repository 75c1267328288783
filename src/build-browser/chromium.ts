/**
 * The Chromium that renders diagrams and PDFs at build time and runs the browser tests. Playwright cannot download
 * its own browser on machines without general internet, so Lajur looks for one in this order:
 *
 * 1. LAJUR_CHROMIUM, a path to a Chromium or Chrome executable;
 * 2. a system Chromium (Debian's /usr/bin/chromium and the usual other places);
 * 3. Playwright's own browser, where `npx playwright install chromium` worked.
 *
 * When none is found and the machine allows it (root with apt-get, and LAJUR_INSTALL_CHROMIUM not "0"), Debian's
 * package is installed; otherwise the build stops with a message that says how to get one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright';
import { chromiumInstallAllowed, chromiumPath } from '../settings.ts';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for headless use on build machines: no sandbox (CI runs as root), and no background networking, which on
 * a closed network floods the log with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

const HOW_TO_GET_ONE = [
  'Chromium tidak ditemukan. Pilih salah satu:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium',
  '  - atau arahkan ke Chromium/Chrome yang ada: LAJUR_CHROMIUM=/path/ke/chromium',
  '  - atau, bila internet tersedia: npx playwright install chromium',
].join('\n');

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium found, or undefined. Never installs anything. */
export function findChromium(): string | undefined {
  const configured = chromiumPath;
  if (configured) {
    if (!executable(configured))
      throw new Error(`LAJUR_CHROMIUM menunjuk ke "${configured}", tetapi berkas itu tidak ada atau tidak dapat dijalankan.`);
    return configured;
  }
  const system = SYSTEM_CANDIDATES.find(executable);
  if (system) return system;
  try {
    const bundled = chromium.executablePath();
    if (bundled && executable(bundled)) return bundled;
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  return undefined;
}

function canInstallFromDebian(): boolean {
  if (!chromiumInstallAllowed || process.platform !== 'linux') return false;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let tail = '';
    const collect = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setInterval(() => log(`  ... ${command} ${args[0]} masih berjalan`), 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} gagal (kode ${code}):\n${tail}`));
    });
  });
}

/**
 * A Chromium path, installing Debian's package when none is found and that is allowed. Throws with instructions
 * otherwise.
 */
export async function ensureChromium(log: (line: string) => void = (line) => console.log(line)): Promise<string> {
  const found = findChromium();
  if (found) return found;
  if (!canInstallFromDebian()) throw new Error(HOW_TO_GET_ONE);
  log('Chromium tidak ditemukan: memasang paket Debian "chromium" (apt-get, sekitar satu menit)...');
  await run('apt-get', ['update', '-qq'], log);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], log);
  const installed = findChromium();
  if (!installed) throw new Error(`Paket chromium terpasang, tetapi tidak ditemukan di ${SYSTEM_CANDIDATES[0]}.\n${HOW_TO_GET_ONE}`);
  log(`Chromium terpasang: ${installed}`);
  return installed;
}

/** Launch options for Playwright with the Chromium found. */
export async function chromiumLaunchOptions(log?: (line: string) => void): Promise<LaunchOptions> {
  return { executablePath: await ensureChromium(log), args: CHROMIUM_ARGS, headless: true };
}

export async function launchChromium(log?: (line: string) => void): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions(log));
}

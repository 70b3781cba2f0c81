// Installs what the e2e harness needs, on demand: code-server (pinned, cached outside the extension's
// own dependencies so a contributor's `npm install` stays light) and Debian's Chromium.
// Run directly to pre-install: `node --import tsx test/e2e/lib/install.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** code-server 4.100.3 is VS Code 1.100.3 and runs on Node 20 (see /work/shared/notes/e2e.md). */
export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const INSTALLED_MARKER = '.figure-check-installed';

export class MissingPrerequisite extends Error {}

export function e2eCacheDir(): string {
  return process.env.FIGURE_CHECK_E2E_CACHE ?? join(homedir(), '.cache', 'figure-check-e2e');
}

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function log(message: string): void {
  process.stderr.write(`[e2e] ${message}\n`);
}

/** Japanese drafts render as empty boxes without a CJK font; IPA Gothic is small and enough. */
export function ensureJapaneseFont(): void {
  const fonts = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  if (!isRoot() || !which('apt-get')) {
    throw new MissingPrerequisite(
      'No Japanese font is installed, so the Japanese draft would render as boxes. ' +
        'Install one (Debian/Ubuntu: `sudo apt-get install -y fonts-ipafont-gothic`).',
    );
  }
  log('installing fonts-ipafont-gothic with apt-get (no Japanese font found)…');
  aptInstall(['fonts-ipafont-gothic']);
}

/** Debian's chromium; installed with apt when missing and we are root, otherwise a clear failure. */
export function ensureChromium(): string {
  ensureJapaneseFont();
  const existing = process.env.FIGURE_CHECK_CHROMIUM ?? which('chromium') ?? which('chromium-browser');
  if (existing) return existing;
  if (!isRoot() || !which('apt-get')) {
    throw new MissingPrerequisite(
      'Chromium is not installed. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set FIGURE_CHECK_CHROMIUM to a Chromium/Chrome executable.',
    );
  }
  log('installing chromium with apt-get (root, not found on PATH)…');
  aptInstall(['chromium']);
  const installed = which('chromium');
  if (!installed) throw new MissingPrerequisite('apt-get install chromium finished but `chromium` is still not on PATH.');
  return installed;
}

function aptInstall(packages: string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}

/** ripgrep and the kerberos headers are needed to install code-server 4.100.3 offline from GitHub. */
function ensureCodeServerBuildPrerequisites(): void {
  const missing: string[] = [];
  if (!which('rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  if (!isRoot() || !which('apt-get')) {
    throw new MissingPrerequisite(
      `code-server ${CODE_SERVER_VERSION} needs ${missing.join(' and ')} to install. ` +
        `Install them (Debian/Ubuntu: \`sudo apt-get install -y ${missing.join(' ')}\`) and run again.`,
    );
  }
  log(`installing ${missing.join(', ')} with apt-get…`);
  aptInstall(missing);
}

/**
 * @vscode/ripgrep downloads its binary from GitHub (unreachable here) and retries for ~90 s.
 * It looks in its cache first, so we seed the cache with Debian's `rg` packed the way it expects.
 */
function seedRipgrepCache(): void {
  const cacheDir = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = join(cacheDir, RIPGREP_ASSET);
  if (existsSync(tarball)) return;
  const rg = which('rg');
  if (!rg) throw new MissingPrerequisite('ripgrep (`rg`) is needed to seed the @vscode/ripgrep cache.');
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'fc-rg-'));
  execFileSync('cp', [rg, join(staging, 'rg')]);
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

/** Returns the code-server executable, installing it into the cache dir when absent. */
export function ensureCodeServer(): string {
  const installDir = join(e2eCacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const binary = join(installDir, 'node_modules', '.bin', 'code-server');
  if (existsSync(join(installDir, INSTALLED_MARKER)) && existsSync(binary)) return binary;

  ensureCodeServerBuildPrerequisites();
  seedRipgrepCache();
  // Install into a staging folder and rename at the end, so an interrupted install is never reused.
  mkdirSync(e2eCacheDir(), { recursive: true });
  const staging = `${installDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(
    join(staging, 'package.json'),
    JSON.stringify({ name: 'figure-check-e2e-code-server', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
  );
  log(`installing code-server ${CODE_SERVER_VERSION} into ${installDir} (about a minute, once)…`);
  const started = Date.now();
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    stdio: ['ignore', 'inherit', 'inherit'],
    // unsafe_perm: postinstall scripts run as root; yes: node-pty's postinstall calls `npx`.
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (result.status !== 0) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}); staging left at ${staging}`);
  }
  if (!existsSync(join(staging, 'node_modules', '.bin', 'code-server'))) {
    throw new Error(`code-server installed but its executable is missing in ${staging}`);
  }
  writeFileSync(join(staging, INSTALLED_MARKER), new Date().toISOString() + '\n');
  rmSync(installDir, { recursive: true, force: true });
  renameSync(staging, installDir);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return binary;
}

if (require.main === module) {
  try {
    console.log(`chromium: ${ensureChromium()}`);
    console.log(`code-server: ${ensureCodeServer()}`);
  } catch (error) {
    console.error(`[e2e] ${(error as Error).message}`);
    process.exit(1);
  }
}

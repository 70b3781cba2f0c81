// Starts a throwaway code-server: fresh HOME/XDG/user-data/extensions dirs for every run, the
// extension under test installed from its .vsix, a free loopback port, and a stop() that kills the
// whole process group (also when the test process dies).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './install';

/** User settings that keep runs stable and screenshots clean (see /work/shared/notes/e2e.md). */
export const STABLE_USER_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.reduceMotion': 'on',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.hover.above': false, // cards open below the line, where there is room for them
  'git.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

export interface CodeServerOptions {
  /** Folder to open; also passed on the command line. */
  folder: string;
  /** .vsix files to install before starting. */
  vsix?: string[];
  /** Extra user settings, over STABLE_USER_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Keep the temp dirs after stop() (for debugging). */
  keepDirs?: boolean;
  /** Port to listen on (127.0.0.1 only); default: a free one. */
  port?: number;
  /** Leave workspace trust on (the folder opens untrusted, without a prompt): Restricted Mode tests. */
  workspaceTrust?: boolean;
  /** Extra environment for code-server and its extension host. */
  env?: Record<string, string>;
  /** Where to copy code-server's log when it stops (the temp dirs are removed). */
  copyLogTo?: string;
}

export interface CodeServer {
  url: string;
  port: number;
  root: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  stop(): Promise<void>;
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Last resort: never leave a code-server behind, even when a test throws or the runner is killed. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = (): void => {
    for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface RunDirs {
  root: string;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
  logFile: string;
}

function makeRunDirs(settings: Record<string, unknown>): RunDirs {
  const root = mkdtempSync(join(tmpdir(), 'figure-check-e2e-'));
  const dirs: RunDirs = {
    root,
    home: join(root, 'home'),
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    configFile: join(root, 'config.yaml'),
    logFile: join(root, 'code-server.log'),
  };
  for (const dir of [dirs.home, join(root, 'xdg-config'), join(root, 'xdg-data'), join(root, 'xdg-cache'), dirs.extensionsDir]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(dirs.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(dirs.configFile, 'auth: none\ncert: false\n');
  return dirs;
}

/** code-server reads HOME and XDG_* even for --version; keep all of it inside the run's dir. */
function isolatedEnv(dirs: RunDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: join(dirs.root, 'xdg-data'),
    XDG_CACHE_HOME: join(dirs.root, 'xdg-cache'),
    // The extension host must not inherit the test runner's Node options (tsx loader).
    NODE_OPTIONS: '',
  };
}

function dirArgs(dirs: RunDirs): string[] {
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--config', dirs.configFile];
}

function installVsix(binary: string, dirs: RunDirs, vsix: string): void {
  const result = spawnSync(binary, [...dirArgs(dirs), '--install-extension', vsix, '--force'], {
    env: isolatedEnv(dirs),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${vsix} (exit ${result.status}):\n${output.trim()}`);
  }
}

async function waitForHealthy(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode} before it was ready:\n${readFileSync(logFile, 'utf8')}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`code-server not ready after ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8')}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const binary = ensureCodeServer();
  installExitHook();
  const trustSettings = options.workspaceTrust
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false }
    : {};
  const dirs = makeRunDirs({ ...STABLE_USER_SETTINGS, ...trustSettings, ...options.settings });
  for (const vsix of options.vsix ?? []) installVsix(binary, dirs, vsix);

  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logFd = openSync(dirs.logFile, 'a');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...dirArgs(dirs),
    options.folder,
  ];
  // detached: the server leads its own process group, so stop() can kill it and every child at once.
  const child = spawn(binary, args, { detached: true, env: isolatedEnv(dirs, options.env), stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error('code-server did not start (no pid)');
  liveGroups.add(pgid);

  const stop = async (): Promise<void> => {
    if (!liveGroups.has(pgid)) return;
    liveGroups.delete(pgid);
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    killGroup(pgid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pgid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup(pgid, 'SIGKILL'); // children that ignored SIGTERM (extension host, pty host)
    if (options.copyLogTo) copyFileSync(dirs.logFile, options.copyLogTo);
    if (!options.keepDirs) rmSync(dirs.root, { recursive: true, force: true });
  };

  try {
    await waitForHealthy(url, child, dirs.logFile, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, root: dirs.root, userDataDir: dirs.userDataDir, extensionsDir: dirs.extensionsDir, logFile: dirs.logFile, stop };
}

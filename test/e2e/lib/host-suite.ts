// The extension-host suite, shared by both launchers (code-server and @vscode/test-electron):
// bundle test/suite/index.ts to out/test/suite/index.js, read mocha's JSON report.
import { buildSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './vsix';

export const SUITE_ENTRY = join(REPO_ROOT, 'test', 'suite', 'index.ts');
export const SUITE_BUNDLE = join(REPO_ROOT, 'out', 'test', 'suite', 'index.js');

/** The Restricted Mode entry: the same helpers, run in an untrusted workspace. */
export const RESTRICTED_ENTRY = join(REPO_ROOT, 'test', 'suite', 'restricted.ts');
export const RESTRICTED_BUNDLE = join(REPO_ROOT, 'out', 'test', 'suite', 'restricted.js');

/** One bundle per suite entry; `vscode` comes from the host, mocha from node_modules. */
export function bundleHostSuite(entry = SUITE_ENTRY, outfile = SUITE_BUNDLE): string {
  if (!existsSync(entry)) throw new Error(`no extension-host suite: ${entry} is missing`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The parts of mocha's `json` reporter output we read. */
export interface MochaReport {
  stats: { passes: number; failures: number; pending: number; tests: number };
  passes: { fullTitle: string }[];
  failures: { fullTitle: string; err: { message?: string } }[];
  pending: { fullTitle: string }[];
}

export function readMochaReport(file: string): MochaReport | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MochaReport;
  } catch {
    return null;
  }
}

export function summariseReport(report: MochaReport): { passed: number; failed: number; pending: number; lines: string[] } {
  const lines = [
    ...report.passes.map((t) => `  ✓ ${t.fullTitle}`),
    ...report.pending.map((t) => `  - ${t.fullTitle} (pending)`),
    ...report.failures.map((t) => `  ✗ ${t.fullTitle}\n      ${(t.err.message ?? '').split('\n').join('\n      ')}`),
  ];
  return { passed: report.stats.passes, failed: report.stats.failures, pending: report.stats.pending, lines };
}

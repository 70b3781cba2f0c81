// Packages extensions for the e2e runs: the product through `scripts/package.mjs` (unless
// FIGURE_CHECK_VSIX names a .vsix built earlier in the same run), the harness probe with vsce directly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const VSCE = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** The Figure Check .vsix to test: FIGURE_CHECK_VSIX when set, else a fresh production package. */
export function figureCheckVsix(): string {
  const given = process.env.FIGURE_CHECK_VSIX;
  if (given) {
    if (!existsSync(given)) throw new Error(`FIGURE_CHECK_VSIX=${given} does not exist`);
    return resolve(given);
  }
  const out = join(mkdtempSync(join(tmpdir(), 'figure-check-vsix-')), 'figure-check.vsix');
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'package.mjs'), '--out', out], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/** Packages a small extension folder (the harness probe); it carries no LICENSE, so --skip-license. */
export function packageFolder(folder: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'figure-check-vsix-')), 'probe.vsix');
  execFileSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--skip-license', '--out', out], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

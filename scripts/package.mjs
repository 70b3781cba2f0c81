// `npm run package`: production build (minified, no source maps), then a .vsix with @vscode/vsce.
// Everything the extension runs is bundled by esbuild, hence --no-dependencies.
// Prints the package's size and file count. `--out FILE` writes the .vsix elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, `${manifest.name}-${manifest.version}.vsix`);

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

run(process.execPath, ['esbuild.mjs', '--production']);

// The manifest's entry points must exist, or the .vsix installs but cannot activate.
const entries = [manifest.main, manifest.browser].filter(Boolean);
const missing = entries.filter((entry) => !existsSync(join(root, entry)));
if (missing.length > 0) {
  console.error(`package: the build did not produce ${missing.join(', ')} (named in package.json); nothing packaged.`);
  process.exit(1);
}

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// Relative README links stay relative: the screenshots ship in the package, and VS Code resolves them
// against the installed extension (vsce would otherwise need a GitHub/GitLab repository to rewrite them).
run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);

const bytes = statSync(out).size;
const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((line) => line.trim() !== '');
console.log(`\npackage: ${relative(process.cwd(), out) || out}  ${(bytes / 1024).toFixed(1)} KB, ${files.length} files`);

// `npm run package`: production build (minified, no source maps), then a .vsix with @vscode/vsce.
// Everything the extension runs is bundled by esbuild, hence --no-dependencies.
// Prints the package's size and file count. `--out FILE` writes the .vsix elsewhere.
//
// README images: VS Code's extension details page loads images only from https: or data: URLs (its
// content security policy), and vsce can rewrite relative links only to a real GitHub/GitLab
// repository, which this project does not have (package.json's repository is a placeholder). So the
// packaged readme embeds its screenshots as data: URLs; the README in the repository stays as it is.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
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

/** The README with each relative PNG image replaced by a data: URL (the file must exist). */
export function readmeWithEmbeddedImages(markdown, baseDir) {
  // Linear: a bracketed run without `]`, then a parenthesised run without `)` or spaces.
  return markdown.replace(/!\[([^\]\n]*)\]\(((?:media|docs)\/[^)\s]+\.png)\)/g, (_, alt, path) => {
    const data = readFileSync(join(baseDir, path)).toString('base64');
    return `![${alt}](data:image/png;base64,${data})`;
  });
}

/** How many files a .vsix holds, read from the zip's end-of-central-directory record. */
export function zipEntryCount(file) {
  const size = statSync(file).size;
  const tail = Buffer.alloc(Math.min(size, 65_557));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (at < 0) throw new Error(`${file} is not a zip file`);
  return tail.readUInt16LE(at + 10);
}

const staging = join(root, 'out', 'package');
mkdirSync(staging, { recursive: true });
const readme = join(staging, 'README.md');
writeFileSync(readme, readmeWithEmbeddedImages(readFileSync(join(root, 'README.md'), 'utf8'), root));
// The repository's README.md stays out (vsce would ship both under one case-insensitive name).
const ignoreFile = join(staging, 'vscodeignore');
writeFileSync(ignoreFile, `${readFileSync(join(root, '.vscodeignore'), 'utf8')}\nREADME.md\n`);

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [
  vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links',
  '--readme-path', relative(root, readme), '--ignoreFile', relative(root, ignoreFile), '--out', out,
]);

const bytes = statSync(out).size;
// The same count vsce prints above: every entry of the .vsix, its two manifest files included.
console.log(`\npackage: ${relative(process.cwd(), out) || out}  ${(bytes / 1024).toFixed(1)} KB, ${zipEntryCount(out)} files`);

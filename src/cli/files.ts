// Which files the CLI checks, and reading them. Reads only what it was given: explicit files, the
// markdown files under given directories (honouring the .gitignore files found inside them), the
// matches of given globs, and standard input. Never follows symbolic links while walking.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
// `require` on purpose: bundled through its ESM entry, tinyglobby's fdir calls createRequire(import.meta.url),
// which is undefined in the CommonJS CLI bundle.
import tinyglobby = require('tinyglobby');
import type { SkippedFile } from './report';

export type Target =
  | { kind: 'stdin'; display: string }
  | { kind: 'file'; path: string; display: string };

export interface CollectedTargets {
  targets: Target[];
  /** Fatal: a path that does not exist, a glob that matches nothing. */
  errors: string[];
  /** Not fatal: a directory with no markdown in it. */
  notes: string[];
  /** Directories that could not be listed, each named as itself (a subdirectory, not the root given). */
  unlisted: SkippedFile[];
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export function isMarkdownFile(name: string): boolean {
  return MARKDOWN_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** The path shown to the user: relative to cwd with forward slashes when inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

/** One .gitignore file's rules, scoped to the directory it sits in. */
interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

function readGitignore(dir: string): IgnoreLevel | undefined {
  const file = path.join(dir, '.gitignore');
  let text: string;
  try {
    if (!fs.lstatSync(file).isFile()) return undefined;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined; // no .gitignore here (or unreadable: git would not honour it either)
  }
  return { dir, rules: ignore().add(text) };
}

/** Git semantics: the deepest .gitignore with a matching rule decides (later rules may re-include). */
export function isIgnored(absolute: string, isDirectory: boolean, levels: readonly IgnoreLevel[]): boolean {
  let ignored = false;
  for (const level of levels) {
    const relative = path.relative(level.dir, absolute).split(path.sep).join('/');
    const result = level.rules.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** Why listing or reading failed, for the reason and the message of a skipped entry. */
function skipFor(error: unknown, display: string, verb: 'list' | 'read'): SkippedFile {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path: display, reason: 'vanished', message: `${display} vanished after it was listed (${describeError(error)})` };
  return { path: display, reason: 'unreadable', message: `cannot ${verb} ${display}: ${describeError(error)}` };
}

/**
 * Markdown files under `root`, sorted, skipping ignored paths, node_modules, .git and symlinks. A
 * directory that cannot be listed goes to `unlisted` under its own path and the walk goes on.
 */
export function walkMarkdown(root: string, unlisted: (dir: string, error: unknown) => void = (_, error) => { throw error; }): string[] {
  const found: string[] = [];
  const visit = (dir: string, inherited: readonly IgnoreLevel[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unlisted(dir, error);
      return;
    }
    const own = readGitignore(dir);
    const levels = own ? [...inherited, own] : inherited;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name) || isIgnored(full, true, levels)) continue;
        visit(full, levels);
      } else if (entry.isFile() && isMarkdownFile(entry.name) && !isIgnored(full, false, levels)) {
        found.push(full);
      }
    }
  };
  visit(root, []);
  return found;
}

/** Files matching a glob, relative to cwd, skipping node_modules and .git. */
export function expandGlob(pattern: string, cwd: string): string[] {
  return tinyglobby.globSync(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  })
    .map((file) => path.resolve(file))
    .sort();
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Turns the command line's inputs into the list of things to check, in order, without duplicates. */
export function collectTargets(inputs: readonly string[], cwd: string, stdinName: string): CollectedTargets {
  const result: CollectedTargets = { targets: [], errors: [], notes: [], unlisted: [] };
  const seen = new Set<string>();
  const addFile = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    result.targets.push({ kind: 'file', path: absolute, display: displayPath(absolute, cwd) });
  };
  for (const input of inputs) {
    if (input === '-') {
      result.targets.push({ kind: 'stdin', display: stdinName });
      continue;
    }
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (!tinyglobby.isDynamicPattern(input)) {
        result.errors.push(`cannot read ${input}: ${describeError(error)}`);
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const before = result.unlisted.length;
      const files = walkMarkdown(absolute, (dir, error) => result.unlisted.push(skipFor(error, displayPath(dir, cwd) || '.', 'list')));
      if (files.length === 0 && result.unlisted.length === before) result.notes.push(`no markdown files found in ${input}`);
      files.forEach(addFile);
    } else if (stat) {
      addFile(absolute); // an explicit file is checked whatever its extension
    } else {
      const files = expandGlob(input, cwd);
      if (files.length === 0) result.errors.push(`no files match ${input}`);
      files.forEach(addFile);
    }
  }
  return result;
}

export type ReadOutcome =
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'skipped'; skip: SkippedFile };

export { decodeText } from './decode';

/**
 * Reads one target's bytes, refusing anything that is not a regular file (devices, FIFOs) and files
 * over the cap. A file that was listed and is gone now has vanished; one that cannot be opened is unreadable.
 */
export async function readTarget(target: Target, maxBytes: number, readStdin: () => Promise<Buffer>): Promise<ReadOutcome> {
  try {
    if (target.kind === 'stdin') {
      const bytes = await readStdin();
      return bytes.length > maxBytes ? { kind: 'too-large', bytes: bytes.length } : { kind: 'bytes', bytes };
    }
    const stat = fs.statSync(target.path);
    if (!stat.isFile()) return { kind: 'skipped', skip: { path: target.display, reason: 'not-a-file', message: `cannot read ${target.display}: not a regular file` } };
    if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size };
    const bytes = fs.readFileSync(target.path);
    // The file may have grown since stat: the cap is on what was read.
    return bytes.length > maxBytes ? { kind: 'too-large', bytes: bytes.length } : { kind: 'bytes', bytes };
  } catch (error) {
    return { kind: 'skipped', skip: skipFor(error, target.display, 'read') };
  }
}

// Which files the CLI picks up: directories, .gitignore, globs, explicit paths, and reading limits.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { collectTargets, decodeText, displayPath, readTarget } from '../../src/cli/files';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-check-files-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

function shown(root: string, inputs: string[]) {
  const collected = collectTargets(inputs, root, '<stdin>');
  return { ...collected, paths: collected.targets.map((t) => t.display) };
}

test('a directory yields its markdown files, sorted, honouring nested .gitignore files', () => {
  const root = tree({
    'docs/b.md': 'b',
    'docs/a.markdown': 'a',
    'docs/notes.txt': 'not markdown',
    'docs/drafts/secret.md': 'ignored by docs/.gitignore',
    'docs/drafts/keep.md': 're-included',
    'docs/.gitignore': 'drafts/*\n!drafts/keep.md\n',
    'docs/build/out.md': 'ignored by root .gitignore',
    '.gitignore': 'build/\n*.tmp.md\n',
    'docs/x.tmp.md': 'ignored by pattern',
    'docs/node_modules/pkg/readme.md': 'never walked',
    'docs/.git/x.md': 'never walked',
  });
  const { paths, errors } = shown(root, ['.']);
  assert.deepEqual(errors, []);
  assert.deepEqual(paths, ['docs/a.markdown', 'docs/b.md', 'docs/drafts/keep.md']);
});

test('an ignored directory is not entered, as in git', () => {
  const root = tree({ '.gitignore': 'private/\n!private/x.md\n', 'private/x.md': 'x', 'ok.md': 'ok' });
  assert.deepEqual(shown(root, ['.']).paths, ['ok.md']);
});

test('explicit files are checked whatever their extension or .gitignore; duplicates once', () => {
  const root = tree({ '.gitignore': 'draft.txt\n', 'draft.txt': 'x', 'a.md': 'a' });
  assert.deepEqual(shown(root, ['draft.txt', 'a.md', '.', './a.md']).paths, ['draft.txt', 'a.md']);
});

test('globs expand relative to cwd and skip node_modules', () => {
  const root = tree({ 'a/one.md': '1', 'a/b/two.md': '2', 'a/three.txt': '3', 'node_modules/x/four.md': '4' });
  assert.deepEqual(shown(root, ['**/*.md']).paths, ['a/b/two.md', 'a/one.md']);
  assert.deepEqual(shown(root, ['a/*.txt']).paths, ['a/three.txt']);
});

test('a missing path and a glob that matches nothing are errors; an empty directory is a note', () => {
  const root = tree({ 'empty/.keep': '' });
  const missing = shown(root, ['nope.md']);
  assert.deepEqual(missing.errors, ['cannot read nope.md: no such file or directory']);
  assert.deepEqual(shown(root, ['*.md']).errors, ['no files match *.md']);
  const empty = shown(root, ['empty']);
  assert.deepEqual(empty.errors, []);
  assert.deepEqual(empty.notes, ['no markdown files found in empty']);
});

test('standard input keeps its place among the inputs', () => {
  const root = tree({ 'a.md': 'a' });
  assert.deepEqual(collectTargets(['a.md', '-'], root, 'draft.md').targets.map((t) => `${t.kind}:${t.display}`), [
    'file:a.md',
    'stdin:draft.md',
  ]);
});

test('paths outside cwd are shown absolute, with forward slashes', () => {
  assert.equal(displayPath(path.join(os.tmpdir(), 'x.md'), path.join(os.tmpdir(), 'sub')), path.join(os.tmpdir(), 'x.md').split(path.sep).join('/'));
  assert.equal(displayPath(path.join('/r', 'a', 'b.md'), '/r'), 'a/b.md');
});

test('reading: BOM dropped, size cap, not a regular file, vanished', async () => {
  const root = tree({ 'bom.md': '\ufeff$1B', 'big.md': 'x'.repeat(2000), 'small.md': 'hi' });
  assert.equal(decodeText(fs.readFileSync(path.join(root, 'bom.md'))), '$1B');
  const noStdin = async () => Buffer.alloc(0);
  const big = await readTarget({ kind: 'file', path: path.join(root, 'big.md'), display: 'big.md' }, 1000, noStdin);
  assert.deepEqual(big, { kind: 'too-large', bytes: 2000 });
  const dir = await readTarget({ kind: 'file', path: root, display: 'dir' }, 1000, noStdin);
  assert.deepEqual(dir, { kind: 'skipped', skip: { path: 'dir', reason: 'not-a-file', message: 'cannot read dir: not a regular file' } });
  const small = await readTarget({ kind: 'file', path: path.join(root, 'small.md'), display: 'small.md' }, 1000, noStdin);
  assert.deepEqual(small, { kind: 'bytes', bytes: Buffer.from('hi') });
  const gone = await readTarget({ kind: 'file', path: path.join(root, 'gone.md'), display: 'gone.md' }, 1000, noStdin);
  assert.equal(gone.kind === 'skipped' && gone.skip.reason, 'vanished');
  assert.match(gone.kind === 'skipped' ? gone.skip.message : '', /^gone\.md vanished after it was listed \(no such file or directory\)$/);
  const stdin = await readTarget({ kind: 'stdin', display: '<stdin>' }, 1000, async () => Buffer.from('hi'));
  assert.deepEqual(stdin, { kind: 'bytes', bytes: Buffer.from('hi') });
});

test('walking does not follow symbolic links (no loops, nothing outside the directory)', () => {
  const outside = tree({ 'secret.md': 'outside' });
  const root = tree({ 'a.md': 'a' });
  fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'link.md'));
  fs.symlinkSync(root, path.join(root, 'loop'));
  assert.deepEqual(shown(root, ['.']).paths, ['a.md']);
});

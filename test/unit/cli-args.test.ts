import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseArgs, parseByteSize, parseSeverityOverride, DEFAULT_MAX_FILE_BYTES } from '../../src/cli/args';

function run(argv: string[]) {
  const parsed = parseArgs(argv);
  assert.equal(parsed.kind, 'run', JSON.stringify(parsed));
  if (parsed.kind !== 'run') throw new Error('unreachable');
  return parsed.options;
}

function errorOf(argv: string[]): string {
  const parsed = parseArgs(argv);
  assert.equal(parsed.kind, 'error');
  return parsed.kind === 'error' ? parsed.message : '';
}

test('defaults: text, bundled, fail on error, auto language', () => {
  const options = run(['draft.md']);
  assert.deepEqual(options.inputs, ['draft.md']);
  assert.equal(options.format, 'text');
  assert.equal(options.bundled, true);
  assert.equal(options.failOn, 'error');
  assert.equal(options.lang, 'auto');
  assert.equal(options.quiet, false);
  assert.equal(options.maxFileBytes, DEFAULT_MAX_FILE_BYTES);
  assert.deepEqual(options.datasets, []);
});

test('values given as separate words and with =', () => {
  const options = run(['--format', 'json', '--fail-on=warning', '--lang', 'ja', 'a.md', '-', 'docs']);
  assert.equal(options.format, 'json');
  assert.equal(options.failOn, 'warning');
  assert.equal(options.lang, 'ja');
  assert.deepEqual(options.inputs, ['a.md', '-', 'docs']);
});

test('--dataset is repeatable and keeps its order; --no-bundled needs one', () => {
  const options = run(['--dataset', 'a.figures.json', '--dataset=b.figures.json', '--no-bundled', 'x.md']);
  assert.deepEqual(options.datasets, ['a.figures.json', 'b.figures.json']);
  assert.equal(options.bundled, false);
  assert.match(errorOf(['--no-bundled', 'x.md']), /--no-bundled needs at least one --dataset/);
});

test('--severity overrides, and bad ones are usage errors', () => {
  const options = run(['--severity', 'unsourced=off', '--severity', 'outdated=error', 'x.md']);
  assert.deepEqual(options.severities, { unsourced: 'off', outdated: 'error' });
  assert.match(errorOf(['--severity', 'wrong=off', 'x.md']), /unknown verdict "wrong"/);
  assert.match(errorOf(['--severity', 'unsourced', 'x.md']), /needs a level/);
  assert.deepEqual(parseSeverityOverride('cited=hint'), { verdict: 'cited', level: 'hint' });
});

test('usage errors name the problem', () => {
  assert.match(errorOf([]), /no input/);
  assert.match(errorOf(['--format', 'xml', 'x.md']), /--format must be text, json or sarif, not "xml"/);
  assert.match(errorOf(['--fail-on', 'hint', 'x.md']), /--fail-on must be/);
  assert.match(errorOf(['--lang', 'fr', 'x.md']), /--lang must be/);
  assert.match(errorOf(['--bogus', 'x.md']), /unknown option --bogus/);
  assert.match(errorOf(['x.md', '--format']), /--format needs a value/);
  assert.match(errorOf(['--quiet=yes', 'x.md']), /takes no value/);
  assert.match(errorOf(['-', '-']), /only once/);
});

test('help and version win over everything else', () => {
  assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
  assert.deepEqual(parseArgs(['x.md', '-h']), { kind: 'help' });
  assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
});

test('-- ends the options: a file named like an option', () => {
  assert.deepEqual(run(['--', '--quiet']).inputs, ['--quiet']);
});

test('byte sizes', () => {
  assert.equal(parseByteSize('5MB'), 5 * 1024 * 1024);
  assert.equal(parseByteSize('512kb'), 512 * 1024);
  assert.equal(parseByteSize('100'), 100);
  assert.equal(parseByteSize('five'), undefined);
  assert.equal(parseByteSize('-1'), undefined);
  assert.match(errorOf(['--max-file-size', 'big', 'x.md']), /--max-file-size/);
});

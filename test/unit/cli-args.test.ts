import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseArgs, parseByteSize, parseSeverityOverride, parseShard, isIsoDate, DEFAULT_CACHE_LOCATION, DEFAULT_MAX_FILE_BYTES } from '../../src/cli/args';
import { checkOptionsOf } from '../../src/cli/checker';
import { loadDataset } from '../../src/cli/dataset';
import { cacheKeyParts } from '../../src/cli/run';

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

test('--jobs, --cache, --cache-location, --shard, --allow-skipped, --as-of', () => {
  const defaults = run(['x.md']);
  assert.equal(defaults.jobs, undefined, 'one per CPU, decided at run time');
  assert.equal(defaults.cacheLocation, undefined);
  assert.equal(defaults.shard, undefined);
  assert.equal(defaults.allowSkipped, false);
  assert.equal(defaults.asOf, undefined);
  const options = run(['--jobs', '3', '--cache', '--shard=2/4', '--allow-skipped', '--as-of', '2025-06-30', 'x.md']);
  assert.equal(options.jobs, 3);
  assert.equal(options.cacheLocation, DEFAULT_CACHE_LOCATION);
  assert.deepEqual(options.shard, { index: 2, count: 4 });
  assert.equal(options.allowSkipped, true);
  assert.equal(options.asOf, '2025-06-30');
  assert.equal(run(['--cache-location', 'ci/cache', 'x.md']).cacheLocation, 'ci/cache', '--cache-location alone turns the cache on');
  assert.equal(run(['--cache-location', 'ci/cache', '--cache', 'x.md']).cacheLocation, 'ci/cache', 'in either order');
  assert.equal(run(['-j', '1', 'x.md']).jobs, 1);
});

test('bad --jobs, --shard and --as-of values are usage errors', () => {
  for (const jobs of ['0', '-1', 'two', '1.5', '100000']) assert.match(errorOf(['--jobs', jobs, 'x.md']), /--jobs must be a whole number/);
  for (const shard of ['0/4', '5/4', '1/0', '2', 'a/b', '1/4/2', '1/100000']) assert.match(errorOf(['--shard', shard, 'x.md']), /--shard must be i\/n/);
  for (const date of ['2025-02-30', '2025-6-30', 'yesterday', '2025-06']) assert.match(errorOf(['--as-of', date, 'x.md']), /--as-of must be a date/);
  assert.deepEqual(parseShard('4/4'), { index: 4, count: 4 });
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
});

test('--stale-after DAYS: parsed, checked, passed to the engine and part of the cache key', () => {
  assert.equal(run(['x.md']).staleAfterDays, undefined, 'each metric keeps its own window');
  assert.equal(run(['--stale-after', '90', 'x.md']).staleAfterDays, 90);
  assert.equal(run(['--stale-after=0', 'x.md']).staleAfterDays, 0);
  for (const days of ['-1', '1.5', 'ninety', '', '1e3']) assert.match(errorOf(['--stale-after', days, 'x.md']), /--stale-after must be a whole number of days/);
  assert.match(errorOf(['x.md', '--stale-after']), /--stale-after needs a value/);
  const settings = { lang: 'auto' as const, severities: {}, today: '2026-12-01' };
  assert.equal(checkOptionsOf({ ...settings, staleAfterDays: 90 }).staleAfterDays, 90);
  assert.equal('staleAfterDays' in checkOptionsOf(settings), false);
  const load = loadDataset([], true);
  assert.ok(load.ok);
  const key = (days?: number) => cacheKeyParts('e', load.spec, { ...settings, staleAfterDays: days }).options;
  assert.notEqual(key(90), key(), 'a cached result under another window is not reused');
  assert.notEqual(key(90), key(30));
});

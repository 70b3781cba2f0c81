// The CLI at archive scale, run in-process: worker threads give what the main thread gives, in input
// order; shards together are one full run; the cache hits when nothing changed and misses when the
// content, engine, dataset or options did; a file that vanishes mid-run is reported, never passed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { generateCorpus, loadDatasetFile } from '../../bench/generate';
import { checkOptionsOf } from '../../src/cli/checker';
import { loadDataset, newestAsOf } from '../../src/cli/dataset';
import { runPipeline, type FileOutcome } from '../../src/cli/pipeline';
import type { Checker } from '../../src/cli/pool';
import { cacheKeyParts, jobsFor, runCli, type CliIo } from '../../src/cli/run';
import { shardOf } from '../../src/cli/shard';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/cli');

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function figureCheck(args: string[], cwd: string, overrides: Partial<CliIo> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => Buffer.alloc(0),
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    engineId: 'test-engine',
    ...overrides,
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}

/** A small archive of varied drafts (the benchmark's generator, several seeds), plus the CLI fixtures. */
function archive(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-check-scale-'));
  const data = loadDatasetFile(path.join(root, 'data/figures.json'));
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, 'drafts', `part-${i % 3}`);
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `draft-${String(i).padStart(2, '0')}.md`), generateCorpus(data, { seed: 500 + i, targetBytes: 1500 }));
  }
  for (const name of ['contradicted.md', 'supported.md', 'ja.md']) fs.copyFileSync(path.join(fixtures, name), path.join(dir, 'drafts', name));
  return dir;
}

const shared = archive(14);

test('--jobs 2 (worker threads) prints exactly what --jobs 1 (main thread) prints, in every format', async () => {
  for (const format of ['text', 'json', 'sarif']) {
    const one = await figureCheck(['--format', format, '--jobs', '1', 'drafts'], shared);
    const two = await figureCheck(['--format', format, '--jobs', '2', 'drafts'], shared);
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.stdout, one.stdout, format);
  }
  const json = JSON.parse((await figureCheck(['--format', 'json', '--jobs', '3', 'drafts'], shared)).stdout);
  const paths: string[] = json.files.map((f: { path: string }) => f.path);
  assert.equal(paths.length, 17);
  assert.deepEqual(paths, [...paths].sort(), 'input (walk) order');
  assert.ok(json.files.some((f: { claims: unknown[] }) => f.claims.length > 5), 'the drafts have claims to compare');
});

test('results come out in input order however the checks finish, with a bounded number in flight', async () => {
  let inFlight = 0;
  let most = 0;
  const checker: Checker = {
    parallelism: 3,
    check: (text) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later files finish first: the longest wait for the first file.
      const delay = 20 - Number(text);
      return new Promise((resolve) => setTimeout(() => {
        inFlight--;
        resolve([]);
      }, delay));
    },
    close: async () => undefined,
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-check-order-'));
  const targets = Array.from({ length: 20 }, (_, i) => {
    fs.writeFileSync(path.join(dir, `${i}.md`), String(i));
    return { kind: 'file' as const, path: path.join(dir, `${i}.md`), display: `${i}.md` };
  });
  const seen: string[] = [];
  await runPipeline(targets, { maxFileBytes: 1000, readStdin: async () => Buffer.alloc(0), checker, cache: undefined }, 5, async (outcome: FileOutcome) => {
    if (outcome.kind === 'checked') seen.push(outcome.file.path);
  });
  assert.deepEqual(seen, targets.map((t) => t.display));
  assert.ok(most <= 5, `at most the window in flight (saw ${most})`);
  assert.ok(most > 1, 'and more than one at a time');
});

test('--shard i/n: the shards are disjoint and together are the full run, file for file', async () => {
  const full = JSON.parse((await figureCheck(['--format', 'json', '--jobs', '1', 'drafts'], shared)).stdout);
  for (const count of [1, 2, 3, 5]) {
    const union: unknown[] = [];
    for (let index = 1; index <= count; index++) {
      const run = await figureCheck(['--format', 'json', '--jobs', '1', '--shard', `${index}/${count}`, 'drafts'], shared);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const files = JSON.parse(run.stdout).files as { path: string }[];
      for (const file of files) assert.equal(shardOf(file.path, count), index, `${file.path} belongs to shard ${index}/${count}`);
      union.push(...files);
    }
    const byPath = (a: unknown, b: unknown) => ((a as { path: string }).path < (b as { path: string }).path ? -1 : 1);
    assert.deepEqual([...union].sort(byPath), [...full.files].sort(byPath), `${count} shards`);
  }
  assert.ok(new Set(full.files.map((f: { path: string }) => shardOf(f.path, 3))).size === 3, 'the path hash spreads files over all shards');
});

test('--cache: an unchanged re-run is served from the cache and prints the same report', async () => {
  const dir = archive(6);
  const first = await figureCheck(['--format', 'json', '--cache', 'drafts'], dir);
  assert.ok(fs.existsSync(path.join(dir, '.figure-check-cache', '.gitignore')), 'the cache keeps itself out of git');
  const again = await figureCheck(['--format', 'json', '--cache', 'drafts'], dir);
  assert.equal(again.stdout, first.stdout);
  assert.equal(again.status, first.status);
  const text = await figureCheck(['--cache', 'drafts'], dir);
  assert.match(text.stdout, /; 9 from the cache\n$/, 'the text summary says every file came from the cache');
  const uncached = await figureCheck(['drafts'], dir);
  assert.equal(text.stdout.replace(/; 9 from the cache\n$/, '\n'), uncached.stdout, 'the cached report is the report');
});

test('--cache misses when the content, the engine, the dataset or an option changed, and only for what changed', async () => {
  const dir = archive(4);
  const location = ['--cache-location', 'cache-dir'];
  const hits = async (args: string[], overrides: Partial<CliIo> = {}): Promise<number> => {
    const run = await figureCheck([...location, ...args, 'drafts'], dir, overrides);
    return Number(/; (\d+) from the cache/.exec(run.stdout)?.[1] ?? 0);
  };
  assert.equal(await hits([]), 0, 'first run');
  assert.equal(await hits([]), 7);
  fs.appendFileSync(path.join(dir, 'drafts', 'supported.md'), '\nOpenAI expects to burn $17 billion in 2026.\n');
  assert.equal(await hits([]), 6, 'one file changed');
  assert.equal(await hits([], { engineId: 'another-engine' }), 0, 'another engine build');
  assert.equal(await hits(['--dataset', path.join(fixtures, 'examplecorp-dataset.json')]), 0, 'another dataset');
  assert.equal(await hits(['--dataset', path.join(fixtures, 'examplecorp-dataset.json')]), 7, 'that dataset again');
  assert.equal(await hits(['--severity', 'unsourced=off']), 0, 'another severity');
  assert.equal(await hits(['--lang', 'en']), 0, 'another language');
  assert.equal(await hits(['--as-of', '2025-06-30']), 0, 'another as-of date');
  assert.equal(await hits(['--as-of', '2025-06-30']), 7);
  assert.equal(await hits(['--jobs', '2']), 7, '--jobs does not change a report: still hits');
  const sarif = await figureCheck([...location, '--format', 'sarif', 'drafts'], dir);
  assert.equal(sarif.stdout, (await figureCheck(['--format', 'sarif', 'drafts'], dir)).stdout, 'nor does the format: SARIF from the cache is SARIF');
  // A damaged entry is a miss, checked again and stored again.
  const entries = fs.readdirSync(path.join(dir, 'cache-dir', 'v1'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const entry of entries) fs.writeFileSync(path.join(entry.parentPath, entry.name), '{"claims": [1, 2');
  assert.equal(await hits([]), 0, 'damaged entries');
  assert.equal(await hits([]), 7, 'and stored again');
});

test('--as-of reaches the engine options and the cache key; without it, today is in the key', () => {
  const settings = { lang: 'auto' as const, severities: {}, today: '2026-12-01' };
  assert.deepEqual(checkOptionsOf({ ...settings, asOf: '2025-06-30' }), { lang: 'auto', severities: {}, asOf: '2025-06-30', today: '2026-12-01' });
  assert.equal('asOf' in checkOptionsOf(settings), false);
  const load = loadDataset([], true);
  assert.ok(load.ok);
  const key = (s: typeof settings & { asOf?: string }) => cacheKeyParts('e', load.spec, s).options;
  assert.notEqual(key(settings), key({ ...settings, today: '2026-12-02' }), 'a day later, present-tense figures may read differently');
  assert.equal(key({ ...settings, asOf: '2025-06-30' }), key({ ...settings, today: '2026-12-02', asOf: '2025-06-30' }), 'with --as-of, today does not matter');
});

test('a file that vanishes after it was listed is reported and makes the run exit 2 unless --allow-skipped', async () => {
  for (const allow of [false, true]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-check-vanish-'));
    const text = fs.readFileSync(path.join(fixtures, 'contradicted.md'));
    for (let i = 0; i < 10; i++) fs.writeFileSync(path.join(dir, `${i}.md`), text);
    let deleted = false;
    let out = '';
    // The first line printed (file 0's finding) comes before file 9 is read: delete it then.
    const run = await figureCheck([...(allow ? ['--allow-skipped'] : []), '--jobs', '1', '.'], dir, {
      writeOut: (chunk) => {
        out += chunk;
        if (!deleted) fs.rmSync(path.join(dir, '9.md'));
        deleted = true;
      },
    });
    assert.equal(run.status, allow ? 1 : 2, run.stderr);
    assert.match(run.stderr, /9\.md vanished after it was listed \(no such file or directory\)/);
    assert.match(out, /9 files: .*; 1 skipped \(1 vanished\)/);
  }
});

test('stdout that cannot keep up is waited for, not buffered without end', async () => {
  let waits = 0;
  let writes = 0;
  const full = () => {
    writes++;
    return false;
  };
  const run = await figureCheck(['--jobs', '1', 'drafts'], shared, { writeOut: full, drained: async () => void waits++ });
  assert.equal(run.status, 1);
  assert.ok(writes > 10, 'written file by file');
  assert.equal(waits, writes, 'every write that filled the pipe was waited for');
});

test('the dataset asOf shown is the newest of the files used, the merged dataset own one first, null when none states it', () => {
  const load = loadDataset([], true);
  assert.ok(load.ok);
  const file = (asOf?: string) => ({ version: 'v', entities: [], metrics: [], records: [], ...(asOf ? { asOf } : {}) });
  assert.equal(newestAsOf(load.dataset, [file(), file()]), null);
  assert.equal(newestAsOf(load.dataset, [file('2026-05-01'), file(), file('2026-06-05'), file('2026-01-31')]), '2026-06-05');
  assert.equal(newestAsOf({ ...load.dataset, asOf: '2026-07-01' } as typeof load.dataset, [file('2026-06-05')]), '2026-07-01');
});

test('threads: --jobs as given (never more than the files); by default one per CPU, a small run on the main thread', () => {
  assert.equal(jobsFor(3, 8, 100), 3);
  assert.equal(jobsFor(8, 2, 3), 3);
  assert.equal(jobsFor(undefined, 2, 10000), 2);
  assert.equal(jobsFor(undefined, 16, 10000), 16);
  assert.equal(jobsFor(undefined, 2, 2), 1, 'npm start: two example drafts, no threads to start');
  assert.equal(jobsFor(undefined, 2, 5), 2);
  assert.equal(jobsFor(undefined, 4, 0), 1);
});

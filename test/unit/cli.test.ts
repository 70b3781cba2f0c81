// The built CLI (dist/cli.js) run as a child process, the way CI runs it: exit codes, each format,
// stdin, directories with .gitignore, globs, datasets. Builds first when dist/cli.js is missing or older
// than the sources.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { informationUriFrom } from '../../src/cli/formats/sarif';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/cli');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; repository?: { url?: string } };

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The newest input of the CLI bundle: its sources, the core, the bundled data, the build script. */
function newestCliInput(): number {
  const files = ['data/figures.json', 'package.json', 'esbuild.mjs'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  return Math.max(newestMtime(path.join(root, 'src/cli')), newestMtime(path.join(root, 'src/core')), ...files);
}

const cliIsFresh = (): boolean => fs.existsSync(cli) && fs.statSync(cli).mtimeMs >= newestCliInput();

before(() => {
  if (cliIsFresh()) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
  // esbuild.mjs builds every bundle; a broken extension bundle must not hide a good CLI build.
  assert.ok(cliIsFresh(), `building dist/cli.js with "node esbuild.mjs" failed (exit ${build.status}):\n${build.stderr}`);
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function figureCheck(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? '',
    encoding: 'utf8',
    env: env as NodeJS.ProcessEnv,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonClaim {
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  verdict: string;
  severity: string | null;
  record: { id: string; sourceKind: string | null; source: { url: string } } | null;
}
interface JsonOut {
  version: number;
  dataset: { records: number; version: string; asOf: string | null };
  files: { path: string; claims: JsonClaim[]; warnings: { kind: string; byteOffset: number }[] }[];
  skipped: { path: string; reason: string; message: string }[];
}

function json(args: string[], options: Parameters<typeof figureCheck>[1] = {}): { run: Run; out: JsonOut } {
  const run = figureCheck(['--format', 'json', ...args], options);
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return { run, out: JSON.parse(run.stdout) as JsonOut };
}

const bundledFile = JSON.parse(fs.readFileSync(path.join(root, 'data/figures.json'), 'utf8')) as { records: { id: string; sourceKind?: string }[] };
const bundledRecords = bundledFile.records.length;
const bundledById = new Map(bundledFile.records.map((r) => [r.id, r]));

function tempTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-check-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const supportedText = fs.readFileSync(path.join(fixtures, 'supported.md'), 'utf8');
const contradictedText = fs.readFileSync(path.join(fixtures, 'contradicted.md'), 'utf8');

test('--version and --help exit 0 on stdout', () => {
  const version = figureCheck(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `${pkg.version}\n`);
  const help = figureCheck(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: figure-check \[options\] <file\|dir\|glob\|->/);
  assert.match(help.stdout, /--fail-on/);
});

test('usage errors and missing files exit 2 with a message on stderr and nothing on stdout', () => {
  for (const [args, message] of [
    [['--bogus', 'supported.md'], /unknown option --bogus/],
    [[], /no input/],
    [['--format', 'xml', 'supported.md'], /--format must be/],
    [['nope.md'], /cannot read nope\.md: no such file or directory/],
    [['*.nothing'], /no files match \*\.nothing/],
  ] as const) {
    const run = figureCheck([...args]);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.equal(run.stdout, '');
  }
});

test('a supported figure exits 0; the text summary counts it', () => {
  const run = figureCheck(['supported.md']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^1 claim in 1 file: 1 supported; 0 errors, 0 warnings\n$/);
});

test('a contradicted figure exits 1 with a text line path:line:col, error, verdict, message, record id', () => {
  const run = figureCheck(['contradicted.md']);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const col = contradictedText.split('\n')[2].indexOf('$150 billion') + 1;
  assert.match(run.stdout, new RegExp(`^contradicted\\.md:3:${col}  error {8}contradicted  .+  \\[openai-cumulative-burn-115b-thru-2029\\]$`, 'm'));
  assert.match(run.stdout, /1 contradicted; 1 error/);
  assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
});

test('--quiet prints only the finding lines; --color always colours them', () => {
  const quiet = figureCheck(['--quiet', 'contradicted.md', 'supported.md']);
  assert.equal(quiet.status, 1);
  assert.equal(quiet.stdout.trimEnd().split('\n').length, 1);
  assert.match(quiet.stdout, /^contradicted\.md:3:/);
  assert.match(figureCheck(['--color', 'always', 'contradicted.md']).stdout, /\u001b\[31merror/);
  assert.doesNotMatch(figureCheck(['--color', 'auto', 'contradicted.md'], { env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
});

test('--fail-on and --severity decide the exit code', () => {
  const asInformation = ['--severity', 'contradicted=information', 'contradicted.md'];
  assert.equal(figureCheck(asInformation).status, 0, 'information is below the default --fail-on error');
  assert.equal(figureCheck(['--fail-on', 'warning', ...asInformation]).status, 0);
  assert.equal(figureCheck(['--fail-on', 'information', ...asInformation]).status, 1);
  const asWarning = ['--severity', 'contradicted=warning', 'contradicted.md'];
  assert.equal(figureCheck(asWarning).status, 0);
  assert.equal(figureCheck(['--fail-on', 'warning', ...asWarning]).status, 1);
  const off = figureCheck(['--format', 'json', '--severity', 'contradicted=off', 'contradicted.md']);
  assert.equal(off.status, 0);
  assert.equal((JSON.parse(off.stdout) as JsonOut).files[0].claims[0].severity, null);
});

test('json: the versioned contract, every claim, offsets that slice to the figure, 0-based positions', () => {
  const { run, out } = json(['contradicted.md', 'supported.md']);
  assert.equal(run.status, 1);
  assert.equal(out.version, 2);
  assert.equal(out.dataset.records, bundledRecords);
  const bundledAsOf = (JSON.parse(fs.readFileSync(path.join(root, 'data/figures.json'), 'utf8')) as { asOf?: string }).asOf ?? null;
  assert.equal(out.dataset.asOf, bundledAsOf, 'the dataset asOf, or null when the dataset has none');
  assert.equal(typeof out.dataset.version, 'string');
  assert.deepEqual(out.files.map((f) => f.path), ['contradicted.md', 'supported.md']);
  const texts = [contradictedText, supportedText];
  out.files.forEach((file, i) => {
    assert.equal(file.claims.length, 1);
    const claim = file.claims[0];
    assert.equal(texts[i].slice(claim.start, claim.end), claim.text);
    const before = texts[i].slice(0, claim.start).split('\n');
    assert.equal(claim.line, before.length - 1);
    assert.equal(claim.character, before[before.length - 1].length);
    assert.equal(claim.record?.id, 'openai-cumulative-burn-115b-thru-2029');
    const bundledRecord = bundledById.get('openai-cumulative-burn-115b-thru-2029');
    assert.equal(claim.record?.sourceKind, bundledRecord?.sourceKind ?? null, 'the record sourceKind as in the dataset');
    assert.match(claim.record?.source.url ?? '', /^https?:\/\//);
  });
  assert.deepEqual(out.files.map((f) => [f.claims[0].text, f.claims[0].verdict, f.claims[0].severity]), [
    ['$150 billion', 'contradicted', 'error'],
    ['$115 billion', 'supported', null],
  ]);
});

test('sarif: the structure GitHub code scanning accepts', () => {
  const run = figureCheck(['--format', 'sarif', 'contradicted.md', 'supported.md']);
  assert.equal(run.status, 1);
  const log = JSON.parse(run.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /^https:\/\/.+sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.runs.length, 1);
  const [sarifRun] = log.runs;
  const driver = sarifRun.tool.driver;
  assert.equal(driver.name, 'figure-check');
  assert.equal(driver.version, pkg.version);
  const ruleIds: string[] = driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(ruleIds, ['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored']);
  for (const rule of driver.rules) {
    assert.equal(typeof rule.shortDescription.text, 'string');
    assert.ok(rule.shortDescription.text.length > 0 && rule.shortDescription.text.length <= 1024);
    assert.match(rule.help.text, /How verdicts are decided/);
    // A link only when package.json names a public repository (today a placeholder: no dead links).
    if (informationUriFrom(pkg)) assert.match(rule.helpUri, /^https?:\/\/[^\s]+#how-verdicts-are-decided$/);
    else assert.equal(rule.helpUri, undefined);
  }
  assert.equal(sarifRun.results.length, 1, 'the supported claim is not a result');
  const [result] = sarifRun.results;
  assert.equal(result.ruleId, 'contradicted');
  assert.equal(ruleIds[result.ruleIndex], result.ruleId);
  assert.ok(['error', 'warning', 'note', 'none'].includes(result.level));
  assert.equal(result.level, 'error');
  assert.match(result.message.text, /Source: https?:\/\/\S+$/);
  assert.equal(result.properties.sourceUrl, result.message.text.replace(/^.*Source: /, ''));
  const location = result.locations[0].physicalLocation;
  assert.equal(location.artifactLocation.uri, 'contradicted.md');
  assert.doesNotMatch(location.artifactLocation.uri, /\\/);
  const col = contradictedText.split('\n')[2].indexOf('$150 billion') + 1;
  assert.deepEqual(
    [location.region.startLine, location.region.startColumn, location.region.endLine, location.region.endColumn],
    [3, col, 3, col + '$150 billion'.length],
  );
});

test('standard input, named with --stdin-filename', () => {
  const run = figureCheck(['--format', 'json', '--stdin-filename', 'drafts/piped.md', '-'], { input: contradictedText });
  assert.equal(run.status, 1, run.stderr);
  const out = JSON.parse(run.stdout) as JsonOut;
  assert.equal(out.files[0].path, 'drafts/piped.md');
  assert.equal(out.files[0].claims[0].verdict, 'contradicted');
  assert.match(figureCheck(['-'], { input: supportedText }).stdout, /1 supported/);
});

test('a directory is walked for markdown, honouring its .gitignore and skipping node_modules', () => {
  const dir = tempTree({
    'drafts/burn.md': supportedText,
    'drafts/notes.txt': contradictedText,
    'private/wrong.md': contradictedText,
    'node_modules/pkg/readme.md': contradictedText,
    '.gitignore': 'private/\n',
  });
  const { run, out } = json(['.'], { cwd: dir });
  assert.equal(run.status, 0, 'the contradicted drafts are all ignored');
  assert.deepEqual(out.files.map((f) => f.path), ['drafts/burn.md']);
  assert.equal(figureCheck(['private/wrong.md'], { cwd: dir }).status, 1, 'a file named explicitly is checked');
});

test('globs expand relative to the working directory', () => {
  const { out } = json(['*.md']);
  assert.deepEqual(out.files.map((f) => f.path), ['contradicted.md', 'examplecorp.md', 'ja.md', 'supported.md']);
});

test('--dataset merges a user record over the bundled data; --no-bundled uses only it', () => {
  const without = json(['examplecorp.md']).out;
  assert.notEqual(without.files[0].claims[0]?.verdict, 'supported');
  const merged = json(['--dataset', 'examplecorp-dataset.json', 'examplecorp.md', 'supported.md']).out;
  assert.equal(merged.dataset.records, bundledRecords + 1);
  assert.equal(merged.files[0].claims[0].verdict, 'supported');
  assert.equal(merged.files[0].claims[0].record?.id, 'examplecorp-revenue-2025');
  assert.equal(merged.files[1].claims[0].verdict, 'supported', 'bundled records still apply');
  const only = json(['--no-bundled', '--dataset', 'examplecorp-standalone-dataset.json', 'examplecorp.md', 'supported.md']).out;
  assert.equal(only.dataset.records, 1);
  assert.equal(only.files[0].claims[0].verdict, 'supported');
  assert.notEqual(only.files[1].claims[0]?.verdict, 'supported', 'without the bundled data the burn figure has no record');
});

test('a malformed dataset stops the run: exit 2, file:line:col and field on stderr', () => {
  const wrongType = figureCheck(['--dataset', 'broken-dataset.json', 'supported.md']);
  assert.equal(wrongType.status, 2);
  assert.equal(wrongType.stdout, '');
  assert.match(wrongType.stderr, /broken-dataset\.json:10:\d+: error: \/records\/0\/value: /);
  assert.match(wrongType.stderr, /refusing to check/);
  const invalid = figureCheck(['--dataset', 'invalid-json-dataset.json', 'supported.md']);
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /invalid-json-dataset\.json:4:\d+: error: /);
  const missing = figureCheck(['--dataset', 'no-such-dataset.json', 'supported.md']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read dataset no-such-dataset\.json: no such file/);
});

test('a 50 MB dataset is refused unread (exit 2, its size and the limit on stderr); a dataset is never a path to anything else', () => {
  const dir = tempTree({ 'draft.md': supportedText, 'refs.figures.json': JSON.stringify({ version: '2026-01-01', $ref: '/etc/passwd', records: [], include: ['../secret.json'] }) });
  const big = path.join(dir, 'big.figures.json');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, 50 * 1024 * 1024); // sparse: 50 MB by size, no disk used
  const run = figureCheck(['--dataset', 'big.figures.json', 'draft.md'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /big\.figures\.json:1:1: error: .*50\.0 MB, over the 10\.0 MB limit: not read/);
  // Keys that would point elsewhere are unknown fields, reported and never followed.
  const refs = figureCheck(['--dataset', 'refs.figures.json', 'draft.md'], { cwd: dir });
  assert.equal(refs.status, 2);
  assert.match(refs.stderr, /refs\.figures\.json:\d+:\d+: error: \/\$ref: unknown field/);
  assert.match(refs.stderr, /refs\.figures\.json:\d+:\d+: error: \/include: unknown field/);
  assert.doesNotMatch(refs.stderr, /passwd|secret\.json:/);
});

test('Japanese drafts are checked too', () => {
  const { out } = json(['--lang', 'ja', 'ja.md']);
  assert.ok(out.files[0].claims.some((c) => c.text.includes('1150億ドル')), JSON.stringify(out.files[0].claims));
});

test('files over --max-file-size are skipped with a warning; when every file is skipped, exit 2 unless --allow-skipped', () => {
  const run = figureCheck(['--format', 'json', '--max-file-size', '92', 'contradicted.md', 'examplecorp.md']);
  assert.ok(fs.statSync(path.join(fixtures, 'contradicted.md')).size > 92 && fs.statSync(path.join(fixtures, 'examplecorp.md')).size <= 92);
  assert.equal(run.status, 0, 'one file checked: the skip does not change the exit code');
  assert.match(run.stderr, /warning: skipped contradicted\.md: .* is over --max-file-size/);
  const out = JSON.parse(run.stdout) as JsonOut;
  assert.deepEqual(out.files.map((f) => f.path), ['examplecorp.md']);
  assert.deepEqual(out.skipped.map((s) => [s.path, s.reason]), [['contradicted.md', 'too-large']]);
  const all = figureCheck(['--max-file-size', '10', 'contradicted.md']);
  assert.equal(all.status, 2, 'nothing was checked');
  assert.match(all.stderr, /every file was skipped \(1\): nothing was checked; exit 2/);
  assert.match(all.stdout, /0 claims in 0 files; 0 errors, 0 warnings; 1 skipped \(1 too large\)/);
  assert.equal(figureCheck(['--allow-skipped', '--max-file-size', '10', 'contradicted.md']).status, 0);
});

test('something that is not a regular file is refused with exit 2', () => {
  const dir = tempTree({});
  const fifo = path.join(dir, 'pipe.md');
  const made = spawnSync('mkfifo', [fifo]);
  assert.equal(made.status, 0, 'mkfifo is needed for this test');
  const run = figureCheck(['pipe.md'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot read pipe\.md: not a regular file/);
});

test('nothing a dataset names is read: a $schema pointing at a missing file does not matter', () => {
  const dataset = JSON.parse(fs.readFileSync(path.join(fixtures, 'examplecorp-dataset.json'), 'utf8'));
  dataset.$schema = '/nonexistent/figure-check/never-read.schema.json';
  const dir = tempTree({ 'team.figures.json': JSON.stringify(dataset), 'draft.md': fs.readFileSync(path.join(fixtures, 'examplecorp.md'), 'utf8') });
  const run = figureCheck(['--format', 'json', '--dataset', 'team.figures.json', 'draft.md'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as JsonOut).files[0].claims[0].verdict, 'supported');
  const text = figureCheck(['--severity', 'supported=warning', '--dataset', 'team.figures.json', 'draft.md'], { cwd: dir });
  assert.match(text.stdout, /\[examplecorp-revenue-2025 from team\.figures\.json\]/, 'the text output names the user dataset');
});

test('a reader that closes the pipe early (| head) gets no EPIPE crash, and the exit code still counts', () => {
  const line = contradictedText.split('\n')[2];
  const dir = tempTree({ 'many.md': Array.from({ length: 3000 }, () => line).join('\n\n') });
  const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" --format sarif many.md | head -c 100 > /dev/null`], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1, 'exit 1 for the contradicted figures, not a crash');
});

test('--jobs 2 in the bundle: worker threads start from dist/cli.js itself and print what --jobs 1 prints', () => {
  const dir = tempTree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d/${String(i).padStart(2, '0')}.md`, i % 3 === 0 ? contradictedText : supportedText])));
  for (const format of ['text', 'json', 'sarif']) {
    const one = figureCheck(['--format', format, '--jobs', '1', 'd'], { cwd: dir });
    const two = figureCheck(['--format', format, '--jobs', '2', 'd'], { cwd: dir });
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, 1, two.stderr);
    assert.equal(two.stdout, one.stdout, format);
    assert.equal(two.stderr, '');
  }
});

test('encodings: a UTF-16 or UTF-32 draft (BOM) fails CI like its UTF-8 copy; invalid UTF-8 is a warning with its byte offset', () => {
  const line = contradictedText;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]);
  const be = Buffer.from(le.map((_, i) => le[i ^ 1]));
  const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...line].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0) as number); return b; })]);
  const badByteAt = Buffer.byteLength(line.split('\n')[0]) + 1;
  const bytes = Buffer.from(line);
  const invalid = Buffer.concat([bytes.subarray(0, badByteAt), Buffer.from([0xff]), bytes.subarray(badByteAt)]);
  const dir = tempTree({});
  for (const [name, data] of [['le.md', le], ['be.md', be], ['u32.md', utf32], ['utf8.md', bytes], ['bad.md', invalid]] as const) fs.writeFileSync(path.join(dir, name), data);
  const texts = ['le.md', 'be.md', 'u32.md', 'utf8.md'].map((name) => figureCheck([name], { cwd: dir }));
  for (const run of texts) {
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout.replace(/^\S+?\.md:/gm, ''), texts[3].stdout.replace(/^\S+?\.md:/gm, ''), 'same findings as UTF-8');
  }
  const bad = figureCheck(['--format', 'json', 'bad.md'], { cwd: dir });
  assert.equal(bad.status, 1, 'still checked, so its contradicted figure still fails the run');
  assert.match(bad.stderr, new RegExp(`warning: bad\\.md:2:1: invalid UTF-8 at byte ${badByteAt} \\(1 invalid byte`));
  const out = JSON.parse(bad.stdout) as JsonOut;
  assert.deepEqual(out.files[0].warnings.map((w) => [w.kind, w.byteOffset]), [['invalid-utf8', badByteAt]]);
});

test('binary files are skipped with a warning; alone they make the run exit 2 unless --allow-skipped', () => {
  const dir = tempTree({ 'good.md': supportedText });
  fs.writeFileSync(path.join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
  const mixed = figureCheck(['good.md', 'logo.md'], { cwd: dir });
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.match(mixed.stderr, /warning: skipped logo\.md: a binary file \(a NUL byte at byte 4\)/);
  assert.match(mixed.stdout, /1 claim in 1 file: .*; 1 skipped \(1 binary\)/);
  assert.equal(figureCheck(['logo.md'], { cwd: dir }).status, 2);
  assert.equal(figureCheck(['--allow-skipped', 'logo.md'], { cwd: dir }).status, 0);
});

/** Runs the CLI as a user the permission bits apply to (as root, nobody; else the current user). */
function figureCheckUnprivileged(args: string[], cwd: string): Run {
  const asRoot = process.getuid?.() === 0;
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined } as NodeJS.ProcessEnv,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('an unreadable file or subdirectory is named as itself and makes the run exit 2 unless --allow-skipped; the rest is still checked', () => {
  const dir = tempTree({ 'docs/ok.md': supportedText, 'docs/private/secret.md': contradictedText, 'docs/locked.md': contradictedText });
  for (const d of [dir, path.join(dir, 'docs')]) fs.chmodSync(d, 0o755);
  fs.chmodSync(path.join(dir, 'docs/ok.md'), 0o644);
  fs.chmodSync(path.join(dir, 'docs/private'), 0o000);
  fs.chmodSync(path.join(dir, 'docs/locked.md'), 0o000);
  const run = figureCheckUnprivileged(['--format', 'json', 'docs'], dir);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /error: cannot list docs\/private: permission denied/, 'the subdirectory, not docs');
  assert.match(run.stderr, /error: cannot read docs\/locked\.md: permission denied/);
  assert.match(run.stderr, /2 files or directories could not be read; exit 2/);
  const out = JSON.parse(run.stdout) as JsonOut;
  assert.deepEqual(out.files.map((f) => f.path), ['docs/ok.md'], 'the readable file is checked and reported');
  assert.deepEqual(out.skipped.map((s) => [s.path, s.reason]), [['docs/private', 'unreadable'], ['docs/locked.md', 'unreadable']]);
  const allowed = figureCheckUnprivileged(['--allow-skipped', 'docs'], dir);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.match(allowed.stderr, /warning: cannot list docs\/private: permission denied/);
  fs.chmodSync(path.join(dir, 'docs/private'), 0o755);
});

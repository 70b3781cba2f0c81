// The three output formats over hand-built results (the engine is exercised in cli.test.ts).
import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CheckedClaim, FigureRecord, Verdict } from '../../src/core/types';
import { buildJsonOutput, jsonSink, serializeClaim } from '../../src/cli/formats/json';
import { artifactLocation, buildSarif, informationUriFrom, sarifSink } from '../../src/cli/formats/sarif';
import type { ReportSink } from '../../src/cli/formats/sink';
import { formatFindingLine, textSink, toSafeLine } from '../../src/cli/formats/text';
import { exitCodeFor, reportClaim, type CheckedFile, type ReportClaim, type SkippedFile } from '../../src/cli/report';
import { useColor } from '../../src/cli/run';

// Test-only record: the values are placeholders, not facts.
const record: FigureRecord = {
  id: 'test-record-1',
  entity: 'acme',
  metric: 'revenue',
  value: 13e9,
  unit: 'USD',
  period: { text: '2025', from: '2025-01-01', to: '2025-12-31' },
  qualifier: 'exact',
  basis: 'reported',
  source: { publisher: 'Example Publisher', title: 'Example title', url: 'https://example.com/a', date: '2025-01-02' },
  confidence: 'high',
  paraphrase: 'placeholder',
};

function claim(overrides: Partial<CheckedClaim> & { verdict: Verdict }): ReportClaim {
  return reportClaim({
    id: 'c0',
    start: 10,
    end: 14,
    line: 2,
    character: 4,
    endLine: 2,
    endCharacter: 8,
    text: '$13B',
    value: 13e9,
    unit: 'USD',
    qualifier: 'exact',
    precision: 1e9,
    entities: ['acme'],
    entity: 'acme',
    metric: 'revenue',
    lang: 'en',
    sentence: { start: 0, end: 20 },
    paragraph: { start: 0, end: 20 },
    severity: null,
    message: 'msg',
    history: [],
    ...overrides,
  });
}

function checked(path: string, claims: ReportClaim[]): CheckedFile {
  return { path, claims, warnings: [] };
}

/** Everything a sink prints for a run, concatenated (what the CLI writes piece by piece). */
function streamed(sink: ReportSink, files: readonly CheckedFile[], skipped: readonly SkippedFile[] = []): string {
  return sink.begin() + files.map((f) => sink.file(f, false)).join('') + skipped.map((s) => sink.skipped(s)).join('') + sink.end({ incomplete: false });
}

function formatText(files: readonly CheckedFile[], style: { color: boolean; quiet: boolean }, skipped: readonly SkippedFile[] = []): string {
  return streamed(textSink(style), files, skipped);
}

const contradicted = claim({ verdict: 'contradicted', severity: 'error', message: 'Acme said $13B, not $15B.', text: '$15B', value: 15e9, record, period: { text: '2025' } });
const supported = claim({ id: 'c1', verdict: 'supported', severity: null, record, line: 5, character: 0 });
const unsourced = claim({ id: 'c2', verdict: 'unsourced', severity: 'information', entity: undefined, metric: undefined });
const files: CheckedFile[] = [checked('docs/a b.md', [contradicted, supported, unsourced])];
const dataset = { records: 3, version: 'test 1', asOf: '2026-06-05' };

test('json: exactly the contract keys, 0-based positions, every claim listed', () => {
  const out = buildJsonOutput(files, dataset);
  assert.deepEqual(Object.keys(out), ['version', 'dataset', 'files', 'skipped']);
  assert.equal(out.version, 2);
  assert.deepEqual(out.dataset, { records: 3, version: 'test 1', asOf: '2026-06-05' });
  assert.deepEqual(Object.keys(out.files[0]), ['path', 'claims', 'warnings']);
  assert.equal(out.files[0].claims.length, 3, 'supported claims are listed too');
  const first = out.files[0].claims[0];
  assert.deepEqual(Object.keys(first), [
    'start', 'end', 'line', 'character', 'text', 'value', 'unit', 'qualifier', 'entity', 'metric', 'period',
    'verdict', 'severity', 'message', 'record',
  ]);
  assert.equal(first.line, 2);
  assert.equal(first.character, 4);
  assert.equal(first.period, '2025');
  assert.deepEqual(first.record, {
    id: 'test-record-1',
    value: 13e9,
    sourceKind: null,
    source: { publisher: 'Example Publisher', title: 'Example title', url: 'https://example.com/a', date: '2025-01-02' },
  });
  const third = out.files[0].claims[2];
  assert.equal(third.entity, null);
  assert.equal(third.metric, null);
  assert.equal(third.period, null);
  assert.equal(third.record, null);
  assert.equal(out.files[0].claims[1].severity, null);
});

test('json: a non-finite value becomes null, never NaN or Infinity', () => {
  assert.equal(serializeClaim(claim({ verdict: 'unsourced', value: Infinity })).value, null);
  assert.equal(serializeClaim(claim({ verdict: 'unsourced', value: NaN })).value, null);
});

test('json: the sourceKind of a record and the asOf of the dataset are shown; absent ones are null', () => {
  const kinded = claim({ verdict: 'supported', record: { ...record, sourceKind: 'wire' } });
  assert.equal(serializeClaim(kinded).record?.sourceKind, 'wire');
  assert.equal(buildJsonOutput([], { records: 1, version: 'v', asOf: null }).dataset.asOf, null);
});

test('json and sarif: the streamed text is one valid document, exactly JSON.stringify of the whole', () => {
  const warned: CheckedFile = { ...checked('w.md', [contradicted]), warnings: [{ kind: 'invalid-utf8', message: 'invalid UTF-8 at byte 3', byteOffset: 3, line: 0, character: 3 }] };
  const many = [...files, warned, checked('empty.md', []), checked('b.md', [supported, contradicted])];
  const skipped: SkippedFile[] = [{ path: 'big.md', reason: 'too-large', message: 'skipped big.md: too large' }];
  const json = streamed(jsonSink(dataset), many, skipped);
  assert.equal(json, `${JSON.stringify(buildJsonOutput(many, dataset, skipped), null, 2)}\n`);
  assert.equal(streamed(jsonSink(dataset), []), `${JSON.stringify(buildJsonOutput([], dataset), null, 2)}\n`, 'no files: []');
  const tool = { version: '1', informationUri: 'https://x.test' };
  const sarif = streamed(sarifSink(dataset, tool), many, skipped);
  assert.equal(sarif, `${JSON.stringify(buildSarif(many, dataset, tool, skipped), null, 2)}\n`);
  const log = JSON.parse(sarif);
  assert.equal(log.runs[0].results.length, 4);
  const notes = log.runs[0].invocations[0].toolExecutionNotifications;
  assert.deepEqual(notes.map((n: { descriptor: { id: string } }) => n.descriptor.id), ['invalid-utf8', 'skipped-too-large']);
  assert.deepEqual(notes[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 4 });
  assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
});

test('sarif: a shard names its own category; a run that could not read a file is not successful', () => {
  const tool = { version: '1', informationUri: '', shard: { index: 2, count: 4 } };
  const sink = sarifSink(dataset, tool);
  const text = sink.begin() + sink.skipped({ path: 'gone.md', reason: 'vanished', message: 'gone.md vanished' }) + sink.end({ incomplete: true });
  const run = JSON.parse(text).runs[0];
  assert.deepEqual(run.automationDetails, { id: 'figure-check/shard-2-of-4/' });
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.equal(run.invocations[0].toolExecutionNotifications[0].level, 'error', 'a failed read is an error, a skip by size a warning');
  assert.equal(buildSarif([], dataset, { version: '1', informationUri: '' }).runs[0].automationDetails, undefined);
});

test('text: 1-based line:col, severity, verdict, message, record id; summary last', () => {
  const text = formatText(files, { color: false, quiet: false });
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 3, 'two findings and a summary; supported is not a finding');
  assert.match(lines[0], /^docs\/a b\.md:3:5 {2}error {8}contradicted {2}Acme said \$13B, not \$15B\. {2}\[test-record-1\]$/);
  assert.match(lines[1], /^docs\/a b\.md:3:5 {2}information {2}unsourced {5}msg$/);
  assert.equal(lines[2], '3 claims in 1 file: 1 supported, 1 contradicted, 1 unsourced; 1 error, 0 warnings, 1 information');
  assert.doesNotMatch(text, /\u001b/, 'no colour when not asked');
});

test('text: --quiet prints only findings; colour only when asked', () => {
  const quiet = formatText(files, { color: false, quiet: true });
  assert.equal(quiet.trimEnd().split('\n').length, 2);
  assert.match(formatText(files, { color: true, quiet: true }), /\u001b\[31merror/);
  assert.equal(formatText([], { color: false, quiet: true }), '');
  const skips: SkippedFile[] = [
    { path: 'a.md', reason: 'too-large', message: '' },
    { path: 'b.md', reason: 'binary', message: '' },
    { path: 'c.md', reason: 'too-large', message: '' },
  ];
  assert.equal(formatText([], { color: false, quiet: false }, skips), '0 claims in 0 files; 0 errors, 0 warnings; 3 skipped (2 too large, 1 binary)\n');
  const sink = textSink({ color: false, quiet: false });
  sink.file(files[0], true);
  assert.match(sink.end({ incomplete: false }), /; 1 from the cache\n$/);
});

test('text: dataset strings cannot inject terminal escapes or break the line', () => {
  const evil = claim({ verdict: 'contradicted', severity: 'error', message: 'a\u001b[2Jb\nc', record: { ...record, id: 'x\u0007y' } });
  const line = formatFindingLine('f.md', evil, false);
  assert.doesNotMatch(line, /[\u0000-\u001f]/);
  assert.match(line, /a\[2Jb c/);
  assert.equal(toSafeLine('\u009b31m'), '31m');
});

test('exit code follows --fail-on', () => {
  assert.equal(exitCodeFor(files, 'error'), 1);
  const mild: CheckedFile[] = [checked('a.md', [unsourced, supported])];
  assert.equal(exitCodeFor(mild, 'error'), 0);
  assert.equal(exitCodeFor(mild, 'warning'), 0);
  assert.equal(exitCodeFor(mild, 'information'), 1);
  const hintOnly: CheckedFile[] = [checked('a.md', [claim({ verdict: 'cited', severity: 'hint' })])];
  assert.equal(exitCodeFor(hintOnly, 'information'), 0, 'hints never fail a run');
});

test('sarif: 2.1.0, a rule per verdict, results with 1-based regions and the source URL', () => {
  const log = buildSarif(files, dataset, { version: '9.9.9', informationUri: 'https://example.com/repo' });
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored']);
  assert.ok(run.tool.driver.rules.every((r) => r.helpUri === 'https://example.com/repo#how-verdicts-are-decided'));
  assert.equal(run.results.length, 2, 'supported (no severity) is not a result');
  const [error, note] = run.results;
  assert.equal(error.ruleId, 'contradicted');
  assert.equal(run.tool.driver.rules[error.ruleIndex].id, 'contradicted');
  assert.equal(error.level, 'error');
  assert.equal(note.level, 'note');
  assert.match(error.message.text, /Source: https:\/\/example\.com\/a$/);
  assert.equal(error.properties.sourceUrl, 'https://example.com/a');
  assert.equal(error.properties.recordId, 'test-record-1');
  const location = error.locations[0].physicalLocation;
  assert.deepEqual(location.artifactLocation, { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(
    [location.region.startLine, location.region.startColumn, location.region.endLine, location.region.endColumn],
    [3, 5, 3, 9],
  );
  assert.equal(run.columnKind, 'utf16CodeUnits');
});

test('sarif: outdated results cite the newer record; hints are left out', () => {
  const newer = { ...record, id: 'newer', source: { ...record.source, url: 'https://example.com/newer' } };
  const outdated = claim({ verdict: 'outdated', severity: 'warning', record, newer });
  const hint = claim({ verdict: 'cited', severity: 'hint' });
  const log = buildSarif([checked('a.md', [outdated, hint])], dataset, { version: '1', informationUri: 'https://x.test' });
  assert.equal(log.runs[0].results.length, 1);
  assert.equal(log.runs[0].results[0].properties.sourceUrl, 'https://example.com/newer');
  assert.equal(log.runs[0].results[0].level, 'warning');
});

test('sarif: artifact URIs and the README address', () => {
  assert.equal(artifactLocation('/tmp/x y.md').uri, 'file:///tmp/x%20y.md');
  assert.equal(artifactLocation('<stdin>').uri, '%3Cstdin%3E');
  assert.equal(informationUriFrom({ repository: { url: 'git+https://example.com/o/r.git' } }), 'https://example.com/o/r');
  assert.equal(informationUriFrom({ homepage: 'https://example.com/home#readme', repository: 'x' }), 'https://example.com/home');
  // A placeholder or non-web address is not a link: no helpUri rather than a dead one.
  assert.equal(informationUriFrom({ repository: { url: 'https://example.invalid/figure-check.git' } }), '');
  assert.equal(informationUriFrom({ repository: 'git@host:o/r.git' }), '');
  const rules = buildSarif([], dataset, { version: '1', informationUri: '' }).runs[0].tool.driver;
  assert.equal(rules.informationUri, undefined);
  assert.ok(rules.rules.every((r) => r.helpUri === undefined && r.help.text.includes('How verdicts are decided')));
});

test('sarif: valid against the code-scanning subset schema (ajv), including the rule each result names', async () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../fixtures/cli/sarif-github-subset.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const newer = { ...record, id: 'newer' };
  const many: CheckedFile[] = [
    ...files,
    checked('/abs/path/x.md', [claim({ verdict: 'outdated', severity: 'warning', record, newer })]),
    checked('<stdin>', [claim({ verdict: 'inconsistent', severity: 'warning' })]),
  ];
  const log = buildSarif(many, dataset, { version: '1.0.0', informationUri: 'https://example.com/repo' });
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const ids = log.runs[0].tool.driver.rules.map((r) => r.id);
  for (const r of log.runs[0].results) assert.equal(ids[r.ruleIndex], r.ruleId);
  // The schema really rejects what GitHub rejects: a result without a region line.
  const broken = JSON.parse(JSON.stringify(log));
  delete broken.runs[0].results[0].locations[0].physicalLocation.region.startLine;
  assert.equal(validate(broken), false);
});

test('text and sarif say which user dataset a record came from', () => {
  const fromUser = claim({ verdict: 'contradicted', severity: 'error', record: { ...record, origin: 'team.figures.json' } });
  assert.match(formatFindingLine('a.md', fromUser, false), /\[test-record-1 from team\.figures\.json\]$/);
  const bundled = claim({ verdict: 'contradicted', severity: 'error', record: { ...record, origin: 'bundled' } });
  assert.match(formatFindingLine('a.md', bundled, false), /\[test-record-1\]$/);
  const log = buildSarif([checked('a.md', [fromUser])], dataset, { version: '1', informationUri: 'https://x.test' });
  assert.equal(log.runs[0].results[0].properties.datasetOrigin, 'team.figures.json');
});

test('colour: on a terminal unless NO_COLOR is set and non-empty; --color always/never win', () => {
  assert.equal(useColor('auto', true, {}), true);
  assert.equal(useColor('auto', false, {}), false);
  assert.equal(useColor('auto', true, { NO_COLOR: '1' }), false);
  assert.equal(useColor('auto', true, { NO_COLOR: '' }), true);
  assert.equal(useColor('always', false, { NO_COLOR: '1' }), true);
  assert.equal(useColor('never', true, {}), false);
});

test('a claim without a message is an engine bug, reported as an error rather than printed as "undefined"', () => {
  assert.throws(() => claim({ verdict: 'unsourced', message: undefined as unknown as string, text: '$450B' }), /engine contract: the unsourced claim "\$450B" at 3:5 has no message/);
});

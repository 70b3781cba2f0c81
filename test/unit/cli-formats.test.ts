// The three output formats over hand-built results (the engine is exercised in cli.test.ts).
import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CheckedClaim, CheckResult, FigureRecord, Verdict } from '../../src/core/types';
import { buildJsonOutput, serializeClaim } from '../../src/cli/formats/json';
import { artifactLocation, buildSarif, informationUriFrom } from '../../src/cli/formats/sarif';
import { formatFindingLine, formatText, toSafeLine } from '../../src/cli/formats/text';
import { exitCodeFor, type CheckedFile } from '../../src/cli/report';
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

function claim(overrides: Partial<CheckedClaim> & { verdict: Verdict }): CheckedClaim {
  return {
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
  };
}

function result(claims: CheckedClaim[]): CheckResult {
  const counts = { supported: 0, contradicted: 0, outdated: 0, unsourced: 0, cited: 0, inconsistent: 0, ignored: 0 };
  for (const c of claims) counts[c.verdict]++;
  return { lang: 'en', claims, counts };
}

const contradicted = claim({ verdict: 'contradicted', severity: 'error', message: 'Acme said $13B, not $15B.', text: '$15B', value: 15e9, record, period: { text: '2025' } });
const supported = claim({ id: 'c1', verdict: 'supported', severity: null, record, line: 5, character: 0 });
const unsourced = claim({ id: 'c2', verdict: 'unsourced', severity: 'information', entity: undefined, metric: undefined });
const files: CheckedFile[] = [{ path: 'docs/a b.md', result: result([contradicted, supported, unsourced]) }];
const dataset = { records: 3, version: 'test 1' };

test('json: exactly the contract keys, 0-based positions, every claim listed', () => {
  const out = buildJsonOutput(files, dataset);
  assert.deepEqual(Object.keys(out), ['version', 'dataset', 'files']);
  assert.equal(out.version, 1);
  assert.deepEqual(out.dataset, { records: 3, version: 'test 1' });
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

test('text: 1-based line:col, severity, verdict, message, record id; summary last', () => {
  const text = formatText(files, { color: false, quiet: false }, 0);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, 3, 'two findings and a summary; supported is not a finding');
  assert.match(lines[0], /^docs\/a b\.md:3:5 {2}error {8}contradicted {2}Acme said \$13B, not \$15B\. {2}\[test-record-1\]$/);
  assert.match(lines[1], /^docs\/a b\.md:3:5 {2}information {2}unsourced {5}msg$/);
  assert.equal(lines[2], '3 claims in 1 file: 1 supported, 1 contradicted, 1 unsourced; 1 error, 0 warnings, 1 information');
  assert.doesNotMatch(text, /\u001b/, 'no colour when not asked');
});

test('text: --quiet prints only findings; colour only when asked', () => {
  const quiet = formatText(files, { color: false, quiet: true }, 0);
  assert.equal(quiet.trimEnd().split('\n').length, 2);
  assert.match(formatText(files, { color: true, quiet: true }, 0), /\u001b\[31merror/);
  assert.equal(formatText([], { color: false, quiet: true }, 0), '');
  assert.match(formatText([], { color: false, quiet: false }, 2), /0 claims in 0 files; 0 errors, 0 warnings; 2 files skipped/);
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
  const mild: CheckedFile[] = [{ path: 'a.md', result: result([unsourced, supported]) }];
  assert.equal(exitCodeFor(mild, 'error'), 0);
  assert.equal(exitCodeFor(mild, 'warning'), 0);
  assert.equal(exitCodeFor(mild, 'information'), 1);
  const hintOnly: CheckedFile[] = [{ path: 'a.md', result: result([claim({ verdict: 'cited', severity: 'hint' })]) }];
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
  const log = buildSarif([{ path: 'a.md', result: result([outdated, hint]) }], dataset, { version: '1', informationUri: 'https://x.test' });
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
    { path: '/abs/path/x.md', result: result([claim({ verdict: 'outdated', severity: 'warning', record, newer })]) },
    { path: '<stdin>', result: result([claim({ verdict: 'inconsistent', severity: 'warning' })]) },
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
  const log = buildSarif([{ path: 'a.md', result: result([fromUser]) }], dataset, { version: '1', informationUri: 'https://x.test' });
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

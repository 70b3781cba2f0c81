// The dataset loader: parse + validate with precise positions, merge and override, the bundled file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseDatasetText, buildDataset, bundledDataset, bundledDatasetFile, bundledNames, loadDataset, recordsAbout,
  MAX_DATASET_CHARS, BUNDLED_ORIGIN,
} from '../../src/core/dataset/index';
import { bundledOnlyRules, checkBundledDataset, coverage } from '../../scripts/data-check';
import type { DatasetProblem } from '../../src/core/types';

const TODAY = '2026-11-23';
const FIXTURES = join(__dirname, '../fixtures/datasets');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parseFixture = (name: string) => parseDatasetText(fixture(name), name, { known: bundledNames(), today: TODAY });
const where = (p: DatasetProblem) => ({ line: p.line, column: p.column, field: p.field, severity: p.severity });

test('a valid user file parses with no problems and keeps every record', () => {
  const { data, problems } = parseFixture('valid.figures.json');
  assert.deepEqual(problems, []);
  assert.equal(data?.version, '2026-11-01');
  assert.deepEqual(data?.records.map((r) => r.id), ['acme-revenue-2025', 'acme-revenue-2025-plan', 'acme-gpu-hours-2025']);
  assert.equal(data?.entities[0].id, 'acme-ai');
  assert.equal(data?.metrics[0].id, 'gpu-hours');
});

test('invalid JSON: no data, and the error points at the line and column', () => {
  const { data, problems } = parseFixture('invalid-json.figures.json');
  assert.equal(data, undefined);
  assert.equal(problems.length, 1);
  assert.deepEqual(where(problems[0]), { line: 4, column: 4, field: '', severity: 'error' });
  assert.match(problems[0].message, /invalid JSON: expected ","/);
  assert.equal(problems[0].file, 'invalid-json.figures.json');
});

test('comments and trailing commas are JSON errors', () => {
  const withComment = parseDatasetText('{\n  // note\n  "version": "1", "records": []\n}', 'c.json');
  assert.equal(withComment.data, undefined);
  assert.deepEqual([withComment.problems[0].line, withComment.problems[0].column], [1, 2]);
  assert.match(withComment.problems[0].message, /comments are not allowed/);
  const trailing = parseDatasetText('{"version": "1", "records": [],}', 't.json');
  assert.equal(trailing.data, undefined);
  assert.equal(trailing.problems[0].column, 31);
});

test('an empty file is reported, not thrown', () => {
  const { data, problems } = parseDatasetText('', 'empty.json');
  assert.equal(data, undefined);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /invalid JSON/);
});

test('wrong type: the broken record is dropped, the other kept', () => {
  const { data, problems } = parseFixture('wrong-types.figures.json');
  assert.deepEqual(data?.records.map((r) => r.id), ['kept']);
  assert.equal(problems.length, 1);
  assert.deepEqual(where(problems[0]), { line: 7, column: 15, field: '/records/0/value', severity: 'error' });
  assert.equal(problems[0].message, 'expected a finite number, got "13 billion"');
});

test('unknown unit, and a unit that does not fit the metric', () => {
  const { data, problems } = parseFixture('unknown-unit.figures.json');
  assert.deepEqual(data?.records, []);
  assert.deepEqual(problems.map(where), [
    { line: 8, column: 14, field: '/records/0/unit', severity: 'error' },
    { line: 21, column: 14, field: '/records/1/unit', severity: 'error' },
  ]);
  assert.match(problems[0].message, /expected one of USD, .*; got "dollars"/);
  assert.match(problems[1].message, /unit "percent" does not fit metric "revenue"/);
});

test('unknown entity and metric references', () => {
  const { problems } = parseFixture('unknown-reference.figures.json');
  assert.deepEqual(problems.map(where), [
    { line: 5, column: 16, field: '/records/0/entity', severity: 'error' },
    { line: 19, column: 16, field: '/records/1/metric', severity: 'error' },
  ]);
  assert.match(problems[0].message, /unknown entity "open-ai-typo"/);
  assert.match(problems[1].message, /unknown metric "revenu"/);
});

test('a user file may reference bundled names only when told about them', () => {
  const text = fixture('override.figures.json');
  assert.equal(parseDatasetText(text, 'o.json', { known: bundledNames(), today: TODAY }).problems.length, 0);
  const alone = parseDatasetText(text, 'o.json', { today: TODAY });
  assert.ok(alone.problems.some((p) => p.field === '/records/0/entity'));
});

test('missing or unsafe sources: no URL, a javascript: URL, no date, no source', () => {
  const { data, problems } = parseFixture('bad-source.figures.json');
  assert.deepEqual(data?.records, []);
  assert.deepEqual(problems.map(where), [
    { line: 12, column: 16, field: '/records/0/source/url', severity: 'error' },
    { line: 25, column: 43, field: '/records/1/source/url', severity: 'error' },
    { line: 38, column: 16, field: '/records/2/source/date', severity: 'error' },
    { line: 42, column: 4, field: '/records/3/source', severity: 'error' },
  ]);
  assert.match(problems[0].message, /missing the required field "url"/);
  assert.match(problems[1].message, /expected an http\(s\) URL, got "javascript:alert\(1\)"/);
  assert.match(problems[2].message, /"undated": true/);
  assert.match(problems[3].message, /missing the required field "source"/);
});

test('a source date in the future is an error', () => {
  const { data, problems } = parseFixture('future-date.figures.json');
  assert.deepEqual(data?.records, []);
  assert.deepEqual(problems.map(where), [{ line: 12, column: 76, field: '/records/0/source/date', severity: 'error' }]);
  assert.match(problems[0].message, /2027-03-01 is in the future \(today is 2026-11-23\)/);
  // The same file a year later is fine.
  assert.equal(parseDatasetText(fixture('future-date.figures.json'), 'f', { known: bundledNames(), today: '2027-11-23' }).problems.length, 0);
});

test('impossible calendar days are errors', () => {
  const text = fixture('valid.figures.json').replace('"2026-02-01"', '"2026-02-30"');
  const { problems } = parseDatasetText(text, 'v', { known: bundledNames(), today: TODAY });
  assert.equal(problems.length, 2, 'the bad record, then its partner whose link now dangles');
  assert.equal(problems[0].field, '/records/0/source/date');
  assert.match(problems[0].message, /not a real day/);
});

test('duplicate ids within a file: the second is dropped, pointing at its id', () => {
  const { data, problems } = parseFixture('duplicate-ids.figures.json');
  assert.deepEqual(data?.records.map((r) => r.value), [1]);
  assert.deepEqual(problems.map(where), [{ line: 17, column: 12, field: '/records/1/id', severity: 'error' }]);
  assert.match(problems[0].message, /duplicate id "twice": already used by \/records\/0/);
});

test('supersession cycle and dangling link', () => {
  const { data, problems } = parseFixture('cycle.figures.json');
  assert.deepEqual(data?.records, []);
  assert.deepEqual(problems.map(where), [
    { line: 4, column: 12, field: '/records/0/id', severity: 'error' },
    { line: 18, column: 12, field: '/records/1/id', severity: 'error' },
    { line: 43, column: 22, field: '/records/2/supersededBy', severity: 'error' },
  ]);
  assert.match(problems[0].message, /supersession cycle: loop-a → loop-b → loop-a/);
  assert.match(problems[2].message, /"no-such-record", which is not a record/);
});

test('unknown fields are reported at their key', () => {
  const text = '{\n  "version": "1",\n  "records": [],\n  "recrods": []\n}';
  const { data, problems } = parseDatasetText(text, 'u.json');
  assert.ok(data);
  assert.deepEqual(problems.map(where), [{ line: 3, column: 2, field: '/recrods', severity: 'error' }]);
});

test('a "__proto__" key is an unknown field, not a prototype', () => {
  const text = fixture('wrong-types.figures.json').replace('"id": "kept",', '"__proto__": { "polluted": true }, "id": "kept",');
  const { data, problems } = parseDatasetText(text, 'p.json', { known: bundledNames(), today: TODAY });
  assert.ok(problems.some((p) => p.field === '/records/1/__proto__' && /unknown field "__proto__"/.test(p.message)));
  assert.deepEqual(data?.records, []);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('a top level that is not a dataset gives no data', () => {
  assert.equal(parseDatasetText('[1, 2]', 'a.json').data, undefined);
  const noRecords = parseDatasetText('{"version": "1"}', 'b.json');
  assert.equal(noRecords.data, undefined);
  assert.equal(noRecords.problems[0].field, '/records');
});

test('numbers beyond double precision are not accepted as values', () => {
  const text = fixture('wrong-types.figures.json').replace('"13 billion"', '1e400');
  const { problems } = parseDatasetText(text, 'w', { known: bundledNames(), today: TODAY });
  assert.equal(problems[0].field, '/records/0/value');
  assert.match(problems[0].message, /finite number/);
});

test('an oversized file is refused unread', () => {
  const { data, problems } = parseDatasetText('x'.repeat(101), 'big.json', { maxChars: 100 });
  assert.equal(data, undefined);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /over the 0\.0 MB limit: not read/);
  const huge = ' '.repeat(MAX_DATASET_CHARS + 1);
  const real = parseDatasetText(huge, 'huge.json');
  assert.match(real.problems[0].message, /10\.0 MB, over the 10\.0 MB limit/);
});

test('CRLF and BOM files report the same lines and columns', () => {
  const lf = fixture('wrong-types.figures.json');
  const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
  const a = parseDatasetText(lf, 'a', { known: bundledNames(), today: TODAY }).problems.map(where);
  const b = parseDatasetText(crlf, 'a', { known: bundledNames(), today: TODAY }).problems.map(where);
  assert.deepEqual(b, a);
});

test('merge: a user record overrides the bundled one with the same id, new ids add, origin is set', () => {
  const ds = loadDataset([{ file: 'my.figures.json', text: fixture('override.figures.json') }], { today: TODAY });
  const bundled = bundledDataset();
  assert.equal(ds.records.length, bundled.records.length + 1);
  const overridden = ds.byId.get('openai-revenue-2025');
  assert.equal(overridden?.value, 13500000000);
  assert.equal(overridden?.origin, 'my.figures.json');
  assert.equal(ds.byId.get('user-only-record')?.origin, 'my.figures.json');
  assert.equal(ds.byId.get('openai-revenue-h1-2025')?.origin, BUNDLED_ORIGIN);
  assert.equal(ds.version, `bundled ${bundledDatasetFile().version} + 1 user file`);
  assert.deepEqual(ds.problems, []);
  // The bundled dataset is not changed by a merge.
  assert.equal(bundled.byId.get('openai-revenue-2025')?.value, 13100000000);
  assert.equal(bundled.byId.get('openai-revenue-2025')?.origin, BUNDLED_ORIGIN);
});

test('merge keeps links to an overridden record, and links both ways', () => {
  const ds = loadDataset([{ file: 'my.figures.json', text: fixture('override.figures.json') }], { today: TODAY });
  // The bundled 2025 expectation still points at the (now user-supplied) 2025 revenue record.
  assert.equal(ds.byId.get('openai-2025-revenue-guidance-13b')?.supersededBy, 'openai-revenue-2025');
  assert.deepEqual(ds.byId.get('openai-revenue-2025')?.supersedes, ['openai-2025-revenue-guidance-13b']);
  // A user record that names a bundled record it revises gets the back link.
  const reviser = fixture('override.figures.json').replace('"id": "user-only-record",', '"id": "user-only-record", "supersedes": ["openai-revenue-h1-2025"],');
  const ds2 = loadDataset([{ file: 'r.json', text: reviser }], { today: TODAY });
  assert.equal(ds2.byId.get('openai-revenue-h1-2025')?.supersededBy, 'user-only-record');
  assert.equal(bundledDataset().byId.get('openai-revenue-h1-2025')?.supersededBy, undefined);
});

test('duplicate ids across user files: a warning at the later record, the later file wins', () => {
  const text = fixture('override.figures.json');
  const ds = loadDataset([{ file: 'a.figures.json', text }, { file: 'b.figures.json', text: text.replace('13500000000', '13600000000') }], { today: TODAY });
  const dupes = ds.problems.filter((p) => /also defined in a\.figures\.json/.test(p.message));
  assert.equal(dupes.length, 2);
  assert.deepEqual(where(dupes[0]), { line: 4, column: 12, field: '/records/0/id', severity: 'warning' });
  assert.equal(dupes[0].file, 'b.figures.json');
  assert.equal(ds.byId.get('openai-revenue-2025')?.value, 13600000000);
});

test('a cycle across files drops the user records in it', () => {
  const text = fixture('override.figures.json')
    .replace('"id": "user-only-record",', '"id": "user-only-record", "supersededBy": "openai-revenue-h1-2025", "supersedes": ["openai-revenue-h1-2025"],');
  const ds = loadDataset([{ file: 'c.json', text }], { today: TODAY });
  assert.equal(ds.byId.has('user-only-record'), false);
  const cycle = ds.problems.find((p) => /cycle/.test(p.message));
  assert.ok(cycle);
  assert.equal(cycle.file, 'c.json');
});

test('a broken user file never breaks the bundled data or other files', () => {
  const ds = loadDataset([
    { file: 'broken.json', text: fixture('invalid-json.figures.json') },
    { file: 'good.json', text: fixture('valid.figures.json') },
  ], { today: TODAY });
  assert.equal(ds.records.length, bundledDataset().records.length + 3);
  assert.equal(ds.problems.length, 1);
  assert.equal(ds.problems[0].file, 'broken.json');
  assert.equal(ds.entityById.get('acme-ai')?.name, 'Acme AI');
  assert.equal(ds.metricById.get('gpu-hours')?.unit, 'count');
});

test('a later user file may use the entities and metrics an earlier one defines', () => {
  const later = fixture('wrong-types.figures.json').replace('"id": "kept",\n      "entity": "openai",\n      "metric": "revenue"', '"id": "kept",\n      "entity": "acme-ai",\n      "metric": "gpu-hours"').replace('"value": 13000000000,\n      "unit": "USD"', '"value": 7,\n      "unit": "count"');
  assert.match(later, /"entity": "acme-ai"/);
  const ds = loadDataset([{ file: 'a.json', text: fixture('valid.figures.json') }, { file: 'b.json', text: later }], { today: TODAY });
  assert.equal(ds.byId.get('kept')?.entity, 'acme-ai');
  assert.equal(ds.byId.get('kept')?.origin, 'b.json');
  const alone = loadDataset([{ file: 'b.json', text: later }], { today: TODAY });
  assert.equal(alone.byId.has('kept'), false);
});

test('indexes: byEntityMetric is oldest source first, undated last; recordsAbout includes counterparties', () => {
  const ds = bundledDataset();
  const weekly = ds.byEntityMetric.get('chatgpt|weekly-users') ?? [];
  // Later research adds weekly-user counts of its own: the four of the original research must be there, in order.
  const base = weekly.filter((r) => ['chatgpt-wau-2025-03', 'chatgpt-wau-2025-08', 'chatgpt-wau-2025-10', 'chatgpt-wau-2026-02'].includes(r.id));
  assert.deepEqual(base.map((r) => r.value), [500000000, 700000000, 800000000, 900000000]);
  for (const list of ds.byEntityMetric.values()) {
    const dates = list.map((r) => r.source.date ?? '\uffff');
    assert.deepEqual(dates, [...dates].sort());
  }
  const openaiLoi = recordsAbout(ds, 'openai', 'investment-loi').map((r) => r.id);
  assert.ok(openaiLoi.includes('nvidia-openai-loi-up-to-100b'));
  assert.ok(ds.entityById.get('chatgpt')?.parent === 'openai');
  assert.equal(ds.metricById.get('cash-burn')?.family, 'burn');
});

test('buildDataset with hand-built files labels the version and keeps problems given to it', () => {
  const problem: DatasetProblem = { file: 'x', line: 1, column: 2, field: '/records/0', message: 'm', severity: 'error' };
  const ds = buildDataset([{ origin: 'x.json', data: { version: 'v', entities: [], metrics: [], records: [] }, problems: [problem] }]);
  assert.equal(ds.version, '1 file');
  assert.deepEqual(ds.problems, [problem]);
});

// ---- the bundled file -------------------------------------------------------------------------

test('the bundled file passes every data:check rule (schema included)', () => {
  const { errors, data } = checkBundledDataset(TODAY);
  assert.deepEqual(errors, []);
  assert.ok((data?.records.length ?? 0) >= 160);
});

test('data:check fails on a broken copy of the bundled file', () => {
  const data = JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8'));
  data.records[0].source.url = 'ftp://example.com/x';
  data.records[1].unit = 'percent';
  const older = data.records.find((r: { supersededBy?: string }) => r.supersededBy);
  delete older.supersededBy;
  const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'figures.json');
  writeFileSync(file, JSON.stringify(data));
  const { errors } = checkBundledDataset(TODAY, file);
  assert.ok(errors.some((e) => e.startsWith('schema: /records/0/source/url')), 'schema error');
  assert.ok(errors.some((e) => /\/records\/1\/unit .*does not fit metric/.test(e)), 'unit rule');
  assert.ok(errors.some((e) => /supersededBy is missing/.test(e)), 'one-way link');
  assert.ok(errors.some((e) => /would be dropped when loading/.test(e)));
});

test('every bundled record has an http(s) URL, a publisher, and a date or undated: true', () => {
  for (const r of bundledDatasetFile().records) {
    for (const s of [r.source, ...(r.alternateSources ?? [])]) {
      assert.match(s.url, /^https?:\/\/\S+$/, r.id);
      assert.ok(s.publisher.trim().length > 0, r.id);
      assert.ok(typeof s.date === 'string' || s.undated === true, r.id);
    }
  }
});

test('bundled supersession links are symmetric and stay within one entity', () => {
  const ds = bundledDataset();
  let links = 0;
  for (const r of ds.records) {
    for (const older of r.supersedes ?? []) {
      links++;
      assert.equal(ds.byId.get(older)?.supersededBy, r.id, `${older} → ${r.id}`);
      assert.equal(ds.byId.get(older)?.entity, r.entity);
    }
    if (r.supersededBy) assert.ok(ds.byId.get(r.supersededBy)?.supersedes?.includes(r.id), r.id);
  }
  assert.ok(links >= 10);
});

test('bundled families keep apart what must not be compared', () => {
  const family = (m: string) => bundledDataset().metricById.get(m)?.family;
  const pairs: [string, string][] = [
    ['cash-burn', 'net-loss'], ['run-rate', 'revenue'], ['weekly-users', 'monthly-users'], ['investment-loi', 'investment'],
    ['stake-percent', 'stake-value'], ['valuation', 'market-cap'], ['valuation', 'valuation-pre-money'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(family(a), a);
    assert.ok(family(b), b);
    assert.notEqual(family(a), family(b), `${a} vs ${b}`);
  }
});

test('bundled revisions named in the research are linked; later rounds are history', () => {
  const ds = bundledDataset();
  assert.equal(ds.byId.get('openai-2026-cash-burn-17b-sep2025')?.supersededBy, 'openai-2026-cash-burn-25b-feb2026');
  // Audit 2026-12: a revision is the same figure re-reported. A burn forecast does not revise a loss projection,
  // the old 49% was a profit share (its own metric), Cerebras' $20B+ is a new commitment, and the $350B talks
  // figure of January 2026 looks like the Series G pre-money, so none of these is linked any more.
  assert.equal(ds.byId.get('openai-2026-loss-14b-oct2024')?.supersededBy, undefined);
  assert.equal(ds.byId.get('msft-openai-old-49pct-profit-share')?.supersededBy, undefined);
  assert.equal(ds.byId.get('msft-openai-old-49pct-profit-share')?.metric, 'profit-share');
  assert.equal(ds.byId.get('openai-cerebras-10b')?.supersededBy, undefined);
  assert.equal(ds.byId.get('anthropic-valuation-talks-2026-01')?.supersededBy, undefined);
  for (const r of ds.records) {
    for (const older of r.supersedes ?? []) {
      const o = ds.byId.get(older);
      assert.equal(o?.metric, r.metric, `${r.id} supersedes ${older} across metrics`);
      assert.equal(o?.entity, r.entity, `${r.id} supersedes ${older} across entities`);
    }
  }
  assert.equal(ds.byId.get('anthropic-series-f-valuation')?.supersededBy, undefined);
  assert.equal(ds.byId.get('anthropic-run-rate-2026-02')?.supersededBy, undefined);
  assert.equal(ds.byId.get('openai-valuation-2025-03')?.supersededBy, undefined);
});

test('Nvidia quarters use its fiscal calendar', () => {
  const q3 = bundledDataset().byId.get('nvidia-revenue-fy26-q3');
  assert.deepEqual([q3?.period.from, q3?.period.to], ['2025-07-28', '2025-10-26']);
});

test('coverage counts every record once', () => {
  const data = bundledDatasetFile();
  const total = [...coverage(data).values()].flatMap((m) => [...m.values()]).reduce((a, b) => a + b, 0);
  assert.equal(total, data.records.length);
});

test('the bundled file states asOf, the newest full source date among its records', () => {
  const data = bundledDatasetFile();
  const newest = data.records.map((r) => r.source.date ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().pop();
  assert.equal(data.asOf, newest);
  // A user file without asOf still loads (the field is optional).
  const { data: user, problems } = parseDatasetText(JSON.stringify({ version: 'v', records: [] }), 'u.figures.json');
  assert.equal(user?.asOf, undefined);
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
});

test('bundled titles guessed from a URL slug are null, and no note says "superseded" without a link', () => {
  const data = bundledDatasetFile();
  const sources = data.records.flatMap((r) => [r.source, ...(r.alternateSources ?? [])]);
  // Guessed ("[title from URL slug]") become null; "[… and page heading]" ones keep the heading, without the note.
  assert.ok(sources.every((s) => !/title from URL slug/.test(s.title ?? '')));
  assert.ok(sources.some((s) => s.title === '[8-K] NVIDIA Corp reports material event (CFO Commentary on First Quarter Fiscal 2027 Results)'));
  assert.equal(data.records.find((r) => r.id === 'openai-valuation-2025-03')?.source.title, null);
  for (const r of data.records) {
    if (/\bsupersed/i.test(r.notes ?? '')) assert.ok(r.supersedes?.length || r.supersededBy, `${r.id}: "superseded" in notes without a link`);
  }
});

test('data:check: only a growth rate may be negative', () => {
  const data = JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8'));
  const grok = data.records.find((r: { id: string }) => r.id === 'grok-web-visits-mom-2025-09-similarweb');
  assert.equal(grok?.value, -7.44, 'the Grok decline is recorded as a negative growth rate');
  assert.deepEqual(bundledOnlyRules(data).filter((e: string) => /negative value/.test(e)), []);
  const loss = data.records.find((r: { metric: string }) => r.metric === 'net-loss');
  loss.value = -1;
  assert.ok(bundledOnlyRules(data).some((e: string) => e.startsWith(`record ${loss.id}: negative value`)));
});

test('bundled segments, deal direction and financing are kept apart', () => {
  const data = JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8'));
  const byId = new Map<string, { entity: string; counterparty?: string; metric: string; supersededBy?: string }>(data.records.map((r: { id: string }) => [r.id, r]));
  const entity = (id: string) => data.entities.find((e: { id: string }) => e.id === id);
  // Microsoft Cloud (all commercial cloud) is not the Intelligent Cloud segment.
  assert.equal(entity('microsoft-cloud')?.parent, 'microsoft');
  assert.ok(!entity('intelligent-cloud')?.aliases.includes('Microsoft Cloud'));
  assert.equal(byId.get('msft-microsoft-cloud-revenue-fy26-q1')?.entity, 'microsoft-cloud');
  assert.equal(byId.get('msft-intelligent-cloud-revenue-fy26-q1')?.entity, 'intelligent-cloud');
  // Deals: e pays, cp sells.
  assert.deepEqual([byId.get('coreweave-openai-total')?.entity, byId.get('coreweave-openai-total')?.counterparty], ['openai', 'coreweave']);
  // Half debt, half equity is a financing, not an equity round; the equity half is its own record.
  assert.equal(byId.get('xai-debt-equity-2025-07')?.metric, 'financing-plan');
  assert.equal(byId.get('xai-equity-2025-07')?.metric, 'funding-round');
  // Oracle's FY26 capex guidance was raised from $35B to $50B.
  assert.equal(byId.get('oracle-capex-fy26-guidance-35b')?.supersededBy, 'oracle-capex-fy26-guidance');
  // A profit share is its own metric: its cues are not the stake's.
  const cues = (id: string) => data.metrics.find((m: { id: string }) => m.id === id)?.cues ?? [];
  for (const c of ['profit share', 'share of profits', '利益配分']) assert.ok(!cues('stake-percent').includes(c), c);
  assert.ok(cues('profit-share').includes('profit share'));
});

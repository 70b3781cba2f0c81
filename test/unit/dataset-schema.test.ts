// The JSON Schema (data/figures.schema.json) and the hand-written validator (src/core/dataset/validate.ts)
// must agree: on every item of every fixture, on the bundled file, and on a list of mutations of a
// valid record. Ajv runs only here (a dev dependency), never in the product.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { checkEntity, checkEvent, checkMetric, checkRecord, checkTopLevel } from '../../src/core/dataset/validate';

const root = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'data/figures.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajv.addKeyword('patternErrorMessage'); // VS Code's JSON editor shows it instead of the raw pattern
ajv.addSchema(schema);
const ajvFor = (def: string) => {
  const v = ajv.getSchema(`${schema.$id}#/definitions/${def}`);
  assert.ok(v, def);
  return v;
};
const validators = {
  records: { ajv: ajvFor('record'), ours: checkRecord },
  entities: { ajv: ajvFor('entity'), ours: checkEntity },
  metrics: { ajv: ajvFor('metric'), ours: checkMetric },
  events: { ajv: ajvFor('event'), ours: checkEvent },
} as const;
const whole = ajv.getSchema(schema.$id)!;

const agree = (kind: keyof typeof validators, item: unknown, label: string) => {
  const { ajv: a, ours } = validators[kind];
  const schemaOk = a(item) as boolean;
  const errors = ours(item, '/x').filter((i) => i.severity === 'error');
  assert.equal(errors.length === 0, schemaOk, `${label}: schema says ${schemaOk ? 'valid' : 'invalid ' + JSON.stringify(a.errors?.[0])}, validator says ${errors.map((e) => e.message).join('; ') || 'valid'}`);
};

const fixtureFiles = () => {
  const dir = join(root, 'test/fixtures/datasets');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
};

test('schema and validator agree on every item of every fixture and of the bundled file', () => {
  const files = [...fixtureFiles(), { name: 'data/figures.json', text: readFileSync(join(root, 'data/figures.json'), 'utf8') }];
  let items = 0;
  for (const { name, text } of files) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text);
    } catch {
      continue; // invalid JSON: neither validator sees it
    }
    for (const kind of Object.keys(validators) as (keyof typeof validators)[]) {
      const arr = value[kind];
      if (!Array.isArray(arr)) continue;
      arr.forEach((item, i) => agree(kind, item, `${name} ${kind}[${i}]`));
      items += arr.length;
    }
    // Whole file: valid for the schema exactly when the top level and every item pass our checks.
    const ours = checkTopLevel(value).length === 0 &&
      (Object.keys(validators) as (keyof typeof validators)[]).every((k) => !Array.isArray(value[k]) || (value[k] as unknown[]).every((it) => validators[k].ours(it, '').length === 0));
    assert.equal(ours, whole(value) as boolean, `${name}: whole-file verdicts differ`);
  }
  assert.ok(items > 150);
});

const base = () => ({
  id: 'r1', entity: 'openai', metric: 'revenue', value: 1, unit: 'USD', period: { text: '2025', from: '2025-01-01', to: '2025-12-31' },
  qualifier: 'exact', basis: 'reported', source: { publisher: 'P', title: null, url: 'https://example.com/a', date: '2026-01-01' },
  confidence: 'high', paraphrase: 'x',
});
type Rec = ReturnType<typeof base> & Record<string, unknown>;

const mutations: [string, (r: Rec) => void][] = [
  ['unchanged', () => {}],
  ['no id', (r) => delete (r as Partial<Rec>).id],
  ['id with a space', (r) => (r.id = 'a b')],
  ['id of 129 characters', (r) => (r.id = 'a'.repeat(129))],
  ['value as string', (r) => ((r as Record<string, unknown>).value = '1')],
  ['value null', (r) => ((r as Record<string, unknown>).value = null)],
  ['unknown unit', (r) => (r.unit = 'dollars')],
  ['MW unit', (r) => (r.unit = 'MW')],
  ['extra field', (r) => (r.extra = 1)],
  ['origin field (not in JSON)', (r) => (r.origin = 'bundled')],
  ['range without low', (r) => { r.qualifier = 'range'; r.high = 2; }],
  ['range with low and high', (r) => { r.qualifier = 'range'; r.low = 0; r.high = 2; }],
  ['tolerance 2', (r) => (r.tolerance = 2)],
  ['tolerance 0.05', (r) => (r.tolerance = 0.05)],
  ['bad qualifier', (r) => (r.qualifier = 'about')],
  ['bad basis', (r) => (r.basis = 'rumour')],
  ['period without text', (r) => delete (r.period as Partial<Rec['period']>).text],
  ['period month only', (r) => (r.period.from = '2025-01')],
  ['period month 13', (r) => (r.period.from = '2025-13-01')],
  ['period extra', (r) => ((r.period as Record<string, unknown>).label = 'x')],
  ['cumulative as string', (r) => ((r.period as Record<string, unknown>).cumulative = 'yes')],
  ['source date YYYY-MM', (r) => (r.source.date = '2026-01')],
  ['source date YYYY', (r) => (r.source.date = '2026')],
  ['source date with time', (r) => (r.source.date = '2026-01-01T00:00')],
  ['source date null without undated', (r) => ((r.source as Record<string, unknown>).date = null)],
  ['source date null with undated', (r) => { (r.source as Record<string, unknown>).date = null; (r.source as Record<string, unknown>).undated = true; }],
  ['source without date, undated', (r) => { delete (r.source as Partial<Rec['source']>).date; (r.source as Record<string, unknown>).undated = true; }],
  ['source undated false without date', (r) => { delete (r.source as Partial<Rec['source']>).date; (r.source as Record<string, unknown>).undated = false; }],
  ['ftp URL', (r) => (r.source.url = 'ftp://example.com/a')],
  ['javascript URL', (r) => (r.source.url = 'javascript:alert(1)')],
  ['command URL', (r) => (r.source.url = 'command:workbench.action.terminal.sendSequence')],
  ['URL with a space', (r) => (r.source.url = 'https://example.com/a b')],
  ['URL with no host', (r) => (r.source.url = 'https:///path')],
  ['HTTP upper case', (r) => (r.source.url = 'HTTP://EXAMPLE.COM')],
  ['empty publisher', (r) => (r.source.publisher = '')],
  ['title number', (r) => ((r.source as Record<string, unknown>).title = 3)],
  ['alternate sources', (r) => (r.alternateSources = [{ publisher: 'Q', url: 'https://q.example/x', date: '2025-01' }])],
  ['alternate source bad', (r) => (r.alternateSources = [{ publisher: 'Q', url: 'q' }])],
  ['supersedes not array', (r) => (r.supersedes = 'x')],
  ['supersedes ids', (r) => (r.supersedes = ['a', 'b'])],
  ['empty paraphrase', (r) => (r.paraphrase = '')],
  ['confidence unknown', (r) => (r.confidence = 'certain')],
  ['record is an array', () => {}],
];

test('schema and validator agree on mutations of a valid record', () => {
  for (const [label, mutate] of mutations) {
    const r = base() as Rec;
    mutate(r);
    agree('records', label === 'record is an array' ? [r] : r, label);
  }
});

test('schema and validator agree on entity and metric mutations', () => {
  const entity = { id: 'e', name: 'E', aliases: ['E'] };
  agree('entities', entity, 'entity');
  agree('entities', { ...entity, aliases: 'E' }, 'aliases as string');
  agree('entities', { ...entity, aliases: [''] }, 'empty alias');
  agree('entities', { id: 'e', name: 'E' }, 'no aliases');
  agree('entities', { ...entity, parent: 'p q' }, 'bad parent id');
  const metric = { id: 'm', label: 'L', labelJa: 'L', family: 'f', unit: 'currency', kind: 'flow', cues: ['c'] };
  agree('metrics', metric, 'metric');
  agree('metrics', { ...metric, unit: 'GW' }, 'GW metric');
  agree('metrics', { ...metric, unit: 'dollars' }, 'bad unit');
  agree('metrics', { ...metric, kind: 'level' }, 'bad kind');
  const { labelJa: _omit, ...noJa } = metric;
  agree('metrics', noJa, 'no labelJa');
});

test('asOf is optional at the top level and must be a date when given (schema and validator agree)', () => {
  const base = { version: 'v', records: [] };
  for (const [value, ok] of [[base, true], [{ ...base, asOf: '2026-06-17' }, true], [{ ...base, asOf: '2026-6-17' }, false], [{ ...base, asOf: 20260617 }, false]] as const) {
    assert.equal(whole(value) as boolean, ok, JSON.stringify(value));
    assert.equal(checkTopLevel(value).length === 0, ok, JSON.stringify(value));
  }
});

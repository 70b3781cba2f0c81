// "Add to my dataset": the drafted record and the edit of a *.figures.json text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendRecordEdits, datasetTextProblem, draftRecordFromClaim, draftRecordId, emptyDatasetText, offsetOfRecordId, orderDatasetChoices, recordIdsIn, type DatasetChoice } from '../../src/vscode/datasetDraft';
import { applyOffsetEdits } from '../../src/vscode/quickFixEdits';
import { claimIn } from './vscodeFixtures';

const text = 'OpenAI will burn $49B in 2026.';
const unsourced = () => claimIn(text, '$49B', { verdict: 'unsourced', severity: 'information', record: undefined });

test('the draft record carries the claim and blank source fields', () => {
  const r = draftRecordFromClaim(unsourced(), text, new Set());
  assert.equal(r.id, 'my-openai-burn-2026');
  assert.deepEqual([r.entity, r.metric, r.value, r.unit, r.qualifier], ['openai', 'burn', 49e9, 'USD', 'exact']);
  assert.deepEqual(r.source, { publisher: '', title: '', url: '', date: '' });
  assert.equal(r.period.from, '2026-01-01');
  assert.match(r.notes, /OpenAI will burn \$49B/);
});

test('draft ids never collide', () => {
  assert.equal(draftRecordId(unsourced(), new Set(['my-openai-burn-2026', 'my-openai-burn-2026-2'])), 'my-openai-burn-2026-3');
});

test('appending to an empty dataset and to one with records keeps valid JSON and existing records', () => {
  const empty = emptyDatasetText('2026-11-23');
  const r = draftRecordFromClaim(unsourced(), text, recordIdsIn(empty));
  const first = applyOffsetEdits(empty, appendRecordEdits(empty, r)!);
  const parsed = JSON.parse(first);
  assert.equal(parsed.records.length, 1);
  assert.equal(parsed.records[0].id, r.id);

  const r2 = draftRecordFromClaim(unsourced(), text, recordIdsIn(first));
  assert.equal(r2.id, 'my-openai-burn-2026-2');
  const second = applyOffsetEdits(first, appendRecordEdits(first, r2)!);
  assert.deepEqual(JSON.parse(second).records.map((x: { id: string }) => x.id), [r.id, r2.id]);
  assert.equal(second.slice(offsetOfRecordId(first, appendRecordEdits(first, r2)!, r2.id)).startsWith(`"${r2.id}"`), true);
});

test('a file without records gets the array; a broken or odd file is left alone', () => {
  const r = draftRecordFromClaim(unsourced(), text, new Set());
  const out = applyOffsetEdits('{"version": "x"}', appendRecordEdits('{"version": "x"}', r)!);
  assert.equal(JSON.parse(out).records.length, 1);
  assert.equal(appendRecordEdits('[1, 2]', r), undefined);
  assert.equal(appendRecordEdits('{"records": {}}', r), undefined);
  assert.equal(appendRecordEdits('not json', r), undefined);
});

test('a dataset text that does not parse (or is not a dataset object) is never appended to', () => {
  const r = draftRecordFromClaim(unsourced(), text, new Set());
  const broken = ['{ "version": "x", "records": [ { "id": "a" }, ] }', '{ "records": [ // comment\n ] }', '{ "records": [', '[1, 2]', '{ "records": {} }'];
  for (const t of broken) {
    assert.ok(datasetTextProblem(t), `a problem for ${t}`);
    assert.equal(appendRecordEdits(t, r), undefined, `nothing appended to ${t}`);
  }
  assert.match(datasetTextProblem('{\n "records": [\n  1,\n ]\n}')!, /invalid JSON at line 4/);
  assert.equal(datasetTextProblem(emptyDatasetText('2026-11-23')), undefined);
  assert.equal(datasetTextProblem('{ "version": "1" }'), undefined, 'no records list yet is fine');
});

test('the dataset pick lists the last used file first, then the newest, and files that do not parse last', () => {
  const files: DatasetChoice[] = [
    { key: 'a', name: 'a.figures.json', modified: 100 },
    { key: 'broken', name: 'broken.figures.json', modified: 999, problem: 'invalid JSON at line 3' },
    { key: 'b', name: 'b.figures.json', modified: 300 },
    { key: 'c', name: 'c.figures.json', modified: 200 },
  ];
  assert.deepEqual(orderDatasetChoices(files, undefined).map((f) => f.key), ['b', 'c', 'a', 'broken']);
  assert.deepEqual(orderDatasetChoices(files, 'a').map((f) => f.key), ['a', 'b', 'c', 'broken']);
  assert.deepEqual(orderDatasetChoices(files, 'broken').map((f) => f.key), ['b', 'c', 'a', 'broken'], 'a broken file is never first, even if used last');
});

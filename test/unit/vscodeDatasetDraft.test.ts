// "Add to my dataset": the drafted record and the edit of a *.figures.json text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendRecordEdits, draftRecordFromClaim, draftRecordId, emptyDatasetText, offsetOfRecordId, recordIdsIn } from '../../src/vscode/datasetDraft';
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

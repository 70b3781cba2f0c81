// Rules added after the second blind held-out set (test/fixtures/verify/heldout2) showed their
// absence. Each test states the general rule with sentences that are not the held-out ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset, checkDocument } from '../../src/core/index';
import { periodMatches } from '../../src/core/verify/index';
import type { FigureRecord } from '../../src/core/types';

const dataset = bundledDataset();
const verdictOf = (text: string, figure: string) => {
  const claim = checkDocument(text, dataset).claims.find((c) => c.text === figure);
  assert.ok(claim, `${figure} read in: ${text}`);
  return claim;
};

describe('fiscal quarters on a weekly calendar', () => {
  const record = { period: { text: 'FY2026-Q2', from: '2025-04-28', to: '2025-07-27' } } as FigureRecord;
  const flow = { kind: 'flow' } as never;
  it('a quarter read in whole months matches the same quarter ending within a week', () => {
    assert.equal(periodMatches({ text: 'second quarter of fiscal 2026', from: '2025-05-01', to: '2025-07-31' }, record, flow), true);
  });
  it('the neighbouring quarter does not match', () => {
    assert.equal(periodMatches({ text: 'first quarter of fiscal 2026', from: '2025-02-01', to: '2025-04-30' }, record, flow), false);
    assert.equal(periodMatches({ text: 'third quarter of fiscal 2026', from: '2025-08-01', to: '2025-10-31' }, record, flow), false);
  });
  it('Nvidia quarters written in words, in English and Japanese', () => {
    assert.equal(verdictOf('Nvidia reported revenue of $46.7 billion for the second quarter of fiscal 2026.', '$46.7 billion').verdict, 'supported');
    assert.equal(verdictOf('Nvidia reported revenue of $50 billion for the second quarter of fiscal 2026.', '$50 billion').verdict, 'contradicted');
    assert.equal(verdictOf('エヌビディアの2026年度第4四半期の売上高は681億ドルだった。', '681億ドル').verdict, 'supported');
  });
});

describe('a flow recorded on one day is an event inside the writer’s span', () => {
  it('a round closed on a day belongs to the month or year that contains it', () => {
    assert.equal(verdictOf('Anthropic raised $65 billion in May 2026.', '$65 billion').verdict, 'supported');
    assert.equal(verdictOf('OpenAI closed a $122 billion funding round in 2026.', '$122 billion').verdict, 'supported');
  });
  it('a span that does not contain the day does not match', () => {
    assert.equal(verdictOf('Anthropic raised $65 billion in March 2026.', '$65 billion').verdict, 'unsourced');
    assert.equal(verdictOf('xAI raised $20 billion in 2025.', '$20 billion').verdict, 'unsourced');
  });
});

describe('metric cues', () => {
  it('the singular "remaining performance obligation" names the backlog metric', () => {
    const claim = verdictOf("Oracle's remaining performance obligation rose to $455 billion in the quarter ended August 31, 2025.", '$455 billion');
    assert.equal(claim.metric, 'backlog');
    assert.equal(claim.verdict, 'supported');
  });
});

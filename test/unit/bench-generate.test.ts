// The benchmark corpus must be reproducible: same seed and dataset → same bytes. The fixture below is
// synthetic (a made-up company) and only feeds the generator; it is not presented as fact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatasetFile } from '../../src/core/types';
import { generateCorpus, utf8Length } from '../../bench/generate';
import { figureJa, japaneseAmount, trimNumber } from '../../bench/figure-forms';
import { seededRandom } from '../../bench/random';

const source = { publisher: 'Example Publisher', title: null, url: 'https://example.com/a', date: '2025-01-01' };
const fixture: DatasetFile = {
  version: 'test',
  entities: [
    { id: 'acme', name: 'Acme AI', nameJa: 'アクメAI', aliases: [] },
    { id: 'globex', name: 'Globex', aliases: [] },
  ],
  metrics: [
    { id: 'revenue', label: 'Revenue', labelJa: '売上', family: 'revenue', unit: 'currency', kind: 'flow', cues: ['revenue', '売上'] },
    { id: 'stake', label: 'Stake', labelJa: '株式', family: 'stake', unit: 'percent', kind: 'stock', cues: ['stake'] },
    { id: 'users', label: 'Weekly users', labelJa: '週間利用者', family: 'users', unit: 'count', kind: 'stock', cues: ['weekly users'] },
  ],
  records: [
    { id: 'r1', entity: 'acme', metric: 'revenue', value: 115e9, unit: 'USD', period: { text: '2026', from: '2026-01-01', to: '2026-12-31' }, qualifier: 'exact', basis: 'projected', source, confidence: 'high', paraphrase: 'p' },
    { id: 'r2', entity: 'globex', counterparty: 'acme', metric: 'stake', value: 27, unit: 'percent', period: { text: 'as of 2025' , to: '2025-10-28' }, qualifier: 'approx', basis: 'reported', source, confidence: 'high', paraphrase: 'p' },
    { id: 'r3', entity: 'acme', metric: 'users', value: 8e8, unit: 'count', period: { text: '2025', to: '2025-10-06' }, qualifier: 'exact', basis: 'reported', source, confidence: 'high', paraphrase: 'p' },
  ],
};

test('same seed and dataset give the same bytes', () => {
  const a = generateCorpus(fixture, { seed: 7, targetBytes: 40_000 });
  const b = generateCorpus(fixture, { seed: 7, targetBytes: 40_000 });
  assert.equal(a, b);
});

test('a different seed gives a different document', () => {
  const a = generateCorpus(fixture, { seed: 7, targetBytes: 20_000 });
  const b = generateCorpus(fixture, { seed: 8, targetBytes: 20_000 });
  assert.notEqual(a, b);
});

test('the document reaches the target size and holds the block kinds the benchmark needs', () => {
  const doc = generateCorpus(fixture, { seed: 1, targetBytes: 60_000 });
  assert.ok(utf8Length(doc) >= 60_000);
  assert.ok(doc.startsWith('---\n'), 'front matter');
  assert.match(doc, /^## /m, 'headings');
  assert.match(doc, /^- /m, 'lists');
  assert.match(doc, /^\|---/m, 'tables');
  assert.match(doc, /^```json$/m, 'code fences');
  assert.match(doc, /\]\(https:\/\/example\.com\/a\)/, 'links');
  assert.match(doc, /^\[\^r\d\]: /m, 'footnote definitions');
  assert.match(doc, /[億兆]ドル|億人|%/, 'Japanese figures');
  assert.match(doc, /\$\d/, 'dollar figures');
});

test('utf8Length matches Buffer.byteLength', () => {
  for (const s of ['abc', '1150億ドル', '６４％', 'emoji 😀 x', '']) assert.equal(utf8Length(s), Buffer.byteLength(s));
});

test('Japanese amounts use 兆/億/万 notation', () => {
  const rng = seededRandom(3);
  assert.equal(japaneseAmount(1.4e12, rng).replace(/,/g, ''), '1兆4000億');
  assert.equal(japaneseAmount(1.15e11, rng).replace(/,/g, ''), '1150億');
  assert.equal(japaneseAmount(4.11e8, rng), '4億1100万');
  assert.equal(trimNumber(1.4), '1.4');
  assert.equal(trimNumber(115), '115');
  assert.match(figureJa({ value: 1.7e10, low: 1.4e10, unit: 'USD', qualifier: 'range' }, rng), /^140億〜170億ドル$/);
});

test('about 88% of prose sentences hold a figure and about 8% of paragraphs are Japanese', () => {
  const doc = generateCorpus(fixture, { seed: 11, targetBytes: 400_000 });
  const blocks = doc.split('\n\n');
  const paragraphs = blocks.filter((b) => !/^(#|- |\d+\. |\||```|> |\[\^|---)/.test(b));
  const japanese = paragraphs.filter((p) => /[\u3040-\u30ff]/.test(p));
  const listItems = blocks.filter((b) => /^(- |\d+\. )/.test(b)).flatMap((b) => b.split('\n').map((l) => l.replace(/^(- |\d+\. )/, '')));
  const sentences = [...paragraphs.flatMap((p) => p.split(/(?<=\.)\s+|(?<=。)/)), ...listItems].filter((s) => s.trim().length > 0);
  // The fixture's figures are all money, percentages or counts, so a figure shows as one of these forms.
  const withFigure = sentences.filter((s) => /[$€£¥]\s?\d|\d\s?(%|％|percent|per cent|billion|million|trillion|bn|B\b|M\b|T\b)|[0-9０-９][億兆万]|[０-９]+％/.test(s));
  const figureShare = withFigure.length / sentences.length;
  const japaneseShare = japanese.length / paragraphs.length;
  assert.ok(figureShare > 0.83 && figureShare < 0.93, `figure share ${figureShare}`);
  assert.ok(japaneseShare > 0.05 && japaneseShare < 0.11, `Japanese share ${japaneseShare}`);
});

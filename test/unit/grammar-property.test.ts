// Property tests for the number grammar (fast-check): whatever the text, scanFigures never throws,
// returns figures inside the text that slice to their `text`, never overlap, carry finite values
// and precisions, and gives the same answer twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanFigures } from '../../src/core/grammar';

/** Fragments that exercise the grammar: figures, hedges, joiners, scripts and odd characters. */
const fragments = [
  '$', 'US$', 'USD ', '€', '£', '¥', '￥', '₩', '1', '0', '9', '115', '1,150', '1.4', '2025', '12', ',', '.', '-', '–', '〜', '～',
  '~', '+', '−', '%', '％', '１', '２', '０', ' ', '\u00a0', '\n', '\r\n', '\r', 'B', 'bn', 'M', 'k', 'T', ' billion', ' million',
  ' percent', ' GW', 'x', '×', '-fold', 'doubled', 'about ', 'more than ', 'between ', ' and ', ' to ', 'from ', 'a billion',
  'fourteen', 'hundred', 'half a ', '億', '兆', '万', '千', '一', '三', 'ドル', '円', '倍', '人', '社', '年', '月', '日', '約',
  '以上', '超', '最大', 'の', 'ユーザー', 'GPT-', 'H', 'Q', 'FY', '#', ':', '/', '第', '数', '△', '▲', '😀', '\u0301',
  '\ud800', '\u0000', 'עברית', ' users', ' employees', ' years', 'Dec ', '(', ')', '|',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

function assertWellFormed(text: string, from: number, to: number): void {
  const figures = scanFigures(text, from, to);
  let lastEnd = -1;
  for (const f of figures) {
    assert.ok(f.start >= from && f.end <= to && f.start < f.end, 'inside the scanned range');
    assert.equal(text.slice(f.start, f.end), f.text, 'slices to its text');
    assert.ok(f.start >= lastEnd, 'no overlap');
    lastEnd = f.end;
    assert.ok(Number.isFinite(f.value), 'finite value');
    assert.ok(Number.isFinite(f.precision) && f.precision > 0, 'finite positive precision');
    if (f.qualifier === 'range') assert.ok(f.low !== undefined && f.high !== undefined && f.low <= f.high, 'range bounds');
    for (const r of [f.hedgeRange, f.nounRange]) {
      if (r) assert.ok(r.start >= from && r.end <= to && r.start <= r.end, 'side ranges inside the scanned range');
    }
  }
  assert.deepEqual(scanFigures(text, from, to), figures, 'deterministic');
}

test('grammar property: any text gives well-formed, deterministic figures', () => {
  fc.assert(
    fc.property(textArb, (text) => assertWellFormed(text, 0, text.length)),
    { numRuns: 3000 },
  );
});

test('grammar property: scanning a sub-range stays inside it', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = text.length === 0 ? 0 : a % (text.length + 1);
      const to = from + (b % (text.length - from + 1));
      assertWellFormed(text, from, to);
    }),
    { numRuns: 2000 },
  );
});

test('grammar property: a figure keeps its reading amid random prose', () => {
  const figures: Array<[string, number, string]> = [
    ['$115B', 115e9, 'USD'], ['64%', 64, 'percent'], ['1150億ドル', 115e9, 'USD'], ['10 GW', 10, 'GW'], ['2x', 2, 'multiple'],
    ['411 million', 411e6, 'count'], ['€11.7B', 11.7e9, 'EUR'], ['1兆4000億ドル', 1.4e12, 'USD'],
  ];
  const word = fc.constantFrom('the', 'OpenAI', 'burned', 'in', 'は', 'を', 'revenue', '売上', 'and', 'reported');
  fc.assert(
    fc.property(fc.constantFrom(...figures), fc.array(word, { maxLength: 5 }), fc.array(word, { maxLength: 5 }), ([fig, value, unit], before, after) => {
      const text = `${before.join(' ')} ${fig} ${after.join(' ')}`;
      const found = scanFigures(text).filter((f) => f.text === fig);
      assert.equal(found.length, 1, text);
      assert.equal(found[0]!.value, value);
      assert.equal(found[0]!.unit, unit);
    }),
    { numRuns: 1000 },
  );
});

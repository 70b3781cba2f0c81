// Hang guard for the number grammar: a ~1 MB adversarial input per pattern family must complete
// and give sane output. Not a speed test: no timing is asserted (the benchmark measures speed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanFigures } from '../../src/core/grammar';

const MB = 1 << 20;

function repeatTo(unit: string, size = MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function assertSane(text: string, figures: ReturnType<typeof scanFigures>): void {
  let lastEnd = -1;
  for (const f of figures) {
    assert.ok(Number.isFinite(f.value), `finite value for ${f.text.slice(0, 40)}`);
    assert.ok(Number.isFinite(f.precision) && f.precision > 0, 'finite positive precision');
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, 'offsets inside the text');
    assert.equal(text.slice(f.start, f.end), f.text);
    assert.ok(f.start >= lastEnd, 'figures do not overlap');
    lastEnd = f.end;
    if (f.low !== undefined) assert.ok(Number.isFinite(f.low));
    if (f.high !== undefined) assert.ok(Number.isFinite(f.high));
  }
}

const families: Array<[string, string, (n: number) => void]> = [
  ['currency signs', repeatTo('$'), (n) => assert.equal(n, 0)],
  ['currency signs and letters', repeatTo('US$USD $€£¥₩'), (n) => assert.equal(n, 0)],
  ['one long digit run', repeatTo('9'), (n) => assert.equal(n, 0)],
  ['digits and commas', repeatTo('1,'), (n) => assert.equal(n, 0)],
  ['digits and dots', repeatTo('1.'), (n) => assert.equal(n, 0)],
  ['digits and hyphens', repeatTo('1-'), (n) => assert.equal(n, 0)],
  ['digits and colons', repeatTo('1:'), (n) => assert.equal(n, 0)],
  ['percent signs', repeatTo('%'), (n) => assert.equal(n, 0)],
  ['Japanese scales alone', repeatTo('億'), (n) => assert.equal(n, 0)],
  ['Japanese scales after a digit', '1' + repeatTo('億兆万'), (n) => assert.equal(n, 0)],
  ['kanji numerals', repeatTo('一'), (n) => assert.equal(n, 0)],
  ['kanji numerals with scales', repeatTo('一億二'), (n) => assert.ok(n >= 0)],
  ['range connectors', repeatTo('1〜'), (n) => assert.ok(n >= 0)],
  ['many small figures', repeatTo('$1B '), (n) => assert.ok(n > 200000)],
  ['number words', repeatTo('one two three '), (n) => assert.equal(n, 0)],
  ['a before scale words', repeatTo('a billion '), (n) => assert.ok(n > 50000)],
  ['hedge words', repeatTo('about more than up to '), (n) => assert.equal(n, 0)],
  ['spaces and signs', repeatTo(' -+~'), (n) => assert.equal(n, 0)],
  ['letters glued to digits', repeatTo('a1b2c3'), (n) => assert.equal(n, 0)],
  ['full-width digits', repeatTo('１２３４５６７８９０'), (n) => assert.equal(n, 0)],
  ['Japanese hedges and units', repeatTo('約ドル以上円超'), (n) => assert.equal(n, 0)],
];

for (const [name, text, check] of families) {
  test(`grammar hang guard: 1 MB of ${name} completes with sane output`, () => {
    const figures = scanFigures(text);
    assertSane(text, figures);
    check(figures.length);
  });
}

test('grammar hang guard: a 100 000-digit number is not a claim', () => {
  const text = `$${'7'.repeat(100000)}B and 1e400 and $1,2,3,4B and ¥ and 100億兆ドル`;
  const figures = scanFigures(text);
  assertSane(text, figures);
  assert.equal(figures.length, 0);
});

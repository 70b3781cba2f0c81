// Figures written in the writer's style (quick fixes, messages) and the normalised hover display.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDisplay, formatLikeWriter, japaneseGroups, toFullWidth, toHalfWidth } from '../../src/core/format/index';
import type { Lang, Unit } from '../../src/core/types';

const likeWriter: Array<[number, Unit, string, Lang, string]> = [
  // English money: symbol, scale letter or word, decimals only where needed
  [27e9, 'USD', '$49B', 'en', '$27B'],
  [13.1e9, 'USD', '$13B', 'en', '$13.1B'],
  [68.13e9, 'USD', '$57B', 'en', '$68.13B'],
  [115e9, 'USD', '$115bn', 'en', '$115bn'],
  [1.4e12, 'USD', '$1.4 trillion', 'en', '$1.4 trillion'],
  [500e9, 'USD', '$1.4 trillion', 'en', '$500 billion'],
  [1.4e12, 'USD', '$500 billion', 'en', '$1.4 trillion'],
  [2.5e9, 'USD', '$875 million', 'en', '$2.5 billion'],
  [875e6, 'USD', '$2.5B', 'en', '$875M'],
  [1.4e12, 'USD', '$1.4tn', 'en', '$1.4tn'],
  [25e9, 'USD', 'US$17 billion', 'en', 'US$25 billion'],
  [25e9, 'USD', 'USD 17 billion', 'en', 'USD 25 billion'],
  [25e9, 'USD', '17 billion dollars', 'en', '25 billion dollars'],
  [22.4e9, 'EUR', '€11.7bn', 'en', '€22.4bn'],
  [2e9, 'GBP', '£3bn', 'en', '£2bn'],
  // percent, counts, capacity, multiples
  [27, 'percent', '49%', 'en', '27%'],
  [27, 'percent', '49 percent', 'en', '27 percent'],
  [27, 'percent', '49 per cent', 'en', '27 per cent'],
  [46.24, 'percent', '64%', 'en', '46.24%'],
  [5, 'percentage-points', '3 percentage points', 'en', '5 percentage points'],
  [800e6, 'count', '411 million', 'en', '800 million'],
  [800e6, 'count', '411 million visits', 'en', '800 million visits'],
  [1.1e9, 'count', '411 million', 'en', '1.1 billion'],
  [900e6, 'count', '1.2 billion', 'en', '900 million'],
  [1150, 'count', '1,000', 'en', '1,150'],
  [0.75, 'GW', '2 GW', 'en', '0.75 GW'],
  [750, 'MW', '1,000 MW', 'en', '750 MW'],
  [2.8, 'multiple', '2x', 'en', '2.8x'],
  [2.8, 'multiple', 'doubled', 'en', '2.8x'],
  // Japanese: 億/兆 groups kept, decimal 兆 kept, commas and full width kept
  [27e9, 'USD', '1150億ドル', 'ja', '270億ドル'],
  [1.4e12, 'USD', '1150億ドル', 'ja', '1兆4000億ドル'],
  [115e9, 'USD', '1兆4000億ドル', 'ja', '1150億ドル'],
  [1.4e12, 'JPY', '1.5兆円', 'ja', '1.4兆円'],
  [270e9, 'USD', '3,000億ドル', 'ja', '2,700億ドル'],
  [411e6, 'count', '20億人', 'ja', '4億1100万人'],
  [800e6, 'count', '20億人', 'ja', '8億人'],
  [875e6, 'USD', '約50億ドル', 'ja', '約8億7500万ドル'],
  [27, 'percent', '49%', 'ja', '27%'],
  [27, 'percent', '６４％', 'ja', '２７％'],
  [2.8, 'multiple', '2倍', 'ja', '2.8倍'],
  [5050e9, 'USD', '7兆ドル', 'ja', '5兆500億ドル'],
];

const display: Array<[number, Unit, Lang, string, string?]> = [
  [115e9, 'USD', 'en', '$115.0B'],
  [1.4e12, 'USD', 'en', '$1.4T'],
  [875e6, 'USD', 'en', '$875.0M'],
  [13.1e9, 'USD', 'en', '$13.1B'],
  [22.4e9, 'EUR', 'en', '€22.4B'],
  [10e9, 'KRW', 'en', 'KRW 10.0B'],
  [27, 'percent', 'en', '27%'],
  [46.24, 'percent', 'en', '46.24%'],
  [5, 'percentage-points', 'en', '5 pp'],
  [800e6, 'count', 'en', '800M'],
  [411e6, 'count', 'en', '411M'],
  [1.1e9, 'count', 'en', '1.1B'],
  [800e6, 'count', 'en', '800M weekly users', 'weekly users'],
  [7, 'count', 'en', '7'],
  [0.75, 'GW', 'en', '0.75 GW'],
  [2.8, 'multiple', 'en', '2.8x'],
  [115e9, 'USD', 'ja', '1150億ドル'],
  [1.4e12, 'USD', 'ja', '1兆4000億ドル'],
  [1.5e12, 'JPY', 'ja', '1兆5000億円'],
  [800e6, 'count', 'ja', '8億人', 'weekly users'],
  [5.9e9, 'count', 'ja', '59億回', 'visits'],
  [160e6, 'count', 'ja', '1億6000万'],
  [27, 'percent', 'ja', '27%'],
  [10, 'GW', 'ja', '10GW'],
  [2, 'multiple', 'ja', '2倍'],
];

describe('formatLikeWriter', () => {
  for (const [value, unit, written, lang, expected] of likeWriter) {
    it(`${value} ${unit} like "${written}" → "${expected}"`, () => {
      assert.equal(formatLikeWriter(value, unit, written, lang), expected);
    });
  }
  it('never prints NaN or Infinity as a number', () => {
    assert.equal(formatLikeWriter(Number.NaN, 'USD', '$5B', 'en'), '—');
    assert.equal(formatLikeWriter(1e300, 'USD', '$5B', 'en'), 'over $1000T');
    assert.equal(formatDisplay(1e288, 'USD', 'en'), 'over $1000.0T');
    assert.equal(formatDisplay(-1e288, 'USD', 'ja'), '-1000兆ドル未満');
  });
  it('a figure typed without its scale yet gets one, never raw base units (issue 16: "$1" on the way to "$1.4 trillion")', () => {
    assert.equal(formatLikeWriter(380e9, 'USD', '$1', 'en'), '$380 billion');
    assert.equal(formatLikeWriter(1.4e12, 'USD', '$1', 'en'), '$1.4 trillion');
    assert.equal(formatLikeWriter(800e6, 'count', '7', 'en'), '800 million');
    assert.equal(formatLikeWriter(12345, 'count', '7', 'en'), '12,345');
    assert.equal(formatLikeWriter(380e9, 'USD', '1ドル', 'ja'), '3800億ドル');
  });
});

describe('formatDisplay', () => {
  for (const [value, unit, lang, expected, noun] of display) {
    it(`${value} ${unit} ${lang} → "${expected}"`, () => {
      assert.equal(formatDisplay(value, unit, lang, noun), expected);
    });
  }
});

describe('property: a formatted figure is always readable', () => {
  const units: Unit[] = ['USD', 'EUR', 'JPY', 'KRW', 'percent', 'percentage-points', 'count', 'multiple', 'GW', 'MW'];
  const samples = ['$1', '$49B', '$1.4 trillion', 'US$17 billion', '€11.7bn', '7', '7,000', '411 million', '49%', '2x', '10 GW', '1ドル', '1150億ドル', '1.5兆円', '６４％', '20億人', 'doubled'];
  const value = fc.oneof(fc.double(), fc.double({ min: -1e16, max: 1e16 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e288, 1e21, -0, 5e-324));
  /** NaN, Infinity, an exponent, or a run of five or more digits with no separator before any decimals. */
  function unreadable(text: string): boolean {
    return /NaN|Infinity|\d[eE][+-]?\d/.test(text) || /\d{5,}/.test(text.replace(/[.．]\d+/g, ''));
  }
  it('no NaN, Infinity, exponent or raw base units, whatever the value, unit, language and writer style', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...units), fc.constantFrom<Lang>('en', 'ja'), fc.constantFrom(...samples), (v, unit, lang, written) => {
        for (const out of [formatLikeWriter(v, unit, written, lang), formatDisplay(v, unit, lang), formatDisplay(v, unit, lang, 'weekly users')]) {
          assert.ok(!unreadable(out), `${v} ${unit} ${lang} like "${written}" → "${out}"`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Japanese helpers', () => {
  it('groups 万/億/兆 with an integer remainder', () => {
    assert.equal(japaneseGroups(1_234_567_890_123), '1兆2345億6789万123');
    assert.equal(japaneseGroups(9999), '9999');
    assert.equal(japaneseGroups(-2e8), '-2億');
  });
  it('converts full width and back', () => {
    assert.equal(toFullWidth('64.5%'), '６４．５％');
    assert.equal(toHalfWidth('６４．５％'), '64.5%');
  });
});

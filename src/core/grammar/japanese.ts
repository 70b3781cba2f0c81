// Japanese amounts: 万/億/兆 in any decreasing combination, with Arabic digits ("1兆4000億",
// "4億1100万", "3,000億", "5千万") or kanji numerals ("三千億", "一兆", "二十五万"). Linear: each
// character is looked at a bounded number of times.

import { isDigit } from './chars';
import { Decimal, decimalValue, lastNonZeroExp, numeralDecimal, readNumeral, trailingZeros } from './numeral';

const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const KANJI_MULTIPLIERS: Record<string, number> = { '十': 1, '百': 2, '千': 3 };
const JA_SCALES: Record<string, number> = { '万': 4, '億': 8, '兆': 12 };

export function isKanjiNumeral(c: string | undefined): boolean {
  return c !== undefined && (c in KANJI_DIGITS || c in KANJI_MULTIPLIERS);
}

export function jaScaleAt(s: string, i: number): number | undefined {
  return JA_SCALES[s[i] ?? ''];
}

interface Group {
  end: number;
  decimal: Decimal;
  /** Exponent of the last digit the writer wrote, within the group. */
  writtenExp: number;
  /** Exponent of the last non-zero digit, within the group. */
  nonZeroExp: number;
  kanji: boolean;
  grouped: boolean;
  malformed: boolean;
}

function readKanjiGroup(s: string, i: number, to: number): Group | undefined {
  let j = i;
  let positional = false;
  while (j < to && isKanjiNumeral(s[j])) {
    if (s[j]! in KANJI_MULTIPLIERS) positional = true;
    j++;
  }
  if (j === i || j - i > 12) return undefined;
  let value = 0;
  if (positional) {
    let pending = -1;
    for (let k = i; k < j; k++) {
      const c = s[k]!;
      const mult = KANJI_MULTIPLIERS[c];
      if (mult !== undefined) {
        value += (pending < 0 ? 1 : pending) * 10 ** mult;
        pending = -1;
      } else {
        pending = KANJI_DIGITS[c]!;
      }
    }
    if (pending > 0) value += pending;
  } else {
    for (let k = i; k < j; k++) value = value * 10 + KANJI_DIGITS[s[k]!]!;
  }
  const nonZeroExp = lastNonZeroExp(value);
  return {
    end: j,
    decimal: { mantissa: String(value), exp: 0 },
    writtenExp: positional ? nonZeroExp : 0,
    nonZeroExp,
    kanji: true,
    grouped: false,
    malformed: false,
  };
}

function readDigitGroup(s: string, i: number, to: number): Group {
  const n = readNumeral(s, i, to);
  let end = n.end;
  let multiplierExp = 0;
  // "5千万": a digit count of thousands or hundreds before the scale.
  if (s[end] === '千' || s[end] === '百') {
    multiplierExp = s[end] === '千' ? 3 : 2;
    end++;
  }
  const decimal = numeralDecimal(n, multiplierExp);
  return {
    end,
    decimal,
    writtenExp: decimal.exp,
    nonZeroExp: n.fracDigits.length > 0 ? decimal.exp : decimal.exp + trailingZeros(decimal.mantissa),
    kanji: false,
    grouped: n.grouped,
    malformed: n.malformed,
  };
}

export interface JaAmount {
  start: number;
  end: number;
  value: number;
  precisionExp: number;
  /** A 万/億/兆 scale was read. */
  scaled: boolean;
  kanji: boolean;
  grouped: boolean;
  integer: boolean;
  /** Exponent of the first (largest) scale read, 0 when none: spreads over a range's low end. */
  firstScaleExp: number;
  /** Digits of a lone unscaled digit group, for year checks. */
  intDigits: string;
  malformed: boolean;
}

/** Reads a Japanese amount at `i` (a digit or a kanji numeral). */
export function readJaAmount(s: string, i: number, to: number): JaAmount {
  let pos = i;
  let value = 0;
  let lastScale = Infinity;
  let groups = 0;
  let precisionExp = 0;
  let kanji = false;
  let grouped = false;
  let integer = true;
  let malformed = false;
  let intDigits = '';
  let firstScaleExp = 0;
  while (pos < to) {
    const g = isDigit(s, pos) ? readDigitGroup(s, pos, to) : readKanjiGroup(s, pos, to);
    if (!g) break;
    if (g.malformed) { malformed = true; pos = g.end; break; }
    const scale = jaScaleAt(s, g.end);
    if (scale === undefined) {
      if (groups === 0) {
        // A plain number ("2025", "三"): no Japanese scale; the caller decides what it is.
        value = decimalValue(g.decimal);
        precisionExp = g.writtenExp;
        kanji = g.kanji;
        grouped = g.grouped;
        integer = g.decimal.exp >= 0;
        intDigits = g.kanji ? '' : s.slice(pos, g.end).replace(/,/g, '').split('.')[0] ?? '';
        pos = g.end;
      } else if (!g.kanji && g.decimal.exp >= 0) {
        // "1万5000": a trailing group below the last scale.
        const tail = decimalValue(g.decimal);
        if (tail >= 10 ** lastScale) malformed = true;
        value += tail;
        precisionExp = g.nonZeroExp;
        groups++;
        pos = g.end;
      }
      break;
    }
    if (scale >= lastScale) { malformed = true; break; }
    value += decimalValue({ mantissa: g.decimal.mantissa, exp: g.decimal.exp + scale });
    // In a compound figure the lower group's trailing zeros pad it to four digits, so they are
    // not significant: 1兆4000億 is written to the nearest 1000億.
    precisionExp = scale + (groups === 0 ? g.writtenExp : g.nonZeroExp);
    kanji = kanji || g.kanji;
    grouped = grouped || g.grouped;
    if (g.decimal.exp + scale < 0) integer = false;
    if (groups === 0) firstScaleExp = scale;
    lastScale = scale;
    groups++;
    pos = g.end + 1;
  }
  // "100億兆": a scale after the last one read is malformed.
  if (!malformed && groups > 0 && lastScale !== Infinity && jaScaleAt(s, pos) !== undefined) malformed = true;
  return {
    start: i,
    end: pos,
    value,
    precisionExp,
    scaled: lastScale !== Infinity,
    kanji,
    grouped,
    integer,
    firstScaleExp,
    intDigits,
    malformed: malformed || !Number.isFinite(value),
  };
}

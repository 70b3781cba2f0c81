// Reading one figure's core at an anchor: the number with its currency, sign, scale and unit.
// Ranges, hedges, nouns and the not-a-claim rules are applied by scan.ts.

import type { Direction, Unit } from '../types';
import { endOfAlnumRun, isDigit, isWordChar } from './chars';
import { isKanjiNumeral, jaScaleAt, readJaAmount } from './japanese';
import { decimalValue, numeralDecimal, readNumeral } from './numeral';
import { readCurrencyPrefix, readScale, readUnit } from './units';
import { multiplierWord, readNumberWords } from './words';

export interface Reading {
  /** Start of the figure text, including a currency sign or sign written before the number. */
  start: number;
  end: number;
  /** Unsigned value in base units. */
  value: number;
  precisionExp: number;
  /** Exponent of the scale read (0 when none), to spread over a range's low end. */
  scaleExp: number;
  scaled: boolean;
  unit?: Unit;
  grouped: boolean;
  integer: boolean;
  /** Integer digits as written, for the year rule; '' for words and kanji. */
  intDigits: string;
  ja: boolean;
  sign: 1 | -1 | 0;
  direction?: Direction;
  kind: 'digits' | 'kanji' | 'words' | 'multiplier';
  /** The unit was written before the number ("$14"), so it may carry over to a range's high end. */
  unitBefore?: boolean;
}

/**
 * Every Reading is built here, with all fields in one order: one object shape for the scanner's hot
 * paths (objects that gain fields later, or start with different ones, make V8 recompile them).
 */
export function makeReading(fields: Omit<Reading, 'unit' | 'direction' | 'unitBefore'> & Partial<Pick<Reading, 'unit' | 'direction' | 'unitBefore'>>): Reading {
  return {
    start: fields.start, end: fields.end, value: fields.value, precisionExp: fields.precisionExp, scaleExp: fields.scaleExp,
    scaled: fields.scaled, unit: fields.unit, grouped: fields.grouped, integer: fields.integer, intDigits: fields.intDigits,
    ja: fields.ja, sign: fields.sign, direction: fields.direction, kind: fields.kind, unitBefore: fields.unitBefore ?? false,
  };
}

export type Attempt = { reading: Reading; next: number } | { reading?: undefined; next: number };

const CURRENCY_UNITS = new Set<Unit>(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR']);
export function isCurrency(unit: Unit | undefined): boolean {
  return unit !== undefined && CURRENCY_UNITS.has(unit);
}

/** Characters that join a number to a name or code when a letter or digit stands on their other side. */
const JOINERS = new Set(['-', '+', '.', '/', ':', '_', '#', '@', '\\']);
/**
 * Characters right before a number that make it an ordinal (第3), a vague count (数十億, 何億), an
 * ID (#12) or an abbreviated year ('25, ’25).
 */
const BLOCKING_BEFORE = new Set(['第', '数', '何', '#', '№', "'", '’']);

/** Skips a code-like token (letters, digits and joiners between them): "GPT-5", "2025-12-02", "1.2.3". */
export function skipToken(s: string, i: number, to: number): number {
  let j = endOfAlnumRun(s, i, to);
  while (j < to && JOINERS.has(s[j]!) && isWordChar(s, j + 1)) j = endOfAlnumRun(s, j + 1, to);
  return Math.max(j, i + 1);
}

/** The number at `p` touches a letter, a digit chain or a joiner: it is part of a name, code or date. */
function isBlockedBefore(s: string, p: number, floor: number): boolean {
  if (p - 1 < floor) return false;
  const c = s[p - 1]!;
  if (isWordChar(s, p - 1) || BLOCKING_BEFORE.has(c)) return true;
  if (JOINERS.has(c) && p - 2 >= floor && isWordChar(s, p - 2)) return true;
  return c === '.';
}

function signOf(c: string | undefined): 1 | -1 | 0 {
  if (c === '+') return 1;
  if (c === '-' || c === '▼' || c === '△') return -1;
  return 0;
}

/** A sign at `k` stands alone (not "5-3" or "a-5"). */
function isFreeSign(s: string, k: number, floor: number): boolean {
  if (signOf(s[k]) === 0) return false;
  if (k - 1 < floor) return true;
  return !isWordChar(s, k - 1) && !JOINERS.has(s[k - 1]!) && s[k - 1] !== '$';
}

interface Prefix {
  start: number;
  sign: 1 | -1 | 0;
  currency?: Unit;
}

/** Sign and currency before the number: "-8%", "$115B", "US$115", "USD 115", "-$5B", "$-5B". */
function readPrefix(s: string, p: number, floor: number): Prefix | null {
  let start = p;
  let sign: 1 | -1 | 0 = 0;
  if (start - 1 >= floor && isFreeSignBeforeCurrencyOrStart(s, start - 1, floor)) {
    sign = signOf(s[start - 1]);
    start--;
  }
  const currency = readCurrencyPrefix(s, start, floor);
  if (currency === null) return null;
  if (currency) {
    start = currency.start;
    if (sign === 0 && start - 1 >= floor && isFreeSign(s, start - 1, floor)) {
      sign = signOf(s[start - 1]);
      start--;
    }
  }
  return { start, sign, currency: currency?.unit };
}

/** "$-5B": a sign right after a currency symbol also counts. */
function isFreeSignBeforeCurrencyOrStart(s: string, k: number, floor: number): boolean {
  if (signOf(s[k]) === 0) return false;
  if (k - 1 >= floor && '$€£¥₩₹'.includes(s[k - 1]!)) return true;
  return isFreeSign(s, k, floor);
}

function kanjiRunEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && (isKanjiNumeral(s[j]) || jaScaleAt(s, j) !== undefined || isDigit(s, j))) j++;
  return Math.max(j, i + 1);
}

/** Applies the unit written after the number, letting a currency written before it win. */
function withUnit(r: Reading, s: string, to: number, prefixCurrency: Unit | undefined): Reading {
  if (r.unit && !prefixCurrency) return r;
  const u = readUnit(s, r.end, to, r.scaled);
  if (prefixCurrency) {
    r.unit = prefixCurrency;
    r.unitBefore = true;
    if (u && u.unit === prefixCurrency) r.end = u.end;
    return r;
  }
  if (u) {
    r.unit = u.unit;
    r.end = u.end;
    r.ja = r.ja || u.ja;
    if (u.exp) {
      // Shortest round-trip digits, shifted and re-read: exact for what writers write (50bps → 0.5).
      r.value = Number(`${r.value}e${u.exp}`);
      r.precisionExp += u.exp;
      r.integer = Number.isInteger(r.value);
    }
  }
  return r;
}

/** Reads a figure whose number starts with a digit at `p`. */
export function readDigitsAt(s: string, p: number, to: number, floor: number, checkBefore: boolean): Attempt {
  if (checkBefore && isBlockedBefore(s, p, floor)) return { next: skipToken(s, p, to) };
  const prefix = readPrefix(s, p, floor);
  if (prefix === null) return { next: skipToken(s, p, to) };
  const n = readNumeral(s, p, to);
  if (n.malformed) return { next: Math.max(n.end, p + 1) };
  const after = s[n.end];
  if (after !== undefined && (jaScaleAt(s, n.end) !== undefined || after === '千' || after === '百')) {
    const ja = readJaAmount(s, p, to);
    if (ja.malformed) return { next: kanjiRunEnd(s, p, to) };
    const r = makeReading({
      start: prefix.start, end: ja.end, value: ja.value, precisionExp: ja.precisionExp, scaleExp: ja.firstScaleExp,
      scaled: ja.scaled, grouped: ja.grouped, integer: ja.integer, intDigits: ja.intDigits, ja: true,
      sign: prefix.sign, kind: 'digits',
    });
    return { reading: withUnit(r, s, to, prefix.currency), next: ja.end };
  }
  // "9:30", "12/02", "555-123-4567": times, dates and phone numbers. "14-17" may be a range.
  if ((after === ':' || after === '/') && isDigit(s, n.end + 1)) return { next: skipToken(s, p, to) };
  if (after === '-' && isDigit(s, n.end + 1)) {
    const second = readNumeral(s, n.end + 1, to);
    const then = s[second.end];
    if ((then === '-' || then === ':' || then === '/' || then === '.') && isDigit(s, second.end + 1)) {
      return { next: skipToken(s, p, to) };
    }
  }
  const scale = readScale(s, n.end, to, prefix.currency !== undefined);
  if (scale === 'glued') return { next: skipToken(s, p, to) };
  const exp = scale?.exp ?? 0;
  const decimal = numeralDecimal(n, exp);
  const value = decimalValue(decimal);
  // "4K video", "8K": a thousands suffix on a single digit without a currency is a format name.
  if (exp === 3 && !prefix.currency && n.intDigits.length === 1 && n.fracDigits === '') return { next: skipToken(s, p, to) };
  const r = makeReading({
    start: prefix.start, end: scale?.end ?? n.end, value, precisionExp: decimal.exp, scaleExp: exp,
    scaled: exp > 0, unit: scale?.unit, grouped: n.grouped, integer: n.fracDigits === '' || exp - n.fracDigits.length >= 0,
    intDigits: n.intDigits, ja: false, sign: prefix.sign, kind: 'digits',
  });
  return { reading: withUnit(r, s, to, prefix.currency), next: Math.max(r.end, n.end) };
}

/** Reads a figure written in kanji numerals at `p` ("三千億ドル", "一兆円", "二倍"). */
export function readKanjiAt(s: string, p: number, to: number, floor: number): Attempt {
  const runEnd = kanjiRunEnd(s, p, to);
  if (p - 1 >= floor && (BLOCKING_BEFORE.has(s[p - 1]!) || isKanjiNumeral(s[p - 1]))) return { next: runEnd };
  const ja = readJaAmount(s, p, to);
  if (ja.malformed || ja.end === p) return { next: runEnd };
  const r = makeReading({
    start: p, end: ja.end, value: ja.value, precisionExp: ja.precisionExp, scaleExp: ja.firstScaleExp,
    scaled: ja.scaled, grouped: false, integer: ja.integer, intDigits: '', ja: true, sign: 0, kind: 'kanji',
  });
  withUnit(r, s, to, undefined);
  // Kanji numerals are everyday words (一部, 十分, 一人): only amounts with a scale or a unit count.
  if (!r.scaled && !r.unit) return { next: runEnd };
  return { reading: r, next: Math.max(r.end, runEnd) };
}

/** Reads number words or a multiplier word at `p` ("fourteen billion dollars", "doubled"). */
export function readWordsAt(s: string, p: number, to: number, matched: string): Attempt {
  const multiplier = multiplierWord(matched);
  if (multiplier) {
    return {
      reading: makeReading({
        start: p, end: p + matched.length, value: multiplier.value, precisionExp: Number.isInteger(multiplier.value) ? 0 : -1,
        scaleExp: 0, scaled: false, unit: 'multiple', grouped: false, integer: true, intDigits: '',
        ja: !/^[a-z]/i.test(matched), sign: 0, direction: multiplier.direction, kind: 'multiplier',
      }),
      next: p + matched.length,
    };
  }
  const w = readNumberWords(s, p, to);
  if (!w) return { next: p + matched.length };
  const r = makeReading({
    start: p, end: w.end, value: w.value, precisionExp: w.precisionExp, scaleExp: 0, scaled: w.scaled,
    grouped: false, integer: Number.isInteger(w.value), intDigits: '', ja: false, sign: 0, kind: 'words',
  });
  // "a billion-dollar company" names a class of company, not an amount.
  if (/^an?\b/i.test(matched) && s.startsWith('-dollar', w.end)) return { next: w.end };
  // "two hundred million users" is scaled; "fourteen" is bare and falls under the bare-number rule.
  return { reading: withUnit(r, s, to, undefined), next: Math.max(r.end, p + matched.length) };
}

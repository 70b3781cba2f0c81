// Scales, currencies and units around a number: "$", "US$", "USD ", "115B", " billion", "-million",
// "%", " percent", " percentage points", "GW", "x", "-fold", "dollars", "ドル", "円", "倍", "ポイント".

import type { Unit } from '../types';
import { byFirstChar, candidatesAt, isAsciiLetter, isSpace, isUpper, isWordChar, letterRunAt, wordAt } from './chars';
import { SCALE_WORDS } from './words';

export interface ScaleRead {
  end: number;
  exp: number;
  /** A unit glued to the number instead of a scale ("1.5GW", "2x"). */
  unit?: Unit;
}

/** Scales that are ambiguous without a currency ("5m" may be metres, "5mm" millimetres). */
const SCALE_SUFFIX_WITH_CURRENCY: Record<string, number> = { m: 6, mm: 6, MM: 6, b: 9, t: 12 };
const SCALE_SUFFIX: Record<string, number> = {
  k: 3, K: 3, M: 6, mn: 6, Mn: 6, B: 9, bn: 9, Bn: 9, BN: 9, T: 12, tn: 12, Tn: 12, tr: 12, trn: 12,
};
const UNIT_SUFFIX: Record<string, Unit> = {
  GW: 'GW', gw: 'GW', MW: 'MW', mw: 'MW', x: 'multiple', X: 'multiple', pp: 'percentage-points', ppt: 'percentage-points',
};
/** Units glued to the number that are a power of ten of one we keep: "50bps" (0.5 pp), "120kW" (0.12 MW). */
const SHIFTED_UNIT_SUFFIX: Record<string, readonly [Unit, number]> = {
  bp: ['percentage-points', -2], bps: ['percentage-points', -2], kW: ['MW', -3], kw: ['MW', -3],
};
/** Scale abbreviations written after a space ("£2 bn"), and Indian English crore (10^7) and lakh (10^5). */
const SPACED_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['bn', 9], ['mn', 6], ['tn', 12], ['crore', 7], ['crores', 7], ['lakh', 5], ['lakhs', 5],
];

export type ScaleResult = ScaleRead | 'glued' | undefined;

/**
 * Reads a scale after a number at `i`: glued letters ("115B", "1.4tn", "800M"), a hyphenated scale
 * word ("$10-billion"), or a spaced one ("115 billion", "£2 bn"). Returns 'glued' when letters touch
 * the number and are not a known scale or unit ("3nm", "1st", "4o"): then the number is a name.
 */
export function readScale(s: string, i: number, to: number, withCurrency: boolean): ScaleResult {
  if (isAsciiLetter(s, i)) {
    const run = letterRunAt(s, i, to);
    const end = i + run.length;
    if (isWordChar(s, end)) return 'glued';
    const exp = SCALE_SUFFIX[run] ?? (withCurrency ? SCALE_SUFFIX_WITH_CURRENCY[run] : undefined);
    if (exp !== undefined) return { end, exp };
    const unit = UNIT_SUFFIX[run];
    if (unit) return { end, exp: 0, unit };
    const shifted = SHIFTED_UNIT_SUFFIX[run];
    if (shifted) return { end, exp: shifted[1], unit: shifted[0] };
    // Anything else glued on ("1st", "3nm", "4o", "1e400") makes the number part of a word.
    return 'glued';
  }
  if (s[i] === '-' && isAsciiLetter(s, i + 1)) {
    for (const word in SCALE_WORDS) if (wordAt(s, i + 1, word, to)) return { end: i + 1 + word.length, exp: SCALE_WORDS[word]! };
    return undefined;
  }
  if (isSpace(s, i) && isAsciiLetter(s, i + 1)) {
    for (const word in SCALE_WORDS) if (wordAt(s, i + 1, word, to)) return { end: i + 1 + word.length, exp: SCALE_WORDS[word]! };
    for (const [word, exp] of SPACED_SCALES) {
      if (wordAt(s, i + 1, word, to)) return { end: i + 1 + word.length, exp };
    }
  }
  return undefined;
}

export interface UnitRead {
  unit: Unit;
  end: number;
  /** Written with a Japanese unit word (ドル, 円, 倍, ポイント…). */
  ja: boolean;
  /** Power of ten the number is multiplied by to reach the unit: 割 (tenths) → 1, bps → -2. */
  exp?: number;
}

/** Units written right after the number (no space). Longest first where one is a prefix of another. */
const JA_UNITS = byFirstChar<Unit>([
  ['パーセント', 'percent'], ['ポイント', 'percentage-points'], ['ギガワット', 'GW'], ['メガワット', 'MW'],
  ['倍', 'multiple'], ['米ドル', 'USD'], ['ドル', 'USD'], ['円', 'JPY'], ['ユーロ', 'EUR'], ['ポンド', 'GBP'],
  ['人民元', 'CNY'], ['元', 'CNY'], ['ウォン', 'KRW'], ['ルピー', 'INR'],
]);
/** Units written as words after one space. */
const EN_UNIT_WORDS = byFirstChar<Unit>([
  ['percentage points', 'percentage-points'], ['percentage point', 'percentage-points'],
  ['percent', 'percent'], ['per cent', 'percent'], ['pct', 'percent'], ['pp', 'percentage-points'],
  ['gigawatts', 'GW'], ['gigawatt', 'GW'], ['gw', 'GW'], ['megawatts', 'MW'], ['megawatt', 'MW'], ['mw', 'MW'],
  ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['dollars', 'USD'], ['usd', 'USD'],
  ['euros', 'EUR'], ['eur', 'EUR'], ['pounds', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'], ['jpy', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'], ['krw', 'KRW'],
  ['rupees', 'INR'], ['inr', 'INR'], ['fold', 'multiple'],
]);

/** Unit words that are a power of ten of a unit we keep: basis points, kilowatts. */
const SHIFTED_UNIT_WORDS = byFirstChar<readonly [Unit, number]>([
  ['basis points', ['percentage-points', -2]], ['basis point', ['percentage-points', -2]],
  ['bps', ['percentage-points', -2]], ['bp', ['percentage-points', -2]],
  ['kilowatts', ['MW', -3]], ['kilowatt', ['MW', -3]], ['kw', ['MW', -3]],
]);

/** Words after "N times" that make it a multiple ("10 times larger", "3 times the revenue"), not a count of events. */
const COMPARISON_WORDS = [
  'more', 'larger', 'bigger', 'higher', 'greater', 'faster', 'cheaper', 'smaller', 'lower', 'as', 'the', 'over', 'that',
];

function isComparisonAfter(s: string, i: number, to: number): boolean {
  return s[i] === ' ' && COMPARISON_WORDS.some((w) => wordAt(s, i + 1, w, to));
}

/** Reads a unit after a number (and its scale) at `i`. `scaled`: "won" only counts after a scale. */
export function readUnit(s: string, i: number, to: number, scaled: boolean): UnitRead | undefined {
  const c = s[i];
  if (c === '%') return { unit: 'percent', end: i + 1, ja: false };
  if (c === '×') return { unit: 'multiple', end: i + 1, ja: false };
  if (c === '-' && wordAt(s, i + 1, 'fold', to)) return { unit: 'multiple', end: i + 5, ja: false };
  // "a 100-billion-dollar deal"
  if (c === '-' && wordAt(s, i + 1, 'dollar', to)) return { unit: 'USD', end: i + 7, ja: false };
  // 割 counts tenths: 3割 is 30%.
  if (c === '割') return { unit: 'percent', end: i + 1, ja: true, exp: 1 };
  for (const [word, unit] of candidatesAt(JA_UNITS, s, i)) if (s.startsWith(word, i)) return { unit, end: i + word.length, ja: true };
  if (!isSpace(s, i)) return undefined;
  const j = i + 1;
  if (s[j] === '%') return { unit: 'percent', end: j + 1, ja: false };
  if (!isAsciiLetter(s, j)) return undefined;
  for (const [word, [unit, exp]] of candidatesAt(SHIFTED_UNIT_WORDS, s, j)) {
    if (wordAt(s, j, word, to)) return { unit, end: j + word.length, ja: false, exp };
  }
  for (const [word, unit] of candidatesAt(EN_UNIT_WORDS, s, j)) if (wordAt(s, j, word, to)) return { unit, end: j + word.length, ja: false };
  if (scaled && wordAt(s, j, 'won', to)) return { unit: 'KRW', end: j + 3, ja: false };
  if (wordAt(s, j, 'times', to) && isComparisonAfter(s, j + 5, to)) return { unit: 'multiple', end: j + 5, ja: false };
  return undefined;
}

const SYMBOL_CURRENCIES: Record<string, Unit> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };
const CODE_CURRENCIES: Record<string, Unit> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', KRW: 'KRW', INR: 'INR',
};

export interface CurrencyPrefix {
  start: number;
  unit: Unit;
}

/**
 * Reads a currency written before position `i` ("$", "US$", "€", "USD "), not reaching below
 * `floor`. Returns null when a "$" belongs to another dollar ("A$", "HK$"): no claim then.
 */
export function readCurrencyPrefix(s: string, i: number, floor: number): CurrencyPrefix | null | undefined {
  // "$ 5B": one space between a currency symbol and the number.
  if (s[i - 1] === ' ' && i - 2 >= floor && s[i - 2]! in SYMBOL_CURRENCIES) i--;
  const c = s[i - 1];
  if (i - 1 >= floor && c !== undefined && c in SYMBOL_CURRENCIES) {
    let start = i - 1;
    if (c === '$' && start - 2 >= floor && s.startsWith('US', start - 2)) start -= 2;
    if (start - 1 >= floor && isAsciiLetter(s, start - 1)) return null;
    return { start, unit: SYMBOL_CURRENCIES[c]! };
  }
  if (c === ' ' && i - 4 >= floor && isUpper(s, i - 2)) {
    const code = s.slice(i - 4, i - 1);
    const unit = CODE_CURRENCIES[code];
    if (unit && !(i - 5 >= floor && isAsciiLetter(s, i - 5))) return { start: i - 4, unit };
  }
  return undefined;
}

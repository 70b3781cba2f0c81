// Figures written for people: in the writer's own style (quick fixes, "not 49%" messages), and a
// normalised display for hovers ("$115.0B", "27%", "8億人").
import numeral from 'numeral';
import type { Lang, Unit } from '../types';
import {
  hasFullWidthDigits,
  japaneseDecimal,
  japaneseGroups,
  toFullWidth,
  toHalfWidth,
  trimmedDecimal,
  withCommas,
} from './japanese';

export { japaneseGroups, japaneseDecimal, toFullWidth, toHalfWidth } from './japanese';

const CURRENCY_SYMBOL: Partial<Record<Unit, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const CURRENCY_JA: Partial<Record<Unit, string>> = { USD: 'ドル', JPY: '円', EUR: 'ユーロ', GBP: 'ポンド', CNY: '人民元', KRW: 'ウォン', INR: 'ルピー' };
const CURRENCIES = new Set<Unit>(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR']);

export function isCurrency(unit: Unit): boolean {
  return CURRENCIES.has(unit);
}

interface Scale {
  word: string;
  size: number;
}

// Scale spellings in a family, largest first, so a value can move to the neighbouring scale.
const SCALE_FAMILIES: ReadonlyArray<ReadonlyArray<Scale>> = [
  [{ word: 'trillion', size: 1e12 }, { word: 'billion', size: 1e9 }, { word: 'million', size: 1e6 }, { word: 'thousand', size: 1e3 }],
  [{ word: 'T', size: 1e12 }, { word: 'B', size: 1e9 }, { word: 'M', size: 1e6 }, { word: 'K', size: 1e3 }],
  [{ word: 't', size: 1e12 }, { word: 'b', size: 1e9 }, { word: 'm', size: 1e6 }, { word: 'k', size: 1e3 }],
  [{ word: 'tn', size: 1e12 }, { word: 'bn', size: 1e9 }, { word: 'mn', size: 1e6 }, { word: 'k', size: 1e3 }],
  [{ word: 'Trillion', size: 1e12 }, { word: 'Billion', size: 1e9 }, { word: 'Million', size: 1e6 }, { word: 'Thousand', size: 1e3 }],
];

function findScale(word: string): { family: ReadonlyArray<Scale>; index: number } | undefined {
  for (const family of SCALE_FAMILIES) {
    const index = family.findIndex((s) => s.word === word);
    if (index >= 0) return { family, index };
  }
  return undefined;
}

/** The writer's figure cut into prefix, number, scale and suffix: "US$" "1.4" " trillion" "". */
interface WrittenParts {
  prefix: string;
  number: string;
  gap: string;
  scale: string;
  suffix: string;
}

// Linear: each group is a single character class run; the optional groups do not overlap.
const ENGLISH_FIGURE = /^([^\d]*?)(\d[\d,]*(?:\.\d+)?|\.\d+)(\s?)(trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|tn|bn|mn|T|B|M|K|t|b|m|k)?(?![A-Za-z])(.*)$/s;

function splitEnglish(written: string): WrittenParts | undefined {
  const m = ENGLISH_FIGURE.exec(written);
  if (!m) return undefined;
  return { prefix: m[1] ?? '', number: m[2] ?? '', gap: m[4] ? m[3] ?? '' : '', scale: m[4] ?? '', suffix: m[4] ? m[5] ?? '' : (m[3] ?? '') + (m[5] ?? '') };
}

/**
 * The largest magnitude a figure can have, per kind of unit: money and counts up to a thousand
 * trillion, rates and capacities up to a million. A value past it (a dataset typo, an overflow) is
 * written as "over <limit>", so no formatter ever prints NaN, Infinity or an exponent.
 */
function magnitudeLimit(unit: Unit): number {
  return isCurrency(unit) || unit === 'count' ? 1e15 : 1e6;
}

/** What a value that is not a number is shown as: a dash, never "NaN" or "Infinity". */
export const NOT_A_FIGURE = '—';

/** Money and counts are written with a scale word from a million up, never as raw base units. */
function needsScale(value: number, unit: Unit): boolean {
  return (isCurrency(unit) || unit === 'count') && Math.abs(value) >= 1e6;
}

/** Runs `format` on a value clamped to the unit's limit, with "over …" / "…超" when it was clamped. */
function withinLimit(value: number, unit: Unit, lang: Lang, format: (v: number) => string): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  const limit = magnitudeLimit(unit);
  if (Math.abs(value) <= limit) return format(value);
  const clamped = format(Math.sign(value) * limit);
  if (lang === 'ja') return value > 0 ? `${clamped}超` : `${clamped}未満`;
  return value > 0 ? `over ${clamped}` : `under ${clamped}`;
}

/** A number without a scale: fewest decimals (at most 2), thousands separated from 10,000 up. */
function plainNumber(value: number): string {
  const text = trimmedDecimal(value, 2);
  if (Math.abs(value) < 1e4) return text;
  const [whole, fraction] = text.split('.');
  return withCommas(whole ?? '') + (fraction ? `.${fraction}` : '');
}

function decimalsIn(number: string): number {
  const dot = number.indexOf('.');
  return dot < 0 ? 0 : number.length - dot - 1;
}

/** A number with the fewest decimals that carry it (at most 2), commas when the writer used them or from 10,000 up. */
function writeNumber(value: number, writerNumber: string): string {
  const maxDecimals = Math.max(2, decimalsIn(writerNumber));
  const text = trimmedDecimal(value, maxDecimals);
  if (!writerNumber.includes(',') && Math.abs(value) < 1e4) return text;
  const [whole, fraction] = text.split('.');
  return withCommas(whole ?? '') + (fraction ? `.${fraction}` : '');
}

/** Keep the writer's scale word; move one scale down when the value would read "0.5", up at 1000+. */
function chooseScale(value: number, scaleWord: string): Scale | undefined {
  const found = findScale(scaleWord);
  if (!found) return undefined;
  let index = found.index;
  const magnitude = Math.abs(value);
  while (index + 1 < found.family.length && magnitude < found.family[index]!.size) index++;
  while (index > 0 && magnitude >= found.family[index - 1]!.size) index--;
  return found.family[index];
}

function formatEnglishLikeWriter(value: number, unit: Unit, written: string): string {
  const parts = splitEnglish(written);
  if (!parts) return formatDisplay(value, unit, 'en');
  if (!parts.scale && needsScale(value, unit)) {
    // "$1" on the way to "$1.4 trillion" must not become "$380000000000": scale words, as in "$380 billion".
    parts.scale = 'million';
    parts.gap = ' ';
  }
  if (!parts.scale) return parts.prefix + writeNumber(value, parts.number) + parts.suffix;
  const scale = chooseScale(value, parts.scale);
  if (!scale) return parts.prefix + writeNumber(value, parts.number) + parts.suffix;
  return parts.prefix + writeNumber(value / scale.size, parts.number) + parts.gap + scale.word + parts.suffix;
}

// Linear: prefix is a run of non-digits, the number one run starting at a digit.
const JAPANESE_FIGURE = /^([^\d]*)(\d[\d.,兆億万]*)(.*)$/s;

function formatJapaneseLikeWriter(value: number, unit: Unit, written: string): string {
  const fullWidth = hasFullWidthDigits(written);
  const m = JAPANESE_FIGURE.exec(toHalfWidth(written));
  if (!m) return formatDisplay(value, unit, 'ja');
  const [, prefix = '', number = '', suffix = ''] = m;
  const usesGroups = /[兆億万]/.test(number);
  const decimalGroup = /\.\d+[兆億万]/.test(number);
  let body: string;
  if (!usesGroups && needsScale(value, unit)) body = japaneseGroups(value, number.includes(','));
  else if (!usesGroups) body = writeNumber(value, number);
  else if (decimalGroup) body = japaneseDecimal(value);
  else body = japaneseGroups(value, number.includes(','));
  const text = prefix + body + suffix;
  return fullWidth ? toFullWidth(text) : text;
}

function looksJapanese(written: string): boolean {
  return /[兆億万ドル円人倍％]/.test(written) || hasFullWidthDigits(written);
}

/**
 * `value` (in base units of `unit`) written the way the writer wrote `writtenText`:
 * "$49B" + 27e9 → "$27B", "1150億ドル" + 1.4e12 → "1兆4000億ドル", "49%" + 27 → "27%".
 */
export function formatLikeWriter(value: number, unit: Unit, writtenText: string, lang: Lang): string {
  return withinLimit(value, unit, lang, (v) => formatLikeWriterWithin(v, unit, writtenText, lang));
}

function formatLikeWriterWithin(value: number, unit: Unit, writtenText: string, lang: Lang): string {
  const written = writtenText.trim();
  if (!/[\d０-９]/.test(written)) {
    if (unit === 'multiple') return lang === 'ja' ? `${plainNumber(value)}倍` : `${plainNumber(value)}x`;
    return formatDisplayWithin(value, unit, lang);
  }
  if (looksJapanese(written) || (lang === 'ja' && !/[A-Za-z]/.test(written))) {
    return formatJapaneseLikeWriter(value, unit, written);
  }
  return formatEnglishLikeWriter(value, unit, written);
}

function nounSuffixJa(noun: string | undefined): string {
  if (!noun) return '';
  if (/user|subscriber|people|employee|人|ユーザー|利用者|会員/i.test(noun)) return '人';
  if (/visit|訪問|アクセス/i.test(noun)) return '回';
  return '';
}

function abbreviated(value: number, pattern: string): string {
  return numeral(value).format(pattern).toUpperCase();
}

/** A normalised figure for hovers and reports: "$115.0B", "27%", "800M", "8億人", "1兆4000億ドル". */
export function formatDisplay(value: number, unit: Unit, lang: Lang, noun?: string): string {
  return withinLimit(value, unit, lang, (v) => formatDisplayWithin(v, unit, lang, noun));
}

function formatDisplayWithin(value: number, unit: Unit, lang: Lang, noun?: string): string {
  if (lang === 'ja') return formatDisplayJa(value, unit, noun);
  if (isCurrency(unit)) {
    const symbol = CURRENCY_SYMBOL[unit];
    const number = Math.abs(value) >= 1e3 ? abbreviated(Math.abs(value), '0.0a') : trimmedDecimal(Math.abs(value), 2);
    const sign = value < 0 ? '-' : '';
    return symbol ? `${sign}${symbol}${number}` : `${sign}${unit} ${number}`;
  }
  switch (unit) {
    case 'percent':
      return `${plainNumber(value)}%`;
    case 'percentage-points':
      return `${plainNumber(value)} pp`;
    case 'multiple':
      return `${plainNumber(value)}x`;
    case 'GW':
    case 'MW':
      return `${plainNumber(value)} ${unit}`;
    default: {
      const number = Math.abs(value) >= 1e3 ? abbreviated(value, '0.[0]a') : plainNumber(value);
      return noun ? `${number} ${noun}` : number;
    }
  }
}

function formatDisplayJa(value: number, unit: Unit, noun?: string): string {
  if (isCurrency(unit)) return japaneseGroups(value) + (CURRENCY_JA[unit] ?? unit);
  switch (unit) {
    case 'percent':
      return `${plainNumber(value)}%`;
    case 'percentage-points':
      return `${plainNumber(value)}ポイント`;
    case 'multiple':
      return `${plainNumber(value)}倍`;
    case 'GW':
    case 'MW':
      return `${plainNumber(value)}${unit}`;
    default:
      return japaneseGroups(value) + nounSuffixJa(noun);
  }
}

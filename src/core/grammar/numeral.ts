// Reading digit strings and turning them into exact values. Values are built from the written
// digits with Number("<digits>e<exp>"), which rounds once, so "1.4" × 10^12 is exactly 1.4e12.

import { isDigit } from './chars';

/** More integer digits than this is not a figure anyone writes; such runs are never claims. */
export const MAX_INT_DIGITS = 18;

export interface Numeral {
  start: number;
  end: number;
  /** Integer digits without separators ("1150" for "1,150"). */
  intDigits: string;
  /** Digits after the decimal point. */
  fracDigits: string;
  /** Written with thousands separators. */
  grouped: boolean;
  /** Broken grouping ("1,2,3"), several decimal points ("1.2.3"), or too many digits. */
  malformed: boolean;
}

function digitRunEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && isDigit(s, j)) j++;
  return j;
}

/** Skips a run of digits, commas and dots: the rest of a list, a section number or a broken figure. */
function chainEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && (isDigit(s, j) || ((s[j] === ',' || s[j] === '.') && isDigit(s, j + 1)))) j++;
  return j;
}

/** Reads "1,150", "22.4", "1150" at `i` (which must be a digit). Linear in the length read. */
export function readNumeral(s: string, i: number, to: number): Numeral {
  let j = digitRunEnd(s, i, to);
  let intDigits = s.slice(i, j);
  let grouped = false;
  let malformed = false;
  // Thousands groups: exactly three digits after each comma, the first group one to three digits.
  while (s[j] === ',' && isDigit(s, j + 1)) {
    const groupEnd = digitRunEnd(s, j + 1, to);
    if (groupEnd - (j + 1) !== 3 || (!grouped && intDigits.length > 3)) {
      malformed = true;
      j = chainEnd(s, j, to);
      break;
    }
    intDigits += s.slice(j + 1, groupEnd);
    grouped = true;
    j = groupEnd;
  }
  let fracDigits = '';
  if (!malformed && s[j] === '.' && isDigit(s, j + 1)) {
    const fracEnd = digitRunEnd(s, j + 1, to);
    fracDigits = s.slice(j + 1, fracEnd);
    j = fracEnd;
    if ((s[j] === '.' || s[j] === ',') && isDigit(s, j + 1)) {
      malformed = true;
      j = chainEnd(s, j, to);
    }
  }
  if (stripLeadingZeros(intDigits).length > MAX_INT_DIGITS || fracDigits.length > MAX_INT_DIGITS) malformed = true;
  return { start: i, end: j, intDigits, fracDigits, grouped, malformed };
}

export function stripLeadingZeros(digits: string): string {
  let k = 0;
  while (k < digits.length - 1 && digits[k] === '0') k++;
  return digits.slice(k);
}

/** Exact decimal: integer `mantissa` × 10^`exp`. */
export interface Decimal {
  mantissa: string;
  exp: number;
}

export function numeralDecimal(n: Numeral, scaleExp: number): Decimal {
  return { mantissa: stripLeadingZeros(n.intDigits + n.fracDigits), exp: scaleExp - n.fracDigits.length };
}

const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

export function decimalValue(d: Decimal): number {
  // Both operands exact and IEEE multiplication/division correctly rounded: same result as parsing
  // the decimal string, without building one (the common case: up to 15 digits, |exp| <= 22).
  if (d.mantissa.length <= 15 && d.exp >= -22 && d.exp <= 22) {
    const m = Number(d.mantissa);
    return d.exp >= 0 ? m * EXACT_POWERS[d.exp]! : m / EXACT_POWERS[-d.exp]!;
  }
  return Number(`${d.mantissa}e${d.exp}`);
}

// The exponents figures use, read once the same way (one per figure otherwise builds and parses a string).
const POWERS_RANGE = 40;
const POWERS = Array.from({ length: 2 * POWERS_RANGE + 1 }, (_, i) => Number(`1e${i - POWERS_RANGE}`));

/** 10^exp without float noise (Math.pow(10, -1) is fine, but "1e-1" is exact by construction). */
export function powerOfTen(exp: number): number {
  return exp >= -POWERS_RANGE && exp <= POWERS_RANGE && Number.isInteger(exp) ? POWERS[exp + POWERS_RANGE]! : Number(`1e${exp}`);
}

/** Place value exponent of the last non-zero digit of an integer mantissa ("4000" → 3). */
export function trailingZeros(mantissa: string): number {
  let k = 0;
  while (k < mantissa.length - 1 && mantissa[mantissa.length - 1 - k] === '0') k++;
  return k;
}

/** Exponent of the last non-zero digit of a finite positive integer value (2e8 → 8). */
export function lastNonZeroExp(value: number): number {
  if (!Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) return 0;
  let exp = 0;
  let v = value;
  while (v >= 10 && v % 10 === 0 && exp < 300) {
    v /= 10;
    exp++;
  }
  return exp;
}

// Character classes and width folding for the number grammar. Pure functions, no Node API.

/**
 * Full-width digits, Latin letters and signs, U+2212 minus, and non-breaking or thin spaces become their ASCII
 * counterparts. Every replacement is one UTF-16 unit for one, so offsets into the folded text are
 * offsets into the original.
 */
const FOLDABLE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05\uFF0B\uFF0D\uFF0C\uFF0E\uFF04\uFFE5\u2212\u00A0\u2009\u202F]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Full-width digits and Latin letters ("１０ＧＷ", "＄５Ｂ").
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  switch (c) {
    case '\uFF05': return '%';
    case '\uFF0B': return '+';
    case '\uFF0D': case '\u2212': return '-';
    case '\uFF0C': return ',';
    case '\uFF0E': return '.';
    case '\uFF04': return '$';
    case '\uFFE5': return '¥';
    default: return ' ';
  }
}

export function foldWidth(s: string): string {
  return s.replace(FOLDABLE, foldChar);
}

/** True when `text[from, to)` holds a full-width form that folding changed. */
export function hasWideForm(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff00 && code <= 0xffef) return true;
  }
  return false;
}

export function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpper(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/**
 * Letters and digits: a number touching one of these is part of a name or code. Underscore is not
 * one (markdown emphasis: "_64%_"); between letters and digits it joins them like a hyphen.
 */
export function isWordChar(s: string, i: number): boolean {
  return isAsciiLetter(s, i) || isDigit(s, i);
}

/** Hiragana, katakana (incl. ー), CJK ideographs and 々. */
export function isJapaneseChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

export function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || c === 9;
}

/** End of the run of ASCII letters and digits starting at `i`. */
export function endOfAlnumRun(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && (isWordChar(s, j) || (s[j] === '.' && isDigit(s, j + 1)))) j++;
  return j;
}

/**
 * Case-insensitive match of a lowercase ASCII `word` at `i`, followed by a non-letter (so
 * "percent" does not match "percentage"). Japanese words need no boundary.
 */
export function wordAt(s: string, i: number, word: string, to: number): boolean {
  const end = i + word.length;
  if (end > to) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  const ascii = word.charCodeAt(word.length - 1) < 128;
  return !ascii || end >= to || !isWordChar(s, end);
}

/** Exact (case-sensitive) match of `word` at `i`. */
export function exactAt(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i);
}

/** Reads the ASCII letters starting at `i`. */
export function letterRunAt(s: string, i: number, to: number): string {
  let j = i;
  while (j < to && isAsciiLetter(s, j)) j++;
  return s.slice(i, j);
}

/** A word table keyed by the lower-cased UTF-16 code of each word's first character. */
export type WordTable<T> = Map<number, Array<readonly [string, T]>>;

/** Lower-cased code unit at `i` (ASCII letters only are folded; -1 past the end). */
export function lowerCodeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return -1;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Groups words by their first character (lower-cased), longest first, so a lookup at a position
 * only compares the few words that can match there.
 */
export function byFirstChar<T>(entries: ReadonlyArray<readonly [string, T]>): WordTable<T> {
  const map: WordTable<T> = new Map();
  for (const e of [...entries].sort((a, b) => b[0].length - a[0].length)) {
    const key = lowerCodeAt(e[0], 0);
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
  return map;
}

/** The words of `table` that may start at `i`. */
export function candidatesAt<T>(table: WordTable<T>, s: string, i: number): ReadonlyArray<readonly [string, T]> {
  return table.get(lowerCodeAt(s, i)) ?? NONE;
}
const NONE: ReadonlyArray<never> = [];

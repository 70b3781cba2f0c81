// Hedge words around a figure: "about $115B", "more than 800 million", "約1兆ドル", "10億以上".
// The before-patterns run on a window of at most 24 characters ending at the figure, so they cost
// a bounded amount per figure whatever the document.

import type { Qualifier, TextRange } from '../types';
import { byFirstChar, candidatesAt, isAsciiLetter, isDigit, isJapaneseChar, wordAt } from './chars';

export interface Hedge {
  qualifier: Qualifier;
  range: TextRange;
}

const EN_BEFORE: Record<string, Qualifier> = {
  about: 'approx', approximately: 'approx', 'approx.': 'approx', roughly: 'approx', nearly: 'approx',
  almost: 'approx', some: 'approx', around: 'approx', 'close to': 'approx', 'an estimated': 'approx',
  'more than': 'at-least', over: 'at-least', above: 'at-least', 'at least': 'at-least', 'upwards of': 'at-least',
  'in excess of': 'at-least', 'north of': 'at-least', 'just over': 'at-least',
  'up to': 'up-to', 'as much as': 'up-to', 'as many as': 'up-to', 'as high as': 'up-to',
  'less than': 'less-than', 'fewer than': 'less-than', under: 'less-than', below: 'less-than', 'just under': 'less-than',
};
const JA_BEFORE: Record<string, Qualifier> = {
  約: 'approx', およそ: 'approx', 凡そ: 'approx', 概ね: 'approx', おおむね: 'approx', ほぼ: 'approx',
  最大: 'up-to', 最大で: 'up-to', 最高: 'up-to', 最高で: 'up-to',
  少なくとも: 'at-least', 最低: 'at-least', 最低でも: 'at-least',
};

function alternation(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.]/g, '\\.'))
    .join('|');
}

// End-anchored; run only on a short window, so their cost per figure is bounded.
// Tried only at the word starts of the window, leftmost first (each phrase starts with a letter): an
// unanchored pattern would try the alternation at every character.
const EN_BEFORE_AT = new RegExp(`(${alternation(Object.keys(EN_BEFORE))}) ?$`, 'iy');
const JA_BEFORE_RE = new RegExp(`(${alternation(Object.keys(JA_BEFORE))}) ?$`);
const CONNECTOR_RE = /(?:^|[^A-Za-z])(between|from) $/i;
const WINDOW = 24;

/** The English hedge phrase (then an optional space) that ends `window` and starts a word in it. */
function englishHedgeAtEnd(window: string): RegExpExecArray | null {
  for (let p = 0; p < window.length; p++) {
    if (!isAsciiLetter(window, p) || (p > 0 && isAsciiLetter(window, p - 1))) continue;
    EN_BEFORE_AT.lastIndex = p;
    const m = EN_BEFORE_AT.exec(window);
    if (m) return m;
  }
  return null;
}

/** The hedge ending right before `i` (after optional "~"), if any. */
export function hedgeBefore(s: string, i: number, floor: number): Hedge | undefined {
  // "~$5B" is approximate; "~~$5B~~" is markdown strikethrough.
  if (i - 1 >= floor && s[i - 1] === '~' && s[i - 2] !== '~') return { qualifier: 'approx', range: { start: i - 1, end: i } };
  // Hedges end in a letter (then an optional space) or in kana/kanji: skip the patterns otherwise.
  const last = s[i - 1] === ' ' ? i - 2 : i - 1;
  if (last < floor || !(isAsciiLetter(s, last) || s[last] === '.' || isJapaneseChar(s, last))) return undefined;
  const windowStart = Math.max(floor, i - WINDOW);
  const window = s.slice(windowStart, i);
  const en = isJapaneseChar(s, last) ? null : englishHedgeAtEnd(window);
  if (en) {
    const phrase = en[1]!;
    const end = windowStart + en.index + en[0].length - (en[0].endsWith(' ') ? 1 : 0);
    return { qualifier: EN_BEFORE[phrase.toLowerCase()]!, range: { start: end - phrase.length, end } };
  }
  const ja = JA_BEFORE_RE.exec(window);
  if (ja) {
    const phrase = ja[1]!;
    const end = windowStart + ja.index + ja[0].length - (ja[0].endsWith(' ') ? 1 : 0);
    return { qualifier: JA_BEFORE[phrase]!, range: { start: end - phrase.length, end } };
  }
  return undefined;
}

/** "between" or "from" right before `i`: decides whether "X and Y" / "X to Y" is a range. */
export function connectorBefore(s: string, i: number, floor: number): 'between' | 'from' | undefined {
  const windowStart = Math.max(floor, i - 10);
  const m = CONNECTOR_RE.exec(s.slice(windowStart, i));
  return m ? (m[1]!.toLowerCase() as 'between' | 'from') : undefined;
}

const JA_AFTER = byFirstChar<Qualifier>([
  ['を超え', 'at-least'], ['を超す', 'at-least'], ['を上回', 'at-least'], ['近く', 'approx'], ['程度', 'approx'],
  ['前後', 'approx'], ['ほど', 'approx'], ['以上', 'at-least'], ['超え', 'at-least'], ['超', 'at-least'],
  ['強', 'at-least'], ['あまり', 'at-least'], ['余り', 'at-least'], ['まで', 'up-to'], ['以内', 'up-to'],
  ['未満', 'less-than'], ['以下', 'less-than'], ['弱', 'less-than'], ['足らず', 'less-than'],
]);
/** English hedges after a figure, without their leading space or hyphen. */
const EN_AFTER_SPACED = byFirstChar<Qualifier>([
  ['or more', 'at-least'], ['plus', 'at-least'], ['or so', 'approx'], ['or less', 'up-to'], ['or fewer', 'up-to'],
]);

/** The hedge written right after a figure ending at `i` ("以上", "超", " or more", "+", "-plus"). */
export function hedgeAfter(s: string, i: number, to: number): Hedge | undefined {
  const c = s[i];
  if (c === undefined) return undefined;
  if (c === '+') return isDigit(s, i + 1) ? undefined : { qualifier: 'at-least', range: { start: i, end: i + 1 } };
  if (c === ' ' || c === '-') {
    for (const [word, qualifier] of candidatesAt(EN_AFTER_SPACED, s, i + 1)) {
      if (c === '-' && word !== 'plus') continue;
      if (wordAt(s, i + 1, word, to)) {
        return { qualifier, range: { start: c === ' ' ? i + 1 : i, end: i + 1 + word.length } };
      }
    }
    return undefined;
  }
  for (const [word, qualifier] of candidatesAt(JA_AFTER, s, i)) {
    if (s.startsWith(word, i)) return { qualifier, range: { start: i, end: i + word.length } };
  }
  return undefined;
}

// The scanner: one global anchor pattern finds where a number may start; small hand-written
// readers take it from there. Every step moves forward past what it read, so a scan is linear in
// the text whatever the input ("$$$$", "1,1,1,…", "億億億", a megabyte of digits).

import type { Direction, Lang, Qualifier, TextRange, Unit } from '../types';
import { foldWidth, hasWideForm, isAsciiLetter, isSpace } from './chars';
import {
  isLabelWord, isMeasureUnit, isMonthWord, isNameBefore, isStopword, isSuperlative, isTimeUnit, isYearLike, jaCounterAt,
  nearJapanese, wordAfter, wordBefore,
} from './filters';
import { connectorBefore, Hedge, hedgeAfter, hedgeBefore } from './hedges';
import { powerOfTen } from './numeral';
import { Attempt, makeReading, readDigitsAt, readKanjiAt, readWordsAt, Reading } from './reading';
import { NUMBER_WORD_STARTS } from './words';

export interface FigureMatch {
  /** UTF-16 offsets into the scanned text covering the figure itself ("$115B", "1150億ドル", "64%"). */
  start: number;
  end: number;
  text: string;
  /** Value in base units; for ranges the upper bound. Negative for an explicit minus sign. */
  value: number;
  low?: number;
  high?: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Where the hedge words are ("about", "以上"), for highlighting. */
  hedgeRange?: TextRange;
  /** The rounding step implied by the digits written: "$115B" → 1e9, "22.4%" → 0.1. */
  precision: number;
  direction?: Direction;
  /** Raw words right after the figure that may name what is counted ("weekly users", "人"). */
  nounText?: string;
  nounRange?: TextRange;
  lang: Lang;
}

// Anchors: a digit, a kanji numeral, or an English number/multiplier word. "a", "an" and "half"
// only before a scale word (bounded lookahead). Alternations of literals: linear.
const WORD_ANCHORS = NUMBER_WORD_STARTS.filter((w) => !['a', 'an', 'half'].includes(w)).sort((a, b) => b.length - a.length);
const ANCHOR_SOURCE =
  '[0-9]|[〇零一二三四五六七八九十百千]|倍増|半減' +
  '|\\b(?:an?|half)(?= (?:a )?(?:hundred|thousand|million|billion|trillion|dozen)\\b)' +
  `|\\b(?:${WORD_ANCHORS.join('|')})\\b`;

// One shared pattern object (scanFigures is synchronous and never re-entered; lastIndex is reset per call).
const ANCHOR = new RegExp(ANCHOR_SOURCE, 'gi');

const RANGE_DASHES = new Set(['-', '–', '—', '~', '〜', '～']);
const CURRENCY_SYMBOLS = '$€£¥₩₹';

function readAt(s: string, p: number, to: number, floor: number, matched: string, checkBefore: boolean): Attempt {
  const code = s.charCodeAt(p);
  if (code >= 48 && code <= 57) return readDigitsAt(s, p, to, floor, checkBefore);
  if (!isAsciiLetter(s, p) && matched.length === 1) return readKanjiAt(s, p, to, floor);
  return readWordsAt(s, p, to, matched);
}

/** The number after a range connector at `k`, skipping a repeated currency ("$14-$17 billion"). */
function readSecond(s: string, k: number, to: number): Reading | undefined {
  let q = k;
  if (s.startsWith('US$', q)) q += 3;
  else if (q < to && CURRENCY_SYMBOLS.includes(s[q]!)) q++;
  const code = s.charCodeAt(q);
  const isNumberStart = (code >= 48 && code <= 57) || '〇一二三四五六七八九十百千'.includes(s[q] ?? 'x');
  if (!isNumberStart) return undefined;
  return readAt(s, q, to, k, s[q]!, false).reading;
}

const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'grew', 'grow', 'grows', 'grown',
  'increased', 'increase', 'increases', 'decreased', 'decrease', 'jumped', 'climbed', 'dropped', 'declined',
  'slid', 'slipped', 'surged', 'soared', 'plunged', 'tumbled', 'gained', 'lost', 'cut', 'raised', 'lifted',
  'lowered', 'up', 'down', 'boosted', 'expanded', 'shrank', 'doubled', 'tripled',
]);

/** "rose 5% to 10%": the second figure is where the change ended, not the top of a range. */
function isChangeVerb(word: string): boolean {
  return CHANGE_VERBS.has(word.toLowerCase());
}

interface Range {
  reading: Reading;
  low: number;
  high: number;
}

/** Joins two readings into a range when their units and scales agree; undefined otherwise. */
function joinRange(a: Reading, b: Reading): Range | undefined {
  if (a.unit && b.unit && a.unit !== b.unit) return undefined;
  // Only a unit written before the low end carries over ("$14–17 billion"); "10% to 5,000" is two figures.
  if (a.unit && !b.unit && !a.unitBefore) return undefined;
  if (a.kind === 'multiplier' || b.kind === 'multiplier' || a.sign !== 0 || b.sign !== 0) return undefined;
  if (a.scaled && !b.scaled) return undefined;
  let low = a.value;
  let precisionExp = a.precisionExp;
  if (!a.scaled && b.scaled) {
    low = Number(`${a.value}e${b.scaleExp}`);
    precisionExp += b.scaleExp;
  }
  if (!(low <= b.value)) return undefined;
  return {
    reading: makeReading({
      ...b,
      start: a.start,
      precisionExp: Math.min(precisionExp, b.precisionExp),
      unit: a.unit ?? b.unit,
      ja: a.ja || b.ja,
      grouped: a.grouped || b.grouped,
    }),
    low,
    high: b.value,
  };
}

/** Worded ranges of bare numbers ("5 to 10", "between 2024 and 2025") stay separate numbers. */
function joinUnlessBare(a: Reading, b: Reading | undefined): Range | undefined {
  const range = b ? joinRange(a, b) : undefined;
  return range && (range.reading.unit || range.reading.scaled) ? range : undefined;
}

/** Tries "X–Y", "between X and Y" and "X to Y" after the first reading. */
function tryRange(s: string, a: Reading, to: number, floor: number): Range | { bareEnd: number } | undefined {
  let j = a.end;
  if (isSpace(s, j)) j++;
  if (RANGE_DASHES.has(s[j] ?? '')) {
    let k = j + 1;
    if (isSpace(s, k)) k++;
    const b = readSecond(s, k, to);
    if (!b) return undefined;
    const range = joinRange(a, b);
    if (range && !range.reading.unit && !range.reading.scaled) return { bareEnd: b.end };
    return range;
  }
  if (s.startsWith(' and ', a.end)) {
    if (connectorBefore(s, a.start, floor) !== 'between') return undefined;
    return joinUnlessBare(a, readSecond(s, a.end + 5, to));
  }
  if (s.startsWith(' to ', a.end)) {
    const connector = connectorBefore(s, a.start, floor);
    if (connector === 'from' || isChangeVerb(wordBefore(s, a.start, floor))) return undefined;
    return joinUnlessBare(a, readSecond(s, a.end + 4, to));
  }
  return undefined;
}

interface Noun {
  text: string;
  range: TextRange;
  /** Names something counted (not a time unit, month, stopword, rank or non-count counter). */
  counts: boolean;
}

/** Katakana (with ー) and kanji: Japanese nouns; hiragana is mostly grammar and ends the run. */
function isJaNounChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x30a0 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005;
}

function jaRunEnd(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 10 && isJaNounChar(s, j)) j++;
  return j;
}

/** The words after a figure that may name what is counted: up to three English words or a Japanese counter. */
function readNoun(s: string, i: number, to: number): Noun | undefined {
  const counter = jaCounterAt(s, i);
  if (counter) {
    let end = i + counter.text.length;
    if (counter.counts && s[end] === 'の') {
      const runEnd = jaRunEnd(s, end + 1, to);
      if (runEnd > end + 1) end = runEnd;
    }
    return { text: s.slice(i, end), range: { start: i, end }, counts: counter.counts };
  }
  if (s[i] === 'の' && isJaNounChar(s, i + 1)) {
    const end = jaRunEnd(s, i + 1, to);
    // "12の理由" reads as a list heading; a bare Japanese number counts things only with a counter.
    if (end > i + 1) return { text: s.slice(i + 1, end), range: { start: i + 1, end }, counts: false };
  }
  if (!isSpace(s, i) || !isAsciiLetter(s, i + 1)) return undefined;
  const start = i + 1;
  let end = start;
  let words = 0;
  let first = '';
  let k = start;
  while (words < 3 && isAsciiLetter(s, k)) {
    let e = k;
    while (e < to && (isAsciiLetter(s, e) || ((s[e] === '-' || s[e] === "'") && isAsciiLetter(s, e + 1)))) e++;
    const word = s.slice(k, e);
    if (isStopword(word)) break;
    if (words === 0) first = word;
    end = e;
    words++;
    if (!isSpace(s, e)) break;
    k = e + 1;
  }
  if (words === 0) return undefined;
  const counts = !isTimeUnit(first) && !isMonthWord(first) && !isSuperlative(first) && !isMeasureUnit(first);
  return { text: s.slice(start, end), range: { start, end }, counts };
}

/** The bare-number rule: see docs/grammar.md ("What is not a claim"). */
function isCountedBareNumber(s: string, r: Reading, noun: Noun | undefined, floor: number, to: number): boolean {
  if (!r.integer || r.value < 10) return false;
  if (r.intDigits.length > 1 && r.intDigits.startsWith('0')) return false;
  if (isYearLike(r.intDigits, r.grouped)) return false;
  const before = wordBefore(s, r.start, floor);
  if (isLabelWord(before) || isMonthWord(wordAfter(s, r.end, to))) return false;
  if (noun && !noun.counts) return false;
  if (r.grouped) return true;
  if (isNameBefore(before)) return false;
  return noun !== undefined;
}

function directionOf(r: Reading): Direction | undefined {
  if (r.sign === 1) return 'up';
  if (r.sign === -1) return 'down';
  return r.direction;
}

/** Finds every figure in `text[from, to)`. Offsets in the result are offsets into `text`. */
export function scanFigures(text: string, from = 0, to = text.length): FigureMatch[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const s = foldWidth(text.slice(lo, hi));
  const end = s.length;
  const out: FigureMatch[] = [];
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(s)) !== null) {
    const p = m.index;
    const attempt = readAt(s, p, end, floor, m[0], true);
    let next = attempt.next;
    const figure = attempt.reading ? finish(s, attempt.reading, end, floor) : undefined;
    if (figure) {
      if (figure.figure) {
        out.push(toMatch(text, lo, figure.figure));
        floor = figure.figure.end;
      }
      next = Math.max(next, figure.next);
    }
    anchor.lastIndex = Math.max(next, p + 1);
  }
  return out;
}

interface Finished {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  unit: Unit;
  qualifier: Qualifier;
  hedge?: Hedge;
  precision: number;
  direction?: Direction;
  noun?: Noun;
  lang: Lang;
}

/** "8億人を超えた", "20億人以上": a Japanese hedge after the counter. */
function hedgeAfterCounter(s: string, i: number, to: number): Hedge | undefined {
  const counter = jaCounterAt(s, i);
  return counter ? hedgeAfter(s, i + counter.text.length, to) : undefined;
}

/** Ranges, hedges, nouns and the not-a-claim rules around one reading. */
function finish(s: string, first: Reading, to: number, floor: number): { figure?: Finished; next: number } {
  // Cheap early exit for the commonest non-claims: "one", "three", "eight" with nothing after.
  if (first.kind === 'words' && !first.unit && !first.scaled && first.value < 10) return { next: first.end };
  const range = tryRange(s, first, to, floor);
  // "pages 10-12", "2024–2025": a range of bare numbers is not a claim; skip both ends.
  if (range && 'bareEnd' in range) return { next: range.bareEnd };
  const r = range ? range.reading : first;
  if (!Number.isFinite(r.value)) return { next: r.end };
  const before = range ? undefined : hedgeBefore(s, r.start, floor);
  const after = range ? undefined : hedgeAfter(s, r.end, to) ?? hedgeAfterCounter(s, r.end, to);
  const hedge = before ?? after;
  // A hedge glued to the figure ("10,000+ GPUs", "以上のユーザー") comes before the noun.
  const noun = readNoun(s, after && after.range.start === r.end ? after.range.end : r.end, to);
  const bare = !r.unit && !r.scaled;
  if (bare && (r.kind === 'kanji' || !isCountedBareNumber(s, r, noun, floor, to))) return { next: r.end };
  const sign = r.sign === -1 ? -1 : 1;
  const lang: Lang = r.ja || nearJapanese(s, r.start, r.end, floor, to) ? 'ja' : 'en';
  const precision = powerOfTen(r.precisionExp);
  const figure: Finished = {
    start: r.start,
    end: r.end,
    value: sign * r.value,
    low: range?.low,
    high: range?.high,
    unit: r.unit ?? 'count',
    qualifier: range ? 'range' : hedge?.qualifier ?? 'exact',
    hedge,
    precision: Number.isFinite(precision) && precision > 0 ? precision : 1,
    direction: directionOf(r),
    noun,
    lang,
  };
  return { figure, next: r.end };
}

function toMatch(text: string, offset: number, f: Finished): FigureMatch {
  const start = f.start + offset;
  const end = f.end + offset;
  // One literal with every field (absent ones undefined): one object shape for all figures.
  return {
    start,
    end,
    text: text.slice(start, end),
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    hedgeRange: f.hedge ? { start: f.hedge.range.start + offset, end: f.hedge.range.end + offset } : undefined,
    precision: f.precision,
    direction: f.direction || undefined,
    nounText: f.noun?.text,
    nounRange: f.noun ? { start: f.noun.range.start + offset, end: f.noun.range.end + offset } : undefined,
    lang: f.lang === 'en' && hasWideForm(text, start, end) ? 'ja' : f.lang,
  };
}

// Sentence splitting over the masked prose (where code and URLs are already blanked). English ends
// at . ! ? unless the period belongs to an abbreviation, an initial ("U.S."), or a decimal ("$1.4");
// Japanese at 。！？ (and ． when no digit follows); a table-cell pipe (U+2029 in the mask) always
// ends a sentence. Linear.

import type { TextRange } from '../types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'corp', 'co', 'ltd', 'llc', 'jr', 'sr', 'st', 'vs', 'etc', 'approx', 'est',
  'no', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'bn', 'mln',
  'ca', 'cf', 'al', 'gen', 'gov', 'sen', 'rep', 'dept', 'univ', 'intl',
]);

const CLOSERS = new Set([')', '"', "'", '”', '’', '」', '』', '）', ']', '】', '*', '_']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u3000';
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Does the "." at `i` end an English sentence? */
function periodEndsSentence(text: string, i: number, from: number, to: number): boolean {
  const next = i + 1 < to ? text[i + 1] : '';
  if (next && !isSpace(next) && !CLOSERS.has(next) && next !== '\u2029') return false; // "1.4", "U.S", "e.g"
  let w = i;
  while (w > from && isLetter(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, i);
  const figureSuffix = w > from && /[0-9$€£¥]/.test(text[w - 1]); // "$2.5B." ends a sentence
  if (word.length === 1 && !figureSuffix) return false; // initials, "U.S."
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  let k = i + 1;
  while (k < to && (isSpace(text[k]) || CLOSERS.has(text[k]))) k++;
  // The next word in lower case is not a sentence start, unless it is a camel-case name that is always
  // written that way ("xAI", "iPhone", "eBay").
  if (k < to && /[a-z]/.test(text[k]) && !isCamelCaseName(text, k, to)) return false;
  return true;
}

/** A word starting at `k` in lower case with a capital letter inside it ("xAI"). Bounded by the word. */
function isCamelCaseName(text: string, k: number, to: number): boolean {
  for (let j = k + 1; j < to && j < k + 32; j++) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) return true;
    if (!(c >= 97 && c <= 122)) return false;
  }
  return false;
}

/** Space, line breaks, tab, ideographic space, or the table-cell hard break. */
function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0x3000 || c === 0x2029;
}

/** Appends text[start, end) trimmed of spaces and breaks, unless nothing is left. */
function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceOrBreak(text.charCodeAt(s))) s++;
  while (e > s && isSpaceOrBreak(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Sentences of the prose in text[from, to), trimmed of surrounding whitespace. */
export function splitSentences(text: string, from: number, to: number): TextRange[] {
  const out: TextRange[] = [];
  let start = from;
  const push = (end: number) => pushTrimmed(out, text, start, end);
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Fast skip: only . ! ? 。 ！ ？ and the hard break can end a sentence.
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x3002 && code !== 0xff01 && code !== 0xff1f && code !== 0xff0e && code !== 0x2029) continue;
    const c = text[i];
    let end = -1;
    if (c === '\u2029') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c === '。' || c === '！' || c === '？') end = i + 1;
    else if (c === '．' && !/[0-9０-９]/.test(text[i + 1] ?? '')) end = i + 1; // "１．５兆円" is a decimal
    else if ((c === '!' || c === '?') && (i + 1 >= to || isSpace(text[i + 1]) || CLOSERS.has(text[i + 1]))) end = i + 1;
    else if (c === '.' && periodEndsSentence(text, i, from, to)) end = i + 1;
    if (end < 0) continue;
    while (end < to && CLOSERS.has(text[end])) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(to);
  return out;
}

/** The clause around `at` inside a sentence, for choosing between several periods or entities. */
export function clauseOf(text: string, sentence: TextRange, at: number): TextRange {
  // Scans at most the sentence; sentences are short, and this runs once per figure.
  let s = at;
  while (s > sentence.start && !isClauseBreak(text, s - 1)) s--;
  let e = at;
  while (e < sentence.end && !isClauseBreak(text, e)) e++;
  return { start: s, end: e };
}

/** ; : 、 always break a clause; a comma only when a space follows (not "1,150"). */
function isClauseBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ; ； ， 、 ：
  if (c === 59 || c === 0xff1b || c === 0xff0c || c === 0x3001 || c === 0xff1a) return true;
  if (c === 44 || c === 58) {
    const next = text.charCodeAt(i + 1);
    return next === 32 || next === 10;
  }
  return false;
}

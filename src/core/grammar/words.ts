// English number words ("fourteen billion", "two hundred million", "a billion", "half a trillion",
// "twenty-five") and multiplier words ("doubled", "halved", "tenfold", 倍増, 半減).

import { isAsciiLetter } from './chars';
import { lastNonZeroExp } from './numeral';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words and their powers of ten. */
export const SCALE_WORDS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

export interface WordNumber {
  start: number;
  end: number;
  value: number;
  precisionExp: number;
  /** A scale word (thousand/million/billion/trillion) was read. */
  scaled: boolean;
}

function wordAtPos(s: string, i: number, to: number): { word: string; end: number } {
  let j = i;
  while (j < to && isAsciiLetter(s, j)) j++;
  return { word: s.slice(i, j).toLowerCase(), end: j };
}

function isNumberWord(w: string): boolean {
  return w in SMALL || w in TENS || w === 'hundred' || w in SCALE_WORDS;
}

/** The next word after one space or hyphen, when it is a number word (or "and" before one). */
function nextNumberWord(s: string, i: number, to: number, allowAnd: boolean): { word: string; start: number; end: number } | undefined {
  if (s[i] !== ' ' && s[i] !== '-') return undefined;
  const next = wordAtPos(s, i + 1, to);
  if (next.word === 'and' && allowAnd && s[i] === ' ') {
    const after = nextNumberWord(s, next.end, to, false);
    return after && (after.word in SMALL || after.word in TENS) ? after : undefined;
  }
  return isNumberWord(next.word) ? { word: next.word, start: i + 1, end: next.end } : undefined;
}

/**
 * Reads number words at `i` (the start of a word). Returns undefined when no number is read.
 * "a"/"an" and "half a" only start a number before a scale word ("a billion", "half a trillion").
 */
export function readNumberWords(s: string, i: number, to: number): WordNumber | undefined {
  const first = wordAtPos(s, i, to);
  let factor = 1;
  if (first.word === 'a' || first.word === 'an' || first.word === 'half') {
    let j = first.end;
    if (first.word === 'half') {
      factor = 0.5;
      const a = s[j] === ' ' ? wordAtPos(s, j + 1, to) : undefined;
      if (!a || a.word !== 'a') return undefined;
      j = a.end;
    }
    const scale = s[j] === ' ' ? wordAtPos(s, j + 1, to) : undefined;
    if (!scale || !(scale.word in SCALE_WORDS || scale.word === 'hundred' || scale.word === 'dozen')) return undefined;
    if (scale.word === 'dozen') return { start: i, end: scale.end, value: 12 * factor, precisionExp: 0, scaled: false };
    // Continue reading from the scale word, with an implicit "one" before it.
    return continueWords(s, i, j + 1, to, factor, 1);
  }
  if (!isNumberWord(first.word) || first.word in SCALE_WORDS || first.word === 'hundred') return undefined;
  return continueWords(s, i, i, to, factor, 0);
}

function continueWords(s: string, start: number, pos: number, to: number, factor: number, initial: number): WordNumber | undefined {
  let total = 0;
  let current = initial;
  let lastScale = Infinity;
  let prev: 'small' | 'tens' | 'hundred' | 'scale' | 'none' = initial ? 'small' : 'none';
  let scaled = false;
  let end = pos;
  let w: { word: string; start: number; end: number } | undefined = { ...wordAtPos(s, pos, to), start: pos };
  while (w) {
    const word = w.word;
    if (word in SMALL) {
      if (prev === 'small' || (prev === 'tens' && SMALL[word]! >= 10)) break;
      if (prev === 'tens' && s[w.start - 1] !== '-' && s[w.start - 1] !== ' ') break;
      current += SMALL[word]!;
      prev = 'small';
    } else if (word in TENS) {
      if (prev === 'small' || prev === 'tens') break;
      current += TENS[word]!;
      prev = 'tens';
    } else if (word === 'hundred') {
      if (prev === 'hundred' || prev === 'none' && current === 0) break;
      current = (current || 1) * 100;
      prev = 'hundred';
    } else if (word in SCALE_WORDS) {
      const exp = SCALE_WORDS[word]!;
      if (exp >= lastScale || current === 0) break;
      total += current * 10 ** exp;
      current = 0;
      lastScale = exp;
      scaled = true;
      prev = 'scale';
    } else {
      break;
    }
    end = w.end;
    w = nextNumberWord(s, w.end, to, prev === 'hundred' || prev === 'scale');
  }
  const value = (total + current) * factor;
  if (end === pos && initial === 0 && value === 0 && prev === 'none') return undefined;
  if (!Number.isFinite(value)) return undefined;
  const precisionExp = Number.isInteger(value) ? lastNonZeroExp(value) : 0;
  return { start, end, value, precisionExp, scaled };
}

export interface MultiplierWord {
  value: number;
  direction?: 'up' | 'down';
}

const MULTIPLIER_WORDS: Record<string, MultiplierWord> = {
  doubled: { value: 2, direction: 'up' }, doubles: { value: 2, direction: 'up' }, doubling: { value: 2, direction: 'up' },
  tripled: { value: 3, direction: 'up' }, triples: { value: 3, direction: 'up' }, tripling: { value: 3, direction: 'up' },
  quadrupled: { value: 4, direction: 'up' }, quadruples: { value: 4, direction: 'up' }, quadrupling: { value: 4, direction: 'up' },
  quintupled: { value: 5, direction: 'up' },
  halved: { value: 0.5, direction: 'down' }, halves: { value: 0.5, direction: 'down' }, halving: { value: 0.5, direction: 'down' },
  twofold: { value: 2 }, threefold: { value: 3 }, fourfold: { value: 4 }, fivefold: { value: 5 }, tenfold: { value: 10 },
  '倍増': { value: 2, direction: 'up' }, '半減': { value: 0.5, direction: 'down' },
};

export function multiplierWord(word: string): MultiplierWord | undefined {
  return MULTIPLIER_WORDS[word.toLowerCase()];
}

/** Every word that can start an English number or multiplier, for the scanner's anchor pattern. */
export const NUMBER_WORD_STARTS = [
  ...Object.keys(SMALL), ...Object.keys(TENS), 'a', 'an', 'half',
  ...Object.keys(MULTIPLIER_WORDS).filter((w) => /^[a-z]+$/.test(w)),
];

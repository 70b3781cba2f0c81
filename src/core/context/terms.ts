// A dictionary matcher for entity aliases and metric cues: terms bucketed by their first folded
// character, longest first, tried at each position of a sentence. Linear in the sentence length
// times the (small, constant) bucket size. Folding is ASCII-only (A-Z → a-z, "-" → " ") so that
// offsets never shift, and so "month-over-month" matches "month over month".

export interface Term {
  /** The term as written in the vocabulary. */
  text: string;
  /** Folded form used for comparison. */
  folded: string;
  kind: 'entity' | 'cue';
  /** Entity or metric id. */
  id: string;
  /** Short or all-caps English aliases ("AMD", "SSI", "Meta") and acronym cues must match case exactly. */
  caseSensitive: boolean;
  /** English cues of 4+ letters may take an inflection ("invest" → "invested"). */
  allowSuffix: boolean;
}

export interface TermMention {
  term: Term;
  start: number;
  end: number;
}

export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 45 || c === 0x2010 || c === 0x2011) return 32; // hyphens match spaces
  return c;
}

function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function makeTerm(text: string, kind: Term['kind'], id: string): Term {
  const ascii = /^[\x20-\x7e]+$/.test(text);
  const allCaps = /[A-Z]/.test(text) && text === text.toUpperCase();
  // Entities: short or all-caps names ("AMD", "Meta", "xAI"); cues: only acronyms ("ARR", "RPO").
  const caseSensitive = ascii && (allCaps || (kind === 'entity' && text.length <= 4));
  const allowSuffix = kind === 'cue' && ascii && text.length >= 4 && isAsciiLetter(text.charCodeAt(text.length - 1));
  return { text, folded: fold(text), kind, id, caseSensitive, allowSuffix };
}

const FIRST_OF_LONGER = 1;
const FIRST_OF_SINGLE = 2;
const ALNUM = 4;

/** Raw code units that fold to the key: "A" for "a", the hyphens for " ". */
const RAW_FORMS = new Map<number, number[]>();
for (let raw = 0; raw < 0x2012; raw++) {
  const folded = foldCode(raw);
  if (folded !== raw) RAW_FORMS.set(folded, [...(RAW_FORMS.get(folded) ?? []), raw]);
}

/** The terms that start with one pair of folded characters. */
interface PairTerms {
  /** Two-character terms. */
  two: Term[];
  /** Longer terms by their third folded character, longest first. */
  byThird: Map<number, Term[]>;
  /** The same lists for an ASCII third character, by index. */
  asciiThird: (Term[] | undefined)[];
}

export class TermMatcher {
  /**
   * Terms keyed by their first two folded characters (small-integer keys hash fast), then two-letter
   * terms apart and longer ones by their third: a common English start ("co", "in", "of") then
   * offers a few candidates, not every cue that starts that way.
   */
  private readonly byPair = new Map<number, Map<number, PairTerms>>();
  /** The same for pairs of ASCII characters, by index (c0 << 7 | c1): most words start with one. */
  private readonly asciiPairs: (PairTerms | undefined)[] = new Array(128 * 128).fill(undefined);
  /** One-character terms ("株") by their character. */
  private readonly bySingle = new Map<number, Term[]>();
  /**
   * Per raw UTF-16 code unit: FIRST_OF_LONGER where some longer term starts with its folded form,
   * FIRST_OF_SINGLE for a one-character term, ALNUM for ASCII letters and digits. One lookup per
   * character, and the rest of an ASCII word is skipped in a tight loop: no term starts mid-word.
   */
  private readonly charFlags = new Uint8Array(65536);

  constructor(terms: Term[]) {
    const lists: Term[][] = [];
    for (const t of terms) {
      if (!t.folded.trim()) continue;
      const c0 = t.folded.charCodeAt(0);
      let list: Term[] | undefined;
      if (t.folded.length === 1) {
        list = this.bySingle.get(c0);
        if (!list) this.bySingle.set(c0, (list = []));
      } else {
        let second = this.byPair.get(c0);
        if (!second) this.byPair.set(c0, (second = new Map()));
        const c1 = t.folded.charCodeAt(1);
        let pair = second.get(c1);
        if (!pair) second.set(c1, (pair = { two: [], byThird: new Map(), asciiThird: new Array(128).fill(undefined) }));
        if (t.folded.length === 2) list = pair.two;
        else {
          const c2 = t.folded.charCodeAt(2);
          list = pair.byThird.get(c2);
          if (!list) pair.byThird.set(c2, (list = []));
          if (c2 < 128) pair.asciiThird[c2] = list;
        }
      }
      if (!list.some((o) => o.folded === t.folded && o.kind === t.kind && o.id === t.id && o.caseSensitive === t.caseSensitive)) list.push(t);
      lists.push(list);
      const flag = t.folded.length > 1 ? FIRST_OF_LONGER : FIRST_OF_SINGLE;
      this.charFlags[c0] |= flag;
      // Upper-case letters (and the hyphens that fold to a space) share their folded form's flags.
      for (const raw of RAW_FORMS.get(c0) ?? []) this.charFlags[raw] |= flag;
    }
    for (let c = 0; c < 128; c++) if (isAsciiAlnum(c)) this.charFlags[c] |= ALNUM;
    for (const list of new Set(lists)) list.sort((a, b) => b.folded.length - a.folded.length);
    for (const [c0, second] of this.byPair) for (const [c1, pair] of second) if (c0 < 128 && c1 < 128) this.asciiPairs[(c0 << 7) | c1] = pair;
  }

  /** The terms starting with folded characters c0, c1: an array index for ASCII pairs, else the map. */
  private pairAt(c0: number, c1: number): PairTerms | undefined {
    return c0 < 128 && c1 < 128 ? this.asciiPairs[(c0 << 7) | c1] : this.byPair.get(c0)?.get(c1);
  }

  /** Does `term` match at `at` in `text`, within [.., limit)? Returns the end offset or -1. */
  private matchAt(term: Term, text: string, at: number, limit: number): number {
    const n = term.folded.length;
    if (at + n > limit) return -1;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(at + k);
      if (term.caseSensitive ? c !== term.text.charCodeAt(k) : foldCode(c) !== term.folded.charCodeAt(k)) return -1;
    }
    let end = at + n;
    const last = text.charCodeAt(end - 1);
    if (isAsciiAlnum(last) && end < limit && isAsciiAlnum(text.charCodeAt(end))) {
      if (!term.allowSuffix) return -1;
      // take the whole inflected word: "invest" → "investment"
      while (end < limit && isAsciiLetter(text.charCodeAt(end))) end++;
    }
    return end;
  }

  /** Every non-overlapping mention (per kind) in text[from, to), longest match first at each position. */
  find(text: string, from: number, to: number): TermMention[] {
    const out: TermMention[] = [];
    const flagsOf = this.charFlags;
    let nextEntity = from;
    let nextCue = from;
    for (let i = from; i < to; i++) {
      const raw = text.charCodeAt(i);
      const flags = flagsOf[raw];
      if (flags & (FIRST_OF_LONGER | FIRST_OF_SINGLE)) this.matchTermsAt(text, i, to, flags, out, i < nextEntity, i < nextCue);
      if (out.length > 0) {
        const last = out[out.length - 1];
        if (last.start === i) {
          // The mentions found at i (one per kind at most) move that kind's next start.
          for (let k = out.length - 1; k >= 0 && out[k].start === i; k--) {
            if (out[k].term.kind === 'entity') nextEntity = out[k].end;
            else nextCue = out[k].end;
          }
        }
      }
      // An English word starts only after a non-alphanumeric character: skip the rest of this one.
      if (flags & ALNUM) while (i + 1 < to && flagsOf[text.charCodeAt(i + 1)] & ALNUM) i++;
    }
    return out;
  }

  /** Pushes the longest entity and the longest cue starting at `i` (unless that kind is still inside a mention). */
  private matchTermsAt(text: string, i: number, to: number, flags: number, out: TermMention[], skipEntity: boolean, skipCue: boolean): void {
    const c = foldCode(text.charCodeAt(i));
    const pair = flags & FIRST_OF_LONGER && i + 1 < to ? this.pairAt(c, foldCode(text.charCodeAt(i + 1))) : undefined;
    const third = pair && i + 2 < to ? foldCode(text.charCodeAt(i + 2)) : -1;
    const longer = third < 0 ? undefined : third < 128 ? pair!.asciiThird[third] : pair!.byThird.get(third);
    const single = flags & FIRST_OF_SINGLE ? this.bySingle.get(c) : undefined;
    let foundEntity = skipEntity;
    let foundCue = skipCue;
    // Longest first: three or more characters, then two, then one.
    for (let pass = 0; pass < 3 && !(foundEntity && foundCue); pass++) {
      const list = pass === 0 ? longer : pass === 1 ? pair?.two : single;
      if (!list) continue;
      for (const term of list) {
        if (term.kind === 'entity' ? foundEntity : foundCue) continue;
        const end = this.matchAt(term, text, i, to);
        if (end < 0) continue;
        out.push({ term, start: i, end });
        if (term.kind === 'entity') foundEntity = true;
        else foundCue = true;
        if (foundEntity && foundCue) break;
      }
    }
  }
}

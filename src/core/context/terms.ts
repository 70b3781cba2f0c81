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

export class TermMatcher {
  /** Terms keyed by first folded character, then second (small-integer keys hash fast). */
  private readonly byPair = new Map<number, Map<number, Term[]>>();
  /** One-character terms ("株") by their character. */
  private readonly bySingle = new Map<number, Term[]>();
  /** Fast reject: bit 1 where some longer term starts with this folded character, bit 2 a one-character term. */
  private readonly firstChar = new Uint8Array(65536);

  constructor(terms: Term[]) {
    for (const t of terms) {
      if (!t.folded.trim()) continue;
      const c0 = t.folded.charCodeAt(0);
      let map = this.bySingle;
      let key = c0;
      if (t.folded.length > 1) {
        let second = this.byPair.get(c0);
        if (!second) this.byPair.set(c0, (second = new Map()));
        map = second;
        key = t.folded.charCodeAt(1);
      }
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      if (!list.some((o) => o.folded === t.folded && o.kind === t.kind && o.id === t.id && o.caseSensitive === t.caseSensitive)) list.push(t);
      this.firstChar[c0] |= t.folded.length > 1 ? 1 : 2;
    }
    for (const second of this.byPair.values()) for (const list of second.values()) list.sort((a, b) => b.folded.length - a.folded.length);
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
    let nextEntity = from;
    let nextCue = from;
    for (let i = from; i < to; i++) {
      const raw = text.charCodeAt(i);
      const c = foldCode(raw);
      const flags = this.firstChar[c];
      if (flags === 0) continue;
      // An English word starts only after a non-alphanumeric character.
      if (isAsciiAlnum(raw) && i > from && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
      const pair = flags & 1 && i + 1 < to ? this.byPair.get(c)?.get(foldCode(text.charCodeAt(i + 1))) : undefined;
      const single = flags & 2 ? this.bySingle.get(c) : undefined;
      let foundEntity = i < nextEntity;
      let foundCue = i < nextCue;
      for (let pass = 0; pass < 2 && !(foundEntity && foundCue); pass++) {
        const list = pass === 0 ? pair : single;
        if (!list) continue;
        for (const term of list) {
          if (term.kind === 'entity' ? foundEntity : foundCue) continue;
          const end = this.matchAt(term, text, i, to);
          if (end < 0) continue;
          out.push({ term, start: i, end });
          if (term.kind === 'entity') {
            nextEntity = end;
            foundEntity = true;
          } else {
            nextCue = end;
            foundCue = true;
          }
          if (foundEntity && foundCue) break;
        }
      }
    }
    return out;
  }
}

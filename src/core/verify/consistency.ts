// Figures in one sentence that disagree with each other: a growth rate or a multiple that does not
// follow from the two endpoints given, parts that add to more than a stated total. Conservative on
// purpose: each form needs its wording ("from … to", "total"), or it is not flagged.
import { formatLikeWriter } from '../format/index';
import type { Finding } from '../messages/index';
import type { Claim, Unit } from '../types';
import { trimmedDecimal } from '../format/japanese';
import { APPROX_HEDGE, claimInterval, type Interval, intervalsMeet } from './tolerance';

export type InconsistentFinding = Extract<Finding, { kind: 'inconsistent' }>;

const ENDPOINT_ROUNDING_CAP = 0.05;
const ENDPOINT_UNITS = new Set<Unit>(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'count', 'GW', 'MW']);

// Each a plain alternation of words: linear.
const FROM_EN = /\bfrom\s*$/i;
// "from $4.3 billion in H1 2025 to $13.1 billion": a short qualifier may sit before "to".
// Linear: a bounded run of one negated class, then a fixed word.
const TO_BETWEEN_EN = /^[^.;!?]{0,30}?(\bto|→|->)\s*$/i;
const FROM_JA = /^\s*(から|→)[^。；！？]{0,12}$/;
const CHANGE_CUE = /\b(rise|rose|risen|increase|increased|growth|grew|grown|jump|jumped|gain|gained|climb|climbed|surge|surged|up|drop|dropped|fall|fell|fallen|decline|declined|down|decrease|decreased|shrank|plunge|plunged)\b|増|伸び|成長|上昇|拡大|減|低下|縮小|落ち/i;
const TOTAL_BEFORE = /(total(?:ing|ling|led|ed|s)?|of the|合計|総額|計)\s*$/i;
const TOTAL_AFTER = /^\s*(in total|total|in all|combined|altogether|の合計|合計|総額)/i;
const PART_EXCLUDED = /(from|than|versus|vs\.?|compared|up|down|前年|比|から)\s*$/i;
const PART_JOINER = /(,|\band\b|\bplus\b|\+|、|と|および|及び)/i;

/**
 * Claims grouped by sentence, in document order. Claims arrive sorted by offset, so a sentence's
 * claims are consecutive: one linear pass, no map. Unsorted input falls back to a map.
 */
export function bySentence(claims: Claim[], minimum = 2): Claim[][] {
  const groups: Claim[][] = [];
  let sorted = true;
  for (let i = 1; i < claims.length; i++) if (claims[i]!.start < claims[i - 1]!.start) { sorted = false; break; }
  const input = sorted ? claims : [...claims].sort((a, b) => a.start - b.start);
  let current: Claim[] = [];
  for (const claim of input) {
    const last = current[current.length - 1];
    if (last && (last.sentence.start !== claim.sentence.start || last.sentence.end !== claim.sentence.end)) {
      if (current.length >= minimum) groups.push(current);
      current = [];
    }
    current.push(claim);
  }
  if (current.length >= minimum) groups.push(current);
  return groups;
}

function between(text: string, a: Claim, b: Claim): string {
  return text.slice(a.end, b.start);
}

/** Values an endpoint allows: its rounding, but never more than 5% either way ("$5B" is 4.75–5.25). */
function valuesOf(claim: Claim): Interval {
  const interval = claimInterval({ ...claim, qualifier: claim.qualifier === 'range' ? 'range' : 'exact' }, claim.unit);
  const cap = Math.abs(claim.value) * ENDPOINT_ROUNDING_CAP;
  return { lo: Math.max(interval.lo, (claim.low ?? claim.value) - cap), hi: Math.min(interval.hi, (claim.high ?? claim.value) + cap) };
}

/** The claimed rate or multiple, widened by its rounding and hedge. */
function rateInterval(claim: Claim, minimumSlack: number): Interval {
  const step = claim.precision > 0 ? claim.precision : 1;
  const hedge = claim.qualifier === 'approx' ? Math.abs(claim.value) * APPROX_HEDGE : 0;
  const slack = Math.max(step / 2, minimumSlack) + hedge;
  if (claim.qualifier === 'at-least') return { lo: Math.abs(claim.value) - slack, hi: Infinity };
  if (claim.qualifier === 'less-than' || claim.qualifier === 'up-to') return { lo: -Infinity, hi: Math.abs(claim.value) + slack };
  return { lo: Math.abs(claim.value) - slack, hi: Math.abs(claim.value) + slack };
}

/** "from A to B": pairs of endpoint claims in one sentence, A before B. */
function endpointPairs(text: string, claims: Claim[]): Array<[Claim, Claim]> {
  const pairs: Array<[Claim, Claim]> = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i]!;
    const b = claims[i + 1]!;
    if (a.unit !== b.unit || !ENDPOINT_UNITS.has(a.unit)) continue;
    const gap = between(text, a, b);
    const before = text.slice(Math.max(a.sentence.start, a.start - 12), a.start);
    const english = FROM_EN.test(before) && TO_BETWEEN_EN.test(gap);
    const japanese = FROM_JA.test(gap);
    if (english || japanese) pairs.push([a, b]);
  }
  return pairs;
}

function growthFinding(a: Claim, b: Claim, rate: Claim): InconsistentFinding | undefined {
  const start = valuesOf(a);
  const end = valuesOf(b);
  if (start.lo <= 0) return undefined;
  const falling = b.value < a.value;
  // The change in percent over every pair of values the endpoints' rounding allows.
  const lo = falling ? ((start.lo - end.hi) / start.lo) * 100 : ((end.lo - start.hi) / start.hi) * 100;
  const hi = falling ? ((start.hi - end.lo) / start.hi) * 100 : ((end.hi - start.lo) / start.lo) * 100;
  if (intervalsMeet({ lo, hi }, rateInterval(rate, 0.5))) return undefined;
  const computed = (Math.abs(b.value - a.value) / a.value) * 100;
  return { kind: 'inconsistent', form: 'growth', computed: trimmedDecimal(computed, computed < 10 ? 1 : 0), from: a.text, to: b.text };
}

function multipleFinding(a: Claim, b: Claim, multiple: Claim): InconsistentFinding | undefined {
  const start = valuesOf(a);
  const end = valuesOf(b);
  if (start.lo <= 0) return undefined;
  const lo = end.lo / start.hi;
  const hi = end.hi / start.lo;
  // "doubled" is loose talk: allow a quarter either way before calling it wrong.
  if (intervalsMeet({ lo, hi }, rateInterval(multiple, Math.abs(multiple.value) * 0.25))) return undefined;
  return { kind: 'inconsistent', form: 'multiple', computed: trimmedDecimal(b.value / a.value, 1), from: a.text, to: b.text };
}

/** Growth rates and multiples checked against "from A to B" in the same sentence. */
function checkChanges(text: string, claims: Claim[], out: Map<string, InconsistentFinding>): void {
  const pairs = endpointPairs(text, claims);
  if (pairs.length !== 1) return; // two pairs in one sentence: cannot tell which rate goes with which
  const [a, b] = pairs[0]!;
  const sentence = text.slice(claims[0]!.sentence.start, claims[0]!.sentence.end);
  for (const claim of claims) {
    if (claim === a || claim === b) continue;
    if (claim.unit === 'percent' && CHANGE_CUE.test(sentence)) {
      const finding = growthFinding(a, b, claim);
      if (finding) out.set(claim.id, finding);
    } else if (claim.unit === 'multiple') {
      const finding = multipleFinding(a, b, claim);
      if (finding) out.set(claim.id, finding);
    }
  }
}

function isTotal(text: string, claim: Claim): boolean {
  const before = text.slice(Math.max(claim.sentence.start, claim.start - 16), claim.start);
  const after = text.slice(claim.end, Math.min(claim.sentence.end, claim.end + 16));
  return TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after);
}

/** Parts joined by "and", commas or 、 that add to more than the stated total. */
function checkSums(text: string, claims: Claim[], lang: 'en' | 'ja', out: Map<string, InconsistentFinding>): void {
  const totals = claims.filter((c) => isTotal(text, c) && ENDPOINT_UNITS.has(c.unit));
  if (totals.length !== 1) return;
  const total = totals[0]!;
  const parts = claims.filter((c) => c !== total && c.unit === total.unit && c.value < total.value && c.qualifier !== 'range');
  const listed = parts.filter((c, i) => {
    const before = text.slice(Math.max(c.sentence.start, c.start - 12), c.start);
    if (PART_EXCLUDED.test(before)) return false;
    const neighbour = parts[i + 1] ?? parts[i - 1];
    if (!neighbour) return false;
    const gap = neighbour.start > c.start ? between(text, c, neighbour) : between(text, neighbour, c);
    return gap.length <= 40 && PART_JOINER.test(gap);
  });
  if (listed.length < 2) return;
  // The parts as written against the most the total's rounding allows.
  const sum = listed.reduce((s, c) => s + c.value, 0);
  if (sum <= valuesOf(total).hi * (1 + 1e-9)) return;
  out.set(total.id, {
    kind: 'inconsistent',
    form: 'sum',
    computed: formatLikeWriter(sum, total.unit, listed[0]!.text, lang),
    parts: listed.map((c) => c.text),
  });
}

export interface SentenceFindings {
  /** Claims whose figures disagree with others in the same sentence, by claim id. */
  inconsistent: Map<string, InconsistentFinding>;
  /** Ids of claims that are an endpoint of "from A to B": values at a past point, by their wording. */
  endpoints: Set<string>;
  /** Claim id → the one funding round its sentence names ("Series F"), for claims without a period. */
  rounds: Map<string, string>;
}

// Cheap gates, one test per sentence: a change needs "from"/から, a total its word, a round its name.
const CHANGE_OR_TOTAL = /\bfrom\b|から|→|\btotal|合計|総額|計|\bof the\b|\bin all\b|\bcombined\b|\baltogether\b/i;
const ROUND_WORD = /Series|シリーズ/;
const ROUND_LABEL = /\bSeries\s+([A-K])\b|シリーズ\s*([A-K])/g; // linear: fixed words, one letter

/** The one funding round a sentence names ("Series F"), if exactly one. */
export function roundLabelIn(sentence: string): string | undefined {
  if (!ROUND_WORD.test(sentence)) return undefined;
  const letters = new Set([...sentence.matchAll(ROUND_LABEL)].map((m) => (m[1] ?? m[2])!));
  return letters.size === 1 ? `Series ${[...letters][0]}` : undefined;
}

/**
 * Where each word starts in text[from, to) (a word may run past `to`), in order: a few indexOf
 * scans instead of a regex per sentence, each bounded by the range (an unbounded one would run on
 * to the end of the document whenever the word is not in the range).
 */
function positionsOf(text: string, words: readonly string[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const word of words) {
    const region = text.slice(from, Math.min(text.length, to + word.length - 1));
    for (let at = region.indexOf(word); at >= 0; at = region.indexOf(word, at + word.length)) out.push(from + at);
  }
  return out.sort((a, b) => a - b);
}

/** A change or a total needs two figures of one amount unit in the sentence. */
function hasRepeatedAmountUnit(group: Claim[]): boolean {
  for (let i = 0; i < group.length; i++) {
    const unit = group[i]!.unit;
    if (!ENDPOINT_UNITS.has(unit)) continue;
    for (let j = i + 1; j < group.length; j++) if (group[j]!.unit === unit) return true;
  }
  return false;
}

/** One pass over the sentences: changes, totals and funding rounds. */
export function readSentences(text: string, claims: Claim[], lang: 'en' | 'ja'): SentenceFindings {
  const found: SentenceFindings = { inconsistent: new Map(), endpoints: new Set(), rounds: new Map() };
  if (!text || claims.length === 0) return found;
  // Only words inside the claims' sentences matter: after an edit only the re-read claims come here,
  // so the scan stays as small as they are instead of covering the whole document.
  let from = Infinity;
  let to = 0;
  for (const c of claims) {
    if (c.sentence.start < from) from = c.sentence.start;
    if (c.sentence.end > to) to = c.sentence.end;
  }
  const roundWords = positionsOf(text, ['Series', 'シリーズ'], from, to);
  let nextRound = 0;
  for (const group of bySentence(claims, 1)) {
    const { start, end } = group[0]!.sentence;
    while (nextRound < roundWords.length && roundWords[nextRound]! < start) nextRound++;
    const namesRound = nextRound < roundWords.length && roundWords[nextRound]! < end;
    const mayCompare = group.length >= 2 && hasRepeatedAmountUnit(group) && !group.some((c) => c.ignored);
    if (!namesRound && !mayCompare) continue;
    const sentence = text.slice(start, end);
    if (namesRound) {
      const round = roundLabelIn(sentence);
      if (round) for (const c of group) if (!c.period) found.rounds.set(c.id, round);
    }
    if (!mayCompare || !CHANGE_OR_TOTAL.test(sentence)) continue;
    for (const [a, b] of endpointPairs(text, group)) {
      found.endpoints.add(a.id);
      found.endpoints.add(b.id);
    }
    checkChanges(text, group, found.inconsistent);
    checkSums(text, group, lang, found.inconsistent);
  }
  return found;
}

/** Claims whose figures disagree with others in the same sentence, by claim id. */
export function findInconsistencies(text: string, claims: Claim[], lang: 'en' | 'ja'): Map<string, InconsistentFinding> {
  return readSentences(text, claims, lang).inconsistent;
}

// verifyClaims: a verdict, a one-line message and the evidence for every claim.
import { messageFor, type Finding } from '../messages/index';
import type { ClaimMatch } from '../extract/cache';
import type { CheckedClaim, Claim, Dataset, Lang, Period, Severity, Verdict } from '../types';
import { readSentences, roundLabelIn } from './consistency';
import {
  bucketFor,
  contextKey,
  createVerifyCache,
  MAX_ENTRIES_PER_TEXT,
  reusableLast,
  sameInputs,
  samePlace,
  tableFor,
  variant,
  type DecisionTable,
  type Decided,
  type LastResult,
  type VerifyCache,
} from './cache';
import { decide, type DecideContext, type Decision } from './decide';

export { createVerifyCache, sameInputs, type VerifyCache } from './cache';

export { agrees, claimInterval, recordInterval, roundingStep } from './tolerance';
export { periodMatches } from './periods';
export { supersessionOf, newestVersion } from './candidates';

export const DEFAULT_SEVERITIES: Record<Verdict, Severity | null> = {
  contradicted: 'error',
  inconsistent: 'warning',
  outdated: 'warning',
  unsourced: 'information',
  cited: null,
  supported: null,
  ignored: null,
};

export interface VerifyOptions {
  lang: Lang;
  severities?: Partial<Record<Verdict, Severity | 'off'>>;
  cache?: VerifyCache;
  /** The document text: needed to read "from … to" and "total" for consistency checks. */
  text?: string;
  /** The extractor's generation of `claims`, and how they relate to the previous generation's. */
  generation?: number;
  match?: ClaimMatch;
  /** The document's date and the staleness override (see verify/decide). Without one, no date filter. */
  context?: DecideContext;
}

export function severityFor(verdict: Verdict, severities: VerifyOptions['severities']): Severity | null {
  const chosen = severities?.[verdict];
  if (chosen === 'off') return null;
  return chosen ?? DEFAULT_SEVERITIES[verdict];
}

function verdictOf(finding: Finding): Verdict {
  switch (finding.kind) {
    case 'outdated-revised':
    case 'outdated-history':
      return 'outdated';
    default:
      return finding.kind;
  }
}

function recordsOf(finding: Finding): Pick<Decided, 'record' | 'newer' | 'nearest'> {
  switch (finding.kind) {
    case 'unsourced':
      return { nearest: finding.record };
    case 'supported':
    case 'contradicted':
      return { record: finding.record };
    case 'outdated-revised':
    case 'outdated-history':
      return { record: finding.record, newer: finding.newer };
    default:
      return {};
  }
}

/** A claim with no record but a citation of its own is `cited`, not `unsourced`. */
function withCitation(decision: Decision, claim: Claim): Finding {
  if (decision.finding.kind === 'unsourced' && claim.citation) return { kind: 'cited' };
  return decision.finding;
}

function decideAndWord(claim: Claim, dataset: Dataset, lang: Lang, context: DecideContext | undefined): Decided {
  const decision = decide(claim, dataset, context);
  const finding = withCitation(decision, claim);
  return decidedOf(finding, messageFor(finding, claim, dataset, lang), decision.history);
}

/** Every Decided has the same fields in the same order (one object shape keeps re-checks fast). */
function decidedOf(finding: Finding, message: string, history: CheckedClaim['history']): Decided {
  const { record, newer, nearest } = recordsOf(finding);
  return { verdict: verdictOf(finding), finding, message, record, newer, nearest, history, variants: undefined };
}

/**
 * The decision for a claim, from the cache when an equal claim was decided before. `period`
 * overrides the claim's own (a funding round named in the sentence); the claim is only copied with
 * it when it has to be decided afresh.
 */
function cachedDecision(claim: Claim, period: Claim['period'], dataset: Dataset, lang: Lang, table: DecisionTable | undefined, context: DecideContext | undefined): Decided {
  if (!table) return decideAndWord(withPeriod(claim, period), dataset, lang, context);
  // Keyed by the figure as written and its entity; the few claims sharing both are compared field by
  // field, which is cheaper than building a string key of every field on every re-check.
  const entries = bucketFor(table, claim, false, period);
  if (entries) {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.lang === lang && sameInputs(entry.claim, claim, period)) return entry.decided;
    }
  }
  const decidedClaim = withPeriod(claim, period);
  const decided = decideAndWord(decidedClaim, dataset, lang, context);
  const bucket = bucketFor(table, claim, true, period)!;
  if (bucket.length >= MAX_ENTRIES_PER_TEXT) bucket.shift();
  bucket.push({ claim: decidedClaim, lang, decided });
  return decided;
}

function withPeriod(claim: Claim, period: Claim['period']): Claim {
  return period === claim.period ? claim : { ...claim, period };
}

// Inconsistency outranks only the verdicts that carry no dataset evidence against the figure.
const YIELDS_TO_INCONSISTENT = new Set<Verdict>(['unsourced', 'cited']);

const roundPeriods = new Map<string, Period>();

/** One shared period object per round label ("Series F"). */
function roundPeriod(label: string): Period {
  let period = roundPeriods.get(label);
  if (!period) {
    period = { text: label };
    roundPeriods.set(label, period);
  }
  return period;
}

/** A claim without a period, in a sentence naming exactly one funding round, is about that round. */
export function withRoundLabel(claim: Claim, text: string | undefined): Claim {
  if (claim.period || !text) return claim;
  const label = roundLabelIn(text.slice(claim.sentence.start, claim.sentence.end));
  return label ? { ...claim, period: { text: label } } : claim;
}

/**
 * The checked claim, built as one literal with every field in a fixed order: one object shape for
 * all claims, which keeps re-checks of large documents fast. Optional fields may hold undefined.
 */
function toChecked(c: Claim, decided: Decided, severities: VerifyOptions['severities']): CheckedClaim {
  return {
    id: c.id, start: c.start, end: c.end, line: c.line, character: c.character, endLine: c.endLine, endCharacter: c.endCharacter,
    text: c.text, value: c.value, low: c.low, high: c.high, unit: c.unit, noun: c.noun, qualifier: c.qualifier,
    precision: c.precision, direction: c.direction, entity: c.entity, entities: c.entities, metric: c.metric,
    period: c.period, lang: c.lang, sentence: c.sentence, paragraph: c.paragraph, citation: c.citation, ignored: c.ignored,
    frame: c.frame,
    verdict: decided.verdict,
    severity: severityFor(decided.verdict, severities),
    message: decided.message,
    record: decided.record,
    newer: decided.newer,
    nearest: decided.nearest,
    history: decided.history,
  };
}

/** Verdicts for every claim, in the order given. */
export function verifyClaims(claims: Claim[], dataset: Dataset, options: VerifyOptions): CheckedClaim[] {
  const last = reusableLast(options.cache, dataset, options.lang, options.severities, options.context);
  const result = (last && reuseUnchanged(claims, dataset, options, last)) ?? verifyAll(claims, dataset, options, last);
  if (options.cache) {
    options.cache.last = { generation: options.generation, dataset, lang: options.lang, severities: options.severities, context: contextKey(options.context), checked: result.checked, decided: result.decided };
  }
  return result.checked;
}

interface Verified {
  checked: CheckedClaim[];
  decided: Decided[];
}

/**
 * After an edit, only the claims the extractor read again are decided; the others keep their
 * decisions, in their new places. Sound because every rule that looks beyond a claim (consistency,
 * funding rounds, one record per sentence) stays inside its sentence, and sentences never cross the
 * blocks the extractor re-reads. Undefined when the last result is not for the previous claims, or
 * an ignore comment switched claims after the edit on or off.
 */
function reuseUnchanged(claims: Claim[], dataset: Dataset, options: VerifyOptions, last: LastResult): Verified | undefined {
  const match = options.match;
  if (!match || last.generation === undefined || last.generation !== match.fromGeneration || last.checked.length !== match.previousCount) return undefined;
  const { kept, shiftedAt, oldShiftedAt } = match;
  const n = claims.length;
  if (n - shiftedAt !== match.previousCount - oldShiftedAt) return undefined;
  // The discourse layer may read a claim after the edit anew (a heading above it changed): every
  // verdict input must be the same, not only the text.
  for (let i = shiftedAt, j = oldShiftedAt; i < n; i++, j++) {
    if (!sameInputs(last.checked[j]!, claims[i]!)) return undefined;
  }
  const middle = verifyAll(claims.slice(kept, shiftedAt), dataset, options, undefined);
  const checked: CheckedClaim[] = new Array(n);
  const decided: Decided[] = new Array(n);
  for (let i = 0; i < kept; i++) {
    checked[i] = last.checked[i]!;
    decided[i] = last.decided[i]!;
  }
  for (let i = kept; i < shiftedAt; i++) {
    checked[i] = middle.checked[i - kept]!;
    decided[i] = middle.decided[i - kept]!;
  }
  for (let i = shiftedAt, j = oldShiftedAt; i < n; i++, j++) {
    const old = last.checked[j]!;
    const claim = claims[i]!;
    decided[i] = last.decided[j]!;
    checked[i] = samePlace(old, claim) ? old : toChecked(claim, last.decided[j]!, options.severities);
  }
  return { checked, decided };
}

/** Decides every claim (reusing equal decisions through the cache's decision table). */
function verifyAll(claims: Claim[], dataset: Dataset, options: VerifyOptions, last: LastResult | undefined): Verified {
  const text = options.text ?? '';
  const lang = options.lang; // the document's language decides, not the sentence's
  const sentences = readSentences(text, claims, lang);
  const rounds = sentences.rounds;
  const anyRound = rounds.size > 0;
  const anyClash = sentences.inconsistent.size > 0;
  const out: CheckedClaim[] = new Array(claims.length);
  const decidedOut: Decided[] = new Array(claims.length);
  // Without a document cache, a cache for this call still decides equal claims once.
  const table = tableFor(options.cache ?? createVerifyCache(), dataset, options.context);
  let lastIndex = 0;
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const round = anyRound ? rounds.get(claim.id) : undefined;
    let decided = cachedDecision(claim, round ? roundPeriod(round) : claim.period, dataset, lang, table, options.context);
    if (decided.finding.kind === 'outdated-history' && sentences.endpoints.has(claim.id)) {
      // "grew from 500 million to 800 million" states past values: an older observation supports it.
      const record = decided.finding.record;
      decided = variant(decided, 'endpoint', () => {
        const finding: Finding = { kind: 'supported', record };
        return decidedOf(finding, messageFor(finding, claim, dataset, lang), decided.history);
      });
    }
    const clash = anyClash ? sentences.inconsistent.get(claim.id) : undefined;
    if (clash && YIELDS_TO_INCONSISTENT.has(decided.verdict)) {
      const history = decided.history;
      const key = `${clash.form}|${clash.computed}|${clash.from ?? ''}|${clash.to ?? ''}|${(clash.parts ?? []).join('+')}`;
      decided = variant(decided, key, () => decidedOf(clash, messageFor(clash, claim, dataset, lang), history));
    }
    decidedOut[i] = decided;
  }
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    let decided = decidedOut[i]!;
    const taker = decided.verdict === 'contradicted' ? supportedNeighbour(claims, decidedOut, i, decided.record) : undefined;
    if (taker !== undefined) {
      // Two figures of one sentence cannot both be the same sourced figure: the one that matches
      // it is; the other is probably about something else (another period), so it is not called wrong.
      const other = claims[taker]!.text;
      decided = variant(decided, `taken|${other}`, () => {
        const finding: Finding = { kind: 'unsourced', reason: 'record-taken', other };
        return decidedOf(finding, messageFor(finding, claim, dataset, lang), decidedOut[i]!.history);
      });
      decidedOut[i] = decided;
    }
    // Walk the last result in step (both are in document order) to find this claim's old self.
    if (last) while (lastIndex < last.checked.length && last.checked[lastIndex]!.start < claim.start) lastIndex++;
    const old = last && lastIndex < last.checked.length && last.decided[lastIndex] === decided ? last.checked[lastIndex]! : undefined;
    out[i] = old && samePlace(old, claim) ? old : toChecked(claim, decided, options.severities);
  }
  return { checked: out, decided: decidedOut };
}

/** Index of another claim of the same sentence that is supported by `record`, if any. */
function supportedNeighbour(claims: Claim[], decided: Decided[], i: number, record: CheckedClaim['record']): number | undefined {
  if (!record) return undefined;
  const { start, end } = claims[i]!.sentence;
  const inSentence = (j: number): boolean => claims[j]!.sentence.start === start && claims[j]!.sentence.end === end;
  const matches = (j: number): boolean => decided[j]!.verdict === 'supported' && decided[j]!.record === record;
  for (let j = i - 1; j >= 0 && inSentence(j); j--) if (matches(j)) return j;
  for (let j = i + 1; j < claims.length && inSentence(j); j++) if (matches(j)) return j;
  return undefined;
}


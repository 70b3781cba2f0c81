// verifyClaims: a verdict, a one-line message and the evidence for every claim.
import { messageFor, type Finding } from '../messages/index';
import type { CheckedClaim, Claim, Dataset, Lang, Severity, Verdict } from '../types';
import { changeEndpoints, findInconsistencies } from './consistency';
import { decide, type Decision } from './decide';

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
}

/** Verdicts per claim key, per dataset object; reused across re-checks of an edited document. */
export interface VerifyCache {
  byDataset: WeakMap<Dataset, Map<string, Decided>>;
}

interface Decided {
  verdict: Verdict;
  /** How the verdict was reached, kept so a sentence-level rule can reword it. */
  finding: Finding;
  message: string;
  record?: CheckedClaim['record'];
  newer?: CheckedClaim['newer'];
  history: CheckedClaim['history'];
}

const MAX_CACHED_PER_DATASET = 50_000;

export function createVerifyCache(): VerifyCache {
  return { byDataset: new WeakMap() };
}

export function severityFor(verdict: Verdict, severities: VerifyOptions['severities']): Severity | null {
  const chosen = severities?.[verdict];
  if (chosen === 'off') return null;
  return chosen ?? DEFAULT_SEVERITIES[verdict];
}

/** Everything a verdict depends on besides the dataset; positions are left out so moved text reuses it. */
export function claimKey(claim: Claim, lang: Lang): string {
  const p = claim.period;
  return [
    lang, claim.text, claim.entity ?? '', claim.entities.join(','), claim.metric ?? '',
    p ? `${p.text}~${p.from ?? ''}~${p.to ?? ''}~${p.cumulative ? 1 : 0}` : '',
    claim.value, claim.low ?? '', claim.high ?? '', claim.unit, claim.noun ?? '', claim.qualifier, claim.precision,
    claim.citation ? `${claim.citation.kind}~${claim.citation.url ?? ''}~${claim.citation.text}` : '', claim.ignored ? 1 : 0,
  ].join('|');
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

function recordsOf(finding: Finding): Pick<Decided, 'record' | 'newer'> {
  switch (finding.kind) {
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

function decideAndWord(claim: Claim, dataset: Dataset, lang: Lang): Decided {
  const decision = decide(claim, dataset);
  const finding = withCitation(decision, claim);
  return { verdict: verdictOf(finding), finding, message: messageFor(finding, claim, dataset, lang), ...recordsOf(finding), history: decision.history };
}

function cachedDecision(claim: Claim, dataset: Dataset, lang: Lang, cache: VerifyCache | undefined): Decided {
  if (!cache) return decideAndWord(claim, dataset, lang);
  let table = cache.byDataset.get(dataset);
  if (!table) {
    table = new Map();
    cache.byDataset.set(dataset, table);
  }
  const key = claimKey(claim, lang);
  const hit = table.get(key);
  if (hit) return hit;
  const decided = decideAndWord(claim, dataset, lang);
  if (table.size >= MAX_CACHED_PER_DATASET) table.clear();
  table.set(key, decided);
  return decided;
}

// Inconsistency outranks only the verdicts that carry no dataset evidence against the figure.
const YIELDS_TO_INCONSISTENT = new Set<Verdict>(['unsourced', 'cited']);

// A funding round named in the sentence stands for its date: "Anthropic's Series F valued it at …".
const ROUND_LABEL = /\bSeries\s+([A-K])\b|シリーズ\s*([A-K])/g; // linear: fixed words, one letter

/** A claim without a period, in a sentence naming exactly one funding round, is about that round. */
export function withRoundLabel(claim: Claim, text: string | undefined): Claim {
  if (claim.period || !text) return claim;
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  if (!/Series|シリーズ/.test(sentence)) return claim;
  const letters = new Set([...sentence.matchAll(ROUND_LABEL)].map((m) => (m[1] ?? m[2])!));
  if (letters.size !== 1) return claim;
  return { ...claim, period: { text: `Series ${[...letters][0]}` } };
}

/** Verdicts for every claim, in the order given. */
export function verifyClaims(claims: Claim[], dataset: Dataset, options: VerifyOptions): CheckedClaim[] {
  const text = options.text ?? '';
  const inconsistent = findInconsistencies(text, claims, options.lang);
  const endpoints = changeEndpoints(text, claims);
  return claims.map((claim) => {
    const lang = options.lang; // the document's language decides, not the sentence's
    let decided = cachedDecision(withRoundLabel(claim, options.text), dataset, lang, options.cache);
    if (endpoints.has(claim.id) && decided.finding.kind === 'outdated-history') {
      // "grew from 500 million to 800 million" states past values: an older observation supports it.
      const finding: Finding = { kind: 'supported', record: decided.finding.record };
      decided = { ...decided, verdict: 'supported', finding, message: messageFor(finding, claim, dataset, lang), newer: undefined };
    }
    const clash = inconsistent.get(claim.id);
    if (clash && YIELDS_TO_INCONSISTENT.has(decided.verdict)) {
      decided = { verdict: 'inconsistent', finding: clash, message: messageFor(clash, claim, dataset, lang), history: decided.history };
    }
    return {
      ...claim,
      verdict: decided.verdict,
      severity: severityFor(decided.verdict, options.severities),
      message: decided.message,
      record: decided.record,
      newer: decided.newer,
      history: decided.history,
    };
  });
}

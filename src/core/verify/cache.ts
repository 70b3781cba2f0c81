// The verifier's memory of one document: decisions per claim (keyed by the figure as written, its
// entity, then compared field by field) and the last result, so a re-check after an edit decides
// and builds only what changed.
import type { Finding } from '../messages/index';
import type { CheckedClaim, Claim, Dataset, Lang, Severity, Verdict } from '../types';

export type Severities = Partial<Record<Verdict, Severity | 'off'>> | undefined;

/** Verdicts per claim, per dataset object; reused across re-checks of an edited document. */
export interface VerifyCache {
  /** Decision tables per dataset, then per decision context (document date, staleness). */
  byDataset: WeakMap<Dataset, Map<string, DecisionTable>>;
  /** The last result for this document: unchanged claims in unchanged places are handed back as is. */
  last?: LastResult;
}

export interface LastResult {
  /** The extractor generation of the claims this result is for (see ClaimMatch). */
  generation?: number;
  dataset: Dataset;
  lang: Lang;
  severities: Severities;
  /** The decision context's key (see contextKey). */
  context: string;
  checked: CheckedClaim[];
  decided: Decided[];
}

/** A decided claim: the claim kept as the key (compared field by field), and its verdict. */
export interface CacheEntry {
  claim: Claim;
  lang: Lang;
  decided: Decided;
}

export interface Decided {
  verdict: Verdict;
  /** How the verdict was reached, kept so a sentence-level rule can reword it. */
  finding: Finding;
  message: string;
  record?: CheckedClaim['record'];
  newer?: CheckedClaim['newer'];
  nearest?: CheckedClaim['nearest'];
  history: CheckedClaim['history'];
  /** Rewordings by sentence-level rules, memoised so a re-check does not word them again. */
  variants: Map<string, Decided> | undefined;
}

export const MAX_CACHED_PER_DATASET = 50_000;
export const MAX_ENTRIES_PER_TEXT = 64;

export function createVerifyCache(): VerifyCache {
  return { byDataset: new WeakMap() };
}

function samePeriod(a: Claim['period'], b: Claim['period']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.text === b.text && a.from === b.from && a.to === b.to && !a.cumulative === !b.cumulative;
}

function sameCitation(a: Claim['citation'], b: Claim['citation']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.text === b.text && a.url === b.url;
}

function sameFrame(a: Claim['frame'], b: Claim['frame']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.entityFrom === b.entityFrom && a.entityUnambiguous === b.entityUnambiguous && a.entityWords === b.entityWords &&
    a.metricFrom === b.metricFrom && a.periodFrom === b.periodFrom && a.part === b.part && a.stance === b.stance &&
    a.stanceWords === b.stanceWords && a.dealWords === b.dealWords && a.past === b.past &&
    a.earlier === b.earlier && a.change === b.change && a.context === b.context;
}

function sameEntities(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two claims give the verifier the same inputs (everything but their position). */
export function sameInputs(a: Claim, b: Claim, bPeriod: Claim['period'] = b.period): boolean {
  return a.text === b.text && a.value === b.value && a.unit === b.unit && a.qualifier === b.qualifier &&
    a.precision === b.precision && a.entity === b.entity && a.metric === b.metric && a.low === b.low &&
    a.high === b.high && a.noun === b.noun && !a.ignored === !b.ignored && sameEntities(a.entities, b.entities) &&
    samePeriod(a.period, bPeriod) && sameCitation(a.citation, b.citation) && sameFrame(a.frame, b.frame);
}

/**
 * Figure as written → entity → metric → period wording → decided claims: nested maps keyed by
 * strings the claims already hold (no key is built per lookup), and buckets of one or two claims.
 */
export type DecisionTable = Map<string, Map<string, Map<string, Map<string, CacheEntry[]>>>>;

/** A decision context (document date, staleness override) as one key. */
export interface ContextLike {
  docDate: string;
  staleAfterDays?: number;
}
export function contextKey(context: ContextLike | undefined): string {
  return context ? `${context.docDate}|${context.staleAfterDays ?? ''}` : '';
}

export function tableFor(cache: VerifyCache | undefined, dataset: Dataset, context?: ContextLike): DecisionTable | undefined {
  if (!cache) return undefined;
  let byContext = cache.byDataset.get(dataset);
  if (!byContext) {
    byContext = new Map();
    cache.byDataset.set(dataset, byContext);
  }
  const key = contextKey(context);
  let table = byContext.get(key);
  if (!table) {
    if (byContext.size >= 8) byContext.clear(); // a handful of dates per document at most
    table = new Map();
    byContext.set(key, table);
  }
  return table;
}

/** The next level of a table of maps, made when `create` is set. */
function level<V>(map: Map<string, V>, key: string, create: boolean, make: () => V): V | undefined {
  let next = map.get(key);
  if (next === undefined && create) map.set(key, (next = make()));
  return next;
}

export function bucketFor(table: DecisionTable, claim: Claim, create: boolean, period: Claim['period'] = claim.period): CacheEntry[] | undefined {
  if (create && !table.has(claim.text) && table.size >= MAX_CACHED_PER_DATASET) table.clear();
  const byEntity = level(table, claim.text, create, () => new Map());
  const byMetric = byEntity && level(byEntity, claim.entity ?? '', create, () => new Map());
  const byPeriod = byMetric && level(byMetric, claim.metric ?? '', create, () => new Map());
  return byPeriod && level(byPeriod, period?.text ?? '', create, (): CacheEntry[] => []);
}

export function variant(decided: Decided, key: string, make: () => Decided): Decided {
  decided.variants ??= new Map();
  let found = decided.variants.get(key);
  if (!found) {
    found = make();
    decided.variants.set(key, found);
  }
  return found;
}

export function reusableLast(
  cache: VerifyCache | undefined,
  dataset: Dataset,
  lang: Lang,
  severities: Severities,
  context?: ContextLike,
): LastResult | undefined {
  const last = cache?.last;
  const key = contextKey(context);
  if (!last || last.dataset !== dataset || last.lang !== lang || last.context !== key) return undefined;
  if (last.severities !== severities && JSON.stringify(last.severities ?? {}) !== JSON.stringify(severities ?? {})) return undefined;
  return last;
}

/** Same verdict inputs are known (same decision); this checks the place and the remaining fields. */
export function samePlace(old: CheckedClaim, c: Claim): boolean {
  return old.start === c.start && old.end === c.end && old.id === c.id && old.line === c.line &&
    old.character === c.character && old.endLine === c.endLine && old.endCharacter === c.endCharacter &&
    old.sentence.start === c.sentence.start && old.sentence.end === c.sentence.end &&
    old.paragraph.start === c.paragraph.start && old.paragraph.end === c.paragraph.end &&
    old.direction === c.direction && old.lang === c.lang;
}

// The verdict for one claim against the dataset, before consistency checks and wording.
// Rules (docs/verdicts.md): a period in the text narrows the records; without one, the newest record
// is the reference; supersession links mark revisions, later periods are history, not revision.
import type { Finding } from '../messages/index';
import type { Claim, Dataset, FigureRecord, MetricDef } from '../types';
import {
  isSuperseded,
  newestVersion,
  otherEntityRecords,
  poolFor,
  supersessionOf,
  type SupersessionIndex,
} from './candidates';
import { byRecencyAscending, byRecencyDescending, periodMatches } from './periods';
import { agrees, claimInUnit } from './tolerance';
import { close, doubtAboutContradiction, GRACE_DAYS, knownBy, neighbourExplains, relatedMetrics, valueFirstMatch } from './evidence';
import { observedOn, staleAfterDays } from './staleness';
import { addDays, daysBetween } from '../discourse/documentDate';

/** The document's date and the staleness override: what "now" means for a present-tense figure. */
export interface DecideContext {
  /** YYYY-MM-DD. Records first reported after it (plus a week's grace) are not evidence. */
  docDate: string;
  staleAfterDays?: number;
}

export interface Decision {
  finding: Finding;
  /** The records were a product's, standing in for its company's: enough to support, not to contradict. */
  viaProduct?: boolean;
  /** Other records of the same entity and metric, oldest first. */
  history: FigureRecord[];
}

/** The most recent record (by period, then source date); the first of equals. */
function newest(records: FigureRecord[]): FigureRecord | undefined {
  let best: FigureRecord | undefined;
  for (const r of records) if (!best || byRecencyDescending(r, best) < 0) best = r;
  return best;
}

function historyOf(pool: FigureRecord[], shown: Array<FigureRecord | undefined>): FigureRecord[] {
  const rest = pool.filter((r) => !shown.some((s) => s !== undefined && s.id === r.id));
  return rest.length > 1 ? rest.sort(byRecencyAscending) : rest;
}

function periodsOf(records: FigureRecord[]): FigureRecord['period'][] {
  return [...records].sort(byRecencyAscending).map((r) => r.period);
}

/** A level between observations of a stock within the writer's span: neither right nor wrong. */
function liesBetween(claim: Claim, records: FigureRecord[]): boolean {
  if (records.length < 2) return false;
  const values = records.map((r) => r.value);
  const unit = records[0]!.unit;
  const value = claimInUnit(claim, unit).value;
  return value > Math.min(...values) && value < Math.max(...values);
}

/**
 * A revision only replaces a record for the period it is about: when the newest version speaks to
 * another period than the writer's, the older record still stands for the writer's period.
 */
function revisedForPeriod(record: FigureRecord, claim: Claim, dataset: Dataset, index: SupersessionIndex): boolean {
  if (!isSuperseded(record, index)) return false;
  const newer = newestVersion(record, dataset, index);
  return periodMatches(claim.period!, newer, dataset.metricById.get(newer.metric));
}

/** Among records that all speak to the claim's period: supported, outdated or contradicted. */
function judgeWithinPeriod(claim: Claim, candidates: FigureRecord[], metric: MetricDef | undefined, dataset: Dataset, index: SupersessionIndex): Finding {
  const revised = new Set(candidates.filter((r) => revisedForPeriod(r, claim, dataset, index)).map((r) => r.id));
  const current = candidates.filter((r) => !revised.has(r.id));
  const agreeingCurrent = newest(current.filter((r) => agrees(claim, r)));
  if (agreeingCurrent) return { kind: 'supported', record: agreeingCurrent };
  const agreeingOld = newest(candidates.filter((r) => revised.has(r.id) && agrees(claim, r)));
  if (agreeingOld) return { kind: 'outdated-revised', record: agreeingOld, newer: newestVersion(agreeingOld, dataset, index) };
  if (metric?.kind === 'stock' && liesBetween(claim, current)) {
    return { kind: 'unsourced', reason: 'between-observations', periods: periodsOf(current) };
  }
  const reference = newest(current) ?? newestVersion(newest(candidates)!, dataset, index);
  return { kind: 'contradicted', record: reference };
}

/** No period in the text: the newest record is the reference for a level (users, stake, valuation). */
function judgePresentTense(claim: Claim, pool: FigureRecord[], metric: MetricDef | undefined, dataset: Dataset, index: SupersessionIndex): Finding {
  const current = pool.filter((r) => !isSuperseded(r, index));
  if (metric?.kind === 'flow') return judgeFlowWithoutPeriod(claim, pool, current, dataset, index);
  const reference = newest(current) ?? newestVersion(newest(pool)!, dataset, index);
  if (agrees(claim, reference)) return { kind: 'supported', record: reference };
  const agreeingOld = newest(pool.filter((r) => r.id !== reference.id && agrees(claim, r)));
  if (agreeingOld) {
    return isSuperseded(agreeingOld, index)
      ? { kind: 'outdated-revised', record: agreeingOld, newer: newestVersion(agreeingOld, dataset, index) }
      : { kind: 'outdated-history', record: agreeingOld, newer: reference };
  }
  return { kind: 'contradicted', record: reference };
}

/**
 * A flow (revenue, burn, visits) with no period: a figure equal to a current record of any period
 * is supported, equal only to a revised one is outdated. A disagreeing one is never called wrong:
 * the writer may mean a period the dataset lacks, so they are asked for the period. Deals are the
 * exception: they are not a series, and the deal nearest in value is the reference.
 */
function judgeFlowWithoutPeriod(claim: Claim, pool: FigureRecord[], current: FigureRecord[], dataset: Dataset, index: SupersessionIndex): Finding {
  const agreeingCurrent = newest(current.filter((r) => agrees(claim, r)));
  if (agreeingCurrent) return { kind: 'supported', record: agreeingCurrent };
  const agreeingOld = newest(pool.filter((r) => isSuperseded(r, index) && agrees(claim, r)));
  if (agreeingOld) return { kind: 'outdated-revised', record: agreeingOld, newer: newestVersion(agreeingOld, dataset, index) };
  if (current.length > 0 && current.every((r) => r.counterparty)) return { kind: 'contradicted', record: nearestInValue(claim, current) };
  return { kind: 'unsourced', reason: 'needs-period', periods: periodsOf(current.length > 0 ? current : pool) };
}

/** The record whose value is nearest the claim's, by ratio. */
function nearestInValue(claim: Claim, records: FigureRecord[]): FigureRecord {
  const distance = (r: FigureRecord): number => {
    const value = Math.abs(claimInUnit(claim, r.unit).value) || 1e-12;
    return Math.abs(Math.log(value / (Math.abs(r.value) || 1e-12)));
  };
  return [...records].sort((a, b) => distance(a) - distance(b) || byRecencyDescending(a, b))[0]!;
}

/** Another entity in the sentence has a record that agrees: confirm, never contradict. */
function confirmByOtherEntity(claim: Claim, dataset: Dataset, metric: MetricDef | undefined): FigureRecord | undefined {
  if (!claim.entities.some((e) => e !== claim.entity)) return undefined; // no other entity: nothing to look up
  const agreeing: FigureRecord[] = [];
  for (const records of otherEntityRecords(claim, dataset).values()) {
    const matching = records.filter((r) => (!claim.period || periodMatches(claim.period, r, metric)) && agrees(claim, r) && close(claim, r));
    if (matching.length > 0) agreeing.push(newest(matching)!);
  }
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

function unrecognised(claim: Claim): Finding | undefined {
  const hasEntity = claim.entity !== undefined || claim.entities.length > 0;
  if (!hasEntity && !claim.metric) return { kind: 'unsourced', reason: 'nothing-recognised' };
  if (!claim.metric) return { kind: 'unsourced', reason: 'no-metric' };
  if (!hasEntity) return { kind: 'unsourced', reason: 'no-entity' };
  return undefined;
}

/** The dataset's verdict for one claim (citation and consistency are applied by the caller). */
export function decide(claim: Claim, dataset: Dataset, ctx?: DecideContext): Decision {
  if (claim.ignored) return { finding: { kind: 'ignored' }, history: [] };
  const decision = decideOnRecords(claim, dataset, ctx);
  return weighEvidence(claim, dataset, ctx, decision);
}

/** A low-confidence or undated page cannot make an otherwise sourced figure outdated. */
function weak(record: FigureRecord): boolean {
  return record.confidence === 'low' || !record.source.date;
}

/** Unsourced findings a matching value may still place: the reading missed, the value did not. */
const VALUE_FIRST_REASONS = new Set(['nothing-recognised', 'no-entity', 'no-metric', 'no-record', 'no-record-for-period', 'needs-period', 'needs-counterparty', 'far-from-record']);

/**
 * Evidence before red, and value first: a contradiction the frame cannot carry becomes
 * `unsourced` naming the record; a figure that matches one record of the parties its sentence
 * names is supported by it; a past-tense match with an older level is history, not outdated.
 */
function weighEvidence(claim: Claim, dataset: Dataset, ctx: DecideContext | undefined, decision: Decision): Decision {
  const { finding } = decision;
  const metric = claim.metric ? dataset.metricById.get(claim.metric) : undefined;
  const known = ctx ? addDays(ctx.docDate, GRACE_DAYS) : undefined;
  const inTime = (r: FigureRecord | undefined) => (r && (!known || knownBy(r, known)) ? r : undefined);
  if (finding.kind === 'outdated-history' && !claim.period && !claim.frame?.past && weak(finding.newer)) {
    // A newer level that only a weak or undated page reports does not outdate a sourced one; the
    // newest well-sourced later level does.
    const known = ctx ? addDays(ctx.docDate, GRACE_DAYS) : undefined;
    const later = decision.history.filter((r) => !weak(r) && r !== finding.record && byRecencyDescending(r, finding.record) < 0 && (!known || knownBy(r, known)));
    const strong = later.sort(byRecencyDescending)[0];
    if (!strong || agrees(claim, strong)) return { finding: { kind: 'supported', record: finding.record }, history: decision.history };
    return { finding: { ...finding, newer: strong }, history: decision.history };
  }
  if (finding.kind === 'outdated-history' && !claim.period && claim.frame?.past) {
    // History: a past-tense level that matches an older record is what it was then.
    return { finding: { kind: 'supported', record: finding.record }, history: decision.history };
  }
  if (finding.kind === 'contradicted') {
    const record = finding.record;
    const pool = decision.history.concat(record);
    const limit = staleAfterDays(metric, ctx?.staleAfterDays);
    const observed = observedOn(record);
    if (!claim.period && limit !== undefined && ctx && observed && daysBetween(observed, ctx.docDate) > limit) {
      const neighbour = inTime(neighbourExplains(claim, record, dataset));
      if (neighbour && relatedMetrics(claim.metric, neighbour.metric, dataset)) return { finding: { kind: 'supported', record: neighbour }, history: decision.history };
      return { finding: { kind: 'unsourced', reason: 'stale', record, ageDays: daysBetween(observed, ctx.docDate) }, history: decision.history };
    }
    const doubt = decision.viaProduct ? 'entity' : doubtAboutContradiction(claim, record, pool, dataset, ctx?.docDate);
    if (doubt) {
      const neighbour = inTime(neighbourExplains(claim, record, dataset));
      // A neighbour of a related metric is what the writer meant; of another metric, only a lead.
      if (neighbour && relatedMetrics(claim.metric, neighbour.metric, dataset)) return { finding: { kind: 'supported', record: neighbour }, history: decision.history };
      if (neighbour) return { finding: { kind: 'unsourced', reason: 'unsure', record: neighbour, doubt: 'neighbour' }, history: decision.history };
      return { finding: { kind: 'unsourced', reason: 'unsure', record, doubt }, history: decision.history };
    }
    return decision;
  }
  if (finding.kind === 'unsourced' && VALUE_FIRST_REASONS.has(finding.reason)) {
    const match = inTime(valueFirstMatch(claim, dataset, metric));
    if (match) return { finding: { kind: 'supported', record: match }, history: decision.history };
  }
  return decision;
}

function decideOnRecords(claim: Claim, dataset: Dataset, ctx: DecideContext | undefined): Decision {
  const missing = unrecognised(claim);
  if (missing) return { finding: missing, history: [] };
  const metric = dataset.metricById.get(claim.metric!);
  const index = supersessionOf(dataset);
  const found = poolFor(claim, dataset);
  const known = ctx ? addDays(ctx.docDate, GRACE_DAYS) : undefined;
  // What the writer could have known: reports after the document's date are not its reference.
  const pool = known ? found.records.filter((r) => knownBy(r, known)) : found.records;
  const unnamedDealParties = found.unnamedDealParties;
  if (pool.length === 0) {
    const confirmed = confirmByOtherEntity(claim, dataset, metric);
    if (confirmed) return { finding: { kind: 'supported', record: confirmed }, history: [] };
    const namesAnotherParty = claim.entities.some((e) => e !== claim.entity);
    if (unnamedDealParties.length > 0 && !namesAnotherParty) {
      return { finding: { kind: 'unsourced', reason: 'needs-counterparty', counterparties: unnamedDealParties }, history: [] };
    }
    return { finding: { kind: 'unsourced', reason: claim.entity ? 'no-record' : 'no-entity' }, history: [] };
  }
  const finding = judgePool(claim, pool, metric, dataset, index);
  if (finding.kind === 'unsourced' || finding.kind === 'contradicted') {
    // The sentence names another entity whose record agrees: the figure is probably about that one.
    const confirmed = confirmByOtherEntity(claim, dataset, metric);
    if (confirmed) return { finding: { kind: 'supported', record: confirmed }, history: [] };
  }
  if (finding.kind === 'contradicted' && probablyAboutSomethingElse(claim, finding.record)) {
    return { finding: { kind: 'unsourced', reason: 'far-from-record', periods: periodsOf(pool) }, history: historyOf(pool, []) };
  }
  return { finding, history: historyOf(pool, shownRecords(finding)), viaProduct: found.viaProduct };
}

/** Beyond this factor from the reference, in a sentence naming several entities, a figure is more
 *  likely about another thing (a deal's value read as a company's valuation) than a writer's error. */
export const FAR_FACTOR = 20;

function probablyAboutSomethingElse(claim: Claim, record: FigureRecord): boolean {
  if (new Set([claim.entity, ...claim.entities].filter(Boolean)).size < 2) return false;
  const value = Math.abs(claimInUnit(claim, record.unit).value);
  const reference = Math.abs(record.value);
  if (value === 0 || reference === 0) return false;
  return Math.max(value / reference, reference / value) > FAR_FACTOR;
}

function judgePool(claim: Claim, pool: FigureRecord[], metric: MetricDef | undefined, dataset: Dataset, index: SupersessionIndex): Finding {
  if (!claim.period) return judgePresentTense(claim, pool, metric, dataset, index);
  const candidates = pool.filter((r) => periodMatches(claim.period!, r, metric));
  if (candidates.length === 0) return { kind: 'unsourced', reason: 'no-record-for-period', periods: periodsOf(pool) };
  return judgeWithinPeriod(claim, candidates, metric, dataset, index);
}

function shownRecords(finding: Finding): Array<FigureRecord | undefined> {
  switch (finding.kind) {
    case 'supported':
    case 'contradicted':
      return [finding.record];
    case 'outdated-revised':
    case 'outdated-history':
      return [finding.record];
    default:
      return [];
  }
}

// Evidence before red: a figure is called wrong only when the reading of it is sure (entity, metric
// and period read from its own sentence or an unambiguous reference), the sentence states a level
// rather than someone's estimate or goal, the figure is not a part of the whole the record states,
// the evidence is fresh for the document's date, and no other record nearby explains the figure.
// Otherwise the verdict is `unsourced`, naming the record it was compared with and why.

import type { Claim, ClaimFrame, Dataset, FigureRecord, FrameSource, MetricDef } from '../types';
import { entitiesOf } from './candidates';
import { periodMatches, startOfDate } from './periods';
import { addDays } from '../discourse/documentDate';
import { agrees, claimInUnit, unitsCompatible } from './tolerance';

/** Why a contradiction was not shown as one. */
export type DoubtReason =
  | 'entity' // whose figure it is came from far away or had rivals
  | 'metric' // what it measures was carried over or guessed
  | 'estimate' // the sentence gives analysts' expectations
  | 'aim' // a target, an ask, talks, an IPO
  | 'forecast' // an outlook compared with a reported figure
  | 'part' // a tranche, one segment, a per-share amount, a combination
  | 'neighbour' // another record of the same parties has this value
  | 'deal' // a deal figure with no period, and more than one deal to compare with
  | 'basis' // a past or closed-period figure compared with a forecast for that period
  | 'period' // a present-tense level said to be from an earlier time ("a year ago")
  | 'undated'; // a present-tense level compared with a record whose source has no date

/** Reports published this long after a document's date still count (pages are dated a day or two late). */
export const GRACE_DAYS = 7;

const firstReportedCache = new WeakMap<FigureRecord, string | null>();

/** The earliest date any of a record's sources reported it (records never change: memoised). */
function firstReported(record: FigureRecord): string | undefined {
  const known = firstReportedCache.get(record);
  if (known !== undefined) return known ?? undefined;
  const found = earliestSourceDate(record);
  firstReportedCache.set(record, found ?? null);
  return found;
}

function earliestSourceDate(record: FigureRecord): string | undefined {
  let first = record.source.date ? startOfDate(record.source.date) : undefined;
  for (const alt of record.alternateSources ?? []) {
    const d = alt.date ? startOfDate(alt.date) : undefined;
    if (d && (!first || d < first)) first = d;
  }
  return first;
}

/**
 * Whether the record was known by `limit`. An undated record was known no earlier than its period
 * began (guidance for a later quarter cannot be the reference of an older article).
 */
export function knownBy(record: FigureRecord, limit: string): boolean {
  // An actual cannot be reported before its period began; a forecast can (it is made in advance).
  // Guidance is given about a quarter before its period.
  const from = record.period.from ? startOfDate(record.period.from) : undefined;
  const d = firstReported(record) ?? (from && record.basis === 'reported' ? from : from && record.basis === 'guidance' ? addDays(from, -100) : undefined);
  return !d || d <= limit;
}

const SURE_ENTITY: readonly FrameSource[] = ['clause', 'sentence', 'row-header', 'column-header'];
const SURE_METRIC: readonly FrameSource[] = ['clause', 'sentence', 'row-header', 'column-header'];

const FORWARD_BASES = new Set<FigureRecord['basis']>(['projected', 'guidance', 'target', 'estimate']);

/** Read back from beyond the sentence: sure only when it was the one candidate. */
const REFERENCES: readonly FrameSource[] = ['earlier-sentence', 'earlier-paragraph', 'heading', 'lead-in'];

function entitySure(frame: ClaimFrame): boolean {
  if (!frame.entityFrom) return false;
  return SURE_ENTITY.includes(frame.entityFrom) || (REFERENCES.includes(frame.entityFrom) && frame.entityUnambiguous === true);
}

/**
 * The first reason to doubt `record` as proof that `claim` is wrong, or undefined when the
 * contradiction stands. `pool` is every record of the claim's entity and metric (deals included).
 */
export function doubtAboutContradiction(claim: Claim, record: FigureRecord, pool: FigureRecord[], dataset: Dataset, docDate?: string): DoubtReason | undefined {
  const frame = claim.frame;
  if (!frame) return neighbourExplains(claim, record, dataset) ? 'neighbour' : undefined; // built by hand (tests, API): no frame to weigh
  if (!entitySure(frame)) return 'entity';
  if (!frame.metricFrom || !SURE_METRIC.includes(frame.metricFrom)) return 'metric';
  // "grew 740%" is a change, not the level a share or stake record states.
  if ((claim.direction || frame.change) && isPercent(claim) && !/growth$/.test(dataset.metricById.get(record.metric)?.family ?? '')) return 'metric';
  if (frame.stance === 'estimate') return 'estimate';
  if (frame.stance === 'aim' && record.basis !== 'target' && !(record.counterparty && !TALKS.test(frame.stanceWords ?? ''))) return 'aim';
  // A deal's record states its terms, which are future by nature: "will invest", "will supply".
  if (frame.stance === 'forecast' && !FORWARD_BASES.has(record.basis) && !claim.period && !(record.counterparty && !/^stake/.test(record.metric))) return 'forecast';
  if (FORWARD_BASES.has(record.basis) && !isStockRecord(record, dataset) && frame.stance !== 'forecast' && frame.stance !== 'aim' && (frame.past || closedBefore(claim, docDate))) return 'basis';
  // A level from talks or a target (a valuation sought) is no proof against a level stated as fact.
  if (isStockRecord(record, dataset) && (record.basis === 'estimate' || record.basis === 'target') && frame.stance !== 'aim') return 'basis';
  if (frame.part) return 'part';
  if (frame.periodFrom === 'earlier-paragraph') return 'period';
  // One round, one deal on one day, against a year: the writer may be adding up the year's events.
  if (isEvent(record) && spansMoreThanAMonth(claim) && !(claim.qualifier === 'up-to' && record.qualifier === 'up-to')) return 'period';
  const stock = dataset.metricById.get(record.metric)?.kind === 'stock';
  if (stock && !claim.period && frame.earlier) return 'period';
  if (stock && !claim.period && !record.source.date) return 'undated';
  // Several different figures for one pair (an LOI and its tranche, rounds over the years): only a
  // cap compared with a cap ("up to $150B" against "up to $100B") is sure to be the same deal.
  if (record.counterparty && !claim.period && !stock && !(claim.qualifier === 'up-to' && record.qualifier === 'up-to') && distinctValues(pool) > 1) return 'deal';
  const known = docDate ? addDays(docDate, GRACE_DAYS) : undefined;
  const neighbour = neighbourExplains(claim, record, dataset);
  if (neighbour && (!known || knownBy(neighbour, known))) return 'neighbour';
  return undefined;
}

/** Talks and asks (as opposed to a deal's own targets, which its record states). */
const TALKS = /talks|negotiat|discussion|considering|weigh|seek|sought|proposal|proposed|協議|交渉|検討|方向で|打診/i;

/** How many different values the deal records of a pool state (versions of one deal state one). */
function distinctValues(pool: FigureRecord[]): number {
  const values: number[] = [];
  for (const r of pool) if (r.counterparty && !values.includes(r.value)) values.push(r.value);
  return values.length;
}

function isStockRecord(record: FigureRecord, dataset: Dataset): boolean {
  return dataset.metricById.get(record.metric)?.kind === 'stock';
}

function isEvent(record: FigureRecord): boolean {
  return !!record.period.from && record.period.from === record.period.to;
}

function spansMoreThanAMonth(claim: Claim): boolean {
  const p = claim.period;
  return !!(p?.from && p.to && p.from.slice(0, 7) !== p.to.slice(0, 7));
}

function isPercent(claim: Claim): boolean {
  return claim.unit === 'percent' || claim.unit === 'percentage-points';
}

/** The claim's period ended before the document's date: by then the figure is an actual, not a forecast. */
function closedBefore(claim: Claim, docDate: string | undefined): boolean {
  return !!(docDate && claim.period?.to && claim.period.to < docDate);
}

/** Open-ended records ("more than $20B") agree with too much to explain or place a figure. */
function bounded(record: FigureRecord): boolean {
  return record.qualifier !== 'at-least' && record.qualifier !== 'less-than';
}

/**
 * Another record about the same parties (any metric) that the figure agrees with: the writer is
 * probably quoting that one, not getting this one wrong.
 */
export function neighbourExplains(claim: Claim, except: FigureRecord | undefined, dataset: Dataset): FigureRecord | undefined {
  // Only records of the entities its own sentence names, and only the same number (within 3%): a
  // round "$100 billion" matches too many things across a section to excuse anything on its own.
  const named = entitiesOf(claim);
  return neighbours(claim, dataset).find(
    (r) => r !== except && (named.includes(r.entity) || (r.counterparty !== undefined && named.includes(r.counterparty))) && bounded(r) && close(claim, r) && agrees(claim, r) && periodFits(claim, r, dataset),
  );
}

/** Records of the entities the claim's sentence names (as subject or counterparty), in a comparable unit, with about its value (within 5%). */
export function neighbours(claim: Claim, dataset: Dataset): FigureRecord[] {
  const named = entitiesOf(claim);
  for (const e of claim.frame?.context ?? []) if (!named.includes(e)) named.push(e);
  if (named.length === 0) return [];
  const out: FigureRecord[] = [];
  for (const r of recordsOfEntities(dataset, named)) {
    // Every use asks for the same number (within 3%) first: a cheap ratio test spares the rest.
    if (r.unit === claim.unit && r.low === undefined && Math.abs(claim.value - r.value) > 0.05 * Math.abs(r.value)) continue;
    if (!unitsCompatible(claim.unit, r.unit)) continue;
    // A deal is a neighbour only when both of its parties are named; a company's own figure when it is.
    if (r.counterparty ? named.includes(r.entity) && named.includes(r.counterparty) : named.includes(r.entity)) out.push(r);
  }
  return out;
}

const byEntityCache = new WeakMap<Dataset, Map<string, FigureRecord[]>>();

/** Records by entity and by counterparty, indexed once per dataset. */
function recordsOfEntities(dataset: Dataset, entities: string[]): readonly FigureRecord[] {
  let index = byEntityCache.get(dataset);
  if (!index) {
    index = new Map();
    for (const r of dataset.records) {
      for (const e of r.counterparty ? [r.entity, r.counterparty] : [r.entity]) {
        const list = index.get(e);
        if (list) list.push(r);
        else index.set(e, [r]);
      }
    }
    byEntityCache.set(dataset, index);
  }
  // One entity (most claims): its list as it is. Several: merged without repeats (a deal is listed
  // under both of its parties), through a set, since a lab may have a hundred records or more.
  if (entities.length === 1) return index.get(entities[0]!) ?? NO_RECORDS;
  const out: FigureRecord[] = [];
  const seen = new Set<FigureRecord>();
  for (const e of entities) {
    for (const r of index.get(e) ?? NO_RECORDS) {
      if (seen.has(r)) continue;
      seen.add(r);
      out.push(r);
    }
  }
  return out;
}

const NO_RECORDS: readonly FigureRecord[] = [];

/**
 * Value first: a figure the reading could not place (no metric, no record, or a doubtful
 * contradiction) whose value matches exactly one record of the parties its sentence names is
 * probably that record. Used to support, never to contradict. Percentages match only within the
 * claim's own metric family (a bare "27%" matches too many things).
 */
export function valueFirstMatch(claim: Claim, dataset: Dataset, metric: MetricDef | undefined): FigureRecord | undefined {
  if (claim.frame?.stance === 'estimate' || claim.frame?.part || claim.direction) return undefined;
  const percent = claim.unit === 'percent' || claim.unit === 'percentage-points';
  if (percent && !metric) return undefined;
  if (claim.unit === 'count' && Math.abs(claim.value) < 1e6) return undefined;
  const matches = neighbours(claim, dataset).filter(
    (r) => bounded(r) && close(claim, r) && agrees(claim, r) && periodFits(claim, r, dataset) && relatedMetrics(metric?.id, r.metric, dataset),
  );
  if (matches.length === 0) return undefined;
  // Several reports of one figure (a chain, alternates) are one match; two different facts are none.
  const first = matches[0]!;
  return matches.every((r) => r.metric === first.metric && r.entity === first.entity && r.counterparty === first.counterparty) ? first : undefined;
}

/** Within 3% of the record's value (or inside its range): value first needs the same number, not a rounding of it. */
export function close(claim: Claim, record: FigureRecord): boolean {
  // Same unit (the common case): compare the raw values without converting the claim.
  const v = claim.unit === record.unit ? claim.value : claimInUnit(claim, record.unit).value;
  if (record.low !== undefined && record.high !== undefined && v >= record.low && v <= record.high) return true;
  return Math.abs(v - record.value) <= 0.03 * Math.abs(record.value);
}

/** A claim with a period can only be a record of that period. */
function periodFits(claim: Claim, record: FigureRecord, dataset: Dataset): boolean {
  return !claim.period || periodMatches(claim.period, record, dataset.metricById.get(record.metric));
}

/** Metrics a writer's word may stand for: "invested" for a letter of intent, "valued" for pre-money. */
const RELATED: string[][] = [
  ['investment', 'investment-loi', 'funding-round', 'contract-value', 'total-commitments', 'infrastructure-plan', 'financing-plan'],
  ['valuation', 'valuation-pre-money'],
  ['revenue', 'run-rate'],
  ['capex', 'infrastructure-plan'],
  ['net-loss', 'operating-loss'], // burn is not loss: the research notes keep them apart
];

export function relatedMetrics(a: string | undefined, b: string, dataset: Dataset): boolean {
  if (a === undefined) return true;
  if (a === b) return true;
  if (dataset.metricById.get(a)?.family === dataset.metricById.get(b)?.family) return true;
  return RELATED.some((group) => group.includes(a) && group.includes(b));
}

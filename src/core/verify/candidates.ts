// Which records could speak to a claim: same entity (both sides for a deal), same metric, a unit
// that compares. And the supersession links between records, indexed once per dataset.
import type { Claim, Dataset, FigureRecord } from '../types';
import { unitsCompatible } from './tolerance';

export interface SupersessionIndex {
  /** record id → the id of the record that replaced it. */
  newerOf: Map<string, string>;
}

const supersessionCache = new WeakMap<Dataset, SupersessionIndex>();

/** Links from both sides: `supersededBy` on the old record, `supersedes` on the new one. */
export function supersessionOf(dataset: Dataset): SupersessionIndex {
  const cached = supersessionCache.get(dataset);
  if (cached) return cached;
  const newerOf = new Map<string, string>();
  for (const record of dataset.records) {
    for (const oldId of record.supersedes ?? []) {
      if (oldId !== record.id && dataset.byId.has(oldId)) newerOf.set(oldId, record.id);
    }
  }
  for (const record of dataset.records) {
    if (record.supersededBy && record.supersededBy !== record.id && dataset.byId.has(record.supersededBy)) {
      newerOf.set(record.id, record.supersededBy);
    }
  }
  const index = { newerOf };
  supersessionCache.set(dataset, index);
  return index;
}

export function isSuperseded(record: FigureRecord, index: SupersessionIndex): boolean {
  return index.newerOf.has(record.id);
}

/** The newest record of a supersession chain (cycles, which the loader rejects, are cut). */
export function newestVersion(record: FigureRecord, dataset: Dataset, index: SupersessionIndex): FigureRecord {
  let current = record;
  const seen = new Set<string>([record.id]);
  for (let next = index.newerOf.get(current.id); next !== undefined; next = index.newerOf.get(current.id)) {
    const nextRecord = dataset.byId.get(next);
    if (!nextRecord || seen.has(next)) break;
    seen.add(next);
    current = nextRecord;
  }
  return current;
}

/** Every entity the sentence names, the claim's own first. */
export function entitiesOf(claim: Claim): string[] {
  // A sentence names a handful of entities: a linear scan beats building a Set for each claim.
  const all: string[] = claim.entity ? [claim.entity] : [];
  for (const e of claim.entities) if (!all.includes(e)) all.push(e);
  return all;
}

function recordsKeyed(dataset: Dataset, entity: string, metric: string): FigureRecord[] {
  return dataset.byEntityMetric.get(`${entity}|${metric}`) ?? [];
}

export interface Pool {
  /** Records of the claim's entity (or deal) and metric in a comparable unit. */
  records: FigureRecord[];
  /** Deals of the claim's entity and metric whose other party the sentence does not name. */
  unnamedDealParties: string[];
  /** The records are the company's one product's ("OpenAI's weekly users" read as ChatGPT's). */
  viaProduct?: boolean;
}

/**
 * Records that speak to the claim. A record without a counterparty must be about the claim's own
 * entity (a product's parent does not stand in for the product); a deal needs both of its parties
 * named in the sentence.
 */
export function poolFor(claim: Claim, dataset: Dataset): Pool {
  const metric = claim.metric;
  if (!metric) return { records: [], unnamedDealParties: [] };
  const named = entitiesOf(claim);
  // Pools and name lists are short: arrays with includes, not Sets, for every claim checked.
  const records: FigureRecord[] = [];
  const unnamed: string[] = [];
  for (const entity of named) {
    for (const record of recordsKeyed(dataset, entity, metric)) {
      if (!unitsCompatible(claim.unit, record.unit) || hasRecord(records, record.id)) continue;
      if (record.counterparty) {
        if (named.includes(record.entity) && named.includes(record.counterparty)) records.push(record);
        else if (entity === claim.entity && !unnamed.includes(record.counterparty)) unnamed.push(record.counterparty);
      } else if (record.entity === claim.entity) {
        records.push(record);
      }
    }
  }
  if (records.length === 0 && unnamed.length === 0 && claim.entity) {
    // "OpenAI's 800 million weekly users": a company's figure kept under its one product that has it.
    const product = onlyProductWith(dataset, claim.entity, metric);
    if (product) for (const record of recordsKeyed(dataset, product, metric)) if (!record.counterparty && unitsCompatible(claim.unit, record.unit)) records.push(record);
    if (records.length > 0) return { records, unnamedDealParties: unnamed, viaProduct: true };
  }
  return { records, unnamedDealParties: unnamed };
}

const productsCache = new WeakMap<Dataset, Map<string, string[]>>();

/** The single product of `entity` (by `parent`) with records of `metric`, if exactly one has any. */
function onlyProductWith(dataset: Dataset, entity: string, metric: string): string | undefined {
  let byParent = productsCache.get(dataset);
  if (!byParent) {
    byParent = new Map();
    for (const e of dataset.entities) if (e.parent) byParent.set(e.parent, [...(byParent.get(e.parent) ?? []), e.id]);
    productsCache.set(dataset, byParent);
  }
  const withMetric = (byParent.get(entity) ?? []).filter((p) => recordsKeyed(dataset, p, metric).length > 0);
  return withMetric.length === 1 ? withMetric[0] : undefined;
}

function hasRecord(records: FigureRecord[], id: string): boolean {
  for (const r of records) if (r.id === id) return true;
  return false;
}

/** Records of another entity named in the sentence: used only to confirm, never to contradict. */
export function otherEntityRecords(claim: Claim, dataset: Dataset): Map<string, FigureRecord[]> {
  const out = new Map<string, FigureRecord[]>();
  if (!claim.metric) return out;
  for (const entity of claim.entities) {
    if (entity === claim.entity) continue;
    const records = recordsKeyed(dataset, entity, claim.metric).filter(
      (r) => !r.counterparty && unitsCompatible(claim.unit, r.unit),
    );
    if (records.length > 0) out.set(entity, records);
  }
  return out;
}

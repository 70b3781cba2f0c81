// Rules beyond the schema: references resolve, units fit the metric, no dates in the future, ids are
// unique, supersession links point somewhere and never loop. They work on values that already passed
// the structural check (validate.ts), so fields have the right types here.
import type { EventRecord, FigureRecord, MetricDef } from '../types';
import { CURRENCIES, type Issue } from './validate';

/** Names a file may refer to besides its own: normally the bundled dataset's. */
export interface KnownNames {
  entities: ReadonlySet<string>;
  metrics: ReadonlyMap<string, MetricDef>;
  records: ReadonlySet<string>;
}

export const EMPTY_KNOWN: KnownNames = { entities: new Set(), metrics: new Map(), records: new Set() };

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A YYYY, YYYY-MM or YYYY-MM-DD string is after `today` when its earliest day is. */
export function isFutureDate(date: string, today: string): boolean {
  return date.slice(0, 10) > today.slice(0, date.length);
}

/** Whether a YYYY-MM-DD string is a day that exists (the schema pattern admits 2026-02-30). */
export function isRealDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export function unitFitsMetric(unit: string, metric: MetricDef): boolean {
  if (metric.unit === 'currency') return (CURRENCIES as readonly string[]).includes(unit);
  if (metric.unit === 'GW' || metric.unit === 'MW') return unit === 'GW' || unit === 'MW';
  return unit === metric.unit;
}

const err = (pointer: string, message: string): Issue => ({ pointer, message, severity: 'error' });
const warn = (pointer: string, message: string): Issue => ({ pointer, message, severity: 'warning' });

export function recordRules(r: FigureRecord, ptr: string, entities: ReadonlySet<string>, metrics: ReadonlyMap<string, MetricDef>, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!entities.has(r.entity)) issues.push(err(`${ptr}/entity`, `unknown entity "${r.entity}": define it in "entities" or use a bundled entity id`));
  if (r.counterparty !== undefined && !entities.has(r.counterparty)) issues.push(err(`${ptr}/counterparty`, `unknown entity "${r.counterparty}": define it in "entities" or use a bundled entity id`));
  const metric = metrics.get(r.metric);
  if (!metric) issues.push(err(`${ptr}/metric`, `unknown metric "${r.metric}": define it in "metrics" or use a bundled metric id`));
  else if (!unitFitsMetric(r.unit, metric)) {
    issues.push(err(`${ptr}/unit`, `unit "${r.unit}" does not fit metric "${metric.id}", which is measured in ${metric.unit === 'currency' ? 'a currency (USD, EUR, …)' : metric.unit}`));
  }
  if (r.low !== undefined && r.high !== undefined && r.low > r.high) issues.push(err(`${ptr}/low`, `low (${r.low}) is greater than high (${r.high})`));
  if (r.qualifier === 'range' && r.low !== undefined && r.high !== undefined && (r.value < r.low || r.value > r.high)) {
    issues.push(err(`${ptr}/value`, `value (${r.value}) lies outside the range ${r.low}–${r.high}; for a range give the upper bound`));
  }
  for (const k of ['from', 'to'] as const) {
    const d = r.period[k];
    if (d !== undefined && !isRealDay(d)) issues.push(err(`${ptr}/period/${k}`, `"${d}" is not a real day`));
  }
  if (r.period.from && r.period.to && r.period.from > r.period.to) issues.push(err(`${ptr}/period/to`, `period ends (${r.period.to}) before it starts (${r.period.from})`));
  issues.push(...sourceDateRules(r.source.date, `${ptr}/source/date`, today));
  (r.alternateSources ?? []).forEach((s, i) => issues.push(...sourceDateRules(s.date, `${ptr}/alternateSources/${i}/date`, today)));
  if (r.supersedes?.includes(r.id) || r.supersededBy === r.id) issues.push(err(`${ptr}/id`, 'a record cannot supersede itself'));
  return issues;
}

function sourceDateRules(date: string | null, pointer: string, today: string): Issue[] {
  if (date === null) return [];
  if (isFutureDate(date, today)) return [err(pointer, `source date ${date} is in the future (today is ${today})`)];
  if (date.length === 10 && !isRealDay(date)) return [err(pointer, `"${date}" is not a real day`)];
  return [];
}

export function eventRules(e: EventRecord, ptr: string, entities: ReadonlySet<string>, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!entities.has(e.entity)) issues.push(err(`${ptr}/entity`, `unknown entity "${e.entity}"`));
  if (e.counterparty !== undefined && !entities.has(e.counterparty)) issues.push(err(`${ptr}/counterparty`, `unknown entity "${e.counterparty}"`));
  if (!isRealDay(e.date)) issues.push(err(`${ptr}/date`, `"${e.date}" is not a real day`));
  else if (e.date > today) issues.push(err(`${ptr}/date`, `event date ${e.date} is in the future (today is ${today})`));
  issues.push(...sourceDateRules(e.source.date, `${ptr}/source/date`, today));
  return issues;
}

/** Index of the first occurrence of each id; later occurrences get an error. */
export function duplicateIdIssues(items: { id: string }[], collection: string): Map<number, Issue> {
  const first = new Map<string, number>();
  const issues = new Map<number, Issue>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else issues.set(i, err(`/${collection}/${i}/id`, `duplicate id "${item.id}": already used by /${collection}/${seen}`));
  });
  return issues;
}

/**
 * Supersession links: each target must exist (in this file or among known records), and following
 * the links newer-ward must never come back. Returns issues keyed by record index.
 */
export function supersessionIssues(records: FigureRecord[], knownRecords: ReadonlySet<string>): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  const add = (i: number, issue: Issue) => out.set(i, [...(out.get(i) ?? []), issue]);
  const byId = new Map(records.map((r, i) => [r.id, i] as const));
  const exists = (id: string) => byId.has(id) || knownRecords.has(id);
  records.forEach((r, i) => {
    (r.supersedes ?? []).forEach((id, j) => {
      if (!exists(id)) add(i, err(`/records/${i}/supersedes/${j}`, `supersedes "${id}", which is not a record in this file or the bundled dataset`));
    });
    if (r.supersededBy !== undefined && !exists(r.supersededBy)) add(i, err(`/records/${i}/supersededBy`, `supersededBy "${r.supersededBy}", which is not a record in this file or the bundled dataset`));
    const newer = r.supersededBy !== undefined ? byId.get(r.supersededBy) : undefined;
    if (newer !== undefined && !(records[newer].supersedes ?? []).includes(r.id)) {
      add(i, warn(`/records/${i}/supersededBy`, `"${r.supersededBy}" does not list "${r.id}" in its "supersedes"; the link is made both ways when loading`));
    }
  });
  for (const cycle of supersessionCycles(records)) {
    const names = cycle.map((i) => records[i].id).join(' → ');
    for (const i of cycle) add(i, err(`/records/${i}/id`, `supersession cycle: ${names} → ${records[cycle[0]].id}`));
  }
  return out;
}

/** Cycles in the "newer than" graph (edges older → newer from both supersedes and supersededBy). */
export function supersessionCycles(records: FigureRecord[]): number[][] {
  const byId = new Map(records.map((r, i) => [r.id, i] as const));
  const newer: number[][] = records.map(() => []);
  records.forEach((r, i) => {
    const by = r.supersededBy !== undefined ? byId.get(r.supersededBy) : undefined;
    if (by !== undefined) newer[i].push(by);
    for (const id of r.supersedes ?? []) {
      const older = byId.get(id);
      if (older !== undefined) newer[older].push(i);
    }
  });
  // Iterative depth-first search with colours: 0 unvisited, 1 on the stack, 2 done.
  const colour = new Uint8Array(records.length);
  const cycles: number[][] = [];
  for (let start = 0; start < records.length; start++) {
    if (colour[start]) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    const path: number[] = [start];
    colour[start] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < newer[top.node].length) {
        const to = newer[top.node][top.next++];
        if (colour[to] === 1) cycles.push(path.slice(path.indexOf(to)));
        else if (colour[to] === 0) {
          colour[to] = 1;
          stack.push({ node: to, next: 0 });
          path.push(to);
        }
      } else {
        colour[top.node] = 2;
        stack.pop();
        path.pop();
      }
    }
  }
  return cycles;
}

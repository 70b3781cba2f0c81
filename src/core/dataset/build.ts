// buildDataset: merge validated dataset files (bundled first, then the user's) into one Dataset with
// lookup indexes. A later file's record with the same id replaces the earlier one; new ids add.
import type { Dataset, DatasetFile, DatasetProblem, EntityDef, EventRecord, FigureRecord, MetricDef } from '../types';
import { locationOfRecord, type RecordLocation } from './parse';
import { supersessionCycles } from './rules';

export interface DatasetInput {
  /** "bundled" or the user file's path; copied onto every record as `origin`. */
  origin: string;
  data: DatasetFile;
  /** Problems met while parsing this file; carried into Dataset.problems. */
  problems?: DatasetProblem[];
}

export const BUNDLED_ORIGIN = 'bundled';

export function entityMetricKey(entity: string, metric: string): string {
  return `${entity}|${metric}`;
}

/** Oldest source first; undated sources last; then by period start, then id, so order is stable. */
export function compareBySourceDate(a: FigureRecord, b: FigureRecord): number {
  const da = a.source.date ?? '\uffff';
  const db = b.source.date ?? '\uffff';
  return da.localeCompare(db) || (a.period.from ?? '').localeCompare(b.period.from ?? '') || a.id.localeCompare(b.id);
}

export function buildDataset(files: DatasetInput[]): Dataset {
  const problems: DatasetProblem[] = files.flatMap((f) => f.problems ?? []);
  const entityById = new Map<string, EntityDef>();
  const metricById = new Map<string, MetricDef>();
  const byId = new Map<string, FigureRecord>();
  const events = new Map<string, EventRecord>();
  const locations = new Map<string, RecordLocation>();

  for (const { origin, data } of files) {
    for (const e of data.entities) entityById.set(e.id, e);
    for (const m of data.metrics) metricById.set(m.id, m);
    for (const r of data.records) {
      const earlier = byId.get(r.id);
      if (earlier && earlier.origin !== BUNDLED_ORIGIN && earlier.origin !== origin) {
        problems.push(duplicateAcrossFiles(r, origin, earlier.origin ?? 'another file'));
      }
      // Copies: the bundled records are shared by every Dataset built from them and must not change.
      byId.set(r.id, { ...r, origin });
      const where = locationOfRecord(r);
      if (where) locations.set(r.id, where);
      else locations.delete(r.id);
    }
    for (const e of data.events ?? []) events.set(e.id, { ...e, origin });
  }

  linkBothWays(byId);
  problems.push(...breakCycles(byId, locations));

  const records = [...byId.values()];
  const byEntityMetric = new Map<string, FigureRecord[]>();
  for (const r of records) {
    const key = entityMetricKey(r.entity, r.metric);
    const list = byEntityMetric.get(key);
    if (list) list.push(r);
    else byEntityMetric.set(key, [r]);
  }
  for (const list of byEntityMetric.values()) list.sort(compareBySourceDate);

  return {
    version: versionLabel(files),
    entities: [...entityById.values()],
    metrics: [...metricById.values()],
    records,
    byId,
    byEntityMetric,
    entityById,
    metricById,
    events: [...events.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    problems,
  };
}

/**
 * Records about an entity for a metric, whether the entity is the record's subject or the other side
 * of a deal ("Nvidia's investment in OpenAI" is about both). Oldest source first.
 */
export function recordsAbout(dataset: Dataset, entity: string, metric: string): FigureRecord[] {
  const own = dataset.byEntityMetric.get(entityMetricKey(entity, metric)) ?? [];
  const asCounterparty = dataset.records.filter((r) => r.counterparty === entity && r.metric === metric);
  return asCounterparty.length ? [...own, ...asCounterparty].sort(compareBySourceDate) : own;
}

/** Make every supersession link two-way (a user record may name a bundled one it revises). */
function linkBothWays(byId: Map<string, FigureRecord>): void {
  for (const r of [...byId.values()]) {
    for (const olderId of r.supersedes ?? []) {
      const older = byId.get(olderId);
      if (older && older.supersededBy !== r.id) byId.set(olderId, { ...older, supersededBy: r.id });
    }
    if (r.supersededBy) {
      const newer = byId.get(r.supersededBy);
      if (newer && !(newer.supersedes ?? []).includes(r.id)) byId.set(newer.id, { ...newer, supersedes: [...(newer.supersedes ?? []), r.id] });
    }
  }
  // Links to records that do not exist (a user file overriding a record without its links) are dropped.
  for (const r of [...byId.values()]) {
    const supersedes = r.supersedes?.filter((id) => byId.has(id));
    const supersededBy = r.supersededBy && byId.has(r.supersededBy) ? r.supersededBy : undefined;
    if (supersedes?.length !== r.supersedes?.length || supersededBy !== r.supersededBy) {
      const fixed: FigureRecord = { ...r };
      if (supersedes?.length) fixed.supersedes = supersedes;
      else delete fixed.supersedes;
      if (supersededBy) fixed.supersededBy = supersededBy;
      else delete fixed.supersededBy;
      byId.set(r.id, fixed);
    }
  }
}

/** A cycle can only appear across files (each file is checked alone); drop the user records in it. */
function breakCycles(byId: Map<string, FigureRecord>, locations: Map<string, RecordLocation>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (let round = 0; round < 8; round++) {
    const records = [...byId.values()];
    const cycles = supersessionCycles(records);
    if (!cycles.length) break;
    for (const cycle of cycles) {
      const names = cycle.map((i) => records[i].id).join(' → ');
      for (const i of cycle) {
        const r = records[i];
        if (r.origin === BUNDLED_ORIGIN) continue;
        const where = locations.get(r.id) ?? { file: r.origin ?? '', line: 0, column: 0, field: '' };
        problems.push({ ...where, file: r.origin ?? where.file, severity: 'error', message: `supersession cycle across files: ${names}; record "${r.id}" left out` });
        byId.delete(r.id);
      }
    }
    linkBothWays(byId);
  }
  return problems;
}

function duplicateAcrossFiles(r: FigureRecord, origin: string, earlierOrigin: string): DatasetProblem {
  const where = locationOfRecord(r) ?? { file: origin, line: 0, column: 0, field: '' };
  return { ...where, file: origin, severity: 'warning', message: `record id "${r.id}" is also defined in ${earlierOrigin}; this file's record is used` };
}

function versionLabel(files: DatasetInput[]): string {
  const bundled = files.find((f) => f.origin === BUNDLED_ORIGIN);
  const users = files.filter((f) => f.origin !== BUNDLED_ORIGIN).length;
  const head = bundled ? `bundled ${bundled.data.version}` : `${users} file${users === 1 ? '' : 's'}`;
  return bundled && users ? `${head} + ${users} user file${users === 1 ? '' : 's'}` : head;
}

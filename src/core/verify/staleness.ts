// How long a level stays evidence: a valuation or a user count of six months ago does not prove a
// present-tense figure wrong today. Flows for a closed period (2025 revenue) never go stale. A
// metric may set its own `staleAfterDays` in the dataset; these are the defaults, by metric id.
import type { FigureRecord, MetricDef } from '../types';
import { endOfDate } from './periods';

const DEFAULT_STALE_DAYS: Record<string, number> = {
  'market-cap': 30,
  'traffic-share': 90,
  'run-rate': 150,
  backlog: 120, // reported once a quarter: older than that, a newer report is likely missing
  'backlog-share': 120,
  valuation: 180,
  'valuation-pre-money': 180,
  'stake-value': 180,
  'cash-balance': 180,
  'weekly-users': 180,
  'monthly-users': 180,
  'daily-users': 180,
  'paying-subscribers': 180,
  'business-users': 180,
  'stake-percent': 730,
  'warrant-shares': 730,
};
/** Any other level (capacity, chips, staff). */
const STOCK_STALE_DAYS = 365;

/** Days after which a level of this metric is too old to prove a present-tense figure wrong; undefined for flows. */
export function staleAfterDays(metric: MetricDef | undefined, override?: number): number | undefined {
  if (!metric || metric.kind !== 'stock') return undefined;
  if (override !== undefined) return override;
  return metric.staleAfterDays ?? DEFAULT_STALE_DAYS[metric.id] ?? STOCK_STALE_DAYS;
}

/** The date a record's level was observed: the end of its period, else its source date. */
export function observedOn(record: FigureRecord): string | undefined {
  const d = record.period.to ?? record.period.from ?? record.source.date ?? undefined;
  return d ? endOfDate(d) : undefined;
}

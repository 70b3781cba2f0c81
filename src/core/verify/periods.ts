// Period arithmetic for matching a claim's period with a record's. Dates are ISO strings of
// YYYY, YYYY-MM or YYYY-MM-DD; comparing normalised YYYY-MM-DD strings lexically is date order.
import type { FigureRecord, MetricDef, Period } from '../types';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** First day covered by a partial date: "2025" → "2025-01-01", "2025-10" → "2025-10-01". */
export function startOfDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

/** Last day covered by a partial date: "2025" → "2025-12-31", "2024-02" → "2024-02-29". */
export function endOfDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const year = Number(month[1]);
    const index = Number(month[2]) - 1;
    const days = index === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[index] ?? 31;
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date.slice(0, 10);
}

export interface Span {
  from?: string; // normalised YYYY-MM-DD, undefined = open
  to?: string;
}

// Spans are read once per period object and per record: a claim is compared with every record of
// its pool, and a record with every claim about it. Periods and records are never changed after
// they are made, so the memo cannot go stale (and it holds them weakly).
const periodSpans = new WeakMap<Period, Span | null>();
const recordSpans = new WeakMap<FigureRecord, Span | null>();

/** The dated span of a period, or undefined when it carries no dates at all ("its Series F"). */
export function spanOf(period: Period | undefined): Span | undefined {
  if (!period || (!period.from && !period.to)) return undefined;
  let span = periodSpans.get(period);
  if (span === undefined) {
    span = { from: period.from ? startOfDate(period.from) : undefined, to: period.to ? endOfDate(period.to) : undefined };
    periodSpans.set(period, span);
  }
  return span ?? undefined;
}

/** A record's own span; a one-sided record period ("as of 2025-10-28") is a point. */
export function recordSpan(record: FigureRecord): Span | undefined {
  let own = recordSpans.get(record);
  if (own === undefined) {
    const span = spanOf(record.period);
    own = span ? { from: span.from ?? (record.period.to ? startOfDate(record.period.to) : undefined), to: span.to ?? span.from } : null;
    recordSpans.set(record, own);
  }
  return own ?? undefined;
}

function spansOverlap(a: Span, b: Span): boolean {
  const aFrom = a.from ?? '0000-01-01';
  const aTo = a.to ?? '9999-12-31';
  const bFrom = b.from ?? '0000-01-01';
  const bTo = b.to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}

function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/[\s\-–—_]+/g, ' ').trim();
}

/** Undated periods ("its Series F", "first GW") match on their wording, found in the record's text. */
function undatedPeriodMatches(claimPeriod: Period, record: FigureRecord): boolean {
  const wanted = normaliseLabel(claimPeriod.text.replace(/^(its|the|in|during|for)\s+/i, ''));
  if (wanted.length < 2) return false;
  const haystack = normaliseLabel(`${record.period.text} ${record.paraphrase} ${record.notes ?? ''}`);
  return haystack.includes(wanted);
}

/**
 * Whether a record falls within the period the writer gave.
 * Flow metrics (revenue, burn) accumulate over a span: the spans must be the same, and a cumulative
 * claim ("through 2029") matches a cumulative record ending then. Stock metrics (valuation, users)
 * are levels at a date: the record's date must fall inside the writer's span.
 */
export function periodMatches(claimPeriod: Period, record: FigureRecord, metric: MetricDef | undefined): boolean {
  const claimSpan = spanOf(claimPeriod);
  if (!claimSpan) return undefinedDatesMatch(claimPeriod, record);
  const span = recordSpan(record);
  if (!span) return false;
  if ((metric?.kind ?? 'flow') === 'stock') return spansOverlap(claimSpan, span);
  // A flow recorded on one day is an event (a round closed, a deal signed, a day's market loss):
  // it belongs to any span of the writer's that contains that day ("in January 2026").
  if (span.from !== undefined && span.from === span.to && !claimPeriod.cumulative) return spansOverlap(claimSpan, span);
  if (claimPeriod.cumulative && !claimSpan.from) {
    return span.to === claimSpan.to && (record.period.cumulative === true || span.from !== span.to);
  }
  if (record.period.cumulative && !claimPeriod.cumulative && claimSpan.from === undefined) return false;
  return sameEnd(span.from, claimSpan.from) && sameEnd(span.to, claimSpan.to);
}

/**
 * Company fiscal calendars run in weeks (Nvidia's quarter 3 of fiscal 2026 is 2025-07-28 to
 * 2025-10-26), while a writer's "third quarter of fiscal 2026" is read in whole months: span ends
 * within a week of each other are the same end. Adjacent months or quarters are never that close.
 */
const SAME_END_DAYS = 7;

function sameEnd(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return Math.abs(utcTime(a) - utcTime(b)) <= SAME_END_DAYS * 86_400_000;
}

/** The number written in `n` ASCII digits at `at`, or -1. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(at + k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Milliseconds of a YYYY-MM-DD date, as Date.parse reads it; the common case without a parse. */
function utcTime(date: string): number {
  const plain = date.length === 10 && date[4] === '-' && date[7] === '-';
  const year = plain ? digitsAt(date, 0, 4) : -1;
  const month = plain ? digitsAt(date, 5, 2) : -1;
  const day = plain ? digitsAt(date, 8, 2) : -1;
  // Date.UTC maps years 0-99 to 1900-1999 and rolls over months and days that Date.parse rejects.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31) return Date.parse(`${date}T00:00:00Z`);
  return Date.UTC(year, month - 1, day);
}

function undefinedDatesMatch(claimPeriod: Period, record: FigureRecord): boolean {
  return undatedPeriodMatches(claimPeriod, record);
}

const recencyKeys = new WeakMap<FigureRecord, string>();

/** Sort key: the end of the period the record is about, then when it was reported (memoised). */
export function recencyKey(record: FigureRecord): string {
  let key = recencyKeys.get(record);
  if (key === undefined) {
    const span = recordSpan(record);
    const periodEnd = span?.to ?? span?.from ?? '0000-00-00';
    const reported = record.source.date ? endOfDate(record.source.date) : '0000-00-00';
    key = `${periodEnd}|${reported}`;
    recencyKeys.set(record, key);
  }
  return key;
}

/** Newest first by period, then by source date. */
export function byRecencyDescending(a: FigureRecord, b: FigureRecord): number {
  const ka = recencyKey(a);
  const kb = recencyKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

/** Oldest first, for the history shown in hovers. */
export function byRecencyAscending(a: FigureRecord, b: FigureRecord): number {
  return -byRecencyDescending(a, b);
}

/** The wording of a period, with a fallback to its dates. */
export function periodLabel(period: Period): string {
  if (period.text) return period.text;
  if (period.from && period.to && period.from !== period.to) return `${period.from}–${period.to}`;
  return period.to ?? period.from ?? '';
}

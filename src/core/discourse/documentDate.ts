// The date a document speaks from: present-tense figures are judged with what was known then.
// In order: a `<!-- figure-check-as-of: YYYY-MM-DD -->` comment, the front matter's `date:`, the
// caller's `asOf` (CLI flag, setting), else today.

export type DocumentDateSource = 'comment' | 'front-matter' | 'option' | 'today';

export interface DocumentDate {
  /** YYYY-MM-DD. */
  date: string;
  from: DocumentDateSource;
}

import { todayIso } from '../dataset/rules';

// Linear: literal prefix, fixed-width digits.
const AS_OF_COMMENT = /<!--\s*figure-check-as-of:\s*(\d{4}-\d{2}-\d{2})\s*-->/;
const FRONT_MATTER_DATE = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** How far into a document the as-of comment is looked for (it belongs near the top). */
const COMMENT_WINDOW = 20_000;

function frontMatter(text: string): string | undefined {
  if (!text.startsWith('---')) return undefined;
  const end = text.indexOf('\n---', 3);
  return end > 0 && end < 10_000 ? text.slice(3, end) : undefined;
}

/** The document's date and where it came from. Invalid dates are ignored, never guessed. */
export function documentDate(text: string, asOf?: string, today?: string): DocumentDate {
  const comment = AS_OF_COMMENT.exec(text.slice(0, COMMENT_WINDOW))?.[1];
  if (comment && ISO_DAY.test(comment)) return { date: comment, from: 'comment' };
  const fm = frontMatter(text);
  const front = fm ? FRONT_MATTER_DATE.exec(fm)?.[1] : undefined;
  if (front && ISO_DAY.test(front)) return { date: front, from: 'front-matter' };
  if (asOf && ISO_DAY.test(asOf)) return { date: asOf, from: 'option' };
  return { date: today && ISO_DAY.test(today) ? today : todayIso(), from: 'today' };
}

// Verdicts ask the same few date sums for thousands of figures: memoised (bounded by the few
// document dates and record dates a session sees).
const dayNumbers = new Map<string, number>();
const shifted = new Map<string, string>();

function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `date` moved by `days` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
    if (shifted.size > 50_000) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

// Periods written in a sentence: years, quarters, halves, fiscal years, months, month ranges,
// "through 2029" / "by 2030" (cumulative), "between 2025 and 2029", and the Japanese forms
// (2026年だけで, 2029年までに, 2025年上半期, 2025年4月から9月, 2025年度, 2025年第3四半期).
// Fiscal periods depend on the company, so a mention is kept as a spec and resolved once the
// entity is known. Every pattern is a sequence of bounded or single quantifiers: linear.

import { detached } from '../strings';
import type { Period } from '../types';

export type PeriodSpec =
  | { kind: 'year'; year: number }
  | { kind: 'until'; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'months'; year: number; from: number; toYear: number; to: number }
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'quarter'; year: number; quarter: number; fiscal: boolean }
  | { kind: 'half'; year: number; half: number; fiscal: boolean }
  | { kind: 'fiscal-year'; year: number; japanese: boolean }
  | { kind: 'fiscal-ending'; year: number; month: number }
  /** "the fourth quarter", "第4四半期", "10-12月期": the year comes from the document's date. */
  | { kind: 'yearless'; quarter?: number; fromMonth?: number; toMonth?: number; fiscal: boolean };

export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  spec: PeriodSpec;
}

/** First month of fiscal year N, as [year offset from N, month]: Nvidia FY2026 starts Feb 2025. */
const FISCAL_START: Record<string, [number, number]> = {
  nvidia: [-1, 2],
  microsoft: [-1, 7],
  oracle: [-1, 6],
};
/** Japanese 年度 without a known calendar: April to March. */
const JAPANESE_FISCAL_START: [number, number] = [0, 4];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '((?:19|20)\\d\\d)';
const ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}
// Dates are made for every figure with a period, and a draft names few distinct ones. Bounded by
// the size check (years are 1900-2099 in practice; only real months and days are kept).
const isoDates = new Map<number, string>();

function iso(y: number, m: number, d: number): string {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return `${y}-${pad(m)}-${pad(d)}`;
  const key = y * 10000 + m * 100 + d;
  let date = isoDates.get(key);
  if (date === undefined) {
    date = `${y}-${pad(m)}-${pad(d)}`;
    if (isoDates.size < 100_000) isoDates.set(key, date);
  }
  return date;
}
function monthEnd(y: number, m: number): string {
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return iso(y, m, days);
}
function fullYear(s: string): number {
  const digits = s.replace("'", '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}
function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

type Rule = { re: RegExp; spec: (m: RegExpExecArray) => PeriodSpec | undefined; needs?: Hint };
/** Cheap tests that let a sentence skip rules that cannot match it. */
type Hint = 'ja' | 'month' | 'quarter' | 'fiscal' | 'year' | 'jaQuarter';
const HINTS: Record<Hint, RegExp> = {
  ja: /年/,
  year: /(?:19|20)\d\d/,
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  quarter: /q[1-4]|[1-4]q|h[12]|[12]h|quarter|half/i,
  fiscal: /fy|fiscal/i,
  jaQuarter: /四半期|月期/,
};

const JA_HALF: Record<string, number> = { 上半期: 1, 前半: 1, 上期: 1, 下半期: 2, 後半: 2, 下期: 2 };

// Japanese first, then English; an earlier rule's match wins over an overlapping later one.
const RULES: Rule[] = [
  { re: /((?:19|20)\d\d)年?\s?(?:から|〜|～|~|-|–|—)\s?((?:19|20)\d\d)年(?:まで(?:に|の)?)?/g, needs: 'ja', spec: (m) => ({ kind: 'years', from: +m[1], to: +m[2] }) },
  { re: /((?:19|20)\d\d)年(?:末)?までに?/g, needs: 'ja', spec: (m) => ({ kind: 'until', year: +m[1] }) },
  {
    re: /(?<!\d)((?:19|20)?\d\d)年(\d{1,2})月?\s?(?:から|〜|～|~|-|–)\s?(?:((?:19|20)?\d\d)年)?(\d{1,2})月(?:まで|期)?/g,
    needs: 'ja', spec: (m) => ({ kind: 'months', year: fullYear(m[1]), from: +m[2], toYear: m[3] ? fullYear(m[3]) : fullYear(m[1]), to: +m[4] }),
  },
  {
    re: /(?<!\d)((?:19|20)?\d\d)年(度)?\s?(?:第([1-4])四半期|([1-4])Q)/g,
    needs: 'ja', spec: (m) => ({ kind: 'quarter', year: fullYear(m[1]), quarter: +(m[3] ?? m[4]), fiscal: !!m[2] }),
  },
  { re: /(?<!\d)((?:19|20)?\d\d)年(度)?\s?(上半期|前半|上期|下半期|後半|下期)/g, needs: 'ja', spec: (m) => ({ kind: 'half', year: fullYear(m[1]), half: JA_HALF[m[3]], fiscal: !!m[2] }) },
  { re: /(?<!\d)((?:19|20)?\d\d)年度/g, needs: 'ja', spec: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1]), japanese: true }) },
  // "2026年3月期": the fiscal year that ends in March 2026 (the usual way Japanese companies name it).
  { re: /(?<!\d)((?:19|20)?\d\d)年(\d{1,2})月期/g, needs: 'ja', spec: (m) => ({ kind: 'fiscal-ending', year: fullYear(m[1]), month: +m[2] }) },
  { re: /((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?/g, needs: 'ja', spec: (m) => (m[3] ? { kind: 'day', year: +m[1], month: +m[2], day: +m[3] } : { kind: 'months', year: +m[1], from: +m[2], toYear: +m[1], to: +m[2] }) },
  { re: /((?:19|20)\d\d)年(?:だけで|のみで|単年で|通年で?)?/g, needs: 'ja', spec: (m) => ({ kind: 'year', year: +m[1] }) },
  {
    re: new RegExp(`\\b(?:between|from)\\s${YEAR}\\s(?:and|to|through|until)\\s${YEAR}\\b`, 'gi'),
    needs: 'year', spec: (m) => ({ kind: 'years', from: +m[1], to: +m[2] }),
  },
  { re: new RegExp(`\\b${YEAR}\\s?[-–—]\\s?((?:19|20)?\\d\\d)\\b`, 'g'), needs: 'year', spec: (m) => ({ kind: 'years', from: +m[1], to: fullYear(m[2]) }) },
  {
    re: new RegExp(`\\b(?:through|thru|until|till|by)\\s(?:the\\s(?:end|close)\\sof\\s)?${YEAR}\\b`, 'gi'),
    needs: 'year', spec: (m) => ({ kind: 'until', year: +m[1] }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s?(?:to|through|-|–)\\s?${MONTH}\\.?,?\\s${YEAR}\\b`, 'gi'),
    needs: 'month', spec: (m) => ({ kind: 'months', year: +m[3], from: monthNumber(m[1]), toYear: +m[3], to: monthNumber(m[2]) }),
  },
  {
    re: new RegExp(`\\b(fiscal\\s)?(?:Q([1-4])|([1-4])Q)\\s?(?:of\\s)?(FY\\s?|fiscal\\s(?:year\\s)?)?${YEAR}\\b`, 'gi'),
    needs: 'quarter', spec: (m) => ({ kind: 'quarter', year: +m[5], quarter: +(m[2] ?? m[3]), fiscal: !!(m[1] || m[4]) }),
  },
  {
    re: /\b(fiscal\s)?(?:Q([1-4])|([1-4])Q)(\s?FY\s?|')?(\d\d)\b/gi,
    needs: 'quarter', spec: (m) => ({ kind: 'quarter', year: fullYear(m[5]), quarter: +(m[2] ?? m[3]), fiscal: !!(m[1] || (m[4] && m[4] !== "'")) }),
  },
  {
    re: new RegExp(`\\b(?:(fiscal)\\s)?(first|second|third|fourth)[\\s-]quarter\\s(?:of\\s)?(?:(fiscal)\\s(?:year\\s)?)?${YEAR}\\b`, 'gi'),
    needs: 'quarter', spec: (m) => ({ kind: 'quarter', year: +m[4], quarter: ORDINAL_Q[m[2].toLowerCase()], fiscal: !!(m[1] || m[3]) }),
  },
  {
    re: new RegExp(`\\b(?:H([12])|([12])H)\\s?(FY\\s?|fiscal\\s)?${YEAR}\\b`, 'gi'),
    needs: 'quarter', spec: (m) => ({ kind: 'half', year: +m[4], half: +(m[1] ?? m[2]), fiscal: !!m[3] }),
  },
  {
    re: /\b(?:H([12])|([12])H)(\s?FY\s?|')?(\d\d)\b/gi,
    needs: 'quarter', spec: (m) => ({ kind: 'half', year: fullYear(m[4]), half: +(m[1] ?? m[2]), fiscal: !!m[3] && m[3] !== "'" }),
  },
  {
    re: new RegExp(`\\b(first|second)\\shalf\\s(?:of\\s)?(fiscal\\s(?:year\\s)?)?${YEAR}\\b`, 'gi'),
    needs: 'quarter', spec: (m) => ({ kind: 'half', year: +m[3], half: m[1].toLowerCase() === 'first' ? 1 : 2, fiscal: !!m[2] }),
  },
  {
    re: /\b(?:FY\s?|fiscal\s(?:year\s)?)((?:19|20)\d\d|\d\d)\b/gi,
    needs: 'fiscal', spec: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1]), japanese: false }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s(?:(\\d{1,2}),?\\s)?${YEAR}\\b`, 'gi'),
    needs: 'month', spec: (m) => {
      const month = monthNumber(m[1]);
      return m[2] ? { kind: 'day', year: +m[3], month, day: +m[2] } : { kind: 'months', year: +m[3], from: month, toYear: +m[3], to: month };
    },
  },
  { re: new RegExp(`\\b${YEAR}\\b(?:\\salone)?`, 'g'), needs: 'year', spec: (m) => ({ kind: 'year', year: +m[1] }) },
  // Without a year (last, so that every form with a year wins): resolved against the document's date.
  { re: /(?<![年度\d])(\d{1,2})\s?[-–—〜～~─]\s?(\d{1,2})月期/g, needs: 'jaQuarter', spec: (m) => ({ kind: 'yearless', fromMonth: +m[1], toMonth: +m[2], fiscal: false }) },
  { re: /(?<![年度\d])第([1-4])四半期/g, needs: 'jaQuarter', spec: (m) => ({ kind: 'yearless', quarter: +m[1], fiscal: true }) },
  { re: /\b(?:(fiscal)[\s-])?(first|second|third|fourth)[\s-]quarter\b/gi, needs: 'quarter', spec: (m) => ({ kind: 'yearless', quarter: ORDINAL_Q[m[2].toLowerCase()], fiscal: true }) },
  { re: /\b(?:(fiscal)\s)?Q([1-4])\b/g, needs: 'quarter', spec: (m) => ({ kind: 'yearless', quarter: +m[2], fiscal: true }) },
];

/** Full-width digits to ASCII, one code unit each, so offsets are unchanged. */
export function asciiDigits(s: string): string {
  if (!/[０-９]/.test(s)) return s;
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const HINT_BITS: Record<Hint, number> = { ja: 1, month: 2, quarter: 4, fiscal: 8, year: 16, jaQuarter: 32 };

function overlapsAny(found: PeriodMention[], s: number, e: number): boolean {
  for (const f of found) if (s < f.end && f.start < e) return true;
  return false;
}

/** Every period mention in text[from, to), in order, non-overlapping. */
export function findPeriods(text: string, from: number, to: number): PeriodMention[] {
  const slice = asciiDigits(text.slice(from, to));
  const found: PeriodMention[] = [];
  // Each hint is tested at most once per call, on first need (bit masks: no per-call map).
  let tested = 0;
  let present = 0;
  for (const rule of RULES) {
    if (rule.needs) {
      const bit = HINT_BITS[rule.needs];
      if (!(tested & bit)) {
        tested |= bit;
        if (HINTS[rule.needs].test(slice)) present |= bit;
      }
      if (!(present & bit)) continue;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (overlapsAny(found, s, e)) continue;
      const spec = rule.spec(m);
      if (spec && validSpec(spec)) found.push({ start: s, end: e, text: detached(text.slice(s, e)), spec });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function validSpec(spec: PeriodSpec): boolean {
  if (spec.kind === 'fiscal-ending') return spec.month >= 1 && spec.month <= 12;
  if (spec.kind === 'months') return spec.from >= 1 && spec.from <= 12 && spec.to >= 1 && spec.to <= 12;
  if (spec.kind === 'day') return spec.month >= 1 && spec.month <= 12 && spec.day >= 1 && spec.day <= 31;
  if (spec.kind === 'years') return spec.to >= spec.from;
  if (spec.kind === 'yearless') return spec.quarter !== undefined || (spec.fromMonth! >= 1 && spec.fromMonth! <= 12 && spec.toMonth! >= 1 && spec.toMonth! <= 12);
  return true;
}

function fiscalStart(entity: string | undefined, japanese: boolean): [number, number] | undefined {
  if (entity && FISCAL_START[entity]) return FISCAL_START[entity];
  return japanese ? JAPANESE_FISCAL_START : undefined;
}

/** Adds `months` to (year, month). */
function addMonths(year: number, month: number, months: number): [number, number] {
  const idx = year * 12 + (month - 1) + months;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

function monthSpan(text: string, y1: number, m1: number, y2: number, m2: number, cumulative?: boolean): Period {
  return { text, from: iso(y1, m1, 1), to: monthEnd(y2, m2), ...(cumulative ? { cumulative } : {}) };
}

/** The Period a mention stands for, given the entity it is about (for fiscal calendars). */
export function resolvePeriod(mention: PeriodMention, entity: string | undefined): Period {
  const s = mention.spec;
  const text = mention.text;
  switch (s.kind) {
    case 'year':
      return { text, from: iso(s.year, 1, 1), to: iso(s.year, 12, 31) };
    case 'until':
      return { text, to: iso(s.year, 12, 31), cumulative: true };
    case 'years':
      return { text, from: iso(s.from, 1, 1), to: iso(s.to, 12, 31), cumulative: true };
    case 'months':
      return monthSpan(text, s.year, s.from, s.toYear, s.to);
    case 'day':
      return { text, from: iso(s.year, s.month, s.day), to: iso(s.year, s.month, s.day) };
    case 'fiscal-year': {
      const start = fiscalStart(entity, s.japanese);
      if (!start) return { text, from: iso(s.year, 1, 1), to: iso(s.year, 12, 31) };
      const [y, m] = [s.year + start[0], start[1]];
      const [ey, em] = addMonths(y, m, 11);
      return monthSpan(text, y, m, ey, em);
    }
    case 'fiscal-ending': {
      const [y, m] = addMonths(s.year, s.month, -11);
      return monthSpan(text, y, m, s.year, s.month);
    }
    case 'yearless':
      // Kept open until the discourse layer knows the document's date (see resolveYearless).
      return { text, yearless: { quarter: s.quarter, fromMonth: s.fromMonth, toMonth: s.toMonth, fiscal: s.fiscal } };
    case 'quarter':
    case 'half': {
      const months = s.kind === 'quarter' ? 3 : 6;
      const index = s.kind === 'quarter' ? s.quarter : s.half;
      const start = s.fiscal ? fiscalStart(entity, mention.text.includes('年度')) : undefined;
      const [y0, m0] = start ? [s.year + start[0], start[1]] : [s.year, 1];
      const [y, m] = addMonths(y0, m0, (index - 1) * months);
      const [ey, em] = addMonths(y, m, months - 1);
      return monthSpan(text, y, m, ey, em);
    }
  }
}

/**
 * A period written without its year, placed by the document's date: the latest such quarter or
 * months that ended by then (results are told after the fact), or, for an outlook, the first one
 * that had not. Fiscal quarters follow the entity's calendar where one is known.
 */
export function resolveYearless(period: Period, entity: string | undefined, docDate: string, forward: boolean): Period {
  const y = period.yearless;
  if (!y) return period;
  const year = Number(docDate.slice(0, 4));
  const spans: Array<[string, string]> = [];
  for (let n = year - 2; n <= year + 2; n++) {
    if (y.quarter !== undefined) {
      const start = y.fiscal ? fiscalStart(entity, false) : undefined;
      const [y0, m0] = start ? [n + start[0], start[1]] : [n, 1];
      const [sy, sm] = addMonths(y0, m0, (y.quarter - 1) * 3);
      const [ey, em] = addMonths(sy, sm, 2);
      spans.push([iso(sy, sm, 1), monthEnd(ey, em)]);
    } else {
      const to = y.toMonth! >= y.fromMonth! ? n : n + 1;
      spans.push([iso(n, y.fromMonth!, 1), monthEnd(to, y.toMonth!)]);
    }
  }
  const chosen = forward ? spans.find(([, to]) => to > docDate) : [...spans].reverse().find(([, to]) => to <= docDate);
  return chosen ? { text: period.text, from: chosen[0], to: chosen[1] } : period;
}

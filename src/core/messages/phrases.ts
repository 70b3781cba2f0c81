// Building blocks of messages: who and what a record is about, its figure with its hedge, its
// source, its period; in English and Japanese.
import { formatDisplay, formatLikeWriter } from '../format/index';
import type { Claim, Dataset, FigureRecord, Lang, Period, Qualifier, Unit } from '../types';

/** A metric label without its explanatory parenthesis: "valuation (post-money or deal value)" → "valuation". */
export function shortLabel(label: string): string {
  return label.replace(/\s*[(（][^)）]*[)）]\s*$/, '').trim() || label;
}

export function entityName(dataset: Dataset, id: string | undefined, lang: Lang): string {
  if (!id) return lang === 'ja' ? '（不明）' : '(unknown)';
  const entity = dataset.entityById.get(id);
  if (!entity) return id;
  return lang === 'ja' ? entity.nameJa ?? entity.name : entity.name;
}

export function metricName(dataset: Dataset, id: string | undefined, lang: Lang): string {
  if (!id) return lang === 'ja' ? '数値' : 'figure';
  const metric = dataset.metricById.get(id);
  if (!metric) return id;
  return shortLabel(lang === 'ja' ? metric.labelJa : metric.label);
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

// Deals read "Microsoft's stake in OpenAI", "Oracle's contract value with OpenAI".
const HELD_IN = /stake|invest|ownership|出資|投資|持ち分/i;

// Subjects by dataset: ids come from the dataset's own vocabulary, so the memo is bounded by it.
const subjects = new WeakMap<Dataset, Map<string, string>>();

/** "Microsoft's ownership stake in OpenAI" / "マイクロソフトのオープンAIへの出資比率". */
export function subjectOf(dataset: Dataset, entity: string | undefined, metric: string | undefined, lang: Lang, counterparty?: string): string {
  let memo = subjects.get(dataset);
  if (!memo) subjects.set(dataset, (memo = new Map()));
  const key = `${lang}\u0000${entity ?? ''}\u0000${metric ?? ''}\u0000${counterparty ?? ''}`;
  let subject = memo.get(key);
  if (subject === undefined) memo.set(key, (subject = wordSubject(dataset, entity, metric, lang, counterparty)));
  return subject;
}

function wordSubject(dataset: Dataset, entity: string | undefined, metric: string | undefined, lang: Lang, counterparty?: string): string {
  const who = entityName(dataset, entity, lang);
  const what = metricName(dataset, metric, lang);
  if (lang === 'ja') {
    if (!counterparty) return `${who}の${what}`;
    const other = entityName(dataset, counterparty, lang);
    return HELD_IN.test(what) ? `${who}の${other}への${what}` : `${who}と${other}の${what}`;
  }
  // "value of an ownership stake" reads "the value of Microsoft's ownership stake in OpenAI".
  const valueOf = /^value of (?:an? )?(.+)$/i.exec(what);
  const owned = valueOf ? `the value of ${possessive(who)} ${valueOf[1]}` : `${possessive(who)} ${what}`;
  if (!counterparty) return owned;
  const other = entityName(dataset, counterparty, lang);
  return `${owned} ${HELD_IN.test(what) ? 'in' : 'with'} ${other}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A period for reading: "as-of 2025-10-28" → "as of 2025-10-28"; in Japanese "2026年", "2025年上半期". */
export function periodText(period: Period | undefined, lang: Lang): string {
  if (!period) return '';
  const written = period.text || period.to || period.from || '';
  const memo = lang === 'ja' ? periodTextJa : periodTextEn;
  let text = memo.get(written);
  if (text === undefined) {
    if (memo.size >= PERIOD_MEMO_LIMIT) memo.clear(); // periods come from documents too: bounded
    memo.set(written, (text = wordPeriod(written, lang)));
  }
  return text;
}

// Messages name the same few periods again and again: each wording is worked out once per language.
const PERIOD_MEMO_LIMIT = 4096;
const periodTextEn = new Map<string, string>();
const periodTextJa = new Map<string, string>();

function wordPeriod(written: string, lang: Lang): string {
  const raw = written
    .replace(/^as-of\s+/i, 'as of ')
    .replace(/^(\d{4})\.\.(\d{4})$/, '$1–$2');
  if (lang === 'en') return raw.replace(/^(\d{4})-H([12])$/i, 'H$2 $1');
  const year = /^(\d{4})$/.exec(raw);
  if (year) return `${year[1]}年`;
  const half = /^(\d{4})[-\s]?H([12])$/i.exec(raw) ?? /^H([12])\s+(\d{4})$/i.exec(raw);
  if (half) {
    const [y, h] = /^\d{4}/.test(raw) ? [half[1], half[2]] : [half[2], half[1]];
    return `${y}年${h === '1' ? '上半期' : '下半期'}`;
  }
  const years = /^(\d{4})–(\d{4})$/.exec(raw);
  if (years) return `${years[1]}〜${years[2]}年`;
  const yearMonth = /^(\d{4})-(\d{2})$/.exec(raw);
  if (yearMonth) return `${yearMonth[1]}年${Number(yearMonth[2])}月`;
  const asOf = /^as of\s+(.+)$/i.exec(raw);
  if (asOf) return `${asOf[1]}時点`;
  return raw;
}

const HEDGE_PREFIX = /^(about|around|roughly|nearly|almost|some|approximately|over|more than|at least|above|up to|as much as|as many as|less than|under|below|約|およそ|ほぼ|最大)\s*/i;

/** The writer's figure without a leading hedge word, to copy its style. */
export function bareWritten(text: string): string {
  return text.replace(HEDGE_PREFIX, '');
}

/** MW written by the writer, GW in the record: the record's value in the writer's unit. */
function inWriterUnit(value: number, recordUnit: Unit, writerUnit: Unit): number {
  if (recordUnit === 'GW' && writerUnit === 'MW') return value * 1000;
  if (recordUnit === 'MW' && writerUnit === 'GW') return value / 1000;
  return value;
}

function hedged(figure: string, qualifier: Qualifier, lang: Lang): string {
  if (lang === 'ja') {
    switch (qualifier) {
      case 'approx': return `約${figure}`;
      case 'at-least': return `${figure}超`;
      case 'up-to': return `最大${figure}`;
      case 'less-than': return `${figure}未満`;
      default: return figure;
    }
  }
  switch (qualifier) {
    case 'approx': return `about ${figure}`;
    case 'at-least': return `more than ${figure}`;
    case 'up-to': return `up to ${figure}`;
    case 'less-than': return `less than ${figure}`;
    default: return figure;
  }
}

// Separators of a written range: "$175 billion to $185 billion", "$14–17B", "140億〜170億ドル".
const RANGE_SEPARATOR = /\s*(?:to|and|–|—|-|〜|~|～|から)\s*/;

/** One figure's worth of the writer's style: for a range, the first figure's prefix and the last one's scale. */
export function styleSample(claim: Claim): string {
  const bare = bareWritten(claim.text).replace(/^between\s+/i, '');
  if (claim.qualifier !== 'range') return bare;
  const pieces = bare.split(RANGE_SEPARATOR).filter(Boolean);
  if (pieces.length < 2) return bare;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const prefix = /^[^\d０-９]*/.exec(first)?.[0] ?? '';
  return prefix + last.replace(/^[^\d０-９]*/, '');
}

/** The record's figure with its hedge, in the writer's style when a claim is given. */
export function recordFigure(record: FigureRecord, lang: Lang, claim?: Claim): string {
  const write = (value: number): string => {
    if (!claim || !Number.isFinite(value)) return formatDisplay(value, record.unit, lang);
    const sameKind = claim.unit === record.unit || inWriterUnit(1, record.unit, claim.unit) !== 1;
    if (!sameKind) return formatDisplay(value, record.unit, lang);
    return formatLikeWriter(inWriterUnit(value, record.unit, claim.unit), claim.unit, styleSample(claim), lang);
  };
  if (record.low !== undefined && record.high !== undefined) {
    return `${write(record.low)}${lang === 'ja' ? '〜' : '–'}${write(record.high)}`;
  }
  return hedged(write(record.value), record.qualifier, lang);
}

/** "(Reuters, 2025-10-28)" / "（Reuters、2025-10-28）". */
export function sourceNote(record: FigureRecord, lang: Lang): string {
  const date = record.source.date ?? (lang === 'ja' ? '日付なし' : 'undated');
  return lang === 'ja' ? `（${record.source.publisher}、${date}）` : `(${record.source.publisher}, ${date})`;
}

/** Flow figures name their period ("for 2026"); stock figures are dated by their source. */
export function periodPhrase(record: FigureRecord, dataset: Dataset, lang: Lang): string {
  const metric = dataset.metricById.get(record.metric);
  if (metric?.kind === 'stock' || record.counterparty) return ''; // deals are dated by their source
  const text = periodText(record.period, lang);
  // Only wording that reads as a period ("2026", "H1 2025", "FY2026-Q3"), not "multi-year from …".
  if (!text || !/^(FY|H[12]\b|Q[1-4]\b|\d{4})/i.test(text)) return '';
  return lang === 'ja' ? `${text}の` : ` for ${text}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

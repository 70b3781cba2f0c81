// The hover card for one claim, as markdown text. Pure: every piece of dataset or document text is
// escaped here, links are http(s) only, and nothing produces HTML or a command link.
import type { CheckResult, CheckedClaim, Dataset, FigureRecord, Lang, Source, SourceKind, Unit } from '../core/types';
import { documentDateLine, frameReasons } from './hoverFrame';
import { displayTitle, escapeMarkdown, markdownLink } from './markdownSafety';
import { VERDICT_ICON, basisLabel, confidenceLabel, phrase, qualifierLabel, sourceKindLabel, verdictLabel } from './verdictText';

export interface HoverContext {
  lang: Lang;
  /** `asOf`: the newest source date of the data, when the dataset file gives it. */
  dataset: Pick<Dataset, 'entityById' | 'metricById' | 'version'> & { asOf?: string };
  /** The core's display formatter ("$115.0B", "1150億ドル"). */
  formatValue: (value: number, unit: Unit, lang: Lang) => string;
  /** The date present-tense figures were judged as of, from the check result. */
  documentDate?: CheckResult['documentDate'];
}

const SEPARATOR = '\n\n---\n\n';
/** History rows shown in the card; the report lists every figure. */
const HISTORY_ROWS = 5;

/**
 * The card, most important first: the verdict with the sourced figure, then its source (the first
 * two lines answer "is it right, what should it be, says who"); below a rule the details (difference,
 * how the figure was read, other reporters, paraphrase), then the history and the dataset. The
 * verdict's message is left out when the figure has a squiggle: VS Code's own hover shows it just above.
 */
export function buildHoverMarkdown(claim: CheckedClaim, ctx: HoverContext): string {
  const { lang } = ctx;
  const verdict = `${VERDICT_ICON[claim.verdict]} **${escapeMarkdown(verdictLabel(claim.verdict, lang))}**`;
  // For an outdated figure the newer one leads: it is what the writer should use.
  const lead = claim.newer && claim.newer !== claim.record ? claim.newer : claim.record;
  const head: string[] = [];
  if (lead) {
    const label = lead === claim.newer ? phrase('newer', lang) : phrase('sourced', lang);
    head.push(`${verdict} · ${label}: ${figureWithPeriod(lead, ctx)}`);
    head.push(sourceLine(lead.source, lang, lead.confidence, phrase('source', lang), lead.sourceKind));
  } else if (claim.verdict === 'unsourced' && claim.nearest) {
    // Not the figure's source: the record it was compared with and why it did not decide (the message).
    const near = claim.nearest;
    head.push(`${verdict} · ${phrase('nearest', lang)}: ${figureWithPeriod(near, ctx)} · ${escapeMarkdown(entityName(near.entity, ctx))} · ${escapeMarkdown(metricLabel(near.metric, ctx))}`);
    head.push(sourceLine(near.source, lang, near.confidence, phrase('source', lang), near.sourceKind));
  } else {
    head.push(verdict);
  }
  if (claim.message && claim.severity === null) head.push(escapeMarkdown(claim.message));

  const details: string[] = [];
  if (claim.record && lead !== claim.record) {
    details.push(`${phrase('sourced', lang)}: ${figureWithPeriod(claim.record, ctx)}`);
    details.push(sourceLine(claim.record.source, lang, claim.record.confidence, phrase('source', lang), claim.record.sourceKind));
  }
  if (claim.record) details.push(...recordDetails(claim, claim.record, ctx));
  details.push(`${phrase('readAs', lang)}: ${readAsLine(claim, ctx)}`);
  const judged = documentDateLine(ctx.documentDate, lang);
  if (judged) details.push(judged);

  const sections = [head.join('\n\n'), details.join('\n\n')];
  const history = historyBlock(claim, ctx);
  if (history) sections.push(history);
  sections.push(footer(claim, ctx));
  return sections.join(SEPARATOR);
}

/** "Figure Check · Dataset: bundled 2026-11-23 · data as of 2026-08-23". */
function footer(claim: CheckedClaim, ctx: HoverContext): string {
  const { lang } = ctx;
  const bits = ['Figure Check'];
  const origin = claim.record?.origin ?? claim.newer?.origin ?? claim.nearest?.origin;
  if (origin) bits.push(`${phrase('dataset', lang)}: ${escapeMarkdown(datasetName(origin, ctx))}`);
  if (origin === 'bundled' && ctx.dataset.asOf) bits.push(`${phrase('asOf', lang)} ${escapeMarkdown(ctx.dataset.asOf)}`);
  return bits.join(' · ');
}

/** "$49.0B · exact · OpenAI · cash burn · 2026 (entity from the heading: “OpenAI”)". */
function readAsLine(claim: CheckedClaim, ctx: HoverContext): string {
  const { lang } = ctx;
  const value =
    claim.qualifier === 'range' && claim.low !== undefined && claim.high !== undefined
      ? `${ctx.formatValue(claim.low, claim.unit, lang)}–${ctx.formatValue(claim.high, claim.unit, lang)}`
      : ctx.formatValue(claim.value, claim.unit, lang);
  const bits = [
    `\`${codeSafe(claim.text)}\` → **${escapeMarkdown(value)}**`,
    escapeMarkdown(qualifierLabel(claim.qualifier, lang)),
    escapeMarkdown(claim.entity ? entityName(claim.entity, ctx) : phrase('unknownEntity', lang)),
    escapeMarkdown(claim.metric ? metricLabel(claim.metric, ctx) : phrase('unknownMetric', lang)),
    escapeMarkdown(claim.period?.text || phrase('noPeriod', lang)),
  ];
  const why = frameReasons(claim.frame, claim.period?.text, lang);
  if (!why) return bits.join(' · ');
  return lang === 'ja' ? `${bits.join(' · ')}（${why}）` : `${bits.join(' · ')} (${why})`;
}

/** Under the rule: the difference, the other reporters and our paraphrase of the deciding record. */
function recordDetails(claim: CheckedClaim, record: FigureRecord, ctx: HoverContext): string[] {
  const { lang } = ctx;
  const lines: string[] = [];
  if (claim.verdict === 'contradicted' && record.unit === claim.unit) {
    lines.push(`${phrase('difference', lang)}: ${escapeMarkdown(differenceText(claim.value, record.value, claim.unit, ctx))}`);
  }
  for (const alt of record.alternateSources ?? []) {
    lines.push(sourceLine(alt, lang, undefined, phrase('alsoReported', lang)));
  }
  if (record.paraphrase) lines.push(`> ${escapeMarkdown(record.paraphrase)}`);
  return lines;
}

/** "**$17.0B** · 2026 · projection". */
function figureWithPeriod(record: FigureRecord, ctx: HoverContext): string {
  const { lang } = ctx;
  const value =
    record.low !== undefined && record.high !== undefined && record.qualifier === 'range'
      ? `${ctx.formatValue(record.low, record.unit, lang)}–${ctx.formatValue(record.high, record.unit, lang)}`
      : ctx.formatValue(record.value, record.unit, lang);
  const qualifier = record.qualifier !== 'exact' && record.qualifier !== 'range' ? `${qualifierLabel(record.qualifier, lang)} ` : '';
  return [
    `**${escapeMarkdown(qualifier + value)}**`,
    escapeMarkdown(record.period?.text || phrase('noPeriod', lang)),
    escapeMarkdown(basisLabel(record.basis, lang)),
  ].join(' · ');
}

/**
 * "Source: [Title](https://…) — Publisher (wire service), 2025-10-28 · originally reported by X ·
 * confidence: high"; without a title (or with one only guessed from the URL) the publisher itself is
 * the link. `label` replaces the leading "Source".
 */
export function sourceLine(
  source: Source,
  lang: Lang,
  confidence?: FigureRecord['confidence'],
  label = phrase('source', lang),
  kind?: SourceKind,
): string {
  const date = escapeMarkdown(source.date ?? phrase('undated', lang));
  const title = displayTitle(source.title);
  const kindText = kind ? ` (${escapeMarkdown(sourceKindLabel(kind, lang))})` : '';
  const cited = title
    ? `${markdownLink(title, source.url)} — ${escapeMarkdown(source.publisher)}${kindText}, ${date}`
    : `${markdownLink(source.publisher, source.url)}${kindText}, ${date}`;
  const bits = [`${label}: ${cited}`];
  if (source.originalReporter) bits.push(`${phrase('originally', lang)} ${escapeMarkdown(source.originalReporter)}`);
  if (confidence) bits.push(`${phrase('confidence', lang)}: ${escapeMarkdown(confidenceLabel(confidence, lang))}`);
  return bits.join(' · ');
}

function historyBlock(claim: CheckedClaim, ctx: HoverContext): string | undefined {
  const { lang } = ctx;
  if (!claim.history || claim.history.length === 0) return undefined;
  const head = claim.record ?? claim.history[0];
  const title = `${phrase('history', lang)} (${escapeMarkdown(entityName(head.entity, ctx))} · ${escapeMarkdown(metricLabel(head.metric, ctx))})`;
  const shown = newestRowsKeeping(claim.history, claim.record?.id, HISTORY_ROWS);
  const rows = shown.map((r) => {
    const mark = claim.record && r.id === claim.record.id ? ` ← ${escapeMarkdown(phrase('thisRecord', lang))}` : '';
    const date = r.source.date ?? phrase('undated', lang);
    return `- ${figureWithPeriod(r, ctx)} — ${markdownLink(r.source.publisher, r.source.url)}, ${escapeMarkdown(date)}${mark}`;
  });
  const more = claim.history.length - shown.length;
  if (more > 0) rows.push(`- ${escapeMarkdown(phrase('moreInReport', lang).replace('{0}', String(more)))}`);
  return `${title}:\n\n${rows.join('\n')}`;
}

/** The newest `max` records in time order, always keeping the one the verdict used. */
function newestRowsKeeping(history: readonly FigureRecord[], keepId: string | undefined, max: number): FigureRecord[] {
  if (history.length <= max) return [...history];
  const newest = history.slice(history.length - max);
  const kept = history.find((r) => r.id === keepId);
  if (!kept || newest.includes(kept)) return newest;
  return [kept, ...newest.slice(1)];
}

/** "+$32.0B (+188%)"; for percentages the gap in points. */
export function differenceText(written: number, sourced: number, unit: Unit, ctx: Pick<HoverContext, 'lang' | 'formatValue'>): string {
  const gap = written - sourced;
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '±';
  if (unit === 'percent' || unit === 'percentage-points') {
    const points = Math.round(Math.abs(gap) * 10) / 10;
    return `${sign}${points} ${phrase('points', ctx.lang)}`;
  }
  const absolute = ctx.formatValue(Math.abs(gap), unit, ctx.lang);
  if (sourced === 0) return `${sign}${absolute}`;
  const relative = Math.round((Math.abs(gap) / Math.abs(sourced)) * 100);
  return `${sign}${absolute} (${sign}${relative}%)`;
}

function entityName(id: string, ctx: HoverContext): string {
  const entity = ctx.dataset.entityById.get(id);
  if (!entity) return id;
  return ctx.lang === 'ja' && entity.nameJa ? entity.nameJa : entity.name;
}

function metricLabel(id: string, ctx: HoverContext): string {
  const metric = ctx.dataset.metricById.get(id);
  if (!metric) return id;
  return ctx.lang === 'ja' ? metric.labelJa || metric.label : metric.label;
}

function datasetName(origin: string, ctx: HoverContext): string {
  if (origin !== 'bundled') return origin;
  // dataset.version reads "bundled 2026-11-23 + 2 user files": keep the bundled date only.
  const bundledVersion = ctx.dataset.version.split(' + ')[0].replace(/^bundled\s*/, '');
  return `${phrase('bundled', ctx.lang)} ${bundledVersion}`.trim();
}

/** Text shown inside an inline code span: backticks and line breaks cannot end or break it. */
function codeSafe(text: string): string {
  return text.replace(/`/g, 'ˋ').replace(/\r\n|\r|\n/g, ' ');
}

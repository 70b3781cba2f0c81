// The hover card for one claim, as markdown text. Pure: every piece of dataset or document text is
// escaped here, links are http(s) only, and nothing produces HTML or a command link.
import type { CheckedClaim, Dataset, FigureRecord, Lang, Source, Unit } from '../core/types';
import { escapeMarkdown, markdownLink } from './markdownSafety';
import { VERDICT_ICON, basisLabel, confidenceLabel, phrase, qualifierLabel, verdictLabel } from './verdictText';

export interface HoverContext {
  lang: Lang;
  dataset: Pick<Dataset, 'entityById' | 'metricById' | 'version'>;
  /** The core's display formatter ("$115.0B", "1150億ドル"). */
  formatValue: (value: number, unit: Unit, lang: Lang) => string;
}

const SEPARATOR = '\n\n---\n\n';

export function buildHoverMarkdown(claim: CheckedClaim, ctx: HoverContext): string {
  const { lang } = ctx;
  const parts: string[] = [];
  parts.push(`**Figure Check** · ${VERDICT_ICON[claim.verdict]} **${escapeMarkdown(verdictLabel(claim.verdict, lang))}**`);
  if (claim.message) parts.push(escapeMarkdown(claim.message));
  parts.push(`${phrase('readAs', lang)}: ${readAsLine(claim, ctx)}`);

  // For an outdated figure the newer one comes first: it is what the writer should use.
  const evidence: string[] = [];
  if (claim.newer && claim.newer !== claim.record) {
    evidence.push(`${phrase('newer', lang)}: ${figureWithPeriod(claim.newer, ctx)}`);
    evidence.push(sourceLine(claim.newer.source, lang, claim.newer.confidence));
  }
  if (claim.record) evidence.push(...recordBlock(claim, claim.record, ctx));
  const history = historyBlock(claim, ctx);
  const sections = [parts.join('\n\n')];
  if (evidence.length) sections.push(evidence.join('\n\n'));
  if (history) sections.push(history);
  const origin = claim.record?.origin ?? claim.newer?.origin;
  if (origin) sections.push(`${phrase('dataset', lang)}: ${escapeMarkdown(datasetName(origin, ctx))}`);
  return sections.join(SEPARATOR);
}

/** "$49.0B · exact · OpenAI · cash burn · 2026". */
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
  return bits.join(' · ');
}

function recordBlock(claim: CheckedClaim, record: FigureRecord, ctx: HoverContext): string[] {
  const { lang } = ctx;
  const lines = [`${phrase('sourced', lang)}: ${figureWithPeriod(record, ctx)}`];
  if (claim.verdict === 'contradicted' && record.unit === claim.unit) {
    lines.push(`${phrase('difference', lang)}: ${escapeMarkdown(differenceText(claim.value, record.value, claim.unit, ctx))}`);
  }
  lines.push(sourceLine(record.source, lang, record.confidence));
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
 * "Source: [Title](https://…) — Publisher, 2025-10-28 · originally reported by X · confidence: high";
 * without a title the publisher itself is the link. `label` replaces the leading "Source".
 */
export function sourceLine(source: Source, lang: Lang, confidence?: FigureRecord['confidence'], label = phrase('source', lang)): string {
  const date = escapeMarkdown(source.date ?? phrase('undated', lang));
  const hasTitle = Boolean(source.title && source.title.trim());
  const cited = hasTitle
    ? `${markdownLink(source.title as string, source.url)} — ${escapeMarkdown(source.publisher)}, ${date}`
    : `${markdownLink(source.publisher, source.url)}, ${date}`;
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
  const rows = claim.history.map((r) => {
    const mark = claim.record && r.id === claim.record.id ? ` ← ${escapeMarkdown(phrase('thisRecord', lang))}` : '';
    const date = r.source.date ?? phrase('undated', lang);
    return `- ${figureWithPeriod(r, ctx)} — ${markdownLink(r.source.publisher, r.source.url)}, ${escapeMarkdown(date)}${mark}`;
  });
  return `${title}:\n\n${rows.join('\n')}`;
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

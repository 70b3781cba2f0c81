// Which metric a figure measures: the nearest cue whose metric is measured in the figure's unit,
// with a few built-in rules that tell apart metrics the dataset keeps in separate families
// (burn vs loss come from different cues; the rules below handle the rest). Every rule names
// bundled metric ids and applies only when the vocabulary has both ids.

import type { MetricDef, Qualifier, TextRange, Unit } from '../types';
import type { TermMention } from './terms';
import type { Vocabulary } from './vocabulary';

/** A figure in this unit may be a reading of a metric with that unit. */
export function unitFits(metric: MetricDef, unit: Unit): boolean {
  if (metric.unit === 'currency') return /^[A-Z]{3}$/.test(unit);
  if (metric.unit === 'percent') return unit === 'percent' || unit === 'percentage-points';
  if (metric.unit === 'GW' || metric.unit === 'MW') return unit === 'GW' || unit === 'MW';
  return metric.unit === unit;
}

/** When a cue's metric has the wrong unit, the metric of the same thing in the figure's unit. */
const SIBLING_FOR_MONEY: Record<string, string> = { 'stake-percent': 'stake-value', 'backlog-share': 'backlog' };
const SIBLING_FOR_PERCENT: Record<string, string> = { 'stake-value': 'stake-percent', backlog: 'backlog-share' };
/** Percent figures next to a change word: growth of the thing the cue names. */
const GROWTH_OF: Record<string, string> = {
  'web-visits': 'traffic-growth',
  'weekly-users': 'user-growth',
  'monthly-users': 'user-growth',
};

/** After the nearest cue is chosen: a nearby cue or the hedge refines it. */
interface Refinement {
  from: string;
  to: string;
  /** Characters around the figure in which a cue of `to` refines `from`. */
  window: number;
  /** Refine regardless of cues when the figure's qualifier is this ("up to $100B" is a letter of intent). */
  qualifier?: Qualifier;
}
const REFINEMENTS: Refinement[] = [
  { from: 'investment', to: 'investment-loi', window: 60, qualifier: 'up-to' },
  { from: 'revenue', to: 'run-rate', window: 40 },
  { from: 'valuation', to: 'valuation-pre-money', window: 30 },
  { from: 'valuation', to: 'stake-value', window: 30 },
  { from: 'revenue', to: 'data-center-revenue', window: 30 },
  { from: 'net-loss', to: 'operating-loss', window: 20 },
];

export interface MetricInput {
  cues: TermMention[];
  figure: TextRange;
  unit: Unit;
  qualifier: Qualifier;
  clause: TextRange;
  /** A direction or growth word is in the sentence. */
  hasChange: boolean;
}

function distance(m: TextRange, figure: TextRange): number {
  return m.end <= figure.start ? figure.start - m.end : Math.max(0, m.start - figure.end);
}

/** The metric id for the figure, or undefined when no cue fits. */
export function metricForFigure(input: MetricInput, vocabulary: Vocabulary): string | undefined {
  const { cues, figure, unit } = input;
  // Cues inside the figure count too: the "GW" of "10 GW".
  const strong = cues.filter((c) => !vocabulary.weakCues.has(c.term.folded));
  const pool = strong.length ? strong : cues;
  let best: { id: string; score: number } | undefined;
  for (const cue of pool) {
    const id = fittingMetric(cue.term.id, unit, input.hasChange, vocabulary);
    if (!id) continue;
    const sameClause = cue.start >= input.clause.start && cue.end <= input.clause.end;
    const score = distance(cue, figure) + (sameClause ? 0 : 50);
    if (!best || score < best.score) best = { id, score };
  }
  if (!best) return undefined;
  return refine(best.id, input, cues, vocabulary);
}

function fittingMetric(id: string, unit: Unit, hasChange: boolean, vocabulary: Vocabulary): string | undefined {
  const metric = vocabulary.metricById.get(id);
  if (!metric) return undefined;
  if (unitFits(metric, unit)) return id;
  const money = /^[A-Z]{3}$/.test(unit);
  const percent = unit === 'percent' || unit === 'percentage-points';
  const sibling = money ? SIBLING_FOR_MONEY[id] : percent ? (SIBLING_FOR_PERCENT[id] ?? (hasChange ? GROWTH_OF[id] : undefined)) : undefined;
  const target = sibling ? vocabulary.metricById.get(sibling) : undefined;
  return target && unitFits(target, unit) ? target.id : undefined;
}

function refine(id: string, input: MetricInput, cues: TermMention[], vocabulary: Vocabulary): string {
  for (const r of REFINEMENTS) {
    if (r.from !== id || !vocabulary.metricById.has(r.to)) continue;
    if (r.qualifier && input.qualifier === r.qualifier) return r.to;
    // A weak cue refines only right next to the figure: "up to $100B", "最大1000億ドル".
    const near = cues.some(
      (c) =>
        c.term.id === r.to &&
        c.start >= input.clause.start &&
        c.end <= input.clause.end &&
        distance(c, input.figure) <= (vocabulary.weakCues.has(c.term.folded) ? 2 : r.window),
    );
    if (near) return r.to;
  }
  return id;
}

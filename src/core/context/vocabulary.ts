// The engine's vocabulary: entity aliases and metric cues from the dataset, plus built-in cues the
// dataset lacks, compiled once into a TermMatcher and cached per dataset object. A user's dataset
// with new entities or cues therefore teaches the engine new names without code changes.

import type { Dataset, EntityDef, MetricDef } from '../types';
import { makeTerm, Term, TermMatcher } from './terms';

export interface Vocabulary {
  entities: EntityDef[];
  metrics: MetricDef[];
  entityById: Map<string, EntityDef>;
  metricById: Map<string, MetricDef>;
  matcher: TermMatcher;
  /** Cues that only count when nothing more specific is in the sentence (folded text). */
  weakCues: Set<string>;
}

/**
 * Cues for the bundled metric ids that the dataset does not carry. Attached only when the metric
 * id exists in the dataset, so a user dataset with other ids is never given wrong cues.
 */
const BUILT_IN_CUES: Record<string, string[]> = {
  'run-rate': ['annualized', 'annualised', 'annual run rate', 'annualized revenue run rate', 'run-rate revenue', '年換算で', 'ARR'],
  'cash-burn': ['燃焼', 'burned through', 'burning through', 'cash burn rate', '資金流出'],
  'net-loss': ['net losses', '純損失額', '赤字額'],
  valuation: ['valued', 'valuing', 'valuation of', 'post-money valuation', '評価'],
  'valuation-pre-money': ['pre-money valuation'],
  'market-cap': ['market capitalization of', 'market value of'],
  'weekly-users': ['weekly', 'people a week', 'people every week', 'users per week', '週間アクティブ', '週間'],
  'monthly-users': ['monthly', 'people a month', 'users per month', '月間アクティブ'],
  'web-visits': ['monthly visits', 'monthly web visits', 'visits a month', 'visits per month', '月間訪問', '訪問者', '月間アクセス'],
  'investment-loi': ['intends to invest', 'would invest', '最大で', '意向'],
  investment: ['投資する', '出資する'],
  capex: ['capital expenditures of', 'AI spending', 'spend on AI infrastructure'],
  'stake-percent': ['equity', 'ownership stake', 'owned', 'held', '株式の'],
  'compute-spend': ['on compute', 'for compute'],
  'stake-value': ['株の価値', '持ち株の価値', '株式価値'],
  'sales-marketing-spend': ['マーケティング'],
  'compute-capacity': ['gigawatts of', 'GW of'],
  revenue: ['annual revenue', '年間売上', '年商'],
};

/** Generic cue words: used only when no other cue is in the sentence. */
const WEAK_CUES = [
  'up to', 'as much as', '最大', 'round', 'power', 'capacity', 'shares', '株', '価値', 'grew', 'growth', '成長', '伸び',
  'pay', 'compensation', 'gdp', 'sources', '関係者', 'weekly', 'monthly', '週に', '毎週', '毎月', '週間', 'deal', 'signed',
  'agreement', 'partnership', '合意', '取引', '提携', 'worth', 'holds', 'owns', '保有', '株式', 'debt', 'financing',
  'secondary', 'backed', 'put in', '現金', '電力', '容量', '推論', 'equity', '評価',
  '報酬', 'commitment',
];

const cache = new WeakMap<object, Vocabulary>();

export function buildVocabulary(dataset: Pick<Dataset, 'entities' | 'metrics'>): Vocabulary {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const terms: Term[] = [];
  for (const e of dataset.entities) {
    for (const alias of new Set([e.name, ...(e.nameJa ? [e.nameJa] : []), ...e.aliases])) terms.push(makeTerm(alias, 'entity', e.id));
  }
  const metricById = new Map(dataset.metrics.map((m) => [m.id, m]));
  for (const m of dataset.metrics) for (const cue of m.cues) terms.push(makeTerm(cue, 'cue', m.id));
  for (const [id, cues] of Object.entries(BUILT_IN_CUES)) {
    if (metricById.has(id)) for (const cue of cues) terms.push(makeTerm(cue, 'cue', id));
  }
  const vocabulary: Vocabulary = {
    entities: dataset.entities,
    metrics: dataset.metrics,
    entityById: new Map(dataset.entities.map((e) => [e.id, e])),
    metricById,
    matcher: new TermMatcher(terms),
    weakCues: new Set(WEAK_CUES.map((c) => makeTerm(c, 'cue', '').folded)),
  };
  cache.set(dataset, vocabulary);
  return vocabulary;
}

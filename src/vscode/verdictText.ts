// Words the extension shows around verdicts, in the document's language (hover, report, status).
// Pure tables: the hover follows the draft's language, not VS Code's display language.
import type { Basis, Confidence, Lang, Qualifier, SourceKind, Verdict } from '../core/types';

export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '✓',
  cited: '✓',
  contradicted: '✗',
  inconsistent: '✗',
  outdated: '↻',
  unsourced: '?',
  ignored: '–',
};

const VERDICT_LABEL: Record<Lang, Record<Verdict, string>> = {
  en: {
    supported: 'Supported',
    contradicted: 'Contradicted',
    outdated: 'Outdated',
    unsourced: 'Unsourced',
    cited: 'Cited by the writer',
    inconsistent: 'Inconsistent',
    ignored: 'Ignored',
  },
  ja: {
    supported: '出典と一致',
    contradicted: '出典と矛盾',
    outdated: '古い数値',
    unsourced: '出典なし',
    cited: '筆者が出典を明記',
    inconsistent: '数値が不整合',
    ignored: '無視',
  },
};

const QUALIFIER_LABEL: Record<Lang, Record<Qualifier, string>> = {
  en: { exact: 'exact', approx: 'approximate', 'at-least': 'at least', 'up-to': 'up to', 'less-than': 'less than', range: 'range' },
  ja: { exact: '明示値', approx: '概数', 'at-least': '以上', 'up-to': '最大', 'less-than': '未満', range: '範囲' },
};

const BASIS_LABEL: Record<Lang, Record<Basis, string>> = {
  en: { reported: 'reported', projected: 'projection', guidance: 'guidance', estimate: 'estimate', target: 'target' },
  ja: { reported: '実績', projected: '予測', guidance: 'ガイダンス', estimate: '推計', target: '目標' },
};

const CONFIDENCE_LABEL: Record<Lang, Record<Confidence, string>> = {
  en: { high: 'high', medium: 'medium', low: 'low' },
  ja: { high: '高', medium: '中', low: '低' },
};

const SOURCE_KIND_LABEL: Record<Lang, Record<SourceKind, string>> = {
  en: { primary: 'primary source', wire: 'wire service', press: 'newsroom', secondary: 'secondary source' },
  ja: { primary: '一次情報', wire: '通信社', press: '報道機関', secondary: '二次情報' },
};

/** Fixed phrases of the hover card and report. */
const PHRASES = {
  en: {
    readAs: 'Read as',
    source: 'Source',
    sourced: 'Sourced figure',
    newer: 'Newer figure',
    difference: 'Difference',
    originally: 'originally reported by',
    confidence: 'confidence',
    history: 'History',
    dataset: 'Dataset',
    bundled: 'bundled',
    undated: 'undated',
    noPeriod: 'no period given',
    unknownEntity: 'entity not recognised',
    unknownMetric: 'metric not recognised',
    points: 'points',
    thisRecord: 'the record used',
    alsoReported: 'Also reported by',
    nearest: 'Nearest record',
    asOf: 'data as of',
    moreInReport: '{0} more in the report (Figure Check: Show Report)',
    clickForReport: 'Figure Check: click to open the report',
  },
  ja: {
    readAs: '読み取り',
    source: '出典',
    sourced: '出典の数値',
    newer: '新しい数値',
    difference: '差',
    originally: '初出',
    confidence: '確度',
    history: '推移',
    dataset: 'データセット',
    bundled: '同梱',
    undated: '日付なし',
    noPeriod: '期間の記載なし',
    unknownEntity: '対象を特定できず',
    unknownMetric: '指標を特定できず',
    points: 'ポイント',
    thisRecord: '判定に使った記録',
    alsoReported: '他の報道',
    nearest: '最も近い記録',
    asOf: 'データの基準日',
    moreInReport: 'ほか{0}件はレポートに（Figure Check: レポートを表示）',
    clickForReport: 'Figure Check: クリックでレポートを開く',
  },
} as const;

export type Phrase = keyof (typeof PHRASES)['en'];

export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return VERDICT_LABEL[lang][verdict];
}
export function qualifierLabel(qualifier: Qualifier, lang: Lang): string {
  return QUALIFIER_LABEL[lang][qualifier];
}
export function basisLabel(basis: Basis, lang: Lang): string {
  return BASIS_LABEL[lang][basis] ?? basis;
}
export function confidenceLabel(confidence: Confidence, lang: Lang): string {
  return CONFIDENCE_LABEL[lang][confidence] ?? confidence;
}
export function sourceKindLabel(kind: SourceKind, lang: Lang): string {
  return SOURCE_KIND_LABEL[lang][kind] ?? kind;
}
export function phrase(key: Phrase, lang: Lang): string {
  return PHRASES[lang][key];
}

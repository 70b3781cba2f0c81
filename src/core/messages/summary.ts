// The one-line summary of a check: "14 figures: 11 supported, 2 wrong, 1 unsourced".
import type { CheckResult, Lang, Verdict } from '../types';

const ORDER: readonly Verdict[] = ['supported', 'contradicted', 'outdated', 'inconsistent', 'unsourced', 'cited', 'ignored'];

const WORDS: Record<Lang, Record<Verdict, string>> = {
  en: { supported: 'supported', contradicted: 'wrong', outdated: 'outdated', inconsistent: 'inconsistent', unsourced: 'unsourced', cited: 'cited', ignored: 'ignored' },
  ja: { supported: '裏付けあり', contradicted: '誤り', outdated: '古い', inconsistent: '矛盾', unsourced: '出典なし', cited: '出典明記', ignored: '対象外' },
};

/** Counts of the verdicts that occur, in a fixed order, in the given language. */
export function summarize(result: Pick<CheckResult, 'counts' | 'claims'>, lang: Lang): string {
  const total = result.claims.length;
  const parts = ORDER.filter((v) => result.counts[v] > 0);
  if (lang === 'ja') {
    if (total === 0) return '数字は見つかりませんでした';
    return `数字${total}件：${parts.map((v) => `${WORDS.ja[v]}${result.counts[v]}`).join('、')}`;
  }
  if (total === 0) return 'No figures found';
  return `${total} ${total === 1 ? 'figure' : 'figures'}: ${parts.map((v) => `${result.counts[v]} ${WORDS.en[v]}`).join(', ')}`;
}

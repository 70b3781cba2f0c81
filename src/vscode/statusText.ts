// What the status bar item says. Pure: the counts come from the core's CheckResult.
import type { Lang, Verdict } from '../core/types';
import { phrase, verdictLabel } from './verdictText';

export type StatusState =
  | { kind: 'checked'; counts: Record<Verdict, number> }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'disabled' }
  | { kind: 'pending' }
  | { kind: 'failed'; error: string };

/** Counts grouped the way the writer reads them: right, wrong (or out of date), unsourced. */
export function groupedCounts(counts: Record<Verdict, number>): { ok: number; wrong: number; unsourced: number } {
  const n = (v: Verdict) => counts[v] ?? 0;
  return {
    ok: n('supported') + n('cited'),
    wrong: n('contradicted') + n('inconsistent') + n('outdated'),
    unsourced: n('unsourced'),
  };
}

/** "Figures 11✓ 2✗ 1?" */
export function statusBarText(state: StatusState, words: { figures: string; off: string; tooLarge: string; failed: string }): string {
  switch (state.kind) {
    case 'checked': {
      const g = groupedCounts(state.counts);
      return `${words.figures} ${g.ok}✓ ${g.wrong}✗ ${g.unsourced}?`;
    }
    case 'too-large':
      return `${words.figures}: ${words.tooLarge}`;
    case 'disabled':
      return `${words.figures}: ${words.off}`;
    case 'pending':
      return `${words.figures} …`;
    case 'failed':
      return `${words.figures}: ${words.failed}`;
  }
}

/** One "label: count" line per verdict that occurs, in a fixed order. */
export const VERDICT_ORDER: Verdict[] = ['contradicted', 'inconsistent', 'outdated', 'unsourced', 'cited', 'supported', 'ignored'];

export function countLines(counts: Record<Verdict, number>, label: (v: Verdict) => string): string[] {
  return VERDICT_ORDER.filter((v) => (counts[v] ?? 0) > 0).map((v) => `${label(v)}: ${counts[v]}`);
}

/** The tooltip of a checked document, all in the document's language: what a click does, then the counts. */
export function checkedTooltip(counts: Record<Verdict, number>, lang: Lang): string {
  return [phrase('clickForReport', lang), ...countLines(counts, (v) => verdictLabel(v, lang))].join('\n');
}

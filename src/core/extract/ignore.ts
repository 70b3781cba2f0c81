// Ignore comments: `<!-- figure-check-ignore-next-line reason: … -->` covers the next non-blank
// line; `<!-- figure-check-disable -->` … `<!-- figure-check-enable -->` covers what lies between
// (to the end of the document when no enable follows).

import type { Directive } from '../markdown';
import { isBlankRange, lineContentEnd, lineOf } from '../markdown/lines';
import type { TextRange } from '../types';

/** Ranges of the document covered by ignore comments, sorted and non-overlapping. */
export function ignoredRanges(text: string, starts: number[], directives: Directive[]): TextRange[] {
  const ranges: TextRange[] = [];
  let disabledAt = -1;
  for (const d of directives) {
    if (d.kind === 'disable') {
      if (disabledAt < 0) disabledAt = d.start;
    } else if (d.kind === 'enable') {
      if (disabledAt >= 0) ranges.push({ start: disabledAt, end: d.start });
      disabledAt = -1;
    } else if (disabledAt < 0) {
      let n = lineOf(starts, d.end) + 1;
      while (n < starts.length && isBlankRange(text, starts[n], lineContentEnd(text, starts, n))) n++;
      if (n < starts.length) ranges.push({ start: starts[n], end: lineContentEnd(text, starts, n) });
    }
  }
  if (disabledAt >= 0) ranges.push({ start: disabledAt, end: text.length });
  return ranges.sort((a, b) => a.start - b.start);
}

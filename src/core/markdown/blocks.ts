// Splits a document into top-level blocks at blank lines, in one linear pass, for the per-block
// cache of incremental re-checks. A split is only made where parsing the two halves apart gives the
// same result as parsing them together: never inside a fence, a multi-line HTML comment or a raw
// HTML element, and never before an indented chunk (a list continuation or indented code belongs
// with what precedes it). Joining too much only costs speed; splitting wrongly would cost accuracy.

import { isBlankRange, lineContentEnd, lineStarts } from './lines';

export interface TextBlock {
  /** Offset of the first character of the block's first line. */
  start: number;
  /** Offset just after the last character of the block's last non-blank line (line break excluded). */
  end: number;
  /** Front matter is never read. */
  frontMatter?: boolean;
}

// All patterns below run on one line at a time and are linear (single quantifiers, anchored).
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;

interface SplitState {
  fence?: { char: string; length: number };
  inComment: boolean;
  rawTag?: string;
}

/** Whether a line closes a fence opened with `fence`. */
function closesFence(line: string, fence: { char: string; length: number }): boolean {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  let n = 0;
  while (i + n < line.length && line[i + n] === fence.char) n++;
  if (n < fence.length) return false;
  return isBlankRange(line, i + n, line.length);
}

/** Advances the fence / comment / raw-HTML state over one line. */
function advanceState(state: SplitState, line: string): void {
  if (state.fence) {
    if (closesFence(line, state.fence)) state.fence = undefined;
    return;
  }
  if (state.inComment) {
    if (line.includes('-->')) state.inComment = false;
    return;
  }
  if (state.rawTag) {
    if (line.toLowerCase().includes('</' + state.rawTag)) state.rawTag = undefined;
    return;
  }
  const fence = FENCE_OPEN.exec(line);
  if (fence && !(fence[1][0] === '`' && line.slice(fence[0].length).includes('`'))) {
    state.fence = { char: fence[1][0], length: fence[1].length };
    return;
  }
  const raw = RAW_HTML_OPEN.exec(line);
  if (raw) {
    const tag = raw[1].toLowerCase();
    if (!line.toLowerCase().includes('</' + tag, raw[0].length)) state.rawTag = tag;
    return;
  }
  const open = line.lastIndexOf('<!--');
  if (open >= 0 && line.indexOf('-->', open + 4) < 0) state.inComment = true;
}

/** Length of the front matter (--- yaml --- at the very top) in lines, or 0. */
export function frontMatterLines(text: string, starts: number[]): number {
  const first = text.slice(0, lineContentEnd(text, starts, 0));
  if (first.trimEnd() !== '---') return 0;
  for (let n = 1; n < starts.length; n++) {
    const line = text.slice(starts[n], lineContentEnd(text, starts, n)).trimEnd();
    if (line === '---' || line === '...') return n + 1;
  }
  return 0;
}

/** The document's top-level blocks, in order, non-overlapping. */
export function splitBlocks(text: string, starts: number[] = lineStarts(text)): TextBlock[] {
  const fm = frontMatterLines(text, starts);
  const blocks: TextBlock[] = fm > 0 ? [{ start: 0, end: lineContentEnd(text, starts, fm - 1), frontMatter: true }] : [];
  return blocks.concat(splitBlocksFrom(text, starts, fm).blocks);
}

/**
 * Splits from line `firstLine`, which must start a block (or be the first line after front
 * matter). `stopAt` is asked at each new block start; when it answers true, splitting stops there
 * and `stoppedAt` is that offset (the incremental re-check resynchronises with the old blocks).
 */
export function splitBlocksFrom(
  text: string,
  starts: number[],
  firstLine: number,
  stopAt?: (offset: number) => boolean,
): { blocks: TextBlock[]; stoppedAt?: number } {
  const blocks: TextBlock[] = [];
  const state: SplitState = { inComment: false };
  let current: TextBlock | undefined;
  let sawBlank = false;
  for (let n = firstLine; n < starts.length; n++) {
    const ls = starts[n];
    const le = lineContentEnd(text, starts, n);
    const inside = state.fence !== undefined || state.inComment || state.rawTag !== undefined;
    if (!inside && isBlankRange(text, ls, le)) {
      sawBlank = true;
      continue;
    }
    const c0 = text.charCodeAt(ls);
    const indented = c0 === 32 || c0 === 9;
    if (!current || (sawBlank && !inside && !indented)) {
      if (current && stopAt && stopAt(ls)) return { blocks, stoppedAt: ls };
      current = { start: ls, end: le };
      blocks.push(current);
    } else {
      current.end = le;
    }
    sawBlank = false;
    advanceState(state, text.slice(ls, le));
  }
  return { blocks };
}

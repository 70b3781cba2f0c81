// The document-level half of incremental re-checks. Against the previous text it finds the changed
// span (common prefix and suffix), re-splits blocks from just before the change until a block
// start lines up with an old block start in the unchanged suffix, reuses the previous Claim objects
// before the change, and shifts the blocks after it. The line-start index is patched the same way.

import { splitBlocksFrom, type TextBlock } from '../markdown/blocks';
import { lineOf } from '../markdown/lines';

// Both scans compare 4096-character slices first (string equality is a fast native compare; the
// slices share the parent strings) and then characters inside the first slice that differs.
const CHUNK = 4096;

/** Length of the common prefix of a and b. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of a and b, not reaching into the first `prefix` characters. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + CHUNK <= n && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function isLineStartAfter(text: string, i: number): boolean {
  // Is i (> 0) the start of a line? LF, CRLF (after the LF) or a lone CR before it.
  const c = text.charCodeAt(i - 1);
  return c === 10 || (c === 13 && text.charCodeAt(i) !== 10);
}

/**
 * Line starts of `text`, given those of the previous text and the change: previous text
 * [0, prefix) is unchanged, and previous [oldSuffixStart, end) equals text [newSuffixStart, end).
 */
export function patchLineStarts(prevStarts: number[], text: string, prefix: number, oldSuffixStart: number, newSuffixStart: number): number[] {
  const delta = newSuffixStart - oldSuffixStart;
  const keep = lineOf(prevStarts, prefix); // starts[0..keep] are <= prefix: unchanged
  const out = prevStarts.slice(0, keep + 1);
  // Fresh scan up to one past the new suffix start (a CRLF may straddle the boundary).
  const limit = Math.min(text.length, newSuffixStart + 1);
  for (let i = out[out.length - 1] + 1; i <= limit; i++) if (isLineStartAfter(text, i)) out.push(i);
  for (const x of prevStarts) if (x > oldSuffixStart + 1) out.push(x + delta);
  return out;
}

export interface OldBlock {
  start: number;
  end: number;
}

/**
 * The blocks to re-read after a change: re-split from block `restart` of the old list (which must
 * start before the change) until a new block start matches an old one in the unchanged suffix.
 * Returns the new blocks and the index of the first old block that follows them unchanged
 * (shifted by `delta`), or -1 when splitting ran to the end.
 */
export function resplit(
  text: string,
  starts: number[],
  oldBlocks: OldBlock[],
  restartOffset: number,
  newSuffixStart: number,
  delta: number,
): { blocks: TextBlock[]; resumeAt: number } {
  const firstLine = lineOf(starts, restartOffset);
  let resumeAt = -1;
  const stopAt = (q: number) => {
    if (q < newSuffixStart) return false;
    const old = q - delta;
    let lo = 0;
    let hi = oldBlocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (oldBlocks[mid].start === old) {
        resumeAt = mid;
        return true;
      }
      if (oldBlocks[mid].start < old) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const { blocks } = splitBlocksFrom(text, starts, firstLine, stopAt);
  return { blocks, resumeAt };
}

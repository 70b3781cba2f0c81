// Line bookkeeping shared by the markdown reader and the extractor. A line break is LF, CRLF or a
// lone CR (as in VS Code and markdown-it), so offsets stay exact in every line-ending style.

/** Offsets at which each line starts; `starts[0]` is 0. Linear in the text length. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** End of the content of line `n` (before its line break). */
export function lineContentEnd(text: string, starts: number[], n: number): number {
  let end = n + 1 < starts.length ? starts[n + 1] : text.length;
  if (end > starts[n] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[n] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** The line holding `offset` (binary search over `starts`). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 0-based line and character of `offset`. */
export function positionOf(starts: number[], offset: number): { line: number; character: number } {
  const line = lineOf(starts, offset);
  return { line, character: offset - starts[line] };
}

/** True when the line holds only spaces and tabs. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

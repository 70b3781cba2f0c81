// The inline masker: one left-to-right pass over a prose block that blanks what a reader does not
// read as prose (code spans, URLs, HTML, footnote markers, link syntax), keeping link text. It writes
// spaces into a UTF-16 mask of the same length as the text, so every offset stays exact. Every
// search is either memoised or bounded, so the pass is linear even on adversarial input.

const SPACE = 32;
/** Written over table-cell pipes: a hard sentence boundary that no figure or sentence crosses. */
export const HARD_BREAK = 0x2029;

// Sticky patterns, each tried only at a position whose first character already matched. All are
// linear: a single quantified class followed by a terminator the class excludes.
const AUTOLINK_URI = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const AUTOLINK_EMAIL = /<[^\s<>@]+@[^\s<>]+>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>/y;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,100}\](:)?/y;
const REF_LABEL = /\[[^\]\n\r]{0,999}\]/y;
// Bare URL: a run of URL characters; the final character may not be sentence punctuation.
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>()[\]|`]*[^\s<>()[\]|`.,;:!?'"*_]/y;

/** Where inline syntax may start: escapes, code, "<", brackets, pipes and bare URLs ("http", "www."). */
const INLINE_SYNTAX_START = /[\\`<[\]|]|h(?=ttp)|w(?=ww\.)/g;

/** Longest link destination we look for; bounds the work per `](`. */
const MAX_DESTINATION = 4096;

function blank(text: string, mask: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) mask[i] = SPACE;
  }
}

function stickyMatch(re: RegExp, text: string, at: number, limit: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m.index + m[0].length <= limit ? m : null;
}

/** Positions and lengths of backtick runs in [from, to), for linear code-span matching. */
function backtickRuns(text: string, from: number, to: number): Map<number, number[]> {
  const byLength = new Map<number, number[]>();
  for (let i = text.indexOf('`', from); i >= 0 && i < to; i = text.indexOf('`', i + 1)) {
    if (i > from && text.charCodeAt(i - 1) === 92 && countBackslashes(text, i, from) % 2 === 1) continue;
    let n = 1;
    while (i + n < to && text.charCodeAt(i + n) === 96) n++;
    let list = byLength.get(n);
    if (!list) byLength.set(n, (list = []));
    list.push(i);
    i += n - 1;
  }
  return byLength;
}

function countBackslashes(text: string, at: number, from: number): number {
  let n = 0;
  for (let i = at - 1; i >= from && text.charCodeAt(i) === 92; i--) n++;
  return n;
}

/** End of the parenthesised link destination opening at `open`, or -1 (bounded search). */
function destinationEnd(text: string, open: number, to: number): number {
  let depth = 0;
  const limit = Math.min(to, open + MAX_DESTINATION);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
  }
  return -1;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export interface InlineOptions {
  /** Table rows: unescaped pipes become hard breaks. */
  tableRow?: boolean;
  /** Collects the HTML comments found in prose (where inline ignore directives live). */
  comments?: { start: number; end: number }[];
}

/** Blanks the non-prose inline syntax of text[from, to) in `mask`. */
export function maskInline(text: string, mask: Uint16Array, from: number, to: number, options: InlineOptions = {}): void {
  // Backtick runs are indexed on the first backtick: most prose has none.
  let runs: Map<number, number[]> | undefined;
  let runCursor: Map<number, number> | undefined;
  const brackets: number[] = [];
  let noCommentCloseAfter = Infinity; // memo: no "-->" exists at or after this offset
  // Bounded look-aheads (link destinations, reference labels) share one budget proportional to
  // the text, so adversarial input ("[](" a million times) stays linear.
  let budget = 4 * (to - from) + MAX_DESTINATION;
  // Only these characters start inline syntax: jump from one to the next (a native search) instead
  // of visiting every character, searching a slice of the block so that no search runs past it.
  const syntax = INLINE_SYNTAX_START;
  const prose = text.slice(from, to);
  for (let i = from; i < to; i++) {
    syntax.lastIndex = i - from;
    if (!syntax.test(prose)) break;
    i = from + syntax.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (mask[i] === SPACE && c !== SPACE) continue; // already blanked (container prefix)
    switch (c) {
      case 92: // backslash escape: hide the backslash, keep the escaped character
        if (i + 1 < to && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
          mask[i] = SPACE;
          i++;
        }
        break;
      case 96: {
        let n = 1;
        while (i + n < to && text.charCodeAt(i + n) === 96) n++;
        runs ??= backtickRuns(text, from, to);
        runCursor ??= new Map();
        const list = runs.get(n) ?? [];
        let k = runCursor.get(n) ?? 0;
        while (k < list.length && list[k] <= i) k++;
        runCursor.set(n, k + 1);
        if (k < list.length) {
          blank(text, mask, i, list[k] + n);
          i = list[k] + n - 1;
        } else i += n - 1;
        break;
      }
      case 60: {
        // "<"
        if (text.startsWith('<!--', i)) {
          const close = i < noCommentCloseAfter ? text.indexOf('-->', i + 4) : -1;
          if (close < 0 || close + 3 > to) {
            noCommentCloseAfter = Math.min(noCommentCloseAfter, i);
            break;
          }
          blank(text, mask, i, close + 3);
          options.comments?.push({ start: i, end: close + 3 });
          i = close + 2;
          break;
        }
        const m = stickyMatch(AUTOLINK_URI, text, i, to) ?? stickyMatch(AUTOLINK_EMAIL, text, i, to) ?? stickyMatch(HTML_TAG, text, i, to);
        if (m) {
          blank(text, mask, i, i + m[0].length);
          i += m[0].length - 1;
        }
        break;
      }
      case 91: {
        // "["
        const fn = text.charCodeAt(i + 1) === 94 ? stickyMatch(FOOTNOTE_REF, text, i, to) : null;
        if (fn) {
          blank(text, mask, i, i + fn[0].length);
          i += fn[0].length - 1;
        } else brackets.push(i);
        break;
      }
      case 93: {
        // "]": close a link or image if one is open
        const open = brackets.pop();
        if (open === undefined) break;
        const next = text.charCodeAt(i + 1);
        let end = -1;
        if (budget > 0 && next === 40) {
          end = destinationEnd(text, i + 1, to);
          budget -= end > 0 ? end - i : Math.min(to - i, MAX_DESTINATION);
        } else if (budget > 0 && next === 91) {
          const ref = stickyMatch(REF_LABEL, text, i + 1, to);
          if (ref) end = i + 1 + ref[0].length;
          budget -= ref ? ref[0].length : Math.min(to - i, 1000);
        }
        mask[open] = SPACE;
        mask[i] = SPACE;
        if (open > from && text.charCodeAt(open - 1) === 33) mask[open - 1] = SPACE; // "!" of an image
        if (end > 0) {
          blank(text, mask, i + 1, end);
          i = end - 1;
        }
        break;
      }
      case 104: // "h"
      case 119: {
        // "w"
        if (i > from && isWordChar(text.charCodeAt(i - 1))) break;
        if (!text.startsWith('http', i) && !text.startsWith('www.', i)) break;
        const m = stickyMatch(BARE_URL, text, i, to);
        if (m) {
          blank(text, mask, i, i + m[0].length);
          i += m[0].length - 1;
        }
        break;
      }
      case 124: // "|"
        if (options.tableRow) mask[i] = HARD_BREAK;
        break;
    }
  }
}

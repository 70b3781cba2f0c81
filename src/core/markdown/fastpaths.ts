// Fast paths: the commonest shapes of a markdown block, read without markdown-it and exactly as it
// reads them (property tests in test/unit/markdown.test.ts compare every path with the parser's on
// generated blocks). Each returns undefined for anything else, and the block goes to the parser.

import type { ProseKind } from './prose';
import { lineContentEnd } from './lines';

/** A prose block by lines, as read from markdown-it's tokens or by a fast path. */
export interface LineBlock {
  kind: ProseKind;
  firstLine: number;
  endLine: number;
  /** Table body rows: the line of the table's header row. */
  headerLine?: number;
  atxHeading: boolean;
}

/** The blocks of a text and what the prose reader needs besides. */
export interface TokenWalk {
  blocks: LineBlock[];
  listItemsAtLine: Map<number, number>;
  htmlLines: Set<number>;
}

/** What a fast path read: its blocks, the list items opening at each line (none but for lists), no HTML. */
function walkOf(blocks: LineBlock[], listItemsAtLine = new Map<number, number>()): TokenWalk {
  return { blocks, listItemsAtLine, htmlLines: new Set() };
}

/** Does the line content at `i` (after its indentation) start nothing but paragraph text? */
function startsPlainLine(text: string, i: number, le: number): boolean {
  const c = text.charCodeAt(i);
  // # > - + * = < ` ~ [ _
  if (c === 35 || c === 62 || c === 45 || c === 43 || c === 42 || c === 61 || c === 60 || c === 96 || c === 126 || c === 91 || c === 95) return false;
  if (c >= 48 && c <= 57) {
    let d = i;
    while (d < le && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
    const after = text.charCodeAt(d);
    if (after === 46 || after === 41) return false;
  }
  return true;
}

/**
 * Fast path for the commonest block, one plain paragraph: no blank line, no pipe, no tab, and no
 * line that could start anything else in CommonMark/GFM (heading, quote, list, thematic break,
 * setext underline, fence, HTML, reference or footnote definition, indented code). Such a block is
 * a single paragraph for markdown-it too, so the parser can be skipped.
 */
function plainParagraph(text: string, starts: number[]): TokenWalk | undefined {
  if (text.includes('|') || text.includes('\t')) return undefined;
  for (let n = 0; n < starts.length; n++) {
    const ls = starts[n];
    const le = lineContentEnd(text, starts, n);
    let i = ls;
    while (i < le && text.charCodeAt(i) === 32) i++;
    if (i === le || (n === 0 && i - ls >= 4)) return undefined;
    if (!startsPlainLine(text, i, le)) return undefined;
  }
  return walkOf([{ kind: 'paragraph', firstLine: 0, endLine: starts.length, atxHeading: false }]);
}

/**
 * Fast path for a block that is one ATX heading line ("## Revenue in 2025"): up to three spaces,
 * one to six #, then a space or the line end; no pipe or tab (left to the parser). That is a heading
 * for markdown-it too, whatever follows on the line.
 */
function singleHeading(text: string, starts: number[]): TokenWalk | undefined {
  if (starts.length !== 1 || text.includes('|') || text.includes('\t')) return undefined;
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 35) hashes++;
  if (hashes < 1 || hashes > 6) return undefined;
  const after = text.charCodeAt(i + hashes);
  if (!(Number.isNaN(after) || after === 32 || after === 10 || after === 13)) return undefined;
  return walkOf([{ kind: 'heading', firstLine: 0, endLine: 1, atxHeading: true }]);
}

/** Length of a bullet ("- ") or ordered ("12. ", "3) ") marker with exactly one space at `i`, or 0. */
function simpleMarkerLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let n = 0;
  if (c === 45 || c === 42 || c === 43) n = 1;
  else {
    while (n < 9 && text.charCodeAt(i + n) >= 48 && text.charCodeAt(i + n) <= 57) n++;
    const d = text.charCodeAt(i + n);
    if (n === 0 || (d !== 46 && d !== 41)) return 0;
    n++;
  }
  return text.charCodeAt(i + n) === 32 && text.charCodeAt(i + n + 1) !== 32 ? n + 1 : 0;
}

/**
 * Fast path for a tight list of one-line items, each line "- text" or "1. text" at the margin with
 * the same marker character, and item text that the plain-paragraph rules accept (so it starts no
 * other construct and no line is a thematic break). markdown-it reads each line as a list item
 * holding one paragraph.
 */
function simpleList(text: string, starts: number[]): TokenWalk | undefined {
  if (text.includes('|') || text.includes('\t')) return undefined;
  const blocks: LineBlock[] = [];
  const listItemsAtLine = new Map<number, number>();
  let markerChar = -1;
  for (let n = 0; n < starts.length; n++) {
    const ls = starts[n];
    const le = lineContentEnd(text, starts, n);
    const m = simpleMarkerLength(text, ls);
    if (m === 0 || ls + m >= le) return undefined;
    const last = text.charCodeAt(ls + m - 2); // the bullet, or "." / ")" of an ordered marker
    if (markerChar >= 0 && last !== markerChar) return undefined;
    markerChar = last;
    if (!startsPlainLine(text, ls + m, le)) return undefined;
    blocks.push({ kind: 'list-item', firstLine: n, endLine: n + 1, atxHeading: false });
    listItemsAtLine.set(n, 1);
  }
  return walkOf(blocks, listItemsAtLine);
}

/**
 * Fast path for a block quote of plain lines, each "> text" (or ">text") at the margin: one
 * paragraph inside the quote for markdown-it too (every line carries its marker, so no lazy
 * continuation, and the text after each marker starts no other construct).
 */
function simpleQuote(text: string, starts: number[]): TokenWalk | undefined {
  if (text.includes('|') || text.includes('\t')) return undefined;
  for (let n = 0; n < starts.length; n++) {
    const ls = starts[n];
    const le = lineContentEnd(text, starts, n);
    if (text.charCodeAt(ls) !== 62) return undefined;
    let i = ls + 1;
    if (text.charCodeAt(i) === 32) i++;
    if (i >= le || text.charCodeAt(i) === 32 || !startsPlainLine(text, i, le)) return undefined;
  }
  return walkOf([{ kind: 'blockquote', firstLine: 0, endLine: starts.length, atxHeading: false }]);
}

/** Length of the run of fence characters (` or ~, at least 3) opening line `ls`, else 0. */
function fenceRun(text: string, ls: number, le: number): { char: number; length: number; at: number } | undefined {
  let i = ls;
  while (i < le && i - ls < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 96 && c !== 126) return undefined;
  let n = 0;
  while (text.charCodeAt(i + n) === c) n++;
  return n >= 3 ? { char: c, length: n, at: i } : undefined;
}

/**
 * Fast path for a block that is one fenced code block: an opening fence on the first line, its
 * closing fence on the last, no closing fence between (code is not prose: no blocks at all).
 */
function wholeFence(text: string, starts: number[]): TokenWalk | undefined {
  if (starts.length < 2) return undefined;
  const first = fenceRun(text, starts[0], lineContentEnd(text, starts, 0));
  if (!first) return undefined;
  // A backtick fence's info string may not hold a backtick.
  if (first.char === 96 && text.slice(first.at + first.length, lineContentEnd(text, starts, 0)).includes('`')) return undefined;
  const closes = (n: number): boolean => {
    const le = lineContentEnd(text, starts, n);
    const run = fenceRun(text, starts[n], le);
    if (!run || run.char !== first.char || run.length < first.length) return false;
    for (let i = run.at + run.length; i < le; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false; // markdown-it skips tabs too
    return true;
  };
  const last = starts.length - 1;
  if (!closes(last)) return undefined;
  for (let n = 1; n < last; n++) if (closes(n)) return undefined;
  return walkOf([]);
}

/** The number of cells markdown-it's table rule reads in a row: split at pipes not right after a
 *  backslash, then an empty first and an empty last cell dropped. */
function tableCellCount(row: string): number {
  const cells: string[] = [];
  let current = '';
  let lastPos = 0;
  for (let pos = 0; pos < row.length; pos++) {
    if (row.charCodeAt(pos) !== 124) continue;
    if (pos > 0 && row.charCodeAt(pos - 1) === 92) {
      current += row.substring(lastPos, pos - 1);
      lastPos = pos;
    } else {
      cells.push(current + row.substring(lastPos, pos));
      current = '';
      lastPos = pos + 1;
    }
  }
  cells.push(current + row.substring(lastPos));
  if (cells.length && cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells.length;
}

// markdown-it stops filling short rows after this many cells, ending the table.
const MAX_AUTOCOMPLETED_CELLS = 65536;

/**
 * Fast path for a block that is one GFM table and nothing else, read as markdown-it's table rule
 * reads it: a header row with a pipe, a delimiter row of |, -, : and spaces with as many columns,
 * then body rows that each start with "|" (so none can start another block and end the table).
 * Indented lines and tabs go to the parser.
 */
function wholeTable(text: string, starts: number[]): TokenWalk | undefined {
  if (starts.length < 2 || text.includes('\t')) return undefined;
  const lineText = (n: number): string => text.slice(starts[n], lineContentEnd(text, starts, n));
  const indent = (line: string): number => line.length - line.trimStart().length;
  const delimiter = lineText(1);
  if (delimiter.length < 2 || indent(delimiter) !== 0 || !/^[|:-][|:\- ]*$/.test(delimiter) || delimiter.startsWith('- ')) return undefined;
  const parts = delimiter.split('|');
  let columns = 0;
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i].trim();
    if (!t) {
      if (i === 0 || i === parts.length - 1) continue;
      return undefined;
    }
    if (!/^:?-+:?$/.test(t)) return undefined;
    columns++;
  }
  const header = lineText(0);
  if (indent(header) > 0 || !header.includes('|') || header.trim() !== header) return undefined;
  if (columns === 0 || tableCellCount(header) !== columns) return undefined;
  const blocks: LineBlock[] = [{ kind: 'table-row', firstLine: 0, endLine: 1, atxHeading: false }];
  let autocompleted = 0;
  for (let n = 2; n < starts.length; n++) {
    const row = lineText(n);
    if (row.charCodeAt(0) !== 124 || row.trim() !== row) return undefined;
    autocompleted += columns - tableCellCount(row);
    if (autocompleted > MAX_AUTOCOMPLETED_CELLS) return undefined;
    blocks.push({ kind: 'table-row', firstLine: n, endLine: n + 1, headerLine: 0, atxHeading: false });
  }
  return walkOf(blocks);
}

/**
 * The commonest blocks read without the parser: a plain paragraph, a one-line heading, a tight list
 * of one-line items, a quoted paragraph, a whole fenced code block, a whole table.
 */
export function fastWalk(text: string, starts: number[]): TokenWalk | undefined {
  return (
    plainParagraph(text, starts) ??
    singleHeading(text, starts) ??
    simpleList(text, starts) ??
    simpleQuote(text, starts) ??
    wholeFence(text, starts) ??
    wholeTable(text, starts)
  );
}

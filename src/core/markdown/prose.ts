// The prose of a markdown document, with exact offsets. markdown-it finds the blocks (its line
// maps give positions without building a full syntax tree); container prefixes are stripped per
// line, and the inline masker blanks code, URLs and markup inside the prose lines.

import MarkdownIt from 'markdown-it';
import { frontMatterLines } from './blocks';
import { maskInline } from './inline';
import { lineContentEnd, lineStarts } from './lines';

export type ProseKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-row';

/** One prose block: a paragraph, heading, list-item paragraph, quoted paragraph or table row. */
export interface ProseBlock {
  kind: ProseKind;
  /** Offsets into the text given to readProse; `end` is the end of the last prose line. */
  start: number;
  end: number;
  /** For a table body row: the table's header row, whose cells name what the columns hold. */
  header?: { start: number; end: number };
}

export type DirectiveKind = 'ignore-next-line' | 'disable' | 'enable';

/** An ignore comment found outside code. */
export interface Directive {
  kind: DirectiveKind;
  start: number;
  end: number;
}

export interface ProseDocument {
  /**
   * The text with everything that is not prose replaced by spaces (line breaks kept), and table
   * pipes by U+2029: same length as the text, so offsets carry over unchanged.
   */
  masked: string;
  blocks: ProseBlock[];
  directives: Directive[];
}

type Parser = InstanceType<typeof MarkdownIt>;
let parser: Parser | undefined;
function markdownParser(): Parser {
  // html: true so that HTML blocks are recognised (and skipped) as HTML, not read as paragraphs.
  if (!parser) {
    parser = new MarkdownIt({ html: true, linkify: false });
    // Only block structure and line maps are used: the inline parse (half of markdown-it's time)
    // and link normalisation are switched off; the inline masker does the inline work.
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
    parser.normalizeLink = (url: string) => url;
    parser.validateLink = () => true;
  }
  return parser;
}

interface LineBlock {
  kind: ProseKind;
  firstLine: number;
  endLine: number;
  /** Table body rows: the line of the table's header row. */
  headerLine?: number;
  atxHeading: boolean;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Length of a list marker at `i` ("-", "*", "+", "1.", "12)") followed by a space or line end, or 0. */
function listMarkerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let n = 0;
  if (c === 45 || c === 42 || c === 43) n = 1;
  else {
    while (n < 9 && i + n < end && text.charCodeAt(i + n) >= 48 && text.charCodeAt(i + n) <= 57) n++;
    if (n === 0) return 0;
    const d = text.charCodeAt(i + n);
    if (d !== 46 && d !== 41) return 0;
    n++;
  }
  return i + n === end || isSpaceOrTab(text.charCodeAt(i + n)) ? n : 0;
}

/** Where the prose of a line starts, after blockquote markers, list markers and heading #s. */
function proseStart(text: string, start: number, end: number, listMarkers: number, atx: boolean): number {
  let i = start;
  for (;;) {
    while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
    if (i < end && text.charCodeAt(i) === 62) {
      i++;
      continue;
    }
    if (listMarkers > 0) {
      const n = listMarkerLength(text, i, end);
      if (n > 0) {
        i += n;
        listMarkers--;
        continue;
      }
    }
    break;
  }
  if (atx) {
    while (i < end && text.charCodeAt(i) === 35) i++;
    while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
  }
  return i;
}

/** End of an ATX heading's text, before an optional closing run of #s. */
function atxContentEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  let h = e;
  while (h > start && text.charCodeAt(h - 1) === 35) h--;
  if (h < e && (h === start || isSpaceOrTab(text.charCodeAt(h - 1)))) return h;
  return e;
}

interface TokenWalk {
  blocks: LineBlock[];
  listItemsAtLine: Map<number, number>;
  htmlLines: Set<number>;
}

function walkTokens(src: string): TokenWalk {
  const tokens = markdownParser().parse(src, {});
  const blocks: LineBlock[] = [];
  const listItemsAtLine = new Map<number, number>();
  const htmlLines = new Set<number>();
  const containers: ProseKind[] = [];
  let heading: { atx: boolean } | undefined;
  let tableDepth = 0;
  let headerLine = -1;
  for (const t of tokens) {
    switch (t.type) {
      case 'list_item_open':
        if (t.map) listItemsAtLine.set(t.map[0], (listItemsAtLine.get(t.map[0]) ?? 0) + 1);
        containers.push('list-item');
        break;
      case 'blockquote_open':
        containers.push('blockquote');
        break;
      case 'list_item_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'heading_open':
        heading = { atx: t.markup.startsWith('#') };
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'table_open':
        tableDepth++;
        headerLine = t.map ? t.map[0] : -1;
        break;
      case 'table_close':
        tableDepth--;
        break;
      case 'tr_open':
        if (t.map) {
          const row: LineBlock = { kind: 'table-row', firstLine: t.map[0], endLine: t.map[1], atxHeading: false };
          if (headerLine >= 0 && t.map[0] !== headerLine) row.headerLine = headerLine;
          blocks.push(row);
        }
        break;
      case 'html_block':
        if (t.map) for (let n = t.map[0]; n < t.map[1]; n++) htmlLines.add(n);
        break;
      case 'inline':
        if (!t.map || tableDepth > 0) break;
        blocks.push({
          kind: heading ? 'heading' : containers[containers.length - 1] ?? 'paragraph',
          firstLine: t.map[0],
          endLine: t.map[1],
          atxHeading: heading?.atx ?? false,
        });
        break;
    }
  }
  return { blocks, listItemsAtLine, htmlLines };
}

// A footnote definition "[^1]:" or a source line "Source:", "Sources:", "出典：", "出所:".
const SOURCE_REFERENCE = /\[\^[^\]\s]{1,100}\]:|(?:sources?|出典|出所)\s{0,3}[:：]/iy;

/** A footnote definition or "Source:" line that holds an http(s) URL: a source reference. */
function isSourceReference(text: string, start: number, end: number): boolean {
  SOURCE_REFERENCE.lastIndex = start;
  if (!SOURCE_REFERENCE.test(text)) return false;
  const body = text.slice(start, end);
  return body.includes('http://') || body.includes('https://');
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
  return {
    blocks: [{ kind: 'paragraph', firstLine: 0, endLine: starts.length, atxHeading: false }],
    listItemsAtLine: new Map(),
    htmlLines: new Set(),
  };
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
  return {
    blocks: [{ kind: 'heading', firstLine: 0, endLine: 1, atxHeading: true }],
    listItemsAtLine: new Map(),
    htmlLines: new Set(),
  };
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
  return { blocks, listItemsAtLine, htmlLines: new Set() };
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
  return {
    blocks: [{ kind: 'blockquote', firstLine: 0, endLine: starts.length, atxHeading: false }],
    listItemsAtLine: new Map(),
    htmlLines: new Set(),
  };
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
  return { blocks: [], listItemsAtLine: new Map(), htmlLines: new Set() };
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
  return { blocks, listItemsAtLine: new Map(), htmlLines: new Set() };
}

const DIRECTIVE = /<!--\s*figure-check-(ignore-next-line|disable|enable)\b/y;

/** Ignore directives among the HTML comments of HTML blocks and of prose (never in code). */
function findDirectives(text: string, starts: number[], htmlLines: Set<number>, inlineComments: number[]): Directive[] {
  const found: Directive[] = [];
  const candidates: number[] = [];
  for (const n of htmlLines) {
    const end = n + 1 < starts.length ? starts[n + 1] : text.length;
    const line = text.slice(starts[n], end);
    for (let at = line.indexOf('<!--'); at >= 0; at = line.indexOf('<!--', at + 4)) candidates.push(starts[n] + at);
  }
  candidates.push(...inlineComments);
  candidates.sort((a, b) => a - b);
  let last = -1;
  for (const at of candidates) {
    if (at < last) continue;
    DIRECTIVE.lastIndex = at;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const close = text.indexOf('-->', at + m[0].length);
    const end = close < 0 ? text.length : close + 3;
    found.push({ kind: m[1] as DirectiveKind, start: at, end });
    last = end;
  }
  return found;
}

/**
 * The commonest blocks read without the parser: a plain paragraph, a one-line heading, a tight list
 * of one-line items, a quoted paragraph, a whole fenced code block, a whole table. Each reads exactly as markdown-it
 * would read it (property tests compare them), and anything else goes to markdown-it.
 */
function fastWalk(text: string, starts: number[]): TokenWalk | undefined {
  return (
    plainParagraph(text, starts) ??
    singleHeading(text, starts) ??
    simpleList(text, starts) ??
    simpleQuote(text, starts) ??
    wholeFence(text, starts) ??
    wholeTable(text, starts)
  );
}

/** Builds the masked copy of `text` and the list of its prose blocks. */
export function readProse(text: string): ProseDocument {
  const starts = lineStarts(text);
  const fm = frontMatterLines(text, starts);
  const body = fm > 0 ? (fm < starts.length ? '\n'.repeat(fm) + text.slice(starts[fm]) : '') : text;
  const walk = (fm === 0 && fastWalk(text, starts)) || walkTokens(body);

  // Everything blank except line breaks (known from the line starts), then prose copied in.
  const mask = scratchMask(text.length);
  mask.fill(32);
  for (let n = 1; n < starts.length; n++) {
    const ls = starts[n];
    mask[ls - 1] = text.charCodeAt(ls - 1);
    if (ls >= 2 && text.charCodeAt(ls - 1) === 10 && text.charCodeAt(ls - 2) === 13) mask[ls - 2] = 13;
  }
  const blocks: ProseBlock[] = [];
  const comments: { start: number; end: number }[] = [];
  const headerOf = new Map<ProseBlock, number>();
  const lineOfBlock = new Map<number, ProseBlock>();
  for (const b of walk.blocks) {
    let start = -1;
    let end = -1;
    for (let n = b.firstLine; n < b.endLine && n < starts.length; n++) {
      const ls = starts[n];
      let le = lineContentEnd(text, starts, n);
      const ps = proseStart(text, ls, le, walk.listItemsAtLine.get(n) ?? 0, b.atxHeading);
      if (b.atxHeading) le = atxContentEnd(text, ps, le);
      for (let i = ps; i < le; i++) mask[i] = text.charCodeAt(i);
      if (ps < le) {
        if (start < 0) start = ps;
        end = le;
      }
    }
    if (start < 0) continue;
    if (b.kind !== 'table-row' && b.kind !== 'heading' && isSourceReference(text, start, end)) {
      // A footnote definition or "Source:" line that links its source is the writer's citation,
      // not a claim: figures in a quoted title ("Nvidia hits $5 trillion") are the source's words.
      for (let i = start; i < end; i++) if (mask[i] !== 10 && mask[i] !== 13) mask[i] = 32;
      continue;
    }
    maskInline(text, mask, start, end, { tableRow: b.kind === 'table-row', comments });
    blocks.push({ kind: b.kind, start, end, header: undefined });
    if (b.headerLine !== undefined) headerOf.set(blocks[blocks.length - 1], b.headerLine);
    lineOfBlock.set(b.firstLine, blocks[blocks.length - 1]);
  }
  for (const [row, line] of headerOf) {
    const header = lineOfBlock.get(line);
    if (header) row.header = { start: header.start, end: header.end };
  }
  blocks.sort((a, b) => a.start - b.start);
  const directives = text.includes('figure-check-') ? findDirectives(text, starts, walk.htmlLines, comments.map((c) => c.start)) : [];
  return { masked: fromCodes(mask), blocks, directives };
}

// One scratch buffer reused across calls (readProse is synchronous and not re-entrant): a typed
// array per block costs more than the work done in it.
let scratch = new Uint16Array(4096);
function scratchMask(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  return scratch.subarray(0, length);
}

// TextDecoder is in browsers and Node; it keeps one code unit per unit (a lone surrogate becomes U+FFFD).
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

function fromCodes(codes: Uint16Array): string {
  if (utf16) return utf16.decode(codes);
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

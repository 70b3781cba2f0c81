// The prose of a markdown document, with exact offsets. markdown-it finds the blocks (its line
// maps give positions without building a full syntax tree), except for the commonest shapes of a
// block, which fastpaths.ts reads exactly as it would; container prefixes are stripped per line, and
// the inline masker blanks code, URLs and markup inside the prose lines.

import MarkdownIt from 'markdown-it';
import { frontMatterLines } from './blocks';
import { fastWalk, type LineBlock, type TokenWalk } from './fastpaths';
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

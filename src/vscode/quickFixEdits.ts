// The text edits behind each quick fix, as offsets into the document text. Pure, so each fix is
// unit-tested on plain strings; the code-action provider only turns these into a WorkspaceEdit.
import type { CheckedClaim, FigureRecord, Source } from '../core/types';
import { dateForFile, displayTitle, escapeMarkdownForFile, markdownAutolink } from './markdownSafety';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export const IGNORE_NEXT_LINE = 'figure-check-ignore-next-line';
export const DISABLE_COMMENT = '<!-- figure-check-disable -->';
export const ENABLE_COMMENT = '<!-- figure-check-enable -->';

/** The edit that writes `figure` in place of the claim's text, or undefined when nothing changes. */
export function replaceFigureEdit(claim: CheckedClaim, figure: string): OffsetEdit | undefined {
  if (!figure || figure === claim.text) return undefined;
  return { start: claim.start, end: claim.end, newText: figure };
}

/** The record a "replace" fix takes its figure from: the newest for outdated, the deciding one otherwise. */
export function replacementRecord(claim: CheckedClaim): FigureRecord | undefined {
  if (claim.verdict === 'outdated') return claim.newer;
  if (claim.verdict === 'contradicted') return claim.record;
  return undefined;
}

/** A footnote label markdown accepts: `fc-` + the record id reduced to letters, digits, `-`, `_` (64 at most). */
export function footnoteLabel(recordId: string): string {
  return 'fc-' + recordId.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

/**
 * `[^fc-id]: Publisher, "Title", 2025-10-28. <https://…>` on one line. The dataset may be someone
 * else's file and this text lands in the writer's draft: every piece is escaped for markdown and
 * length-bounded, and the URL is written only when it is http(s), as an autolink.
 */
export function footnoteDefinition(label: string, source: Source, undatedWord = 'undated'): string {
  const bits = [escapeMarkdownForFile(source.publisher)];
  const title = displayTitle(source.title);
  if (title) bits.push(`"${escapeMarkdownForFile(title, 200)}"`);
  bits.push(dateForFile(source.date, undatedWord));
  const url = markdownAutolink(source.url);
  return `[^${label}]: ${bits.join(', ')}.${url ? ' ' + url : ''}`;
}

const SENTENCE_END = new Set(['.', '。', '!', '?', '！', '？', '．']);
const CLOSERS = new Set([')', '）', '」', '』', '"', '”', "'", '’']);

/** Where a footnote reference goes: just after the sentence's closing punctuation. */
export function footnoteRefOffset(text: string, claim: CheckedClaim): number {
  let pos = Math.min(Math.max(claim.sentence.end, claim.end), text.length);
  while (pos > claim.end && /\s/.test(text[pos - 1])) pos--;
  if (!SENTENCE_END.has(text[pos - 1] ?? '')) {
    if (SENTENCE_END.has(text[pos] ?? '')) pos++;
  }
  while (CLOSERS.has(text[pos] ?? '') && pos < text.length) pos++;
  return pos;
}

/**
 * Edits that cite `record` for the claim: a `[^fc-…]` reference after the sentence (unless the
 * sentence has it already) and a definition at the end of the document (unless one exists).
 */
export function citationEdits(text: string, claim: CheckedClaim, record: FigureRecord, undatedWord?: string): OffsetEdit[] {
  const label = footnoteLabel(record.id);
  const ref = `[^${label}]`;
  const edits: OffsetEdit[] = [];
  const sentence = text.slice(claim.sentence.start, Math.max(claim.sentence.end, claim.end) + ref.length + 2);
  if (!sentence.includes(ref)) {
    const at = footnoteRefOffset(text, claim);
    edits.push({ start: at, end: at, newText: ref });
  }
  if (!hasFootnoteDefinition(text, label)) {
    const lastLine = text.slice(text.lastIndexOf('\n', text.length - 2) + 1);
    const endsWithNewline = text.endsWith('\n');
    const afterDefinitions = /^\[\^[^\]\n]+\]:/.test(lastLine);
    const prefix = (endsWithNewline ? '' : '\n') + (afterDefinitions || text.length === 0 ? '' : '\n');
    edits.push({ start: text.length, end: text.length, newText: `${prefix}${footnoteDefinition(label, record.source, undatedWord)}\n` });
  }
  return edits;
}

export function hasFootnoteDefinition(text: string, label: string): boolean {
  const needle = `[^${label}]:`;
  return text.startsWith(needle) || text.includes('\n' + needle);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** `<!-- figure-check-ignore-next-line reason: TODO -->` above the claim's line, same indentation. */
export function ignoreNextLineEdit(text: string, claim: CheckedClaim): OffsetEdit {
  const start = lineStart(text, claim.start);
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
  return { start, end: start, newText: `${indent}<!-- ${IGNORE_NEXT_LINE} reason: TODO -->${eol(text)}` };
}

/** `<!-- figure-check-disable -->` before the claim's paragraph and `<!-- figure-check-enable -->` after it. */
export function disableBlockEdits(text: string, claim: CheckedClaim): OffsetEdit[] {
  const nl = eol(text);
  const from = lineStart(text, Math.min(claim.paragraph.start, claim.start));
  const to = lineEnd(text, Math.max(claim.paragraph.end - 1, claim.end));
  return [
    { start: from, end: from, newText: `${DISABLE_COMMENT}${nl}` },
    { start: to, end: to, newText: `${nl}${ENABLE_COMMENT}` },
  ];
}

/** Applies non-overlapping edits to a string (tests and the report's preview use it). */
export function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

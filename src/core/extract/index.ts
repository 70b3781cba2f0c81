// extractClaims: markdown → prose → figures → context → Claim[]. The document is split into
// top-level blocks; each block's claims are cached by its text with block-relative offsets. With a
// cache, a re-check re-splits only around the change, re-reads only blocks whose text is new, reuses
// the previous Claim objects before the change and shifts those after it (see incremental.ts).

import { buildVocabulary, type Vocabulary } from '../context';
import type { Directive } from '../markdown';
import { splitBlocks } from '../markdown/blocks';
import { lineOf, lineStarts } from '../markdown/lines';
import type { Claim, Dataset, Lang, TextRange } from '../types';
import { bindCache, cacheGet, cacheSet, type BlockClaim, type ClaimMatch, type BlockResult, type DocumentState, type ExtractCache, type PlacedBlock } from './cache';
import { ignoredRanges } from './ignore';
import { commonPrefix, commonSuffix, patchLineStarts, resplit } from './incremental';
import { readBlock } from './read';
import { detached } from '../strings';
import { resolveDiscourse, type DiscourseInput, type PlacedTopics } from '../discourse';

export { detectLanguage } from './language';
export { createExtractCache } from './cache';
export type { ExtractCache, ClaimMatch } from './cache';

export interface ExtractOptions {
  /** Forces every claim's `lang`; 'auto' (default) takes each figure's own language. */
  lang?: Lang | 'auto';
  /** Carried between calls on the same document: only what changed is re-read. */
  cache?: ExtractCache;
  /** The document's date (YYYY-MM-DD): places periods written without a year. */
  docDate?: string;
}

function isVocabulary(v: Vocabulary | Pick<Dataset, 'entities' | 'metrics'>): v is Vocabulary {
  return 'matcher' in v;
}

/**
 * Every numeric claim in a markdown document, sorted by start, non-overlapping, with
 * `text === doc.slice(start, end)` and ids c0, c1, …
 */
export function extractClaims(
  text: string,
  vocabulary: Vocabulary | Pick<Dataset, 'entities' | 'metrics'>,
  options: ExtractOptions = {},
): Claim[] {
  const vocab = isVocabulary(vocabulary) ? vocabulary : buildVocabulary(vocabulary);
  const lang = options.lang ?? 'auto';
  const cache = options.cache;
  if (!cache) return streamingRead(text, vocab, lang, options.docDate);
  bindCache(cache, vocab, lang);
  cache.lastRun = { parsed: 0, reused: 0 };
  cache.generation++;
  cache.lastMatch = undefined;
  const state = (cache.document && incrementalRead(cache.document, text, vocab, lang, cache)) || fullRead(text, vocab, lang, cache);
  cache.document = state;
  // The cache keeps each block's own reading; the discourse layer reads the whole document per check,
  // except that claims before an edit (the previous objects, in the same discourse, which only looks
  // back) keep their previous reading when the document's date is the same.
  const match = cache.lastMatch as ClaimMatch | undefined; // set by incrementalRead
  const previous = cache.discourse;
  const upTo = previous && match && previous.docDate === options.docDate && match.fromGeneration === previous.generation ? match.kept : 0;
  const resolved = resolveDiscourse(state.claims.slice(), state.blocks, discourseInput(vocab, options.docDate), { previous: previous?.claims ?? [], upTo });
  cache.discourse = { generation: cache.generation, docDate: options.docDate, claims: resolved };
  return resolved.slice();
}

/** What the discourse layer reads of the vocabulary: entities' companies and metrics' kinds. */
function discourseInput(vocab: Vocabulary, docDate: string | undefined): DiscourseInput {
  return {
    parentOf: (entity) => vocab.entityById.get(entity)?.parent,
    kindOf: (metric) => vocab.metricById.get(metric)?.kind,
    docDate,
  };
}

/** The block's result from the cache, or read now. */
function blockResult(text: string, start: number, end: number, vocab: Vocabulary, lang: Lang | 'auto', cache?: ExtractCache): BlockResult {
  const blockText = text.slice(start, end);
  const hit = cache ? cacheGet(cache, blockText) : undefined;
  if (hit) {
    cache!.lastRun.reused++;
    return hit;
  }
  if (!cache) return readBlock(blockText, vocab, lang);
  // A slice keeps its whole document alive, and so would every string read from it (figure
  // text, URLs, period wording). The cache outlives document versions, so it gets its own copy.
  const own = detached(blockText);
  const result = readBlock(own, vocab, lang);
  cache.lastRun.parsed++;
  cacheSet(cache, own, result);
  return result;
}

function fullRead(text: string, vocab: Vocabulary, lang: Lang | 'auto', cache?: ExtractCache): DocumentState {
  const starts = lineStarts(text);
  const blocks: PlacedBlock[] = [];
  let frontMatterEnd: number | undefined;
  for (const b of splitBlocks(text, starts)) {
    if (b.frontMatter) {
      frontMatterEnd = b.end;
      continue;
    }
    blocks.push({ start: b.start, end: b.end, result: blockResult(text, b.start, b.end, vocab, lang, cache), firstClaim: 0 });
  }
  const claims: Claim[] = [];
  placeClaims(starts, blocks, 0, claims, ignoredRanges(text, starts, collectDirectives(blocks)));
  return { text, starts, blocks, claims, frontMatterEnd };
}

/**
 * The read without a cache (the CLI, one-off checks): each block's claims are placed as soon as the
 * block is read, so its block-relative claims die young instead of living, and being promoted by the
 * garbage collector, until the whole document is read. Ignore comments are applied afterwards.
 */
function streamingRead(text: string, vocab: Vocabulary, lang: Lang | 'auto', docDate: string | undefined): Claim[] {
  const starts = lineStarts(text);
  const claims: Claim[] = [];
  const directives: Directive[] = [];
  const topics: PlacedTopics[] = [];
  for (const b of splitBlocks(text, starts)) {
    if (b.frontMatter) continue;
    const block: PlacedBlock = { start: b.start, end: b.end, result: readBlock(text.slice(b.start, b.end), vocab, lang), firstClaim: 0 };
    for (const d of block.result.directives) directives.push({ kind: d.kind, start: d.start + b.start, end: d.end + b.start });
    if (block.result.topics.length > 0) topics.push({ start: b.start, result: { topics: block.result.topics } });
    placeClaims(starts, [block], 0, claims, NO_RANGES);
  }
  const isIgnored = ignoredCursor(ignoredRanges(text, starts, directives));
  for (const claim of claims) if (isIgnored(claim.start)) claim.ignored = true;
  return resolveDiscourse(claims, topics, discourseInput(vocab, docDate));
}

const NO_RANGES: TextRange[] = [];

/** Re-reads only around the change; undefined when a full read is simpler (front matter edits). */
function incrementalRead(prev: DocumentState, text: string, vocab: Vocabulary, lang: Lang | 'auto', cache: ExtractCache): DocumentState | undefined {
  if (prev.text === text) {
    const n = prev.claims.length;
    cache.lastMatch = { fromGeneration: cache.generation - 1, previousCount: n, kept: n, shiftedAt: n, oldShiftedAt: n, delta: 0, lineDelta: 0 };
    return prev;
  }
  const prefix = commonPrefix(prev.text, text);
  const suffix = commonSuffix(prev.text, text, prefix);
  const oldSuffixStart = prev.text.length - suffix;
  const newSuffixStart = text.length - suffix;
  const delta = newSuffixStart - oldSuffixStart;
  // Restart one block before the block holding the change: an edit at a block's first character
  // may join it to the block before.
  let k = -1;
  for (let lo = 0, hi = prev.blocks.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (prev.blocks[mid].start <= prefix) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Before the first block, restart from the top (line 0, where splitting starts afresh anyway).
  const restart = Math.max(0, k - 1);
  const fromTop = k - 1 < 0;
  // Front matter changes how the top is split. Only an edit below a closed front matter (past its
  // closing line and that line's break) and not in the first block after it stays incremental:
  // anything else, an unclosed "---" at the top that a later line could close included, takes the
  // full path.
  const frontMatterEnd = prev.frontMatterEnd;
  if (prev.text.startsWith('---') || text.startsWith('---')) {
    if (fromTop || frontMatterEnd === undefined || prefix <= frontMatterEnd + 1) return undefined;
  }
  const starts = patchLineStarts(prev.starts, text, prefix, oldSuffixStart, newSuffixStart);
  const restartOffset = fromTop ? 0 : prev.blocks[restart].start;
  const { blocks: fresh, resumeAt } = resplit(text, starts, prev.blocks, restartOffset, newSuffixStart, delta);

  const blocks: PlacedBlock[] = prev.blocks.slice(0, restart);
  cache.lastRun.reused += restart;
  for (const b of fresh) blocks.push({ start: b.start, end: b.end, result: blockResult(text, b.start, b.end, vocab, lang, cache), firstClaim: 0 });
  const firstNew = blocks.length - fresh.length;
  const firstShifted = blocks.length;
  if (resumeAt >= 0) {
    for (let i = resumeAt; i < prev.blocks.length; i++) {
      const old = prev.blocks[i];
      blocks.push({ start: old.start + delta, end: old.end + delta, result: old.result, firstClaim: old.firstClaim });
    }
    cache.lastRun.reused += prev.blocks.length - resumeAt;
  }
  // Claims before the restart block are the previous objects; re-read blocks are placed anew;
  // claims after the change are copies of the previous ones, shifted.
  const claims = fromTop ? [] : prev.claims.slice(0, prev.blocks[restart].firstClaim);
  const ignored = ignoredRanges(text, starts, collectDirectives(blocks));
  const kept = claims.length;
  placeClaims(starts, blocks.slice(0, firstShifted), firstNew, claims, ignored);
  const shiftedAt = claims.length;
  const lineDelta = starts.length - prev.starts.length;
  let oldShiftedAt = prev.claims.length;
  if (resumeAt >= 0) {
    oldShiftedAt = prev.blocks[resumeAt].firstClaim;
    for (let i = firstShifted; i < blocks.length; i++) blocks[i].firstClaim += shiftedAt - oldShiftedAt;
    shiftClaims(prev.claims, oldShiftedAt, claims, delta, lineDelta, ignored);
  }
  const previousCount = prev.claims.length;
  cache.lastMatch = { fromGeneration: cache.generation - 1, previousCount, kept, shiftedAt, oldShiftedAt, delta, lineDelta };
  return { text, starts, blocks, claims, frontMatterEnd };
}

function collectDirectives(blocks: PlacedBlock[]): Directive[] {
  const out: Directive[] = [];
  for (const b of blocks) for (const d of b.result.directives) out.push({ kind: d.kind, start: d.start + b.start, end: d.end + b.start });
  return out;
}

/** Copies of `old[from…]` moved by `delta` characters and `lineDelta` lines, appended to `claims`. */
function shiftClaims(old: Claim[], from: number, claims: Claim[], delta: number, lineDelta: number, ignored: { start: number; end: number }[]): void {
  const isIgnored = ignoredCursor(ignored);
  const sentences = new RangeMover();
  const paragraphs = new RangeMover();
  for (let i = from; i < old.length; i++) {
    const o = old[i];
    const start = o.start + delta;
    claims.push(makeClaim(claims.length, o, start, o.end + delta, o.line + lineDelta, o.character, o.endLine + lineDelta, o.endCharacter,
      sentences.move(o.sentence, delta), paragraphs.move(o.paragraph, delta), isIgnored(start)));
  }
}

/** Turns block results from block `from` on into document claims, appended to `claims`. */
function placeClaims(starts: number[], blocks: PlacedBlock[], from: number, claims: Claim[], ignored: { start: number; end: number }[]): void {
  const isIgnored = ignoredCursor(ignored);
  const sentences = new RangeMover();
  const paragraphs = new RangeMover();
  for (let bi = from; bi < blocks.length; bi++) {
    const b = blocks[bi];
    b.firstClaim = claims.length;
    for (const c of b.result.claims) {
      const start = c.start + b.start;
      const end = c.end + b.start;
      const line = lineOf(starts, start);
      const endLine = lineOf(starts, end);
      claims.push(makeClaim(claims.length, c, start, end, line, start - starts[line], endLine, end - starts[endLine],
        sentences.move(c.sentence, b.start), paragraphs.move(c.paragraph, b.start), isIgnored(start)));
    }
  }
}

/** Whether an offset lies in one of `ranges` (sorted, non-overlapping), asked in ascending order. */
function ignoredCursor(ranges: TextRange[]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < ranges.length && ranges[i].end <= offset) i++;
    return i < ranges.length && ranges[i].start <= offset;
  };
}

/**
 * A document claim from a block's claim (or a previous claim) and its place. Every claim is one
 * literal with every field in the same order (absent ones undefined): one object shape, so code
 * that reads claims is compiled once and not again for each combination of optional fields.
 */
function makeClaim(
  index: number,
  c: BlockClaim | Claim,
  start: number,
  end: number,
  line: number,
  character: number,
  endLine: number,
  endCharacter: number,
  sentence: TextRange,
  paragraph: TextRange,
  ignored: boolean,
): Claim {
  return {
    id: `c${index}`, start, end, line, character, endLine, endCharacter,
    text: c.text, value: c.value, low: c.low, high: c.high, unit: c.unit, noun: c.noun, qualifier: c.qualifier,
    precision: c.precision, direction: c.direction, entity: c.entity, entities: c.entities, metric: c.metric,
    period: c.period, lang: c.lang, sentence, paragraph, citation: c.citation, ignored: ignored ? true : undefined,
    frame: c.frame,
  };
}

/**
 * Moves ranges into document offsets, giving the same object for the same source range in a row:
 * the claims of one sentence (or paragraph) come together and share one, which keeps a large
 * document's result smaller (claims are data; nothing writes to their ranges).
 */
class RangeMover {
  private from: TextRange | undefined;
  private delta = 0;
  private to: TextRange = { start: 0, end: 0 };

  move(range: TextRange, delta: number): TextRange {
    if (range === this.from && delta === this.delta) return this.to;
    this.from = range;
    this.delta = delta;
    return (this.to = { start: range.start + delta, end: range.end + delta });
  }
}

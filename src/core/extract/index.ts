// extractClaims: markdown → prose → figures → context → Claim[]. The document is split into
// top-level blocks; each block's claims are cached by its text with block-relative offsets, so a
// re-check after an edit re-reads only the blocks that changed, then shifts offsets and
// recomputes line/character from a line-start index.

import { buildVocabulary, describeFigures, type FigureMatch, type Vocabulary } from '../context';
import { readProse, splitBlocks, type Directive } from '../markdown';
import { lineStarts } from '../markdown/lines';
import type { Claim, Dataset, Lang, TextRange } from '../types';
import { BlockClaim, BlockResult, bindCache, cacheGet, cacheSet, type ExtractCache } from './cache';
import { ignoredRanges } from './ignore';
import { scanFigures } from './scanner';

export { detectLanguage } from './language';
export { createExtractCache } from './cache';
export type { ExtractCache } from './cache';

export interface ExtractOptions {
  /** Forces every claim's `lang`; 'auto' (default) takes each figure's own language. */
  lang?: Lang | 'auto';
  /** Carried between calls on the same document: only changed blocks are re-read. */
  cache?: ExtractCache;
}

function isVocabulary(v: Vocabulary | Pick<Dataset, 'entities' | 'metrics'>): v is Vocabulary {
  return 'matcher' in v;
}

/** Figures of one prose block, in order, non-overlapping, wholly inside it. */
function figuresIn(masked: string, block: TextRange): FigureMatch[] {
  const out: FigureMatch[] = [];
  let lastEnd = block.start;
  for (const f of scanFigures(masked, block.start, block.end) as FigureMatch[]) {
    if (f.start < lastEnd || f.end > block.end || f.end <= f.start || !Number.isFinite(f.value)) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

/** Reads one top-level block (text is the block alone): claims and directives, block-relative. */
function readBlock(text: string, vocabulary: Vocabulary, lang: Lang | 'auto'): BlockResult {
  const prose = readProse(text);
  const claims: BlockClaim[] = [];
  for (const block of prose.blocks) {
    const figures = figuresIn(prose.masked, block);
    if (figures.length === 0) continue;
    const contexts = describeFigures(prose.masked, text, block, figures, vocabulary);
    figures.forEach((f, i) => {
      const c = contexts[i];
      const claim: BlockClaim = {
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        precision: f.precision,
        entities: c.entities,
        lang: lang === 'auto' ? f.lang : lang,
        sentence: c.sentence,
        paragraph: c.paragraph,
      };
      if (f.low !== undefined) claim.low = f.low;
      if (f.high !== undefined) claim.high = f.high;
      if (c.noun) claim.noun = c.noun;
      if (c.direction) claim.direction = c.direction;
      if (c.entity) claim.entity = c.entity;
      if (c.metric) claim.metric = c.metric;
      if (c.period) claim.period = c.period;
      if (c.citation) claim.citation = c.citation;
      claims.push(claim);
    });
  }
  return { claims, directives: prose.directives };
}

function shift(r: TextRange, by: number): TextRange {
  return { start: r.start + by, end: r.end + by };
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
  if (cache) {
    bindCache(cache, vocab, lang);
    cache.lastRun = { parsed: 0, reused: 0 };
  }
  const starts = lineStarts(text);
  const placed: { base: number; result: BlockResult }[] = [];
  for (const block of splitBlocks(text, starts)) {
    if (block.frontMatter) continue;
    const blockText = text.slice(block.start, block.end);
    let result = cache ? cacheGet(cache, blockText) : undefined;
    if (result) cache!.lastRun.reused++;
    else {
      result = readBlock(blockText, vocab, lang);
      if (cache) {
        cache.lastRun.parsed++;
        cacheSet(cache, blockText, result);
      }
    }
    placed.push({ base: block.start, result });
  }

  const directives: Directive[] = [];
  for (const p of placed) for (const d of p.result.directives) directives.push({ ...d, start: d.start + p.base, end: d.end + p.base });
  const ignored = ignoredRanges(text, starts, directives);

  const claims: Claim[] = [];
  let line = 0;
  let ig = 0;
  for (const p of placed) {
    for (const c of p.result.claims) {
      const start = c.start + p.base;
      const end = c.end + p.base;
      while (line + 1 < starts.length && starts[line + 1] <= start) line++;
      let endLine = line;
      while (endLine + 1 < starts.length && starts[endLine + 1] < end) endLine++;
      while (ig < ignored.length && ignored[ig].end <= start) ig++;
      const claim: Claim = {
        ...c,
        id: `c${claims.length}`,
        start,
        end,
        line,
        character: start - starts[line],
        endLine,
        endCharacter: end - starts[endLine],
        sentence: shift(c.sentence, p.base),
        paragraph: shift(c.paragraph, p.base),
      };
      if (ig < ignored.length && ignored[ig].start <= start) claim.ignored = true;
      claims.push(claim);
    }
  }
  return claims;
}

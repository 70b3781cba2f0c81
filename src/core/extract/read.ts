// Reading one top-level block on its own: prose → figures (number grammar) → context.

import { describeFigures, topicOf, type FigureMatch, type SubjectMark, type Topic, type Vocabulary } from '../context';

const NO_MARKS: SubjectMark[] = [];
import { readProse } from '../markdown';
import type { Lang, TextRange } from '../types';
import type { BlockClaim, BlockResult } from './cache';
import { scanFigures } from './scanner';

/** Figures of one prose block, in order, non-overlapping, wholly inside it, finite. */
function figuresIn(masked: string, block: TextRange): FigureMatch[] {
  const out: FigureMatch[] = [];
  let lastEnd = block.start;
  for (const f of scanFigures(masked, block.start, block.end)) {
    if (f.start < lastEnd || f.end > block.end || f.end <= f.start || !Number.isFinite(f.value)) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

/** Claims and ignore directives of a block, with offsets relative to the block text. */
export function readBlock(text: string, vocabulary: Vocabulary, lang: Lang | 'auto'): BlockResult {
  const prose = readProse(text);
  const claims: BlockClaim[] = [];
  const topics: Topic[] = [];
  for (const block of prose.blocks) {
    const figures = figuresIn(prose.masked, block);
    if (figures.length === 0) {
      topics.push(topicOf(prose.masked, block, vocabulary));
      continue;
    }
    // Describing the figures reads the block's sentences; their subjects make its topic.
    const marks: SubjectMark[] = [];
    const contexts = describeFigures(prose.masked, text, block, figures, vocabulary, block.header, block.kind === 'table-row', marks);
    topics.push(topicOf(prose.masked, block, vocabulary, marks.length ? marks : NO_MARKS));
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      const c = contexts[i];
      // One literal, every field in one order (absent ones undefined): see makeClaim.
      const claim: BlockClaim = {
        start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, low: f.low, high: f.high,
        unit: f.unit, noun: c.noun, qualifier: f.qualifier, precision: f.precision, direction: c.direction,
        entity: c.entity, entities: c.entities, metric: c.metric, period: c.period,
        lang: lang === 'auto' ? f.lang : lang, sentence: c.sentence, paragraph: c.paragraph, citation: c.citation,
        frame: c.frame,
      };
      claims.push(claim);
    }
  }
  return { claims, directives: prose.directives, topics };
}

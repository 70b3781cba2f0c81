// Context for each figure of one prose block (a paragraph, heading, list item or table row):
// its sentence, entity, entities, metric, noun, period, direction and citation. The hot path is
// dictionary and regex work on the sentences that hold a figure; nothing here calls compromise.

import type { Citation, ClaimFrame, Direction, FrameSource, Lang, Period, TextRange } from '../types';
import { findCitation, isSourceOnlySentence } from './citation';
import { DirectionMention, directionFor, findDirections } from './direction';
import { entitiesByDistance, entityForFigure, isObject, sentenceSubject } from './entity';
import type { FigureMatch } from './figure';
import { metricForFigure } from './metric';
import { findPeriods, PeriodMention, resolvePeriod } from './period';
import { clauseOf, splitSentences } from './sentences';
import { stanceOf } from './stance';
import { markOf, type SubjectMark } from './topics';
import { detached } from '../strings';
import type { TermMention } from './terms';
import type { Vocabulary } from './vocabulary';

export interface FigureContext {
  entity?: string;
  entities: string[];
  metric?: string;
  noun?: string;
  period?: Period;
  direction?: Direction;
  citation?: Citation;
  sentence: TextRange;
  paragraph: TextRange;
  frame: ClaimFrame;
}

interface SentenceInfo {
  range: TextRange;
  entities: TermMention[];
  cues: TermMention[];
  periods?: PeriodMention[];
  directions?: DirectionMention[];
  /** A direction or growth word is in the sentence. */
  hasChange?: boolean;
  /** Looked up once per sentence (null: none). */
  citation?: Citation | null;
  /** Whether the sentence reads as Japanese, once per sentence. */
  lang?: Lang;
}

/** Japanese rules (particles, subject drop) apply to sentences written in kana or kanji. */
function sentenceLang(text: string, range: TextRange): Lang {
  return JAPANESE_CHAR.test(text.slice(range.start, range.end)) ? 'ja' : 'en';
}
const JAPANESE_CHAR = /[\u3040-\u30ff\u4e00-\u9fff]/;

const GROWTH_WORD = /grow|growth|増加率|伸び率|成長率|前年比|前月比/i;

function analyse(masked: string, range: TextRange, vocabulary: Vocabulary, full: boolean): SentenceInfo {
  const mentions = vocabulary.matcher.find(masked, range.start, range.end);
  const entities: TermMention[] = [];
  const cues: TermMention[] = [];
  for (const m of mentions) (m.term.kind === 'entity' ? entities : cues).push(m);
  const directions = full ? findDirections(masked, range.start, range.end) : undefined;
  return {
    range,
    entities,
    cues,
    periods: full ? findPeriods(masked, range.start, range.end) : undefined,
    directions,
    hasChange: directions ? directions.length > 0 || GROWTH_WORD.test(masked.slice(range.start, range.end)) : undefined,
    citation: undefined,
    lang: undefined,
  };
}

function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** English words that refer back to an earlier subject. Linear: literal alternation. */
const ANAPHOR = /\b(?:it|its|it's|they|their|the (?:company|firm|startup|chipmaker|group|lab|maker|developer|giant))\b/i;

const MAX_SENTENCE = 2000;
const WINDOW_STEP = 1000;
const HALF_WINDOW = 500;

function isCumulative(p: PeriodMention): boolean {
  return p.spec.kind === 'until' || p.spec.kind === 'years';
}

/** The period mention nearest to the figure, in its clause if one is there. */
function nearestPeriod(
  periods: PeriodMention[],
  figure: TextRange,
  clause: TextRange,
  lang: Lang,
  clauseHoldsOtherFigure: (p: PeriodMention) => boolean,
): PeriodMention | undefined {
  // Two passes over the (few) mentions instead of filtered copies: the clause first, then the rest.
  let anyInClause = false;
  for (const p of periods) if (!overlaps(p, figure) && p.start >= clause.start && p.end <= clause.end) anyInClause = true;
  // From another clause: a cumulative span ("through 2029") belongs to the flow in its own clause,
  // and so does a later period whose clause has a figure of its own ("$13B last year, and it
  // expects $30B in 2026"); an earlier one sets the scene ("In H1 2025, … $2B …, and $6.7B …").
  const inPool = (p: PeriodMention): boolean =>
    anyInClause ? p.start >= clause.start && p.end <= clause.end : !isCumulative(p) && !(p.start >= figure.end && clauseHoldsOtherFigure(p));
  let best: PeriodMention | undefined;
  let bestDistance = Infinity;
  for (const p of periods) {
    if (overlaps(p, figure) || !inPool(p)) continue;
    // On a tie English prefers the period after the figure ("$3.7B in 2024 to $13B in 2025"),
    // Japanese the one before it ("2025年に130億ドル").
    const before = p.end <= figure.start;
    const d = (before ? figure.start - p.end : p.start - figure.end) + (before === (lang === 'en') ? 0.5 : 0);
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Context for `figures` (sorted, all inside `paragraph`). `masked` is the prose mask, `original`
 * the document text (same offsets); citations are read from the original because the mask hides URLs.
 */
export function describeFigures(
  masked: string,
  original: string,
  paragraph: TextRange,
  figures: FigureMatch[],
  vocabulary: Vocabulary,
  /** For a table row: the header row, whose cell above a figure may name its metric or period. */
  header?: TextRange,
  /** Table rows: each cell is a sentence, and a figure's cell rarely names the row's entity. */
  inTable = false,
  /** Filled with the subject mark of every sentence that names an entity (the block's topic). */
  marksOut?: SubjectMark[],
): FigureContext[] {
  if (figures.length === 0) return [];
  const sentences = splitSentences(masked, paragraph.start, paragraph.end);
  const infos: (SentenceInfo | undefined)[] = new Array(sentences.length);
  const full = (i: number) => {
    const have = infos[i];
    if (have?.periods) return have;
    return (infos[i] = analyse(masked, sentences[i], vocabulary, true));
  };
  const light = (i: number) => (infos[i] ??= analyse(masked, sentences[i], vocabulary, false));
  // Windows of the current long sentence, shared by the figures of one WINDOW_STEP-sized stretch.
  let windows: Map<number, SentenceInfo> | undefined; // made for the first long sentence only
  let windowsOf = -1;
  const windowInfo = (si: number, fig: TextRange): SentenceInfo => {
    const sentence = sentences[si];
    windows ??= new Map();
    if (windowsOf !== si) {
      windows.clear();
      windowsOf = si;
    }
    const step = Math.floor((fig.start - sentence.start) / WINDOW_STEP);
    let info = windows.get(step);
    if (!info) {
      const from = sentence.start + step * WINDOW_STEP;
      const range = { start: Math.max(sentence.start, from - HALF_WINDOW), end: Math.min(sentence.end, from + WINDOW_STEP + HALF_WINDOW) };
      windows.set(step, (info = analyse(masked, range, vocabulary, true)));
    }
    return info;
  };
  const out: FigureContext[] = [];
  // The last metric found in an earlier sentence, for a sentence that names none.
  let carried: { sentence: number; money: boolean; unit: string; metric: string } | undefined;
  let si = 0;
  for (const fig of figures) {
    while (si < sentences.length - 1 && sentences[si].end <= fig.start) si++;
    const sentence = sentences[si];
    // A "sentence" longer than MAX_SENTENCE (a table dump, a run-on line) is read in a window
    // around each figure, so that work per figure stays bounded and the whole read linear.
    const long = sentence.end - sentence.start > MAX_SENTENCE;
    const info = long ? windowInfo(si, fig) : full(si);
    const range = info.range;
    const figRange = { start: fig.start, end: fig.end };
    const clause = clauseOf(masked, range, fig.start);
    const lang = (info.lang ??= sentenceLang(masked, range));
    const entityMentions = info.entities.some((m) => overlaps(m, figRange)) ? info.entities.filter((m) => !overlaps(m, figRange)) : info.entities;
    let entity = entityForFigure(masked, entityMentions, figRange, lang, clause);
    let entities = entitiesByDistance(entityMentions, figRange);
    let entityFrom: FrameSource | undefined = entity ? entitySourceIn(masked, entityMentions, entity, clause, lang) : undefined;
    let entityUnambiguous = entity ? distinctEntities(entityMentions) === 1 : undefined;
    let entityWords: string | undefined;
    if (!entity && (lang === 'ja' || inTable || ANAPHOR.test(masked.slice(range.start, fig.start)))) {
      // Subject drop: the nearest earlier sentence of the paragraph that names an entity. Japanese
      // drops subjects freely; English only refers back with a pronoun ("It expects …"). In a table
      // row the earlier "sentences" are the row's earlier cells: the row header.
      for (let k = si - 1; k >= 0 && !entity; k--) {
        const earlier = light(k).entities;
        entity = sentenceSubject(masked, earlier, lang);
        if (entity) {
          entityFrom = inTable ? 'row-header' : 'earlier-sentence';
          entityUnambiguous = distinctEntities(earlier) === 1;
          entityWords = wordsOf(masked, earlier, entity);
        }
      }
      if (entity) entities = [entity];
    }
    const directions = info.directions ?? [];
    const hasChange = info.hasChange ?? false;
    let metric = metricForFigure({ cues: info.cues, figure: figRange, unit: fig.unit, qualifier: fig.qualifier, clause, hasChange }, vocabulary);
    const otherFigureInClauseOf = (p: PeriodMention) => hasOtherFigure(figures, fig, clauseOf(masked, range, p.start));
    let periodMention = nearestPeriod(info.periods ?? [], figRange, clause, lang, otherFigureInClauseOf);
    let metricFrom: FrameSource | undefined = metric ? (cueIn(info.cues, clause) ? 'clause' : 'sentence') : undefined;
    let periodFrom: FrameSource | undefined = periodMention ? (periodMention.start >= clause.start && periodMention.end <= clause.end ? 'clause' : 'sentence') : undefined;
    if (header && (!metric || !periodMention || !entity)) {
      const column = fromColumnHeader(masked, paragraph, header, fig, vocabulary);
      if (!metric && column?.metric) [metric, metricFrom] = [column.metric, 'column-header'];
      if (!periodMention && column?.period) [periodMention, periodFrom] = [column.period, 'column-header'];
      if (!entity && column?.entity) {
        // "| | xAI | SpaceX |": the column names whose figures it holds.
        [entity, entityFrom, entityUnambiguous, entityWords] = [column.entity, 'column-header', true, column.entityWords];
        entities = [entity];
      }
    }
    const direction = fig.direction ?? directionFor(directions, masked, figRange, fig.unit, clause, range);
    if (info.citation === undefined)
      info.citation = (long ? findCitation(original.slice(range.start, range.end)) : citationFor(original, masked, sentences, si, paragraph)) ?? null;
    const citation = info.citation ?? undefined;
    const money = /^[A-Z]{3}$/.test(fig.unit);
    if (!metric && !inTable && info.cues.length === 0 && carried && carried.sentence < si && (money ? carried.money : carried.unit === fig.unit)) {
      // "Revenue was $3.7B in 2024. It reached $13B in 2025." A sentence without any cue word
      // continues the metric of the sentence before it, for a figure of the same kind. Not in
      // tables: the cells of a row are different columns.
      metric = carried.metric;
      metricFrom = 'carried';
    }
    if (metric) carried = { sentence: si, money, unit: fig.unit, metric };
    // The counted noun belongs to counts ("800 million weekly users", "8億人"); after money or a
    // percentage the grammar's following words are just the rest of the sentence.
    const nounText = fig.unit === 'count' ? fig.nounText?.trim() : undefined;
    const noun = nounText ? detached(nounText) : undefined;
    out.push({
      entity: entity || undefined,
      entities,
      metric: metric || undefined,
      noun: noun || undefined,
      period: periodMention ? resolvePeriod(periodMention, entity) : undefined,
      direction: direction || undefined,
      citation: citation || undefined,
      sentence: range,
      paragraph,
      frame: frameOf(masked, range, clause, lang, entityFrom, entityUnambiguous, entityWords, metricFrom, periodFrom, info.entities),
    });
  }
  if (marksOut) {
    // The block's topic from the sentences already read (and the rest, lightly): one matcher pass.
    for (let i = 0; i < sentences.length; i++) {
      const info = sentences[i].end - sentences[i].start > MAX_SENTENCE ? undefined : light(i);
      if (info && info.entities.length > 0) marksOut.push(markOf(masked, sentences[i], info.entities));
    }
  }
  return out;
}

/** The frame of one figure: where each slot came from, and the sentence's stance and part words. */
function frameOf(
  masked: string,
  sentence: TextRange,
  clause: TextRange,
  lang: Lang,
  entityFrom: FrameSource | undefined,
  entityUnambiguous: boolean | undefined,
  entityWords: string | undefined,
  metricFrom: FrameSource | undefined,
  periodFrom: FrameSource | undefined,
  names: TextRange[],
): ClaimFrame {
  const words = stanceOf(masked, sentence, clause, lang, names);
  // One literal with every field (absent ones undefined): one object shape for every frame. The
  // stance words are copies already (shared by the figures of a clause).
  return {
    entityFrom, entityUnambiguous, entityWords: entityWords ? detached(entityWords) : undefined, metricFrom, periodFrom,
    part: words.part, stance: words.stance, stanceWords: words.stanceWords,
    dealWords: words.dealWords, past: words.past, earlier: words.earlier, change: words.change, context: undefined,
  };
}

/** Where the sentence named the entity: its clause, elsewhere, or only as a preposition's object. */
function entitySourceIn(masked: string, mentions: TermMention[], entity: string, clause: TextRange, lang: Lang): FrameSource {
  let subject = false;
  for (const m of mentions) if (m.term.id === entity && !isObject(masked, m, lang)) subject = true;
  if (!subject) return 'object';
  return mentionIn(mentions, entity, clause) ? 'clause' : 'sentence';
}

/** A mention of `entity` inside `range`. */
function mentionIn(mentions: TermMention[], entity: string, range: TextRange): boolean {
  for (const m of mentions) if (m.term.id === entity && m.start >= range.start && m.end <= range.end) return true;
  return false;
}

/** Any metric cue inside `range`. */
function cueIn(cues: TermMention[], range: TextRange): boolean {
  for (const m of cues) if (m.start >= range.start && m.end <= range.end) return true;
  return false;
}

/** How many different entities the mentions name. */
function distinctEntities(mentions: TermMention[]): number {
  let n = 0;
  const seen: string[] = [];
  for (const m of mentions) if (!seen.includes(m.term.id)) seen.push(m.term.id), n++;
  return n;
}

/** The text of the first mention of `entity` (for the hover's "entity from …" line). */
function wordsOf(text: string, mentions: TermMention[], entity: string): string | undefined {
  for (const m of mentions) if (m.term.id === entity) return text.slice(m.start, m.end);
  return undefined;
}

/** Does a figure other than `fig` lie inside `clause`? (`figures` is sorted: binary search.) */
function hasOtherFigure(figures: FigureMatch[], fig: FigureMatch, clause: TextRange): boolean {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].start < clause.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < figures.length && figures[k].start < clause.end; k++) if (figures[k] !== fig && figures[k].end <= clause.end) return true;
  return false;
}

/** Metric and period named by the column header above a table cell: "| Company | Revenue 2025 |". */
function fromColumnHeader(
  masked: string,
  row: TextRange,
  header: TextRange,
  fig: FigureMatch,
  vocabulary: Vocabulary,
): { metric?: string; period?: PeriodMention; entity?: string; entityWords?: string } | undefined {
  const cell = headerCell(masked, row, header, fig.start);
  if (!cell) return undefined;
  const head = analyse(masked, cell, vocabulary, true);
  const metric = metricForFigure(
    { cues: head.cues, figure: fig, unit: fig.unit, qualifier: fig.qualifier, clause: cell, hasChange: head.hasChange ?? false },
    vocabulary,
  );
  // A header cell naming exactly one entity names the column's entity.
  const entity = distinctEntities(head.entities) === 1 ? head.entities[0].term.id : undefined;
  return { metric, period: head.periods?.[0], entity, entityWords: entity ? masked.slice(head.entities[0].start, head.entities[0].end) : undefined };
}

const HARD_BREAK = '\u2029';

/** The header cell above the table cell holding `at` (cells are separated by U+2029 in the mask). */
function headerCell(masked: string, row: TextRange, header: TextRange, at: number): TextRange | undefined {
  let column = masked[row.start] === HARD_BREAK ? -1 : 0;
  for (let i = row.start; i < at; i++) if (masked[i] === HARD_BREAK) column++;
  let start = header.start;
  let index = masked[header.start] === HARD_BREAK ? -1 : 0;
  for (let i = header.start; i <= header.end; i++) {
    if (i === header.end || masked[i] === HARD_BREAK) {
      if (index === column) return i > start ? { start, end: i } : undefined;
      index++;
      start = i + 1;
    }
  }
  return undefined;
}

/** A citation in the sentence (up to the next sentence), or in a following "(Source: …)" sentence. */
function citationFor(original: string, masked: string, sentences: TextRange[], i: number, paragraph: TextRange): Citation | undefined {
  // A link's "[" (or an image's "![") may sit just before the masked sentence start.
  let start = sentences[i].start;
  const floor = i > 0 ? sentences[i - 1].end : paragraph.start;
  while (start > floor && (original[start - 1] === '[' || original[start - 1] === '!')) start--;
  const end = i + 1 < sentences.length ? sentences[i + 1].start : paragraph.end;
  const own = findCitation(original.slice(start, end));
  if (own || i + 1 >= sentences.length) return own;
  const next = sentences[i + 1];
  if (!isSourceOnlySentence(masked.slice(next.start, next.end))) return undefined;
  return findCitation(original.slice(sentences[i].end, i + 2 < sentences.length ? sentences[i + 2].start : paragraph.end));
}

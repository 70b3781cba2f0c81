// What each prose block is about, for the discourse layer: per sentence that names an entity, its
// subject and how many entities it names. Blocks without figures count too: a heading or a lead
// paragraph often names the company that the figures below it are about.

import type { ProseKind } from '../markdown/prose';
import type { TextRange } from '../types';
import { detached } from '../strings';
import { sentenceSubject } from './entity';
import { findPeriods, type PeriodMention } from './period';
import { splitSentences } from './sentences';
import type { TermMention } from './terms';
import type { Vocabulary } from './vocabulary';

/** One sentence's subject: "Nvidia reported record results." → nvidia, one entity named. */
export interface SubjectMark {
  /** The sentence, as offsets into the text the topic was read from. */
  start: number;
  end: number;
  entity: string;
  /** Different entities the sentence names (1: the subject is unambiguous). */
  count: number;
  /** Every entity the sentence names, the subject first. */
  ids: string[];
  /** The words that named the subject. */
  words: string;
}

/** A sentence that names exactly one period: "Nvidia reported fiscal fourth-quarter results." */
export interface PeriodMark {
  start: number;
  end: number;
  mention: PeriodMention;
}

export interface Topic extends TextRange {
  kind: ProseKind;
  /** Sentences naming an entity, in order. Empty when the block names none. */
  marks: SubjectMark[];
  /** Sentences naming exactly one period, in order. */
  periods: PeriodMark[];
  /** The block ends with a colon: it introduces the list or table below it. */
  leadIn: boolean;
}

const NO_MARKS: SubjectMark[] = [];
const NO_PERIODS: PeriodMark[] = [];
const NO_MENTIONS: PeriodMention[] = [];
/** Words of a reporting period: quarters, halves, fiscal years (linear: a literal alternation). */
const REPORTING_HINT = /quarter|Q[1-4]|[1-4]Q|H[12]\b|half|fiscal|FY|四半期|月期|年度|上半期|下半期|上期|下期/;

/** The topic of one prose block of `masked` (the prose mask). */
export function topicOf(masked: string, block: TextRange & { kind: ProseKind }, vocabulary: Vocabulary, known?: SubjectMark[]): Topic {
  let entities: TermMention[] | undefined;
  if (!known) for (const m of vocabulary.matcher.find(masked, block.start, block.end)) if (m.term.kind === 'entity') (entities ??= []).push(m);
  // Only reporting periods carry to later sentences (see the discourse layer); most blocks name
  // none, and a literal test spares them the period grammar.
  const mentions2 = REPORTING_HINT.test(masked.slice(block.start, block.end)) ? findPeriods(masked, block.start, block.end) : NO_MENTIONS;
  return {
    kind: block.kind, start: block.start, end: block.end,
    marks: known ?? (entities ? marksOf(masked, block, entities) : NO_MARKS),
    periods: mentions2.length ? periodMarksOf(masked, block, mentions2) : NO_PERIODS,
    leadIn: endsWithColon(masked, block),
  };
}

function periodMarksOf(masked: string, block: TextRange, mentions: PeriodMention[]): PeriodMark[] {
  const out: PeriodMark[] = [];
  let k = 0;
  for (const sentence of splitSentences(masked, block.start, block.end)) {
    let n = 0;
    let only: PeriodMention | undefined;
    while (k < mentions.length && mentions[k].start < sentence.end) {
      if (mentions[k].start >= sentence.start) (n++, (only = mentions[k]));
      k++;
    }
    if (n === 1) out.push({ start: sentence.start, end: sentence.end, mention: only! });
  }
  return out;
}

function marksOf(masked: string, block: TextRange, entities: TermMention[]): SubjectMark[] {
  const marks: SubjectMark[] = [];
  let k = 0;
  for (const sentence of splitSentences(masked, block.start, block.end)) {
    const inSentence: TermMention[] = [];
    while (k < entities.length && entities[k].start < sentence.end) {
      if (entities[k].start >= sentence.start) inSentence.push(entities[k]);
      k++;
    }
    if (inSentence.length > 0) marks.push(markOf(masked, sentence, inSentence));
  }
  return marks;
}

/** The subject mark of one sentence from its entity mentions (at least one). */
export function markOf(masked: string, sentence: TextRange, inSentence: TermMention[]): SubjectMark {
  const lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(masked.slice(sentence.start, sentence.end)) ? 'ja' : 'en';
  const entity = sentenceSubject(masked, inSentence, lang)!;
  const ids: string[] = [entity];
  for (const m of inSentence) if (!ids.includes(m.term.id)) ids.push(m.term.id);
  const named = inSentence.find((m) => m.term.id === entity)!;
  return { start: sentence.start, end: sentence.end, entity, count: ids.length, ids, words: detached(masked.slice(named.start, named.end)) };
}

function endsWithColon(masked: string, block: TextRange): boolean {
  let e = block.end;
  while (e > block.start && /\s/.test(masked[e - 1])) e--;
  const c = masked[e - 1];
  return c === ':' || c === '：';
}

// The discourse layer: who a figure is about when its own sentence does not say. It walks the
// document once, in order, keeping the salient subject (the last sentence that named an entity,
// within the section under the last heading that named one) and the lead-in of a list, and gives
// each claim without an entity that subject, saying where it came from and whether it was the only
// candidate. It only looks back, so an edit never changes the reading of what comes before it.

import { resolvePeriod, resolveYearless, type PeriodMark, type SubjectMark, type Topic } from '../context';
import type { Claim, ClaimFrame, FrameSource, Period } from '../types';

/** What the discourse layer needs to know of the vocabulary and the document. */
export interface DiscourseInput {
  /** Each entity's company (products carry their maker). */
  parentOf: (entity: string) => string | undefined;
  /** Whether a metric accumulates over a period (revenue) or is a level (valuation). */
  kindOf: (metric: string) => 'flow' | 'stock' | undefined;
  /** The document's date (YYYY-MM-DD), for periods written without a year. */
  docDate?: string;
}

const REPORTING_PERIODS = new Set(['quarter', 'half', 'yearless', 'fiscal-year', 'fiscal-ending']);
/** Deals and plans are not results of a reporting period. */
const DEAL_METRICS = new Set(['total-commitments', 'contract-value', 'investment', 'investment-loi', 'funding-round', 'infrastructure-plan', 'compute-spend', 'financing-plan', 'secondary-sale']);

interface SalientPeriod {
  mark: PeriodMark;
  start: number;
  fromHeading: boolean;
  /** Which topic (in document order) it was read from. */
  topicNo: number;
}

/** One block of the document: where it starts, and the topics read from it (block-relative). */
export interface PlacedTopics {
  start: number;
  result: { topics: Topic[] };
}

interface Salient {
  mark: SubjectMark;
  /** Document offset of the mark's sentence start and end. */
  start: number;
  end: number;
  fromHeading: boolean;
  fromLeadIn: boolean;
  /** Document offsets of the block the mark is in. */
  blockStart: number;
}

/** The companies a section has named so far: none, exactly one, or several. */
interface SectionNames {
  only: string | undefined;
  several: boolean;
}

/** The previous check's output, and how many leading claims are unchanged since (see ClaimMatch.kept). */
export interface DiscourseReuse {
  previous: Claim[];
  upTo: number;
}
const NO_REUSE: DiscourseReuse = { previous: [], upTo: 0 };

/**
 * Claims with the discourse's reading filled in where the sentence gave none. Claims that change
 * are copies; the rest are the objects given (so caches keyed by identity still hold).
 */
export function resolveDiscourse(claims: Claim[], blocks: PlacedTopics[], input: DiscourseInput, reuse: DiscourseReuse = NO_REUSE): Claim[] {
  if (claims.length === 0) return claims;
  const parentOf = input.parentOf;
  let out: Claim[] | undefined;
  // The salient mark and period are two objects updated in place (a document has thousands of
  // marks; a check must not allocate one object per mark).
  const lastSlot: Salient = { mark: undefined!, start: 0, end: 0, fromHeading: false, fromLeadIn: false, blockStart: 0 };
  const leadSlot: Salient = { mark: undefined!, start: 0, end: 0, fromHeading: false, fromLeadIn: true, blockStart: 0 };
  const periodSlot: SalientPeriod = { mark: undefined!, start: 0, fromHeading: false, topicNo: 0 };
  let last: Salient | undefined;
  let lastPeriod: SalientPeriod | undefined;
  let topicNo = 0;
  let enteredBlock = -1;
  let enteredTopic = -1;
  let pi = 0;
  let leadIn: Salient | undefined;
  // Entities (as their top-level company) named in the section so far: one means no ambiguity.
  // Only "none, one or several" matters, so once several are named the rest are not looked up.
  const section: SectionNames = { only: undefined, several: false };
  let bi = 0;
  let ti = 0;
  let mi = 0;
  const root = (e: string): string => parentOf(e) ?? e;
  for (let ci = 0; ci < claims.length; ci++) {
    const claim = claims[ci];
    const before = claim.sentence.start;
    // Take in every mark whose sentence ends before this claim's sentence starts.
    for (; bi < blocks.length; bi++, ti = 0, mi = 0, pi = 0) {
      const offset = blocks[bi].start;
      const topics = blocks[bi].result.topics;
      let stop = false;
      for (; ti < topics.length; ti++, mi = 0, pi = 0) {
        const topic = topics[ti];
        if (offset + topic.start >= before) {
          stop = true;
          break;
        }
        if (bi !== enteredBlock || ti !== enteredTopic) {
          enteredBlock = bi;
          enteredTopic = ti;
          topicNo++;
          if (topic.kind === 'heading') lastPeriod = undefined;
          if (topic.kind === 'heading' && topic.marks.length > 0) {
            section.only = undefined;
            section.several = false;
            leadIn = undefined;
          } else if (topic.kind !== 'list-item' && topic.kind !== 'table-row' && !topic.leadIn) leadIn = undefined;
        }
        for (; pi < topic.periods.length; pi++) {
          const p = topic.periods[pi];
          if (offset + p.end > before) break;
          lastPeriod = periodSlot;
          periodSlot.mark = p;
          periodSlot.start = offset + p.start;
          periodSlot.fromHeading = topic.kind === 'heading';
          periodSlot.topicNo = topicNo;
        }
        for (; mi < topic.marks.length; mi++) {
          const mark = topic.marks[mi];
          if (offset + mark.end > before) {
            stop = true;
            break;
          }
          last = lastSlot;
          last.mark = mark;
          last.start = offset + mark.start;
          last.end = offset + mark.end;
          last.fromHeading = topic.kind === 'heading';
          last.blockStart = offset + topic.start;
          for (let k = 0; k < mark.ids.length && !section.several; k++) {
            const company = root(mark.ids[k]);
            if (section.only === undefined) section.only = company;
            else if (company !== section.only) section.several = true;
          }
        }
        if (stop) break;
        if (topic.leadIn && last && last.blockStart === offset + topic.start) {
          leadIn = leadSlot;
          leadSlot.mark = last.mark;
          leadSlot.start = last.start;
          leadSlot.end = last.end;
          leadSlot.fromHeading = last.fromHeading;
          leadSlot.blockStart = last.blockStart;
          leadSlot.fromLeadIn = true;
        }
      }
      if (stop) break;
    }
    // Claims before an edit are the same objects as last time, read in the same discourse (it
    // only looks back): their last reading stands.
    const resolved = ci < reuse.upTo ? reuse.previous[ci]! : withPeriod(resolveOne(claim, last, leadIn, section), lastPeriod, topicNo, input, last);
    if (resolved !== claim) {
      out ??= claims.slice();
      out[ci] = resolved;
    }
  }
  return out ?? claims;
}

function resolveOne(claim: Claim, last: Salient | undefined, leadIn: Salient | undefined, section: SectionNames): Claim {
  const sentence = claim.frame && claim.entity === undefined ? 'needs-entity' : claim.entities.length < 2 ? 'maybe-deal' : 'done';
  if (sentence === 'done') return claim;
  const inList = leadIn !== undefined && (last === undefined || last.start <= leadIn.start);
  const source = inList ? leadIn : last;
  if (!source) return claim;
  if (sentence === 'maybe-deal') {
    // "The deal is worth $38B" after "X signed with Y": both parties, from the sentence that named them.
    if (source.mark.count < 2 || !claim.entity || !source.mark.ids.includes(claim.entity)) return claim;
    if (!claim.frame?.dealWords) return claim;
    return { ...claim, entities: mergeIds(claim.entities, source.mark.ids) };
  }
  const from: FrameSource = source.fromLeadIn
    ? 'lead-in'
    : source.fromHeading
      ? 'heading'
      : source.start >= claim.paragraph.start
        ? 'earlier-sentence'
        : 'earlier-paragraph';
  // Unambiguous: the sentence it came from named one entity, and so did the whole section so far
  // (or it is the sentence just before, in the same paragraph).
  const unambiguous = source.mark.count === 1 && (!section.several || from === 'earlier-sentence');
  const frame: ClaimFrame = { ...claim.frame!, entityFrom: from, entityUnambiguous: unambiguous, entityWords: source.mark.words };
  const entities = claim.entities.length > 0 ? claim.entities : claim.frame?.dealWords ? source.mark.ids : [source.mark.entity];
  return { ...claim, entity: source.mark.entity, entities, frame };
}

function mergeIds(a: string[], b: string[]): string[] {
  const out = a.slice();
  for (const id of b) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * The claim's period: one written without a year is placed by the document's date; a flow with
 * none takes the period of the sentence before it that named exactly one (same paragraph, the one
 * before, or the section heading). Outlooks and goals never take an earlier sentence's period.
 */
function withPeriod(claim: Claim, salient: SalientPeriod | undefined, topicNo: number, input: DiscourseInput, subject: Salient | undefined): Claim {
  const frame = claim.frame;
  if (!frame) return claim;
  const forward = frame.stance === 'forecast' || frame.stance === 'aim';
  if (claim.period?.yearless) {
    return input.docDate ? { ...claim, period: resolveYearless(claim.period, claim.entity, input.docDate, forward) } : claim;
  }
  if (claim.period || !claim.metric || input.kindOf(claim.metric) !== 'flow' || forward || !salient) return claim;
  // Only a reporting period carries (an earnings write-up's "fourth quarter"); a year or a span
  // named before may be another figure's ("revenue in 2030 … commitments total $1.4T").
  if (!REPORTING_PERIODS.has(salient.mark.mention.spec.kind) || DEAL_METRICS.has(claim.metric)) return claim;
  const from: FrameSource = salient.fromHeading ? 'heading' : salient.start >= claim.paragraph.start ? 'earlier-sentence' : 'earlier-paragraph';
  if (from === 'earlier-paragraph' && topicNo - salient.topicNo > 1) return claim;
  // Another company named since the period was: the period was about that one's figures.
  if (subject && subject.start > salient.start && subject.mark.entity !== claim.entity && input.parentOf(subject.mark.entity) !== claim.entity) return claim;
  let period: Period = resolvePeriod(salient.mark.mention, claim.entity);
  if (period.yearless) {
    if (!input.docDate) return claim;
    period = resolveYearless(period, claim.entity, input.docDate, false);
  }
  if (!period.from && !period.to) return claim;
  return { ...claim, period, frame: { ...frame, periodFrom: from } };
}

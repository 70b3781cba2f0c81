// What a sentence does with its figures beyond stating them: someone's estimate, a goal or an ask,
// the company's own outlook; and whether a figure is a part of a whole (a tranche, one segment's
// revenue, a per-share amount, several companies combined). The verifier never calls a figure wrong
// against a record of another stance or of the whole. Every pattern is a literal alternation with
// word boundaries: linear.

import type { ClaimFrame, Lang, TextRange } from '../types';
import { detached } from '../strings';

/** Others' expectations: analysts, consensus, the Street. Checked first (they outrank "expected"). */
const EN_ESTIMATE =
  /\b(?:analysts?|consensus|Wall Street (?:was|were|had|is|are) (?:looking for|expecting)|was looking for|were looking for|Street estimates?|estimates? (?:of|for|from)|expectations|LSEG|FactSet|Visible Alpha|Bloomberg consensus|polled by)\b/i;
const JA_ESTIMATE = /市場予想|アナリスト|予想平均|予想中央値|コンセンサス|市場の予想|市場予測|事前予想|市場の見方/;

/** Goals, asks and talks: not a level anyone has reported. */
const EN_AIM =
  /\b(?:target(?:s|ed|ing)?|aims? (?:to|for)|aiming|goal|ambitions?|hopes? to|seeks?|seeking|sought|in talks|talks|negotiat(?:e|es|ed|ing|ions)|discussions?|considering|weighs|weighing|IPO|initial public offering|go public|going public|proposed|proposal|eyeing|eyes|eyed|potential|possible|mulling|exploring|looking to raise|plans? to raise|wants? to|hoping|envisions?|pitch(?:ed|ing)?|projected to reach|on track to|heading toward|aspir(?:e|es|ation))\b/i;
const JA_AIM = /目標|目指|目指す|狙う|狙い|協議|交渉|検討|上場|IPO|方向で|構想|打診|もくろ|視野/;

/** The company's own outlook. */
const EN_FORECAST =
  /\b(?:expects?|expected|expecting|projects?|projected|projecting|projections?|forecasts?|forecasting|guidance|guided|guides|outlook|anticipates?|sees|plans? to spend|plans|planned|will|forecasted|set to|poised to|on course to|on pace to|could|would|might)\b/i;
const JA_FORECAST = /見通し|予想|予測|見込|計画|ガイダンス|想定|予定|計上する見込み|可能性/;

/** A part or a combination, not the whole. Segment words before "revenue" name one business line. */
const EN_PART =
  /\b(?:tranches?|installments?|instalments?|first phase|portion of|part of|combined|collectively|per share|a share|for every|per user|per employee|per GPU|per chip|per month|a month|per week|ad revenue|advertising revenue|ads revenue|gaming revenue|networking revenue|automotive revenue|subscription revenue|consumer revenue|enterprise revenue|API revenue|search revenue|services revenue|hardware revenue|device revenue|software revenue|professional visualization|Plus subscribers|Pro subscribers|Team subscribers|Enterprise seats|non-GAAP|adjusted|excluding)\b/i;
const JA_PART = /第\d+弾|分割|一部|うち|調整後|非GAAP|除く|除いた|除外|除けば|1株当たり|1株あたり|一株当たり|当たり|あたり|広告収入|広告売上|広告事業|ゲーム部門|ネットワーク部門|自動車部門/;

/**
 * "Cloud Application (SaaS) Revenue $4.0 billion", "its ad revenue": a word before "revenue" that
 * names a business line makes the figure one segment's. Words that only say which revenue is the
 * whole (total, quarterly, fiscal, GAAP, a quarter's name) do not.
 */
const EN_SEGMENT = /(?:^|[\s(])([A-Za-z][A-Za-z'’&+-]*)\)?\s+(?:revenues?|sales)\b/gi;
const WHOLE_WORDS = new Set([
  'total', 'quarterly', 'annual', 'annualized', 'yearly', 'full-year', 'net', 'gross', 'fiscal', 'gaap', 'non-gaap', 'overall', 'record',
  'its', 'their', 'the', 'company', "company's", 'group', 'consolidated', 'reported', 'adjusted', 'first-quarter', 'second-quarter',
  'third-quarter', 'fourth-quarter', 'quarter', 'year', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'in', 'of', 'and', 'or', 'with', 'whose', 'to',
  'at', 'on', 'for', 'from', 'that', 'which', 'expected', 'projected', 'forecast', 'estimated', 'higher', 'lower', 'rising', 'falling',
  'strong', 'weak', 'its', 'his', 'her', 'our', 'whole', 'a', 'an', 'more', 'less', 'same', 'recurring', 'top-line', 'combined',
]);

function segmentWord(clause: string, offset: number, names: TextRange[]): string | undefined {
  EN_SEGMENT.lastIndex = 0;
  for (let m = EN_SEGMENT.exec(clause); m; m = EN_SEGMENT.exec(clause)) {
    const word = m[1].toLowerCase();
    if (/^\d/.test(word) || WHOLE_WORDS.has(word) || /['’]s?$/.test(word)) continue;
    // "Nvidia revenue", "AWS sales": the name of the company (or segment) the figure is about.
    const at = offset + m.index + m[0].indexOf(m[1]);
    if (names.some((n) => n.start < at + m![1].length && n.end > at)) continue;
    if (/^(?:data|center|centre|run-rate|run|rate)$/.test(word)) continue; // data center revenue, run-rate revenue: metrics of their own
    return m[0];
  }
  return undefined;
}

/** Words that point at two parties named before: a deal between them. */
const DEAL_BACK_REFERENCE =
  /\b(?:both companies|the two companies|the pair|the deal|the agreement|the partnership|the pact|the contract|the arrangement)\b|両社|この合意|同合意|この契約|同契約|この提携|両者/i;

/** Past-tense verbs of reporting and deal-making; Japanese past endings. */
const EN_PAST =
  /\b(?:raised|was|were|had|closed|valued|reported|posted|reached|grew|rose|fell|announced|signed|agreed|invested|paid|spent|earned|generated|totaled|totalled|hit|topped|surpassed|secured|completed|sold|bought|acquired|led|brought in)\b/i;
const JA_PAST = /(?:した|だった|でした|ました|となった|に達した|を記録した|と発表|を調達)/;

/** Words that put a figure before the sentence's own time. */
const EN_EARLIER = /\b(?:ago|a year earlier|a year before|last year|previously|prior year|up from|down from|compared with|compared to|versus|vs\.?)\b/i;
const JA_EARLIER = /前年|前期|半年前|年前|か月前|カ月前|ヶ月前|前月|以前|当時/;

/** Change words: a percentage in their clause is a rate of change. */
const EN_CHANGE = /\b(?:growth|grew|grow|grows|growing|increase[ds]?|rise|rose|risen|jump(?:ed|s)?|surge[ds]?|gain(?:ed|s)?|fell|fall|decline[ds]?|drop(?:ped|s)?|up|down)\b/i;
const JA_CHANGE = /増|減|伸び|成長|拡大|縮小/;

/** What one clause's words say, every field present (absent ones undefined): one object shape. */
export interface StanceReading {
  stance: ClaimFrame['stance'];
  stanceWords: string | undefined;
  part: string | undefined;
  dealWords: string | undefined;
  past: boolean | undefined;
  earlier: string | undefined;
  change: boolean | undefined;
}

/** The first match of `re` in `text`, copied so that it does not pin the document it was cut from. */
function first(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  return m ? detached(m[0]) : undefined;
}

interface SentenceStance {
  stance: ClaimFrame['stance'];
  words: string | undefined;
  deal: string | undefined;
  segment: string | undefined;
}

// The figures of one sentence come one after another, and often several share a clause: the
// sentence's words and the last clause's reading are read once (checked before anything is sliced).
let lastSentence: { text: string; start: number; end: number; lang: Lang; found: SentenceStance } | undefined;
let lastClause: { text: string; start: number; end: number; sentenceStart: number; sentenceEnd: number; lang: Lang; reading: StanceReading } | undefined;

function sentenceStance(text: string, sentence: TextRange, lang: Lang, names: TextRange[]): SentenceStance {
  const memo = lastSentence;
  if (memo && memo.text === text && memo.start === sentence.start && memo.end === sentence.end && memo.lang === lang) return memo.found;
  const s = text.slice(sentence.start, sentence.end);
  const estimate = lang === 'ja' ? first(JA_ESTIMATE, s) ?? first(EN_ESTIMATE, s) : first(EN_ESTIMATE, s);
  const aim = estimate ? undefined : lang === 'ja' ? first(JA_AIM, s) ?? first(EN_AIM, s) : first(EN_AIM, s);
  const forecast = estimate || aim ? undefined : lang === 'ja' ? first(JA_FORECAST, s) : first(EN_FORECAST, s);
  const segment = lang === 'en' ? segmentWord(s, sentence.start, names) : undefined;
  const found: SentenceStance = {
    stance: estimate ? 'estimate' : aim ? 'aim' : forecast ? 'forecast' : undefined,
    words: estimate ?? aim ?? forecast,
    deal: first(DEAL_BACK_REFERENCE, s),
    segment: segment ? detached(segment) : undefined,
  };
  lastSentence = { text, start: sentence.start, end: sentence.end, lang, found };
  return found;
}

/**
 * Stance and part words of one clause (the figure's own) in a sentence. `clause` narrows the search
 * for part words, which belong to one figure; stance words hold for the whole sentence. The reading
 * is shared by the figures of one clause: treat it as read-only.
 */
export function stanceOf(text: string, sentence: TextRange, clause: TextRange, lang: Lang, names: TextRange[] = []): StanceReading {
  const memo = lastClause;
  if (memo && memo.text === text && memo.start === clause.start && memo.end === clause.end && memo.sentenceStart === sentence.start &&
    memo.sentenceEnd === sentence.end && memo.lang === lang) return memo.reading;
  const whole = sentenceStance(text, sentence, lang, names);
  const c = text.slice(clause.start, clause.end);
  // Part words hold for their clause; segment words for the sentence ("ad revenue of $5B in 2026,
  // rising to … $100B by 2030": every figure of the list is ad revenue).
  const part = lang === 'ja' ? first(JA_PART, c) ?? first(EN_PART, c) : first(EN_PART, c) ?? whole.segment;
  const reading: StanceReading = {
    stance: whole.stance,
    stanceWords: whole.stance ? whole.words : undefined,
    part,
    dealWords: whole.deal,
    past: (lang === 'ja' ? JA_PAST : EN_PAST).test(c) || undefined,
    earlier: lang === 'ja' ? first(JA_EARLIER, c) ?? first(EN_EARLIER, c) : first(EN_EARLIER, c),
    change: (lang === 'ja' ? JA_CHANGE : EN_CHANGE).test(c) || undefined,
  };
  lastClause = { text, start: clause.start, end: clause.end, sentenceStart: sentence.start, sentenceEnd: sentence.end, lang, reading };
  return reading;
}

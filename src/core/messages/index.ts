// The message catalog: one line per verdict, English and Japanese, naming the source.
// The verifier decides a `Finding`; this module only words it.
import type { Claim, Dataset, FigureRecord, Lang, Period } from '../types';
import type { DoubtReason } from '../verify/evidence';
import {
  capitalise,
  periodPhrase,
  periodText,
  recordFigure,
  sourceNote,
  subjectOf,
  truncate,
} from './phrases';

export { shortLabel, entityName, metricName, periodText, recordFigure, sourceNote, subjectOf } from './phrases';

/** Why no record decided the claim. */
export type UnsourcedReason =
  | 'nothing-recognised' // neither entity nor metric
  | 'no-entity'
  | 'no-metric'
  | 'no-record' // entity and metric known, no record at all
  | 'no-record-for-period' // records exist, none for the period written
  | 'needs-period' // flow figure without a period, records for several periods
  | 'needs-counterparty' // several deals of that entity and metric
  | 'between-observations' // a level between two observations within the period
  | 'far-from-record' // far from every record, in a sentence naming several entities
  | 'record-taken' // another figure of the sentence already matches the record this one would contradict
  | 'unsure' // a record disagrees, but the reading is not sure enough to call the figure wrong (see `doubt`)
  | 'stale'; // the newest record of a level is too old, for the document's date, to prove it wrong

export type Finding =
  | { kind: 'supported'; record: FigureRecord }
  | { kind: 'contradicted'; record: FigureRecord }
  | { kind: 'outdated-revised'; record: FigureRecord; newer: FigureRecord }
  | { kind: 'outdated-history'; record: FigureRecord; newer: FigureRecord }
  | {
      kind: 'unsourced';
      reason: UnsourcedReason;
      periods?: Period[];
      counterparties?: string[];
      other?: string;
      /** unsure, stale: the record the figure was compared with. */
      record?: FigureRecord;
      doubt?: DoubtReason;
      /** stale: days from the record's observation to the document's date. */
      ageDays?: number;
    }
  | { kind: 'cited' }
  | { kind: 'inconsistent'; form: 'growth' | 'multiple' | 'sum'; computed: string; from?: string; to?: string; parts?: string[] }
  | { kind: 'ignored' };

/** What a message says about a record whatever the claim: its subject, period, source and confidence. */
interface RecordWords {
  subject: string;
  period: string;
  source: string;
  lowConfidence: string;
}

// Worded once per record, dataset and language: many claims cite the same few records, and the
// dataset's names and records do not change once built.
const recordWordsCache = new WeakMap<Dataset, WeakMap<FigureRecord, Partial<Record<Lang, RecordWords>>>>();

function recordWords(record: FigureRecord, dataset: Dataset, lang: Lang): RecordWords {
  let byRecord = recordWordsCache.get(dataset);
  if (!byRecord) recordWordsCache.set(dataset, (byRecord = new WeakMap()));
  let byLang = byRecord.get(record);
  if (!byLang) byRecord.set(record, (byLang = {}));
  return (byLang[lang] ??= {
    subject: subjectOf(dataset, record.entity, record.metric, lang, record.counterparty),
    period: periodPhrase(record, dataset, lang),
    source: sourceNote(record, lang),
    lowConfidence: lowConfidenceNote(record, lang),
  });
}

function lowConfidenceNote(record: FigureRecord | undefined, lang: Lang): string {
  if (!record || record.confidence !== 'low') return '';
  return lang === 'ja' ? '（信頼度の低い情報源）' : ' (low-confidence source)';
}

function periodList(periods: Period[] | undefined, lang: Lang): string {
  const labels = [...new Set((periods ?? []).map((p) => periodText(p, lang)).filter(Boolean))];
  const shown = labels.slice(0, 4).join(lang === 'ja' ? '、' : ', ');
  return labels.length > 4 ? `${shown}${lang === 'ja' ? 'など' : ', …'}` : shown;
}

function claimSubject(claim: Claim, dataset: Dataset, lang: Lang): string {
  return subjectOf(dataset, claim.entity, claim.metric, lang);
}

function claimPeriod(claim: Claim, lang: Lang): string {
  const text = periodText(claim.period, lang);
  if (!text) return '';
  return lang === 'ja' ? `${text}の` : ` for ${text}`;
}

/** Why a disagreeing record did not make the figure red, in a few words. */
function doubtText(doubt: DoubtReason | undefined, claim: Claim, lang: Lang): string {
  const f = claim.frame;
  const quoted = (w: string | undefined) => (w ? (lang === 'ja' ? `「${truncate(w, 30)}」` : ` ("${truncate(w, 30)}")`) : '');
  if (lang === 'ja') {
    switch (doubt) {
      case 'entity': return `どの企業の数字かを文の外${quoted(f?.entityWords)}から読んだため`;
      case 'metric': return '何の数字かが文中に書かれていないため';
      case 'estimate': return `他者の予想を述べた文${quoted(f?.stanceWords)}のため`;
      case 'aim': return `目標や交渉を述べた文${quoted(f?.stanceWords)}のため`;
      case 'forecast': return '見通しを述べた文で、期間がないため';
      case 'part': return `全体ではなく一部の数字${quoted(f?.part)}かもしれないため`;
      case 'deal': return '比べられる取引が複数あるため';
      case 'basis': return '実績の数字を見通しの数字と比べることになるため';
      case 'period': return `以前の時点の数字${quoted(f?.earlier)}のため`;
      case 'undated': return '比べた出典に日付がないため';
      default: return '近くの別の出典付きの数字を指しているかもしれないため';
    }
  }
  switch (doubt) {
    case 'entity': return `whose figure it is was read from outside its sentence${quoted(f?.entityWords)}`;
    case 'metric': return 'its sentence does not say what it measures';
    case 'estimate': return `the sentence gives others' expectations${quoted(f?.stanceWords)}`;
    case 'aim': return `the sentence speaks of a goal or talks${quoted(f?.stanceWords)}`;
    case 'forecast': return 'the sentence gives an outlook without a period';
    case 'part': return `it may be a part, not the whole${quoted(f?.part)}`;
    case 'deal': return 'the dataset has several deals to compare it with';
    case 'basis': return 'an actual figure would be compared with a forecast';
    case 'period': return `it is from an earlier time${quoted(f?.earlier)}`;
    case 'undated': return 'the source compared with gives no date';
    default: return 'it may refer to another sourced figure nearby';
  }
}

/** "45 days", "6 months" / 「45日」「6か月」. */
function ageText(days: number, lang: Lang): string {
  if (days < 60) return lang === 'ja' ? `${days}日` : `${days} days`;
  const months = Math.round(days / 30.4);
  return lang === 'ja' ? `${months}か月` : `${months} months`;
}

function nearestEn(f: Extract<Finding, { kind: 'unsourced' }>, claim: Claim, dataset: Dataset): string {
  const r = f.record!;
  const w = recordWords(r, dataset, 'en');
  if (f.reason === 'stale') {
    return `The newest sourced figure for ${w.subject} is ${recordFigure(r, 'en', claim)} ${w.source}, ${ageText(f.ageDays ?? 0, 'en')} before this document's date: too old to judge a present-tense figure. Check for a newer source.`;
  }
  return `Possibly ${w.subject}${w.period}, ${recordFigure(r, 'en', claim)} ${w.source}; not called wrong because ${doubtText(f.doubt, claim, 'en')}. Check it or add a source.`;
}

function nearestJa(f: Extract<Finding, { kind: 'unsourced' }>, claim: Claim, dataset: Dataset): string {
  const r = f.record!;
  const w = recordWords(r, dataset, 'ja');
  if (f.reason === 'stale') {
    return `${w.subject}の最新の出典付きの数字は${recordFigure(r, 'ja', claim)}${w.source}で、この文書の日付より${ageText(f.ageDays ?? 0, 'ja')}前のものです。現在形の数字の判定には古すぎます。新しい出典を確認してください。`;
  }
  return `${w.period}${w.subject}（${recordFigure(r, 'ja', claim)}${w.source}）のことかもしれません。${doubtText(f.doubt, claim, 'ja')}、誤りとは判定していません。確認するか出典を加えてください。`;
}

function unsourcedEn(f: Extract<Finding, { kind: 'unsourced' }>, claim: Claim, dataset: Dataset): string {
  const subject = claimSubject(claim, dataset, 'en');
  switch (f.reason) {
    case 'unsure':
    case 'stale':
      return nearestEn(f, claim, dataset);
    case 'nothing-recognised':
      return 'Could not tell what this figure is about; no sourced figure to compare. Add a source.';
    case 'no-entity':
      return `Read as a ${subjectOf(dataset, undefined, claim.metric, 'en').replace(/^\(unknown\)'s /, '')} figure, but could not tell whose; add a source or name the company.`;
    case 'no-metric':
      return `Read as a figure about ${subject.replace(/'s? figure$/, '')}, but could not tell what it measures; add a source.`;
    case 'no-record':
      return `No sourced figure for ${subject} in the dataset; add a source.`;
    case 'no-record-for-period':
      return `No sourced figure for ${subject}${claimPeriod(claim, 'en')}; the dataset has ${periodList(f.periods, 'en')}. Add a source.`;
    case 'needs-period':
      return `${capitalise(subject)} has figures for ${periodList(f.periods, 'en')} in the dataset; say which period to check this one.`;
    case 'needs-counterparty':
      return `The dataset has ${subject} figures for several deals (${(f.counterparties ?? []).map((c) => dataset.entityById.get(c)?.name ?? c).join(', ')}); name the other party to check this one.`;
    case 'between-observations':
      return `${capitalise(subject)}${claimPeriod(claim, 'en')}: the dataset has several observations (${periodList(f.periods, 'en')}) and this figure lies between them; add a source.`;
    case 'far-from-record':
      return `Read as ${subject}, but the figure is far from every sourced one; it may be about something else in the sentence. Add a source.`;
    case 'record-taken':
      return `Read as ${subject}${claimPeriod(claim, 'en')}, but ${f.other ?? 'another figure'} in the same sentence already matches that source; this one may be about another period. Add a source.`;
  }
}

function unsourcedJa(f: Extract<Finding, { kind: 'unsourced' }>, claim: Claim, dataset: Dataset): string {
  const subject = claimSubject(claim, dataset, 'ja');
  switch (f.reason) {
    case 'unsure':
    case 'stale':
      return nearestJa(f, claim, dataset);
    case 'nothing-recognised':
      return '何についての数字か読み取れず、照合できる出典付きの数字がありません。出典を加えてください。';
    case 'no-entity':
      return `${subjectOf(dataset, undefined, claim.metric, 'ja').replace(/^（不明）の/, '')}の数字と読みましたが、どの企業のものか分かりません。企業名か出典を加えてください。`;
    case 'no-metric':
      return `${subject.replace(/の数値$/, '')}についての数字と読みましたが、何の数字か分かりません。出典を加えてください。`;
    case 'no-record':
      return `データセットに${subject}の出典付きの数字がありません。出典を加えてください。`;
    case 'no-record-for-period':
      return `データセットに${claimPeriod(claim, 'ja')}${subject}の数字はありません（あるのは${periodList(f.periods, 'ja')}）。出典を加えてください。`;
    case 'needs-period':
      return `${subject}は${periodList(f.periods, 'ja')}の数字がデータセットにあります。どの期間の数字か書いてください。`;
    case 'needs-counterparty':
      return `${subject}は複数の取引（${(f.counterparties ?? []).map((c) => dataset.entityById.get(c)?.nameJa ?? c).join('、')}）の数字があります。相手先を書いてください。`;
    case 'between-observations':
      return `${claimPeriod(claim, 'ja')}${subject}はデータセットに複数の時点の数字（${periodList(f.periods, 'ja')}）があり、この数字はその間にあります。出典を加えてください。`;
    case 'far-from-record':
      return `${subject}と読みましたが、出典付きのどの数字とも大きく離れています。文中の別の事柄についての数字かもしれません。出典を加えてください。`;
    case 'record-taken':
      return `${claimPeriod(claim, 'ja')}${subject}と読みましたが、同じ文の${f.other ?? '別の数字'}がすでにその出典と一致しています。別の期間の数字かもしれません。出典を加えてください。`;
  }
}

function inconsistentText(f: Extract<Finding, { kind: 'inconsistent' }>, claim: Claim, lang: Lang): string {
  if (lang === 'ja') {
    if (f.form === 'sum') return `内訳（${(f.parts ?? []).join('、')}）の合計は${f.computed}で、総額の${claim.text}を超えています。`;
    if (f.form === 'multiple') return `${f.from}から${f.to}は${f.computed}倍で、${claim.text}とは合いません。`;
    return `${f.from}から${f.to}への変化は${f.computed}%で、${claim.text}とは合いません。`;
  }
  if (f.form === 'sum') return `The parts (${(f.parts ?? []).join(', ')}) add up to ${f.computed}, more than the stated total of ${claim.text}.`;
  if (f.form === 'multiple') return `From ${f.from} to ${f.to} is ${f.computed}x, which does not match ${claim.text}.`;
  return `A change from ${f.from} to ${f.to} is ${f.computed}%, which does not match ${claim.text}.`;
}

/** "users are", "revenue is": a subject whose head noun is plural takes "are". */
function isOrAre(subject: string): 'is' | 'are' {
  const head = subject.replace(/\s+(in|with|for)\s+.*$/, '').trim();
  return /(users|visits|expenditures|obligations|commitments|securities|shares|subscribers|businesses|chips)$/i.test(head) ? 'are' : 'is';
}

/** The writer's figure with the bound they wrote: "not less than 1 billion", "not up to $150 billion". */
function writtenBound(claim: Claim): string {
  const words: Partial<Record<Claim['qualifier'], string>> = { 'at-least': 'more than', 'less-than': 'less than', 'up-to': 'up to' };
  const word = words[claim.qualifier];
  return word && !/^[A-Za-z]/.test(claim.text) ? `${word} ${claim.text}` : claim.text;
}

/** 「12億超」「最大1500億ドル」: the writer's bound, when the figure's own text does not carry it. */
function writtenBoundJa(claim: Claim): string {
  const t = claim.text;
  if (claim.qualifier === 'at-least' && !/(超|以上)$/.test(t)) return `${t}超`;
  if (claim.qualifier === 'less-than' && !/(未満|以下)$/.test(t)) return `${t}未満`;
  if (claim.qualifier === 'up-to' && !/^最大/.test(t)) return `最大${t}`;
  return t;
}

/** The one-line message for a finding, in the document's language. */
export function messageFor(finding: Finding, claim: Claim, dataset: Dataset, lang: Lang): string {
  const ja = lang === 'ja';
  switch (finding.kind) {
    case 'supported': {
      const r = finding.record;
      const w = recordWords(r, dataset, lang);
      const text = ja
        ? `出典と一致：${w.period}${w.subject}は${recordFigure(r, lang, claim)}${w.source}。`
        : `Supported: ${w.subject}${w.period} ${isOrAre(w.subject)} ${recordFigure(r, lang, claim)} ${w.source}.`;
      return text + w.lowConfidence;
    }
    case 'contradicted': {
      const r = finding.record;
      const w = recordWords(r, dataset, lang);
      const text = ja
        ? `${w.period}${w.subject}は${recordFigure(r, lang, claim)}${w.source}で、${writtenBoundJa(claim)}ではありません。`
        : `${capitalise(w.subject)}${w.period} ${isOrAre(w.subject)} ${recordFigure(r, lang, claim)} ${w.source}, not ${writtenBound(claim)}.`;
      return text + w.lowConfidence;
    }
    case 'outdated-revised': {
      const { record: old, newer } = finding;
      const w = recordWords(newer, dataset, lang);
      const oldSource = recordWords(old, dataset, lang).source;
      const text = ja
        ? `古い数字です：${w.period}${w.subject}は${recordFigure(newer, lang, claim)}に改訂されています${w.source}。${claim.text}は以前の数字です${oldSource}。`
        : `Outdated: ${w.subject}${w.period} ${isOrAre(w.subject) === 'are' ? 'were' : 'was'} revised to ${recordFigure(newer, lang, claim)} ${w.source}; ${claim.text} is the earlier figure ${oldSource}.`;
      return text + w.lowConfidence;
    }
    case 'outdated-history': {
      const { record: old, newer } = finding;
      const w = recordWords(newer, dataset, lang);
      const period = periodText(old.period, lang) || old.source.date || '';
      const when = ja || /^(as of|in|at|by|during)\b/i.test(period) ? period : `in ${period}`;
      const text = ja
        ? `古い数字です：${claim.text}は${when}の${w.subject}です。最新は${recordFigure(newer, lang, claim)}${w.source}。`
        : `Outdated: ${claim.text} was ${w.subject} ${when}; the latest figure is ${recordFigure(newer, lang, claim)} ${w.source}.`;
      return text + w.lowConfidence;
    }
    case 'unsourced':
      return ja ? unsourcedJa(finding, claim, dataset) : unsourcedEn(finding, claim, dataset);
    case 'cited': {
      const c = claim.citation;
      const label = c?.kind === 'footnote' && c.text && !c.text.startsWith('[^') ? `[^${c.text}]` : c?.text ?? '';
      const cited = truncate((c?.url ?? label).replace(/\s+/g, ' '), 80);
      return ja ? `データセットにはありませんが、出典が示されています：${cited}` : `Not in the dataset; the writer cites a source: ${cited}`;
    }
    case 'inconsistent':
      return inconsistentText(finding, claim, lang);
    case 'ignored':
      return ja ? 'figure-check のコメントにより確認の対象外です。' : 'Ignored by a figure-check comment.';
  }
}

// Why the hover read a figure the way it did: where its entity, metric and period came from when
// that was beyond the figure's own sentence, and the date present-tense figures were judged as of.
// Pure: the words quoted here are the document's own text, so every piece is escaped.
import type { CheckResult, ClaimFrame, FrameSource, Lang } from '../core/types';
import { escapeMarkdown } from './markdownSafety';

type Slot = 'entity' | 'metric' | 'period';
type DateOrigin = NonNullable<CheckResult['documentDate']>['from'];

/**
 * Sources outside the figure's sentence, worded after "entity from …". 'clause' and 'sentence' are
 * the reading the line already shows; 'object' is in the sentence but is why a reading is not sure.
 */
const FROM_LABEL: Record<Lang, Partial<Record<FrameSource, string>>> = {
  en: {
    'earlier-sentence': 'an earlier sentence',
    'earlier-paragraph': 'an earlier paragraph',
    heading: 'the heading',
    'lead-in': "the list's lead-in",
    'row-header': 'the row header',
    'column-header': 'the column header',
    carried: 'the sentence before',
    object: 'an object of the sentence only',
  },
  ja: {
    'earlier-sentence': '前の文',
    'earlier-paragraph': '前の段落',
    heading: '見出し',
    'lead-in': 'リストの導入文',
    'row-header': '行見出し',
    'column-header': '列見出し',
    carried: '直前の文',
    object: '文中の目的語のみ',
  },
};

const SLOT_LABEL: Record<Lang, Record<Slot, string>> = {
  en: { entity: 'entity', metric: 'metric', period: 'period' },
  ja: { entity: '対象', metric: '指標', period: '期間' },
};

const DATE_ORIGIN_LABEL: Record<Lang, Record<DateOrigin, string>> = {
  en: { comment: 'as-of comment', 'front-matter': 'front matter', option: 'figureCheck.asOf setting', today: 'today' },
  ja: { comment: 'as-ofコメント', 'front-matter': 'フロントマター', option: 'figureCheck.asOf 設定', today: '今日' },
};

/** “Nvidia” in English, 「Nvidia」 in Japanese; the words are the document's, escaped. */
function quoted(words: string, lang: Lang): string {
  const text = escapeMarkdown(words.replace(/\s+/g, ' ').trim());
  return lang === 'ja' ? `「${text}」` : `“${text}”`;
}

/** "entity from the heading: “Nvidia”" / "対象は見出しから：「Nvidia」"; undefined for the figure's own sentence. */
function slotReason(slot: Slot, from: FrameSource | undefined, words: string | undefined, lang: Lang): string | undefined {
  const where = from ? FROM_LABEL[lang][from] : undefined;
  if (!where) return undefined;
  const head = lang === 'ja' ? `${SLOT_LABEL.ja[slot]}は${where}から` : `${SLOT_LABEL.en[slot]} from ${where}`;
  const said = words?.trim();
  if (!said) return head;
  return lang === 'ja' ? `${head}：${quoted(said, lang)}` : `${head}: ${quoted(said, lang)}`;
}

/**
 * The reasons for a reading read from beyond the figure's sentence, joined for the "Read as" line;
 * undefined when everything came from the sentence itself. `periodText` is the period's own wording
 * (the frame keeps words only for the entity).
 */
export function frameReasons(frame: ClaimFrame | undefined, periodText: string | undefined, lang: Lang): string | undefined {
  if (!frame) return undefined;
  const reasons = [
    slotReason('entity', frame.entityFrom, frame.entityWords, lang),
    slotReason('metric', frame.metricFrom, undefined, lang),
    slotReason('period', frame.periodFrom, periodText, lang),
  ].filter((r): r is string => r !== undefined);
  if (reasons.length === 0) return undefined;
  return reasons.join(lang === 'ja' ? '、' : '; ');
}

/** "Judged as of 2026-02-26 (front matter)" / "2026-02-26時点で判定（フロントマター）". */
export function documentDateLine(documentDate: CheckResult['documentDate'], lang: Lang): string | undefined {
  if (!documentDate) return undefined;
  const date = escapeMarkdown(documentDate.date);
  const origin = escapeMarkdown(DATE_ORIGIN_LABEL[lang][documentDate.from] ?? documentDate.from);
  return lang === 'ja' ? `${date}時点で判定（${origin}）` : `Judged as of ${date} (${origin})`;
}

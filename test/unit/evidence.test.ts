// Evidence before red, through checkDocument: a figure is `contradicted` only when its frame is sure
// (entity and metric), its sentence states a level (not an estimate, a goal or an outlook against a
// reported figure), it is the whole (not a tranche, a segment, per share, adjusted), the evidence is
// fresh for the document's date and was known by then, and no other record explains it. Otherwise it
// is `unsourced` and names the record. Also: value first, past-tense history, several figures in a
// sentence, and planted errors with a sure frame that must stay red. Every draft is written for this
// file; each expectation follows from the rule and the fixture dataset's records.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../src/core/check';
import type { CheckedClaim, CheckOptions, Verdict } from '../../src/core/types';
import { fixtureDataset } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();
/** Drafts without a date of their own are read as of this day (after the fixture's newest sources). */
const TODAY = '2026-06-01';

interface Row {
  text: string;
  figure: string;
  verdict: Verdict;
  /** The id of the record shown: the one that decided, or for unsourced the one compared with. */
  record?: string;
  message?: RegExp;
  options?: Pick<CheckOptions, 'asOf' | 'staleAfterDays'>;
  /** Where the document's date came from. */
  dateFrom?: 'comment' | 'front-matter' | 'option' | 'today';
}

const fm = (date: string, body: string): string => `---\ntitle: draft\ndate: ${date}\n---\n\n${body}`;
const asOf = (date: string, body: string): string => `<!-- figure-check-as-of: ${date} -->\n${body}`;

function run(row: Row): void {
  const result = checkDocument(row.text, dataset, { today: TODAY, ...row.options });
  const got = result.claims.find((c) => c.text === row.figure);
  assert.ok(got, `no claim "${row.figure}" in ${JSON.stringify(result.claims.map((c) => c.text))}`);
  const why = `${got.verdict}: ${got.message} ${JSON.stringify({ entity: got.entity, metric: got.metric, period: got.period, frame: got.frame })}`;
  assert.equal(got.verdict, row.verdict, why);
  if (row.record) assert.equal(shown(got), row.record, why);
  if (row.message) assert.match(got.message, row.message, why);
  if (row.dateFrom) assert.equal(result.documentDate?.from, row.dateFrom);
}

function shown(c: CheckedClaim): string | undefined {
  return (c.record ?? c.nearest)?.id;
}

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const row of rows) {
      const opts = row.options ? ` ${JSON.stringify(row.options)}` : '';
      it(`${row.text.replace(/\n/g, ' ⏎ ')} [${row.figure}]${opts} → ${row.verdict}`, () => run(row));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Stances: others' estimates, goals and talks, and outlooks are never red against reported records.

table('estimates are never red (English)', [
  { text: "Analysts expected OpenAI's 2025 revenue of $14 billion.", figure: '$14 billion', verdict: 'unsourced', record: 'openai-revenue-2025', message: /^Possibly OpenAI's revenue.*\$13\.1 billion \(AI for Automation, 2026-03-29\).*others' expectations/ },
  { text: 'Wall Street was looking for Anthropic to be valued at $200 billion in September 2025.', figure: '$200 billion', verdict: 'unsourced', record: 'anthropic-series-f-valuation', message: /^Possibly Anthropic's valuation/ },
  { text: "The consensus for OpenAI's cash burn in H1 2025 was $3.5 billion.", figure: '$3.5 billion', verdict: 'unsourced', record: 'openai-cash-burn-h1-2025', message: /^Possibly OpenAI's cash burn/ },
  { text: 'Analysts estimate ChatGPT has 1.5 billion weekly users.', figure: '1.5 billion', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
  { text: "According to FactSet, Nvidia's revenue for the third quarter of fiscal 2026 was $60 billion.", figure: '$60 billion', verdict: 'unsourced', record: 'nvidia-revenue-fy26-q3' },
]);

table('estimates are never red (Japanese)', [
  { text: '市場予想ではオープンAIの2025年の売上高は140億ドルだった。', figure: '140億ドル', verdict: 'unsourced', record: 'openai-revenue-2025', message: /オープンAIの売上高（131億ドル（AI for Automation、2026-03-29））のことかもしれません。他者の予想/ },
  { text: 'アナリスト予想では、アンソロピックの評価額は2025年9月に2000億ドルだった。', figure: '2000億ドル', verdict: 'unsourced', record: 'anthropic-series-f-valuation', message: /かもしれません/ },
  { text: 'コンセンサスではオープンAIの2025年上半期の現金燃焼は30億ドルだった。', figure: '30億ドル', verdict: 'unsourced', record: 'openai-cash-burn-h1-2025' },
  { text: '市場予想では、チャットGPTの週間アクティブユーザーは15億人だ。', figure: '15億', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
  { text: '市場予想ではエヌビディアの2026年度第3四半期の売上高は600億ドルだった。', figure: '600億ドル', verdict: 'unsourced', record: 'nvidia-revenue-fy26-q3' },
]);

table('goals and talks are never red (English)', [
  { text: 'OpenAI aims for revenue of $14 billion in 2025.', figure: '$14 billion', verdict: 'unsourced', record: 'openai-revenue-2025', message: /goal or talks \("aims for"\)/ },
  { text: 'Anthropic is in talks to raise money at a valuation of $500 billion.', figure: '$500 billion', verdict: 'unsourced', record: 'anthropic-series-h-valuation', message: /^Possibly Anthropic's valuation/ },
  { text: 'Microsoft is seeking a 30% stake in OpenAI.', figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct' },
  { text: 'ChatGPT has a goal of 1.5 billion weekly users.', figure: '1.5 billion', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
]);

table('goals and talks are never red (Japanese)', [
  { text: 'オープンAIは2025年の売上高140億ドルを目指した。', figure: '140億ドル', verdict: 'unsourced', record: 'openai-revenue-2025', message: /目標や交渉/ },
  { text: 'アンソロピックは評価額5000億ドルでの資金調達を協議している。', figure: '5000億ドル', verdict: 'unsourced', record: 'anthropic-series-h-valuation' },
  { text: 'マイクロソフトはオープンAIの株式30%の取得を協議している。', figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct', message: /「協議」/ },
  { text: 'チャットGPTは週間アクティブユーザー15億人を目標に掲げる。', figure: '15億', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
]);

table('an outlook is not red against a reported level; against a forecast it is', [
  { text: 'Anthropic expects to be valued at $500 billion.', figure: '$500 billion', verdict: 'unsourced', record: 'anthropic-series-h-valuation', message: /outlook without a period/ },
  { text: 'ChatGPT will have 1.5 billion weekly users.', figure: '1.5 billion', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
  { text: 'Microsoft will hold a 30% stake in OpenAI.', figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct' },
  { text: 'OpenAI projects a cash burn of $30 billion for 2026.', figure: '$30 billion', verdict: 'contradicted', record: 'openai-2026-cash-burn-25b-feb2026' },
  { text: 'アンソロピックの評価額は5000億ドルになる見通しだ。', figure: '5000億ドル', verdict: 'unsourced', record: 'anthropic-series-h-valuation', message: /見通しを述べた文/ },
  { text: 'チャットGPTの週間アクティブユーザーは15億人になる見込みだ。', figure: '15億', verdict: 'unsourced', record: 'chatgpt-wau-2026-02' },
  { text: 'マイクロソフトのオープンAIの持ち分は30%になる予定だ。', figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct' },
  { text: 'オープンAIは2026年の現金燃焼を300億ドルと見込む。', figure: '300億ドル', verdict: 'contradicted', record: 'openai-2026-cash-burn-25b-feb2026' },
]);

// ---------------------------------------------------------------------------------------------
// Parts are never red against the whole; the whole still is.

table('parts are never red (English)', [
  { text: "OpenAI's ad revenue was $14 billion in 2025.", figure: '$14 billion', verdict: 'unsourced', record: 'openai-revenue-2025', message: /a part, not the whole \("ad revenue"\)/ },
  { text: "OpenAI's API revenue was $9 billion in 2025.", figure: '$9 billion', verdict: 'unsourced', record: 'openai-revenue-2025' },
  { text: "OpenAI's adjusted revenue was $14 billion in 2025.", figure: '$14 billion', verdict: 'unsourced', record: 'openai-revenue-2025' },
  { text: "OpenAI's revenue was $14 billion in 2025 excluding one-off items.", figure: '$14 billion', verdict: 'unsourced', record: 'openai-revenue-2025' },
  { text: "Nvidia's gaming revenue was $60 billion in the third quarter of fiscal 2026.", figure: '$60 billion', verdict: 'unsourced', record: 'nvidia-revenue-fy26-q3' },
  { text: "Nvidia's revenue per share was $2.40 in the third quarter of fiscal 2026.", figure: '$2.40', verdict: 'unsourced' },
  { text: "OpenAI's total revenue was $14 billion in 2025.", figure: '$14 billion', verdict: 'contradicted', record: 'openai-revenue-2025' },
]);

table('parts are never red (Japanese)', [
  { text: 'オープンAIの2025年の広告収入は140億ドルだった。', figure: '140億ドル', verdict: 'unsourced', record: 'openai-revenue-2025', message: /一部の数字「広告収入」/ },
  { text: 'オープンAIの2025年の調整後の売上高は140億ドルだった。', figure: '140億ドル', verdict: 'unsourced', record: 'openai-revenue-2025' },
  { text: '一時的な項目を除くオープンAIの2025年の売上高は140億ドルだった。', figure: '140億ドル', verdict: 'unsourced', record: 'openai-revenue-2025' },
  { text: 'エヌビディアの2026年度第3四半期のゲーム部門の売上高は600億ドルだった。', figure: '600億ドル', verdict: 'unsourced', record: 'nvidia-revenue-fy26-q3' },
  { text: 'エヌビディアの2026年度第3四半期の1株当たり売上高は2.4ドルだった。', figure: '2.4ドル', verdict: 'unsourced' },
  { text: 'オープンAIの2025年の売上高は全体で140億ドルだった。', figure: '140億ドル', verdict: 'contradicted', record: 'openai-revenue-2025' },
]);

// ---------------------------------------------------------------------------------------------
// Dated documents: the date's origin, its precedence, and records published after it.

table('dated documents (English)', [
  { text: 'OpenAI is worth $500 billion.', figure: '$500 billion', verdict: 'outdated', record: 'openai-valuation-2025-10', dateFrom: 'today' },
  { text: asOf('2025-10-15', 'OpenAI is valued at $500 billion.'), figure: '$500 billion', verdict: 'supported', record: 'openai-valuation-2025-10', dateFrom: 'comment' },
  { text: fm('2025-10-15', 'OpenAI is valued at $500 billion.'), figure: '$500 billion', verdict: 'supported', record: 'openai-valuation-2025-10', dateFrom: 'front-matter' },
  { text: 'OpenAI is valued at $500 billion.', figure: '$500 billion', verdict: 'supported', options: { asOf: '2025-10-15' }, dateFrom: 'option' },
  { text: fm('2025-10-15', 'OpenAI is valued at $500 billion.'), figure: '$500 billion', verdict: 'supported', options: { asOf: '2026-06-01' }, dateFrom: 'front-matter' },
  { text: `---\ndate: 2026-06-01\n---\n${asOf('2025-10-15', '\nOpenAI is valued at $500 billion.')}`, figure: '$500 billion', verdict: 'supported', dateFrom: 'comment' },
  { text: asOf('2025-13-40', 'OpenAI is worth $500 billion.'), figure: '$500 billion', verdict: 'outdated', dateFrom: 'today' },
  { text: asOf('2025-11-01', 'ChatGPT has 800 million weekly users.'), figure: '800 million', verdict: 'supported', record: 'chatgpt-wau-2025-10' },
  { text: 'ChatGPT has 800 million weekly users.', figure: '800 million', verdict: 'outdated', record: 'chatgpt-wau-2025-10' },
  { text: asOf('2025-11-01', 'Anthropic is valued at $183 billion.'), figure: '$183 billion', verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { text: fm('2025-11-01', 'Gemini has 650 million monthly active users.'), figure: '650 million', verdict: 'supported', record: 'gemini-mau-2025-10' },
]);

table('dated documents (Japanese)', [
  { text: 'オープンAIの評価額は5000億ドルだ。', figure: '5000億ドル', verdict: 'outdated', record: 'openai-valuation-2025-10', dateFrom: 'today' },
  { text: asOf('2025-10-15', 'オープンAIの評価額は5000億ドルだ。'), figure: '5000億ドル', verdict: 'supported', record: 'openai-valuation-2025-10', dateFrom: 'comment' },
  { text: fm('2025-10-15', 'オープンAIの評価額は5000億ドルだ。'), figure: '5000億ドル', verdict: 'supported', dateFrom: 'front-matter' },
  { text: 'オープンAIの評価額は5000億ドルだ。', figure: '5000億ドル', verdict: 'supported', options: { asOf: '2025-10-15' }, dateFrom: 'option' },
  { text: fm('2025-10-15', 'オープンAIの評価額は5000億ドルだ。'), figure: '5000億ドル', verdict: 'supported', options: { asOf: '2026-06-01' }, dateFrom: 'front-matter' },
  { text: asOf('2025-11-01', 'チャットGPTの週間アクティブユーザーは8億人だ。'), figure: '8億', verdict: 'supported', record: 'chatgpt-wau-2025-10' },
  { text: asOf('2025-11-01', 'アンソロピックの評価額は1830億ドルだ。'), figure: '1830億ドル', verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { text: fm('2025-11-01', 'ジェミニの月間アクティブユーザーは6億5000万人だ。'), figure: '6億5000万', verdict: 'supported', record: 'gemini-mau-2025-10' },
]);

// ---------------------------------------------------------------------------------------------
// Stale levels: a present-tense level against an old record is unsourced with its age; flows for a
// closed period and levels with a period are never stale.

table('stale levels (English)', [
  { text: fm('2026-11-01', 'ChatGPT has 1.5 billion weekly users.'), figure: '1.5 billion', verdict: 'unsourced', record: 'chatgpt-wau-2026-02', message: /^The newest sourced figure for ChatGPT's weekly active users is more than 900 million \(FashionUnited, 2026-02-27\), 8 months before this document's date/ },
  { text: fm('2027-01-01', 'Anthropic is valued at $500 billion.'), figure: '$500 billion', verdict: 'unsourced', record: 'anthropic-series-h-valuation', message: /7 months before this document's date/ },
  { text: fm('2026-11-01', 'Gemini has 2 billion monthly active users.'), figure: '2 billion', verdict: 'unsourced', record: 'gemini-app-mau-feb-2026', message: /9 months before/ },
  { text: 'ChatGPT has 1.5 billion weekly users.', figure: '1.5 billion', verdict: 'unsourced', options: { staleAfterDays: 30 }, message: /3 months before this document's date/ },
  { text: fm('2028-01-01', 'Microsoft holds a 30% stake in OpenAI.'), figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct', message: /26 months before/ },
  // Within the window: still red.
  { text: fm('2026-06-15', 'ChatGPT has 1.5 billion weekly users.'), figure: '1.5 billion', verdict: 'contradicted', record: 'chatgpt-wau-2026-02' },
  { text: fm('2027-06-01', 'Microsoft holds a 30% stake in OpenAI.'), figure: '30%', verdict: 'contradicted', record: 'msft-openai-stake-pct' },
  // A stale record that agrees still supports.
  { text: fm('2026-11-01', 'ChatGPT has more than 900 million weekly users.'), figure: '900 million', verdict: 'supported', record: 'chatgpt-wau-2026-02' },
  // Closed-period flows and dated levels never go stale.
  { text: fm('2027-06-01', "OpenAI's revenue was $14 billion in 2025."), figure: '$14 billion', verdict: 'contradicted', record: 'openai-revenue-2025' },
  { text: fm('2027-06-01', 'Anthropic was valued at $200 billion in September 2025.'), figure: '$200 billion', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
]);

table('stale levels (Japanese)', [
  { text: fm('2026-11-01', 'チャットGPTの週間アクティブユーザーは15億人だ。'), figure: '15億', verdict: 'unsourced', record: 'chatgpt-wau-2026-02', message: /最新の出典付きの数字は9億超（FashionUnited、2026-02-27）で、この文書の日付より8か月前/ },
  { text: fm('2027-01-01', 'アンソロピックの評価額は5000億ドルだ。'), figure: '5000億ドル', verdict: 'unsourced', record: 'anthropic-series-h-valuation', message: /7か月前/ },
  { text: fm('2028-01-01', 'マイクロソフトはオープンAIの株式の30%を保有している。'), figure: '30%', verdict: 'unsourced', record: 'msft-openai-stake-pct', message: /26か月前/ },
  { text: 'チャットGPTの週間アクティブユーザーは15億人だ。', figure: '15億', verdict: 'unsourced', options: { staleAfterDays: 30 }, message: /3か月前/ },
  { text: fm('2026-06-15', 'チャットGPTの週間アクティブユーザーは15億人だ。'), figure: '15億', verdict: 'contradicted', record: 'chatgpt-wau-2026-02' },
  { text: fm('2027-06-01', 'オープンAIの2025年の売上高は140億ドルだった。'), figure: '140億ドル', verdict: 'contradicted', record: 'openai-revenue-2025' },
  { text: fm('2027-06-01', 'アンソロピックの評価額は2025年9月に2000億ドルだった。'), figure: '2000億ドル', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
]);

// ---------------------------------------------------------------------------------------------
// Past-tense history: a past level that matches an older record is supported, not outdated.

table('past-tense history is supported, the present tense is outdated', [
  { text: 'Anthropic raised $13 billion at a $183 billion valuation.', figure: '$183 billion', verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { text: 'Anthropic raised $13 billion at a $183 billion valuation.', figure: '$13 billion', verdict: 'supported', record: 'anthropic-series-f-amount' },
  { text: 'OpenAI was valued at $300 billion.', figure: '$300 billion', verdict: 'supported', record: 'openai-valuation-2025-03' },
  { text: 'ChatGPT had 500 million weekly users.', figure: '500 million', verdict: 'supported', record: 'chatgpt-wau-2025-03' },
  { text: 'OpenAI is worth $300 billion.', figure: '$300 billion', verdict: 'outdated', record: 'openai-valuation-2025-03' },
  { text: 'ChatGPT has 500 million weekly users.', figure: '500 million', verdict: 'outdated', record: 'chatgpt-wau-2025-03' },
  { text: 'アンソロピックは評価額1830億ドルで130億ドルを調達した。', figure: '1830億ドル', verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { text: 'アンソロピックは評価額1830億ドルで130億ドルを調達した。', figure: '130億ドル', verdict: 'supported', record: 'anthropic-series-f-amount' },
  { text: 'オープンAIの評価額は3000億ドルだった。', figure: '3000億ドル', verdict: 'supported', record: 'openai-valuation-2025-03' },
  { text: 'チャットGPTの週間アクティブユーザーは5億人だった。', figure: '5億', verdict: 'supported', record: 'chatgpt-wau-2025-03' },
  { text: 'オープンAIの評価額は3000億ドルだ。', figure: '3000億ドル', verdict: 'outdated', record: 'openai-valuation-2025-03' },
  { text: 'チャットGPTの週間アクティブユーザーは5億人だ。', figure: '5億', verdict: 'outdated', record: 'chatgpt-wau-2025-03' },
]);

// ---------------------------------------------------------------------------------------------
// Value first: an unplaced figure equal (within 3%) to one record of the parties named is supported
// by it; a rounding, another number, or someone's estimate is not.

table('value-first support', [
  { text: "Microsoft's OpenAI holding was put at $135 billion.", figure: '$135 billion', verdict: 'supported', record: 'msft-openai-stake-value' },
  { text: "Microsoft's OpenAI holding was put at $130 billion.", figure: '$130 billion', verdict: 'unsourced' },
  { text: "Microsoft's OpenAI holding was put at $200 billion.", figure: '$200 billion', verdict: 'unsourced' },
  { text: "Analysts put Microsoft's OpenAI holding at $135 billion.", figure: '$135 billion', verdict: 'unsourced' },
  { text: 'Cerebras and OpenAI have a $20 billion arrangement.', figure: '$20 billion', verdict: 'supported', record: 'cerebras-openai-20b-s1' },
  { text: 'マイクロソフトのオープンAI関連資産は1350億ドルに上る。', figure: '1350億ドル', verdict: 'supported', record: 'msft-openai-stake-value' },
  { text: 'マイクロソフトのオープンAI関連資産は1300億ドルに上る。', figure: '1300億ドル', verdict: 'unsourced' },
  { text: 'マイクロソフトのオープンAI関連資産は2000億ドルに上る。', figure: '2000億ドル', verdict: 'unsourced' },
  { text: 'アナリスト予想では、マイクロソフトのオープンAI関連資産は1350億ドルに上る。', figure: '1350億ドル', verdict: 'unsourced' },
  { text: 'セレブラスとオープンAIの間には200億ドルの取り決めがある。', figure: '200億ドル', verdict: 'supported', record: 'cerebras-openai-20b-s1' },
]);

// ---------------------------------------------------------------------------------------------
// Several figures in one sentence: two cannot both be the same sourced figure.

table('several figures in a sentence', [
  { text: "OpenAI's revenue was $13.1 billion in 2025, up from $3.7 billion.", figure: '$13.1 billion', verdict: 'supported', record: 'openai-revenue-2025' },
  { text: "OpenAI's revenue was $13.1 billion in 2025, up from $3.7 billion.", figure: '$3.7 billion', verdict: 'unsourced', message: /\$13\.1 billion in the same sentence already matches that source/ },
  { text: "OpenAI's revenue was $14 billion in 2025 and its cash burn was $3.5 billion in H1 2025.", figure: '$14 billion', verdict: 'contradicted', record: 'openai-revenue-2025' },
  { text: "OpenAI's revenue was $14 billion in 2025 and its cash burn was $3.5 billion in H1 2025.", figure: '$3.5 billion', verdict: 'contradicted', record: 'openai-cash-burn-h1-2025' },
  { text: 'Anthropic was valued at $183 billion in September 2025 and at $380 billion in February 2026.', figure: '$380 billion', verdict: 'supported', record: 'anthropic-series-g-valuation' },
  { text: 'オープンAIの2025年の売上高は131億ドルで、前年の37億ドルから増えた。', figure: '131億ドル', verdict: 'supported', record: 'openai-revenue-2025' },
  { text: 'オープンAIの2025年の売上高は131億ドルで、前年の37億ドルから増えた。', figure: '37億ドル', verdict: 'unsourced', message: /同じ文の131億ドルがすでにその出典と一致/ },
  { text: 'オープンAIの2025年の売上高は140億ドルで、2025年上半期の現金燃焼は30億ドルだった。', figure: '140億ドル', verdict: 'contradicted', record: 'openai-revenue-2025' },
  { text: 'オープンAIの2025年の売上高は140億ドルで、2025年上半期の現金燃焼は30億ドルだった。', figure: '30億ドル', verdict: 'contradicted', record: 'openai-cash-burn-h1-2025' },
  { text: 'アンソロピックの評価額は2025年9月に1830億ドル、2026年2月に3800億ドルとなった。', figure: '3800億ドル', verdict: 'supported', record: 'anthropic-series-g-valuation' },
]);

// ---------------------------------------------------------------------------------------------
// Planted errors with a sure frame: the gate is not "never red".

table('planted errors with a sure frame stay red (English)', [
  { text: "OpenAI's revenue was $15 billion in 2025.", figure: '$15 billion', verdict: 'contradicted', record: 'openai-revenue-2025', message: /^OpenAI's revenue for 2025 is \$13\.1 billion \(AI for Automation, 2026-03-29\), not \$15 billion\.$/ },
  { text: 'Anthropic was valued at $250 billion in September 2025.', figure: '$250 billion', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
  { text: 'Microsoft holds a 35% stake in OpenAI.', figure: '35%', verdict: 'contradicted', record: 'msft-openai-stake-pct' },
  { text: 'Nvidia will invest up to $200 billion in OpenAI.', figure: '$200 billion', verdict: 'contradicted', record: 'nvidia-openai-loi-up-to-100b' },
  { text: "Meta's capex guidance for 2026 is $90 billion.", figure: '$90 billion', verdict: 'contradicted', record: 'meta-capex-2026-guidance-apr' },
  { text: 'ChatGPT has 1.5 billion weekly users.', figure: '1.5 billion', verdict: 'contradicted', record: 'chatgpt-wau-2026-02' },
  { text: 'OpenAI burned $4 billion in cash in H1 2025.', figure: '$4 billion', verdict: 'contradicted', record: 'openai-cash-burn-h1-2025' },
  { text: 'OpenAI is valued at $600 billion.', figure: '$600 billion', verdict: 'contradicted', record: 'openai-valuation-2026-03-post' },
]);

table('planted errors with a sure frame stay red (Japanese)', [
  { text: 'オープンAIの2025年の売上高は150億ドルだった。', figure: '150億ドル', verdict: 'contradicted', record: 'openai-revenue-2025', message: /^2025年のオープンAIの売上高は131億ドル（AI for Automation、2026-03-29）で、150億ドルではありません。$/ },
  { text: 'アンソロピックの評価額は2025年9月に2500億ドルだった。', figure: '2500億ドル', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
  { text: 'マイクロソフトはオープンAIの株式の35%を保有している。', figure: '35%', verdict: 'contradicted', record: 'msft-openai-stake-pct' },
  { text: 'エヌビディアはオープンAIに最大2000億ドルを投資する。', figure: '2000億ドル', verdict: 'contradicted', record: 'nvidia-openai-loi-up-to-100b' },
  { text: 'メタの2026年の設備投資は900億ドルになる。', figure: '900億ドル', verdict: 'contradicted', record: 'meta-capex-2026-guidance-apr' },
  { text: 'チャットGPTの週間アクティブユーザーは15億人だ。', figure: '15億', verdict: 'contradicted', record: 'chatgpt-wau-2026-02' },
  { text: 'オープンAIの2025年上半期の現金燃焼は40億ドルだった。', figure: '40億ドル', verdict: 'contradicted', record: 'openai-cash-burn-h1-2025' },
  { text: 'オープンAIの評価額は6000億ドルだ。', figure: '6000億ドル', verdict: 'contradicted', record: 'openai-valuation-2026-03-post' },
]);

table('records first published after the document date are not its evidence', [
  { text: asOf('2025-10-15', 'OpenAI is valued at $700 billion.'), figure: '$700 billion', verdict: 'contradicted', record: 'openai-valuation-2025-10' },
  { text: asOf('2025-10-15', 'OpenAI is valued at $852 billion.'), figure: '$852 billion', verdict: 'contradicted', record: 'openai-valuation-2025-10' },
  { text: asOf('2026-03-01', 'Anthropic is valued at $380 billion.'), figure: '$380 billion', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
  { text: asOf('2025-10-15', 'オープンAIの評価額は7000億ドルだ。'), figure: '7000億ドル', verdict: 'contradicted', record: 'openai-valuation-2025-10' },
  { text: asOf('2025-10-15', 'オープンAIの評価額は8520億ドルだ。'), figure: '8520億ドル', verdict: 'contradicted', record: 'openai-valuation-2025-10' },
  { text: asOf('2026-03-01', 'アンソロピックの評価額は3800億ドルだ。'), figure: '3800億ドル', verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
]);

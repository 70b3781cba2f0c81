// The discourse layer through checkDocument: who a figure is about and when, read from beyond its
// sentence (an earlier sentence or paragraph, a heading, a list's lead-in, a table's headers), what
// stops that reading, deals between two parties named before, periods written without a year
// placed by the document's date, and a flow taking the reporting period of the sentence before.
// Every draft is written for this file; each expectation follows from the rule and the fixture
// dataset's records (test/fixtures/verify/fixture.figures.json), not from the engine's output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../src/core/check';
import type { CheckedClaim, CheckOptions, FrameSource, Verdict } from '../../src/core/types';
import { fixtureDataset } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();
/** Drafts without a date of their own are read as of this day (after the fixture's newest sources). */
const TODAY = '2026-06-01';

interface Case {
  text: string;
  /** The figure as written. */
  figure: string;
  /** Entity id; null: none. */
  entity?: string | null;
  /** Entity ids the claim must list (others may follow). */
  entities?: string[];
  metric?: string;
  /** [from, to]; null: no period. */
  period?: [string, string] | null;
  verdict?: Verdict;
  entityFrom?: FrameSource;
  unambiguous?: boolean;
  periodFrom?: FrameSource;
  /** The message must match. */
  message?: RegExp;
  options?: Pick<CheckOptions, 'asOf'>;
}

const fm = (date: string, body: string): string => `---\ntitle: draft\ndate: ${date}\n---\n\n${body}`;
const Y2025: [string, string] = ['2025-01-01', '2025-12-31'];
const H1_2025: [string, string] = ['2025-01-01', '2025-06-30'];
const NVDA_FY26_Q3: [string, string] = ['2025-08-01', '2025-10-31'];

function read(text: string, figure: string, options: Case['options'] = {}): CheckedClaim {
  const result = checkDocument(text, dataset, { today: TODAY, ...options });
  const claim = result.claims.find((c) => c.text === figure);
  assert.ok(claim, `no claim "${figure}" in ${JSON.stringify(result.claims.map((c) => c.text))}`);
  return claim;
}

function check(c: Case): CheckedClaim {
  const got = read(c.text, c.figure, c.options);
  const why = `${got.verdict}: ${got.message} ${JSON.stringify({ entity: got.entity, entities: got.entities, metric: got.metric, period: got.period, frame: got.frame })}`;
  if (c.entity !== undefined) assert.equal(got.entity, c.entity ?? undefined, why);
  for (const e of c.entities ?? []) assert.ok(got.entities.includes(e), `entities lack ${e}: ${why}`);
  if (c.metric !== undefined) assert.equal(got.metric, c.metric, why);
  if (c.period === null) assert.ok(!got.period || (!got.period.from && !got.period.to), why);
  else if (c.period) assert.deepEqual([got.period?.from, got.period?.to], c.period, why);
  if (c.verdict) assert.equal(got.verdict, c.verdict, why);
  if (c.entityFrom) assert.equal(got.frame?.entityFrom, c.entityFrom, why);
  if (c.unambiguous !== undefined) assert.equal(got.frame?.entityUnambiguous === true, c.unambiguous, why);
  if (c.periodFrom) assert.equal(got.frame?.periodFrom, c.periodFrom, why);
  if (c.message) assert.match(got.message, c.message, why);
  return got;
}

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const c of cases) {
      it(`${c.text.replace(/\n/g, ' ⏎ ')} [${c.figure}]${c.options?.asOf ? ` as of ${c.options.asOf}` : ''}`, () => {
        check(c);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The subject of an earlier sentence of the same paragraph.

table('subject from an earlier sentence (English)', [
  { text: 'OpenAI published its annual figures. Revenue was $13.1 billion in 2025.', figure: '$13.1 billion', entity: 'openai', metric: 'revenue', period: Y2025, verdict: 'supported', entityFrom: 'earlier-sentence', unambiguous: true },
  { text: 'OpenAI published its annual figures. Revenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', metric: 'revenue', verdict: 'contradicted', entityFrom: 'earlier-sentence' },
  { text: 'OpenAI published its annual figures. Its revenue was $13.1 billion in 2025.', figure: '$13.1 billion', entity: 'openai', verdict: 'supported', entityFrom: 'earlier-sentence' },
  { text: 'OpenAI shared an update on spending. It burned $2.5 billion in H1 2025.', figure: '$2.5 billion', entity: 'openai', metric: 'cash-burn', period: H1_2025, verdict: 'supported' },
  { text: 'OpenAI shared an update on spending. It burned $3.5 billion in H1 2025.', figure: '$3.5 billion', entity: 'openai', metric: 'cash-burn', verdict: 'contradicted' },
  { text: 'ChatGPT keeps growing. It had 500 million weekly users in March 2025.', figure: '500 million', entity: 'chatgpt', metric: 'weekly-users', period: ['2025-03-01', '2025-03-31'], verdict: 'supported' },
  { text: 'ChatGPT keeps growing. It had 650 million weekly users in March 2025.', figure: '650 million', entity: 'chatgpt', verdict: 'contradicted' },
  { text: 'Anthropic closed a new funding round. The startup was valued at $183 billion in September 2025.', figure: '$183 billion', entity: 'anthropic', metric: 'valuation', verdict: 'supported' },
  { text: 'Anthropic closed a new funding round. The startup was valued at $200 billion in September 2025.', figure: '$200 billion', entity: 'anthropic', metric: 'valuation', verdict: 'contradicted' },
  { text: 'Gemini keeps adding people. It had 650 million monthly active users in October 2025.', figure: '650 million', entity: 'gemini', metric: 'monthly-users', verdict: 'supported' },
  // What stops it: the sentence it would come from names two companies.
  { text: 'OpenAI and Anthropic reported new figures. Revenue was $14 billion in 2025.', figure: '$14 billion', unambiguous: false, verdict: 'unsourced' },
  { text: 'Anthropic and OpenAI shared their numbers. The valuation was $200 billion in September 2025.', figure: '$200 billion', unambiguous: false, verdict: 'unsourced' },
]);

table('subject from an earlier sentence (Japanese)', [
  { text: 'オープンAIは年次の数字を公表した。2025年の売上高は131億ドルだった。', figure: '131億ドル', entity: 'openai', metric: 'revenue', period: Y2025, verdict: 'supported', entityFrom: 'earlier-sentence', unambiguous: true },
  { text: 'オープンAIは年次の数字を公表した。2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', metric: 'revenue', verdict: 'contradicted', entityFrom: 'earlier-sentence' },
  { text: 'オープンAIは支出の状況を明らかにした。2025年上半期の現金燃焼は25億ドルだった。', figure: '25億ドル', entity: 'openai', metric: 'cash-burn', period: H1_2025, verdict: 'supported' },
  { text: 'オープンAIは支出の状況を明らかにした。2025年上半期の現金燃焼は30億ドルだった。', figure: '30億ドル', entity: 'openai', verdict: 'contradicted' },
  { text: 'チャットGPTの利用は広がっている。2025年3月の週間アクティブユーザーは5億人だった。', figure: '5億', entity: 'chatgpt', metric: 'weekly-users', period: ['2025-03-01', '2025-03-31'], verdict: 'supported' },
  { text: 'チャットGPTの利用は広がっている。2025年3月の週間アクティブユーザーは6億5000万人だった。', figure: '6億5000万', entity: 'chatgpt', verdict: 'contradicted' },
  { text: 'アンソロピックは新たな資金調達を終えた。評価額は2025年9月に1830億ドルとなった。', figure: '1830億ドル', entity: 'anthropic', metric: 'valuation', verdict: 'supported' },
  { text: 'アンソロピックは新たな資金調達を終えた。評価額は2025年9月に2000億ドルとなった。', figure: '2000億ドル', entity: 'anthropic', metric: 'valuation', verdict: 'contradicted' },
  { text: 'ジェミニの利用者は増えている。2025年10月の月間アクティブユーザーは6億5000万人を超えた。', figure: '6億5000万', entity: 'gemini', metric: 'monthly-users', verdict: 'supported' },
  { text: 'オープンAIとアンソロピックは新しい数字を公表した。2025年の売上高は140億ドルだった。', figure: '140億ドル', unambiguous: false, verdict: 'unsourced' },
  { text: 'アンソロピックとオープンAIはそれぞれ数字を出した。評価額は2025年9月に2000億ドルだった。', figure: '2000億ドル', unambiguous: false, verdict: 'unsourced' },
]);

// ---------------------------------------------------------------------------------------------
// An earlier paragraph of the same section: sure only while the section has named one company.

table('subject from an earlier paragraph (English)', [
  { text: 'OpenAI published its annual figures.\n\nRevenue was $13.1 billion in 2025.', figure: '$13.1 billion', entity: 'openai', metric: 'revenue', verdict: 'supported', entityFrom: 'earlier-paragraph', unambiguous: true },
  { text: 'OpenAI published its annual figures.\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'earlier-paragraph' },
  { text: 'Anthropic closed a funding round.\n\nThe company was valued at $183 billion in September 2025.', figure: '$183 billion', entity: 'anthropic', verdict: 'supported', entityFrom: 'earlier-paragraph' },
  { text: 'Anthropic closed a funding round.\n\nThe company was valued at $200 billion in September 2025.', figure: '$200 billion', entity: 'anthropic', verdict: 'contradicted' },
  { text: 'ChatGPT kept growing.\n\nWeekly users reached 500 million in March 2025.', figure: '500 million', entity: 'chatgpt', metric: 'weekly-users', verdict: 'supported', entityFrom: 'earlier-paragraph' },
  { text: 'ChatGPT kept growing.\n\nWeekly users reached 650 million in March 2025.', figure: '650 million', entity: 'chatgpt', verdict: 'contradicted' },
  // Two companies in the section so far: the latest is the subject, but not a sure one.
  { text: 'OpenAI published its annual figures.\n\nAnthropic closed a funding round.\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'anthropic', entityFrom: 'earlier-paragraph', unambiguous: false, verdict: 'unsourced' },
  { text: 'Anthropic closed a funding round.\n\nOpenAI published its annual figures.\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', unambiguous: false, verdict: 'unsourced', message: /^Possibly OpenAI's revenue/ },
]);

table('subject from an earlier paragraph (Japanese)', [
  { text: 'オープンAIは年次の数字を公表した。\n\n2025年の売上高は131億ドルだった。', figure: '131億ドル', entity: 'openai', verdict: 'supported', entityFrom: 'earlier-paragraph', unambiguous: true },
  { text: 'オープンAIは年次の数字を公表した。\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'earlier-paragraph' },
  { text: 'アンソロピックは資金調達を終えた。\n\n評価額は2025年9月に1830億ドルとなった。', figure: '1830億ドル', entity: 'anthropic', verdict: 'supported' },
  { text: 'アンソロピックは資金調達を終えた。\n\n評価額は2025年9月に2000億ドルとなった。', figure: '2000億ドル', entity: 'anthropic', verdict: 'contradicted' },
  { text: 'チャットGPTの利用は伸びた。\n\n2025年3月の週間アクティブユーザーは5億人だった。', figure: '5億', entity: 'chatgpt', verdict: 'supported', entityFrom: 'earlier-paragraph' },
  { text: 'オープンAIは年次の数字を公表した。\n\nアンソロピックは資金調達を終えた。\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'anthropic', unambiguous: false, verdict: 'unsourced' },
  { text: 'アンソロピックは資金調達を終えた。\n\nオープンAIは年次の数字を公表した。\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', unambiguous: false, verdict: 'unsourced', message: /オープンAIの売上高.*かもしれません/ },
]);

// ---------------------------------------------------------------------------------------------
// Headings: a heading naming a company starts a section; one naming none keeps it.

table('subject from a heading, and what a new heading stops (English)', [
  { text: '# OpenAI\n\nRevenue was $13.1 billion in 2025.', figure: '$13.1 billion', entity: 'openai', verdict: 'supported', entityFrom: 'heading', unambiguous: true },
  { text: '# OpenAI\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'heading' },
  { text: '# OpenAI\n\n## Results\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'heading' },
  { text: '# Anthropic\n\nThe company was valued at $183 billion in September 2025.', figure: '$183 billion', entity: 'anthropic', verdict: 'supported', entityFrom: 'heading' },
  { text: '# ChatGPT\n\nWeekly users reached 500 million in March 2025.', figure: '500 million', entity: 'chatgpt', verdict: 'supported', entityFrom: 'heading' },
  { text: '# OpenAI\n\nOpenAI grew fast.\n\n# Anthropic\n\nThe startup was valued at $200 billion in September 2025.', figure: '$200 billion', entity: 'anthropic', entityFrom: 'heading', unambiguous: true, verdict: 'contradicted' },
  { text: '# OpenAI\n\nOpenAI grew fast.\n\n# Anthropic\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'anthropic', verdict: 'unsourced' },
  { text: '# Anthropic\n\nAnthropic grew fast.\n\n# OpenAI\n\nIt was valued at $500 billion in October 2025.', figure: '$500 billion', entity: 'openai', verdict: 'supported' },
  // A heading that names nobody keeps the section and its one company.
  { text: '# OpenAI\n\nOpenAI grew fast.\n\n## Numbers\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', entityFrom: 'earlier-paragraph', unambiguous: true, verdict: 'contradicted' },
]);

table('subject from a heading, and what a new heading stops (Japanese)', [
  { text: '# オープンAI\n\n2025年の売上高は131億ドルだった。', figure: '131億ドル', entity: 'openai', verdict: 'supported', entityFrom: 'heading', unambiguous: true },
  { text: '# オープンAI\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'heading' },
  { text: '# オープンAI\n\n## 業績\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'heading' },
  { text: '# アンソロピック\n\n評価額は2025年9月に1830億ドルとなった。', figure: '1830億ドル', entity: 'anthropic', verdict: 'supported', entityFrom: 'heading' },
  { text: '# チャットGPT\n\n2025年3月の週間アクティブユーザーは5億人だった。', figure: '5億', entity: 'chatgpt', verdict: 'supported', entityFrom: 'heading' },
  { text: '# オープンAI\n\nオープンAIは急成長した。\n\n# アンソロピック\n\n評価額は2025年9月に2000億ドルだった。', figure: '2000億ドル', entity: 'anthropic', entityFrom: 'heading', verdict: 'contradicted' },
  { text: '# オープンAI\n\nオープンAIは急成長した。\n\n# アンソロピック\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'anthropic', verdict: 'unsourced' },
  { text: '# オープンAI\n\nオープンAIは急成長した。\n\n## 数字\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', entityFrom: 'earlier-paragraph', verdict: 'contradicted' },
]);

// ---------------------------------------------------------------------------------------------
// A list's lead-in ("OpenAI reported:") gives its items their subject.

const EN_LIST = 'OpenAI reported these figures:\n\n- revenue of $13.1 billion in 2025\n- cash burn of $2.5 billion in H1 2025';
const EN_LIST_WRONG = 'OpenAI reported these figures:\n\n- revenue of $14 billion in 2025\n- cash burn of $3.5 billion in H1 2025';
const JA_LIST = 'オープンAIの主な数字：\n\n- 2025年の売上高は131億ドル\n- 2025年上半期の現金燃焼は25億ドル';
const JA_LIST_WRONG = 'オープンAIの主な数字：\n\n- 2025年の売上高は140億ドル\n- 2025年上半期の現金燃焼は30億ドル';

table('subject from a list lead-in (English)', [
  { text: EN_LIST, figure: '$13.1 billion', entity: 'openai', metric: 'revenue', verdict: 'supported', entityFrom: 'lead-in', unambiguous: true },
  { text: EN_LIST, figure: '$2.5 billion', entity: 'openai', metric: 'cash-burn', verdict: 'supported', entityFrom: 'lead-in' },
  { text: EN_LIST_WRONG, figure: '$14 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'lead-in' },
  { text: EN_LIST_WRONG, figure: '$3.5 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'lead-in' },
  { text: "Anthropic's funding history:\n\n- valued at $183 billion in September 2025\n- valued at $380 billion in February 2026", figure: '$183 billion', entity: 'anthropic', verdict: 'supported', entityFrom: 'lead-in' },
  { text: "Anthropic's funding history:\n\n- valued at $183 billion in September 2025\n- valued at $380 billion in February 2026", figure: '$380 billion', entity: 'anthropic', verdict: 'supported', entityFrom: 'lead-in' },
  { text: "Anthropic's funding history:\n\n- valued at $200 billion in September 2025", figure: '$200 billion', entity: 'anthropic', verdict: 'contradicted' },
  { text: 'OpenAI and Anthropic reported these figures:\n\n- revenue of $14 billion in 2025', figure: '$14 billion', unambiguous: false, verdict: 'unsourced' },
]);

table('subject from a list lead-in (Japanese)', [
  { text: JA_LIST, figure: '131億ドル', entity: 'openai', metric: 'revenue', verdict: 'supported', entityFrom: 'lead-in', unambiguous: true },
  { text: JA_LIST, figure: '25億ドル', entity: 'openai', metric: 'cash-burn', verdict: 'supported', entityFrom: 'lead-in' },
  { text: JA_LIST_WRONG, figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'lead-in' },
  { text: JA_LIST_WRONG, figure: '30億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'lead-in' },
  { text: 'アンソロピックの評価額の推移：\n\n- 2025年9月の評価額は1830億ドル\n- 2026年2月の評価額は3800億ドル', figure: '3800億ドル', entity: 'anthropic', verdict: 'supported', entityFrom: 'lead-in' },
  { text: 'オープンAIとアンソロピックの数字：\n\n- 2025年の売上高は140億ドル', figure: '140億ドル', unambiguous: false, verdict: 'unsourced' },
]);

// ---------------------------------------------------------------------------------------------
// Tables: a row's first cell names its company; a column header may name company, metric, period.

table('subject from a table row header or column header (English)', [
  { text: '| Company | Revenue 2025 |\n|---|---|\n| OpenAI | $13.1 billion |', figure: '$13.1 billion', entity: 'openai', metric: 'revenue', period: Y2025, verdict: 'supported', entityFrom: 'row-header' },
  { text: '| Company | Revenue 2025 |\n|---|---|\n| OpenAI | $14 billion |', figure: '$14 billion', entity: 'openai', metric: 'revenue', verdict: 'contradicted', entityFrom: 'row-header' },
  { text: '| Company | Valuation September 2025 |\n|---|---|\n| Anthropic | $183 billion |', figure: '$183 billion', entity: 'anthropic', metric: 'valuation', verdict: 'supported', entityFrom: 'row-header' },
  { text: '| Company | Valuation September 2025 |\n|---|---|\n| Anthropic | $200 billion |', figure: '$200 billion', entity: 'anthropic', verdict: 'contradicted' },
  { text: '| Company | Cash burn H1 2025 |\n|---|---|\n| OpenAI | $2.5 billion |', figure: '$2.5 billion', entity: 'openai', metric: 'cash-burn', period: H1_2025, verdict: 'supported' },
  { text: '| Item | OpenAI revenue 2025 |\n|---|---|\n| Reported | $13.1 billion |', figure: '$13.1 billion', entity: 'openai', metric: 'revenue', verdict: 'supported', entityFrom: 'column-header' },
  { text: '| Item | OpenAI revenue 2025 |\n|---|---|\n| Reported | $14 billion |', figure: '$14 billion', entity: 'openai', verdict: 'contradicted', entityFrom: 'column-header' },
  { text: '| Item | Anthropic valuation September 2025 |\n|---|---|\n| Series F | $183 billion |', figure: '$183 billion', entity: 'anthropic', verdict: 'supported', entityFrom: 'column-header' },
]);

table('subject from a table row header or column header (Japanese)', [
  { text: '| 企業 | 2025年の売上高 |\n|---|---|\n| オープンAI | 131億ドル |', figure: '131億ドル', entity: 'openai', metric: 'revenue', period: Y2025, verdict: 'supported', entityFrom: 'row-header' },
  { text: '| 企業 | 2025年の売上高 |\n|---|---|\n| オープンAI | 140億ドル |', figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'row-header' },
  { text: '| 企業 | 2025年9月の評価額 |\n|---|---|\n| アンソロピック | 1830億ドル |', figure: '1830億ドル', entity: 'anthropic', metric: 'valuation', verdict: 'supported' },
  { text: '| 企業 | 2025年9月の評価額 |\n|---|---|\n| アンソロピック | 2000億ドル |', figure: '2000億ドル', entity: 'anthropic', verdict: 'contradicted' },
  { text: '| 項目 | オープンAIの2025年の売上高 |\n|---|---|\n| 実績 | 131億ドル |', figure: '131億ドル', entity: 'openai', verdict: 'supported', entityFrom: 'column-header' },
  { text: '| 項目 | オープンAIの2025年の売上高 |\n|---|---|\n| 実績 | 140億ドル |', figure: '140億ドル', entity: 'openai', verdict: 'contradicted', entityFrom: 'column-header' },
]);

// ---------------------------------------------------------------------------------------------
// "The deal", 両社: both parties of the sentence before.

table('the deal / 両社: both parties (English)', [
  { text: 'Nvidia signed a letter of intent with OpenAI. The deal is worth up to $100 billion.', figure: '$100 billion', entity: 'nvidia', entities: ['nvidia', 'openai'], verdict: 'supported' },
  // Both parties, but from a sentence that named two: not sure enough to be red.
  { text: 'Nvidia signed a letter of intent with OpenAI. The deal is worth up to $150 billion.', figure: '$150 billion', entities: ['nvidia', 'openai'], verdict: 'unsourced', message: /^Possibly Nvidia.*up to \$100 billion \(NDTV Profit, 2025-09-22\)/ },
  { text: 'Microsoft agreed to back Anthropic. Under the agreement, Microsoft will invest up to $5 billion.', figure: '$5 billion', entity: 'microsoft', entities: ['microsoft', 'anthropic'], verdict: 'supported' },
  { text: 'Nvidia agreed to back Anthropic. The pact is worth up to $10 billion.', figure: '$10 billion', entities: ['nvidia', 'anthropic'], verdict: 'supported' },
  { text: 'OpenAI signed with Cerebras for computing power. The agreement covers up to 750 MW through 2028.', figure: '750 MW', entities: ['openai', 'cerebras'], metric: 'compute-capacity', verdict: 'supported' },
]);

table('the deal / 両社: both parties (Japanese)', [
  { text: 'エヌビディアはオープンAIと意向表明書を交わした。両社の合意では投資額は最大1000億ドルとなる。', figure: '1000億ドル', entity: 'nvidia', entities: ['nvidia', 'openai'], verdict: 'supported' },
  { text: 'エヌビディアはオープンAIと意向表明書を交わした。両社の合意では投資額は最大1500億ドルとなる。', figure: '1500億ドル', entities: ['nvidia', 'openai'], verdict: 'unsourced', message: /最大1000億ドル（NDTV Profit、2025-09-22）.*かもしれません/ },
  { text: 'マイクロソフトはアンソロピックへの出資で合意した。両社の合意で、投資額は最大50億ドルとなる。', figure: '50億ドル', entity: 'microsoft', entities: ['microsoft', 'anthropic'], verdict: 'supported' },
  { text: 'エヌビディアはアンソロピックとの提携を発表した。この提携で最大100億ドルを投資する。', figure: '100億ドル', entities: ['nvidia', 'anthropic'], verdict: 'supported' },
]);

// ---------------------------------------------------------------------------------------------
// Products and makers: a product and its maker are one company for the section.

table('products and makers', [
  { text: 'ChatGPT kept growing.\n\nOpenAI published its annual figures.\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', unambiguous: true, verdict: 'contradicted' },
  { text: '# ChatGPT\n\nOpenAI published its annual figures.\n\nRevenue was $14 billion in 2025.', figure: '$14 billion', entity: 'openai', unambiguous: true, verdict: 'contradicted' },
  { text: 'Claude gained users.\n\nAnthropic closed a funding round.\n\nThe company was valued at $200 billion in September 2025.', figure: '$200 billion', entity: 'anthropic', unambiguous: true, verdict: 'contradicted' },
  { text: 'Anthropic, the maker of Claude, closed a round. It was valued at $183 billion in September 2025.', figure: '$183 billion', entity: 'anthropic', verdict: 'supported' },
  { text: 'チャットGPTを手がけるオープンAIは年次の数字を公表した。2025年の売上高は131億ドルだった。', figure: '131億ドル', entity: 'openai', verdict: 'supported' },
  { text: 'チャットGPTの利用は伸びた。\n\nオープンAIは年次の数字を公表した。\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', unambiguous: true, verdict: 'contradicted' },
  { text: '# チャットGPT\n\nオープンAIは年次の数字を公表した。\n\n2025年の売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', unambiguous: true, verdict: 'contradicted' },
  { text: 'クロードの利用者が増えた。\n\nアンソロピックは資金調達を終えた。\n\n評価額は2025年9月に2000億ドルとなった。', figure: '2000億ドル', entity: 'anthropic', unambiguous: true, verdict: 'contradicted' },
]);

// ---------------------------------------------------------------------------------------------
// Periods without a year, placed by the document's date (Nvidia's fiscal year starts in February).

table('periods without a year (English)', [
  { text: fm('2025-12-01', "Nvidia's third-quarter revenue was $57 billion."), figure: '$57 billion', entity: 'nvidia', metric: 'revenue', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: fm('2025-12-01', "Nvidia's third-quarter revenue was $60 billion."), figure: '$60 billion', period: NVDA_FY26_Q3, verdict: 'contradicted', message: /not \$60 billion/ },
  { text: fm('2025-12-01', "Nvidia's revenue was $57 billion in the third quarter."), figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: fm('2025-12-01', "Nvidia's Q3 revenue was $57 billion."), figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: fm('2026-02-15', "OpenAI's fourth-quarter revenue was $5 billion."), figure: '$5 billion', entity: 'openai', period: ['2025-10-01', '2025-12-31'], verdict: 'unsourced' },
  // The fourth quarter of 2025 has not ended on 15 December: results told then are 2024's.
  { text: fm('2025-12-15', "OpenAI's fourth-quarter revenue was $5 billion."), figure: '$5 billion', period: ['2024-10-01', '2024-12-31'] },
  // Outlooks take the next such quarter.
  { text: fm('2025-12-01', 'Nvidia expects first-quarter revenue of $65 billion.'), figure: '$65 billion', entity: 'nvidia', period: ['2026-02-01', '2026-04-30'] },
  { text: fm('2025-12-01', 'Nvidia expects fourth-quarter revenue of $65 billion.'), figure: '$65 billion', period: ['2025-11-01', '2026-01-31'] },
  { text: fm('2026-02-15', 'OpenAI expects Q1 revenue of $6 billion.'), figure: '$6 billion', period: ['2026-01-01', '2026-03-31'] },
  // Where the date comes from: comment, then front matter, then the caller's asOf.
  { text: "<!-- figure-check-as-of: 2025-12-01 -->\nNvidia's third-quarter revenue was $57 billion.", figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: "Nvidia's third-quarter revenue was $57 billion.", figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported', options: { asOf: '2025-12-01' } },
  { text: "---\ndate: 2026-12-01\n---\n<!-- figure-check-as-of: 2025-12-01 -->\n\nNvidia's third-quarter revenue was $57 billion.", figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: fm('2025-12-01', "Nvidia's third-quarter revenue was $57 billion."), figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported', options: { asOf: '2026-12-01' } },
  { text: fm('2026-12-01', "Nvidia's third-quarter revenue was $57 billion."), figure: '$57 billion', period: ['2026-08-01', '2026-10-31'], verdict: 'unsourced' },
]);

table('periods without a year (Japanese)', [
  { text: fm('2025-12-01', 'エヌビディアの第3四半期の売上高は570億ドルだった。'), figure: '570億ドル', entity: 'nvidia', metric: 'revenue', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: fm('2025-12-01', 'エヌビディアの第3四半期の売上高は600億ドルだった。'), figure: '600億ドル', period: NVDA_FY26_Q3, verdict: 'contradicted' },
  { text: fm('2026-02-15', 'オープンAIの10-12月期の売上高は50億ドルだった。'), figure: '50億ドル', entity: 'openai', period: ['2025-10-01', '2025-12-31'], verdict: 'unsourced' },
  { text: fm('2025-12-15', 'オープンAIの10-12月期の売上高は50億ドルだった。'), figure: '50億ドル', period: ['2024-10-01', '2024-12-31'] },
  { text: fm('2026-02-15', 'オープンAIの第4四半期の売上高は50億ドルだった。'), figure: '50億ドル', period: ['2025-10-01', '2025-12-31'] },
  { text: fm('2025-12-01', 'オープンAIの7-9月期の売上高は40億ドルだった。'), figure: '40億ドル', period: ['2025-07-01', '2025-09-30'] },
  { text: fm('2025-12-01', 'エヌビディアは第1四半期の売上高を650億ドルと見込む。'), figure: '650億ドル', period: ['2026-02-01', '2026-04-30'] },
  { text: fm('2026-02-15', 'オープンAIは1-3月期の売上高が60億ドルになる見通しだ。'), figure: '60億ドル', period: ['2026-01-01', '2026-03-31'] },
  { text: '<!-- figure-check-as-of: 2025-12-01 -->\nエヌビディアの第3四半期の売上高は570億ドルだった。', figure: '570億ドル', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: 'エヌビディアの第3四半期の売上高は570億ドルだった。', figure: '570億ドル', period: NVDA_FY26_Q3, verdict: 'supported', options: { asOf: '2025-12-01' } },
]);

// ---------------------------------------------------------------------------------------------
// A flow without a period takes the reporting period of the sentence before; a plain year never.

table('a flow takes the reporting period of the sentence before (English)', [
  { text: fm('2025-12-01', 'Nvidia posted its third-quarter results. Revenue was $57 billion.'), figure: '$57 billion', entity: 'nvidia', period: NVDA_FY26_Q3, periodFrom: 'earlier-sentence', verdict: 'supported' },
  { text: fm('2025-12-01', 'Nvidia posted its third-quarter results. Revenue was $60 billion.'), figure: '$60 billion', period: NVDA_FY26_Q3, periodFrom: 'earlier-sentence', verdict: 'contradicted' },
  { text: 'Nvidia posted results for the third quarter of fiscal 2026. Revenue was $57 billion.', figure: '$57 billion', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: 'Nvidia posted results for the third quarter of fiscal 2026. Revenue was $60 billion.', figure: '$60 billion', period: NVDA_FY26_Q3, verdict: 'contradicted' },
  // From the paragraph before: placed, but not sure enough to be red.
  { text: 'Nvidia posted results for the third quarter of fiscal 2026.\n\nRevenue was $57 billion.', figure: '$57 billion', period: NVDA_FY26_Q3, periodFrom: 'earlier-paragraph', verdict: 'supported' },
  { text: 'Nvidia posted results for the third quarter of fiscal 2026.\n\nRevenue was $60 billion.', figure: '$60 billion', periodFrom: 'earlier-paragraph', verdict: 'unsourced' },
  { text: '## Nvidia results for the third quarter of fiscal 2026\n\nRevenue was $57 billion.', figure: '$57 billion', entity: 'nvidia', period: NVDA_FY26_Q3, periodFrom: 'heading', verdict: 'supported' },
  // A plain year is not a reporting period: it may be another figure's.
  { text: 'OpenAI looked back on 2025. Revenue was $14 billion.', figure: '$14 billion', entity: 'openai', period: null, verdict: 'unsourced', message: /say which period/ },
  { text: 'OpenAI looked back on 2025. Revenue was $13.1 billion.', figure: '$13.1 billion', entity: 'openai', period: null, verdict: 'supported' },
  // Outlooks, deals and levels never take it.
  { text: 'Nvidia posted results for the third quarter of fiscal 2026. It expects revenue of $65 billion.', figure: '$65 billion', period: null },
  { text: 'Nvidia posted results for the third quarter of fiscal 2026. It will invest up to $100 billion in OpenAI.', figure: '$100 billion', period: null, verdict: 'supported' },
  { text: 'Nvidia posted results for the third quarter of fiscal 2026. Its market value hit $5 trillion.', figure: '$5 trillion', metric: 'market-cap', period: null },
  // Two periods in the sentence before: neither carries.
  { text: 'Nvidia compared the third quarter of fiscal 2026 with the second quarter of fiscal 2026. Revenue was $57 billion.', figure: '$57 billion', period: null },
]);

table('a flow takes the reporting period of the sentence before (Japanese)', [
  { text: fm('2025-12-01', 'エヌビディアは第3四半期の決算を発表した。売上高は570億ドルだった。'), figure: '570億ドル', entity: 'nvidia', period: NVDA_FY26_Q3, periodFrom: 'earlier-sentence', verdict: 'supported' },
  { text: fm('2025-12-01', 'エヌビディアは第3四半期の決算を発表した。売上高は600億ドルだった。'), figure: '600億ドル', period: NVDA_FY26_Q3, verdict: 'contradicted' },
  { text: 'エヌビディアは2026年度第3四半期の決算を発表した。売上高は570億ドルだった。', figure: '570億ドル', period: NVDA_FY26_Q3, verdict: 'supported' },
  { text: 'エヌビディアは2026年度第3四半期の決算を発表した。\n\n売上高は600億ドルだった。', figure: '600億ドル', periodFrom: 'earlier-paragraph', verdict: 'unsourced' },
  { text: 'オープンAIは2025年を振り返った。売上高は140億ドルだった。', figure: '140億ドル', entity: 'openai', period: null, verdict: 'unsourced' },
  { text: 'オープンAIは2025年を振り返った。売上高は131億ドルだった。', figure: '131億ドル', entity: 'openai', period: null, verdict: 'supported' },
  { text: 'エヌビディアは2026年度第3四半期の決算を発表した。売上高は650億ドルになる見通しだ。', figure: '650億ドル', period: null },
]);

// ---------------------------------------------------------------------------------------------
// The same claim in English and Japanese is read alike.

interface Pair {
  en: [string, string];
  ja: [string, string];
  entity: string;
  metric: string;
  verdict: Verdict;
}

const pairs: Pair[] = [
  { en: ["OpenAI's revenue was $13.1 billion in 2025.", '$13.1 billion'], ja: ['オープンAIの2025年の売上高は131億ドルだった。', '131億ドル'], entity: 'openai', metric: 'revenue', verdict: 'supported' },
  { en: ["OpenAI's revenue was $14 billion in 2025.", '$14 billion'], ja: ['オープンAIの2025年の売上高は140億ドルだった。', '140億ドル'], entity: 'openai', metric: 'revenue', verdict: 'contradicted' },
  { en: ['OpenAI burned $2.5 billion of cash in H1 2025.', '$2.5 billion'], ja: ['オープンAIの2025年上半期の現金燃焼は25億ドルだった。', '25億ドル'], entity: 'openai', metric: 'cash-burn', verdict: 'supported' },
  { en: ['Microsoft owns a 27% stake in OpenAI.', '27%'], ja: ['マイクロソフトはオープンAIの株式の27%を保有している。', '27%'], entity: 'microsoft', metric: 'stake-percent', verdict: 'supported' },
  { en: ['Microsoft owns a 30% stake in OpenAI.', '30%'], ja: ['マイクロソフトはオープンAIの株式の30%を保有している。', '30%'], entity: 'microsoft', metric: 'stake-percent', verdict: 'contradicted' },
  { en: ['ChatGPT had 500 million weekly active users in March 2025.', '500 million'], ja: ['チャットGPTの2025年3月の週間アクティブユーザーは5億人だった。', '5億'], entity: 'chatgpt', metric: 'weekly-users', verdict: 'supported' },
  { en: ['Anthropic was valued at $183 billion in September 2025.', '$183 billion'], ja: ['アンソロピックの評価額は2025年9月に1830億ドルだった。', '1830億ドル'], entity: 'anthropic', metric: 'valuation', verdict: 'supported' },
  { en: ['Anthropic was valued at $200 billion in September 2025.', '$200 billion'], ja: ['アンソロピックの評価額は2025年9月に2000億ドルだった。', '2000億ドル'], entity: 'anthropic', metric: 'valuation', verdict: 'contradicted' },
  { en: ['Nvidia plans to invest up to $100 billion in OpenAI.', '$100 billion'], ja: ['エヌビディアはオープンAIに最大1000億ドルを投資する計画だ。', '1000億ドル'], entity: 'nvidia', metric: 'investment-loi', verdict: 'supported' },
  { en: ['Gemini drew about 1.1 billion visits in September 2025.', '1.1 billion'], ja: ['ジェミニの2025年9月の訪問数は約11億回だった。', '11億'], entity: 'gemini', metric: 'web-visits', verdict: 'supported' },
  { en: ["Meta's capital expenditures for 2026 are expected to reach $145 billion.", '$145 billion'], ja: ['メタの2026年の設備投資は1450億ドルに達する見通しだ。', '1450億ドル'], entity: 'meta', metric: 'capex', verdict: 'supported' },
  { en: ["Alphabet's capital expenditures for 2026 are expected to be $150 billion.", '$150 billion'], ja: ['アルファベットの2026年の設備投資は1500億ドルになる見通しだ。', '1500億ドル'], entity: 'google', metric: 'capex', verdict: 'contradicted' },
  { en: ['OpenAI published its annual figures. Revenue was $14 billion in 2025.', '$14 billion'], ja: ['オープンAIは年次の数字を公表した。2025年の売上高は140億ドルだった。', '140億ドル'], entity: 'openai', metric: 'revenue', verdict: 'contradicted' },
  { en: ['# Anthropic\n\nThe company was valued at $183 billion in September 2025.', '$183 billion'], ja: ['# アンソロピック\n\n評価額は2025年9月に1830億ドルとなった。', '1830億ドル'], entity: 'anthropic', metric: 'valuation', verdict: 'supported' },
];

describe('the same claim in English and Japanese is read alike', () => {
  for (const p of pairs) {
    const key = (c: CheckedClaim) => ({ entity: c.entity, metric: c.metric, from: c.period?.from, to: c.period?.to, verdict: c.verdict, record: c.record?.id ?? c.nearest?.id });
    it(`${p.en[0].replace(/\n/g, ' ⏎ ')} [${p.en[1]}] → ${p.verdict}`, () => {
      check({ text: p.en[0], figure: p.en[1], entity: p.entity, metric: p.metric, verdict: p.verdict });
    });
    it(`${p.ja[0].replace(/\n/g, ' ⏎ ')} [${p.ja[1]}] → ${p.verdict}`, () => {
      check({ text: p.ja[0], figure: p.ja[1], entity: p.entity, metric: p.metric, verdict: p.verdict });
    });
    it(`${p.en[1]} and ${p.ja[1]}: same entity, metric, period, verdict and record`, () => {
      assert.deepEqual(key(read(p.ja[0], p.ja[1])), key(read(p.en[0], p.en[1])));
    });
  }
});

// Sentence in → verdict out: each row goes through checkDocument (extractor + verifier) over the
// fixture dataset, so the table shows what a writer sees. The verifier's rules in isolation are in
// verify.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocument } from '../../src/core/check';
import type { Verdict } from '../../src/core/types';
import { fixtureDataset } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();
/** The day undated test sentences are read as of (the fixture's newest sources are from May 2026). */
const SENTENCE_DATE = '2026-06-01';

/** [sentence, the figure as written, expected verdict, optional pattern the message must match] */
type Row = [string, string, Verdict, RegExp?];

const english: Row[] = [
  // tolerance
  ["OpenAI's revenue was $13.1 billion in 2025.", '$13.1 billion', 'supported', /OpenAI's revenue for 2025 is \$13\.1 billion \(AI for Automation, 2026-03-29\)/],
  ['OpenAI made $13B in revenue in 2025.', '$13B', 'supported', /\$13\.1B/],
  ['OpenAI brought in about $13 billion of revenue in 2025.', '$13 billion', 'supported'],
  ["OpenAI's 2025 revenue reached $14 billion.", '$14 billion', 'contradicted', /^OpenAI's revenue for 2025 is \$13\.1 billion \(AI for Automation, 2026-03-29\), not \$14 billion\.$/],
  ['OpenAI reported revenue of $13.5 billion for 2025.', '$13.5 billion', 'contradicted'],
  ['In the first half of 2025, OpenAI generated $4.3 billion in revenue.', '$4.3 billion', 'supported', /H1 2025/],
  // periods
  ["OpenAI's revenue in 2024 was $3.7 billion.", '$3.7 billion', 'unsourced', /for 2024; the dataset has H1 2025, 2025/],
  ['OpenAI burned $2.5 billion in cash in H1 2025.', '$2.5 billion', 'supported'],
  ['OpenAI expects to burn $25 billion in 2026.', '$25 billion', 'supported'],
  ['OpenAI burned $30 billion in 2026.', '$30 billion', 'contradicted', /is \$25 billion \(The Decoder, 2026-02\), not \$30 billion/],
  ['OpenAI projects cumulative cash burn of $115 billion through 2029.', '$115 billion', 'supported'],
  ['OpenAI will burn $85 billion in 2028.', '$85 billion', 'supported'],
  ['OpenAI will burn $80 billion in 2028.', '$80 billion', 'contradicted'],
  ['OpenAI had an annualized revenue run-rate of $20 billion at the end of 2025.', '$20 billion', 'supported'],
  // revisions
  ['OpenAI expects to burn $17 billion in 2026.', '$17 billion', 'outdated', /revised to \$25 billion \(The Decoder, 2026-02\); \$17 billion is the earlier figure \(TechSpot, 2025-09-05\)/],
  ['OpenAI lost $14 billion in 2026.', '$14 billion', 'outdated'],
  ['Microsoft holds a 49% stake in OpenAI.', '49%', 'outdated', /revised to 27%/],
  ["Anthropic's valuation was $350 billion in February 2026.", '$350 billion', 'outdated', /\$380 billion/],
  ['Alphabet guided 2026 capital expenditures to $175 billion.', '$175 billion', 'outdated'],
  ["Meta's capex guidance for 2026 is $120 billion.", '$120 billion', 'outdated'],
  // present tense and history
  ['Microsoft holds a 27% stake in OpenAI.', '27%', 'supported'],
  ['Microsoft holds a 27 percent stake in OpenAI.', '27 percent', 'supported', /27 percent/],
  ['Microsoft owns about 30% of OpenAI.', '30%', 'contradicted', /^Microsoft's ownership stake in OpenAI is 27% \(Nasdaq \(RTTNews\), 2025-10-28\), not 30%\.$/],
  ['ChatGPT has 800 million weekly users.', '800 million', 'outdated', /the latest figure is more than 900 million \(FashionUnited, 2026-02-27\)/],
  ['ChatGPT reached 800 million weekly users in October 2025.', '800 million', 'supported'],
  ['ChatGPT now has more than 900 million weekly active users.', '900 million', 'supported'],
  ['ChatGPT had 500 million weekly users in March 2025.', '500 million', 'supported'],
  ['ChatGPT has 1.2 billion weekly users.', '1.2 billion', 'contradicted'],
  ['ChatGPT had 600 million weekly users in 2025.', '600 million', 'unsourced', /between/],
  ["Anthropic's Series F valued it at $183 billion.", '$183 billion', 'supported'],
  ['Anthropic was valued at $183 billion in September 2025.', '$183 billion', 'supported'],
  ['Anthropic was valued at $200 billion in September 2025.', '$200 billion', 'contradicted'],
  ['Anthropic was valued at $380 billion in February 2026.', '$380 billion', 'supported'],
  ['Anthropic is valued at $965 billion.', '$965 billion', 'supported'],
  ['Anthropic raised $13 billion in its Series F.', '$13 billion', 'supported'],
  ['OpenAI was valued at $500 billion in October 2025.', '$500 billion', 'supported'],
  ['OpenAI is worth $500 billion.', '$500 billion', 'outdated', /\$852 billion/],
  ['OpenAI was valued at $300 billion in March 2025.', '$300 billion', 'supported'],
  ['OpenAI was valued at $350 billion in March 2025.', '$350 billion', 'contradicted'],
  ['Gemini had 650 million monthly active users in October 2025.', '650 million', 'supported'],
  ['Gemini has 650 million monthly active users.', '650 million', 'outdated'],
  ["Gemini's monthly active users topped 750 million.", '750 million', 'supported'],
  // flows without a period
  ["OpenAI's revenue is $13.1 billion.", '$13.1 billion', 'supported'],
  ["OpenAI's revenue will be $20 billion.", '$20 billion', 'unsourced', /say which period/],
  // hedges, bounds, deals
  ['Nvidia will invest up to $100 billion in OpenAI.', '$100 billion', 'supported'],
  ['Nvidia will invest up to $150 billion in OpenAI.', '$150 billion', 'contradicted', /is up to \$100 billion \(NDTV Profit, 2025-09-22\), not up to \$150 billion\./],
  ['Nvidia agreed to invest up to $10 billion in Anthropic.', '$10 billion', 'supported'],
  ['Microsoft agreed to invest up to $5 billion in Anthropic.', '$5 billion', 'supported'],
  ['Gemini had about 1.1 billion visits in September 2025.', '1.1 billion', 'supported'],
  ['Gemini had over 1 billion web visits in September 2025.', '1 billion', 'supported'],
  ['Gemini had over 1.2 billion web visits in September 2025.', '1.2 billion', 'contradicted', /not more than 1\.2 billion/],
  ['Gemini had less than 1 billion web visits in September 2025.', '1 billion', 'contradicted', /not less than 1 billion/],
  ['ChatGPT drew about 6 billion visits in September 2025.', '6 billion', 'supported', /5\.9 billion/],
  ['DeepSeek drew about 300 million visits in September 2025.', '300 million', 'supported', /low-confidence source/],
  ["OpenAI's compute commitments total about $1.4 trillion.", '$1.4 trillion', 'supported'],
  // ranges
  ['Alphabet expects capital expenditures of $175 billion to $185 billion in 2026.', '$175 billion to $185 billion', 'supported', /\$180 billion–\$190 billion/],
  ['Alphabet raised its 2026 capex guidance to $180–190 billion.', '$180–190 billion', 'supported'],
  ['Alphabet guided 2026 capital expenditures to $185 billion.', '$185 billion', 'supported'],
  ['Alphabet guided 2026 capital expenditures to $150 billion.', '$150 billion', 'contradicted'],
  ["Meta's capex guidance for 2026 is $145 billion.", '$145 billion', 'supported'],
  ["Meta's capex guidance for 2026 is $115–135 billion.", '$115–135 billion', 'supported'],
  ["Meta's 2026 capex guidance is $100 billion.", '$100 billion', 'contradicted', /\$125 billion–\$145 billion/],
  // units and families
  ['Cerebras will supply up to 750 MW of compute to OpenAI through 2028.', '750 MW', 'supported', /up to 750 MW/],
  ['Cerebras will supply 2 GW of compute to OpenAI.', '2 GW', 'contradicted'],
  ["Microsoft's stake in OpenAI is worth $135 billion.", '$135 billion', 'supported'],
  // A stake's worth moves with the valuation: an October 2025 figure no longer proves a June 2026 draft wrong.
  ["Microsoft's 27% stake in OpenAI is worth $100 billion.", '$100 billion', 'unsourced', /newest sourced figure .* months before this document's date/],
  ["<!-- figure-check-as-of: 2025-11-15 -->\nMicrosoft's 27% stake in OpenAI is worth $100 billion.", '$100 billion', 'contradicted'],
  ["Microsoft's 27% stake in OpenAI is worth $100 billion.", '27%', 'supported'],
  ['ChatGPT has 800 million monthly users.', '800 million', 'unsourced'],
  // A company's users are its one product's users when the text says so (ChatGPT's records stand in, to support only).
  ['OpenAI has 900 million weekly users.', '900 million', 'supported'],
  ['OpenAI has 1.5 billion weekly users.', '1.5 billion', 'unsourced', /Possibly ChatGPT's weekly active users/],
  // unsourced, cited, inconsistent
  ["Claude's revenue hit $42 billion.", '$42 billion', 'unsourced', /No sourced figure for Claude's revenue/],
  ["Claude's revenue hit $42 billion, according to [a report](https://example.com/r).", '$42 billion', 'cited', /https:\/\/example\.com\/r/],
  ["Claude's revenue hit $42 billion.[^1]\n\n[^1]: A note.", '$42 billion', 'cited', /\[\^1\]/],
  ["Claude's revenue hit $42 billion (Source: company blog).", '$42 billion', 'cited'],
  ['The startup is worth $42 billion.', '$42 billion', 'unsourced', /could not tell whose/],
  ['The company’s revenue doubled from $5B to $14B.', 'doubled', 'inconsistent', /2\.8x/],
  ['The company’s revenue doubled from $5B to $10B.', 'doubled', 'unsourced'],
  ['Visits rose from 411 million to 1.1 billion, a 64% rise.', '64%', 'inconsistent', /is 168%, which does not match 64%/],
  ['Of the $10 billion total, $6 billion went to chips and $5 billion to power.', '$10 billion', 'inconsistent', /add up to \$11 billion/],
  ["<!-- figure-check-ignore-next-line reason: satire -->\nOpenAI's 2025 revenue reached $99 billion.", '$99 billion', 'ignored'],
];

const japanese: Row[] = [
  ['オープンAIの2025年の売上高は131億ドルだった。', '131億ドル', 'supported', /^出典と一致：2025年のオープンAIの売上高は131億ドル（AI for Automation、2026-03-29）。$/],
  ['オープンAIは2025年に約130億ドルを稼いだ。', '130億ドル', 'supported'],
  ['オープンAIの2025年の売上高は140億ドルだった。', '140億ドル', 'contradicted', /^2025年のオープンAIの売上高は131億ドル（AI for Automation、2026-03-29）で、140億ドルではありません。$/],
  ['オープンAIは2026年に250億ドルを燃やす見通しだ。', '250億ドル', 'supported'],
  ['オープンAIは2026年に170億ドルを燃やす見通しだ。', '170億ドル', 'outdated', /250億ドルに改訂されています/],
  ['オープンAIは2029年までに累計1150億ドルを燃やす。', '1150億ドル', 'supported'],
  ['マイクロソフトはオープンAIの株式の49%を保有している。', '49%', 'outdated', /27%に改訂/],
  ['マイクロソフトはオープンAIの株式の約27%を保有している。', '27%', 'supported'],
  ['マイクロソフトはオープンAIの株式の30%を保有している。', '30%', 'contradicted', /^マイクロソフトのオープンAIへの出資比率は27%（Nasdaq \(RTTNews\)、2025-10-28）で、30%ではありません。$/],
  ['チャットGPTの週間アクティブユーザーは8億人だ。', '8億', 'outdated', /最新は9億超/],
  ['チャットGPTの週間アクティブユーザーは2025年10月に8億人に達した。', '8億', 'supported'],
  ['チャットGPTの週間アクティブユーザーは9億人を超えた。', '9億', 'supported'],
  ['アンソロピックの評価額は2025年9月に1830億ドルとなった。', '1830億ドル', 'supported'],
  ['エヌビディアはオープンAIに最大1000億ドルを投資する。', '1000億ドル', 'supported', /最大1000億ドル（NDTV Profit、2025-09-22）/],
  ['エヌビディアはアンソロピックに最大100億ドルを投資する。', '100億ドル', 'supported'],
  ['ジェミニの2025年9月の訪問数は約11億回だった。', '11億', 'supported'],
  ['グーグルの2026年の設備投資は1750億〜1850億ドルの見通しだ。', '1750億〜1850億ドル', 'supported', /1800億ドル〜1900億ドル/],
  ['メタの2026年の設備投資は1000億ドルになる。', '1000億ドル', 'contradicted', /1250億ドル〜1450億ドル/],
  ['オープンAIの評価額は8520億ドルだ。', '8520億ドル', 'supported'],
  ['オープンAIの評価額は5000億ドルだ。', '5000億ドル', 'outdated', /最新は8520億ドル/],
  ['訪問数は4億1100万から11億へ、64%増加した。', '64%', 'inconsistent', /4億1100万から11億への変化は168%で、64%とは合いません。/],
  ['クロードの売上は420億ドルに達した[^1]。\n\n[^1]: 注記。', '420億ドル', 'cited', /出典が示されています/],
  ['その企業の評価額は420億ドルだ。', '420億ドル', 'unsourced', /どの企業のものか分かりません/],
  ['オープンAIの2025年上半期の売上高は43億ドルだった。', '43億ドル', 'supported', /2025年上半期/],
  ['オープンAIの2024年の売上高は37億ドルだった。', '37億ドル', 'unsourced', /あるのは2025年上半期、2025年/],
  ['オープンAIは2026年に300億ドルを燃やす見通しだ。', '300億ドル', 'contradicted', /250億ドル（The Decoder、2026-02）で、300億ドルではありません/],
  ['オープンAIは2028年に850億ドルを燃やす見通しだ。', '850億ドル', 'supported'],
  ['オープンAIは2028年に800億ドルを燃やす見通しだ。', '800億ドル', 'contradicted'],
  ['オープンAIの2025年上半期の現金燃焼は25億ドルだった。', '25億ドル', 'supported'],
  ['マイクロソフトのオープンAI持ち分の価値は1350億ドルだ。', '1350億ドル', 'supported'],
  ['チャットGPTの週間アクティブユーザーは12億人だ。', '12億', 'contradicted', /9億超/],
  ['チャットGPTの週間アクティブユーザーは2025年3月に5億人だった。', '5億', 'supported'],
  ['チャットGPTの月間アクティブユーザーは8億人だ。', '8億', 'unsourced'],
  ['ジェミニの月間アクティブユーザーは2025年10月に6億5000万人を超えた。', '6億5000万', 'supported'],
  ['ジェミニの月間アクティブユーザーは6億5000万人だ。', '6億5000万', 'outdated', /最新は7億5000万超/],
  ['アンソロピックの評価額は2025年9月に2000億ドルだった。', '2000億ドル', 'contradicted', /約1830億ドル/],
  ['アンソロピックの評価額は9650億ドルだ。', '9650億ドル', 'supported'],
  ['アンソロピックの評価額は2026年2月に3800億ドルとなった。', '3800億ドル', 'supported'],
  ['エヌビディアはオープンAIに最大1500億ドルを投資する。', '1500億ドル', 'contradicted', /最大1000億ドル（NDTV Profit、2025-09-22）で、最大1500億ドルではありません/],
  ['マイクロソフトはアンソロピックに最大50億ドルを投資する。', '50億ドル', 'supported'],
  ['ジェミニの2025年9月の訪問数は10億回以上だった。', '10億', 'supported'],
  ['ジェミニの2025年9月の訪問数は12億回を超えた。', '12億', 'contradicted', /12億超ではありません/],
  ['ディープシークの2025年9月の訪問数は約3億回だった。', '3億', 'supported', /信頼度の低い情報源/],
  ['メタの2026年の設備投資は1450億ドルの見通しだ。', '1450億ドル', 'supported'],
  ['メタの2026年の設備投資は1200億ドルの見通しだ。', '1200億ドル', 'outdated', /1250億ドル〜1450億ドルに改訂/],
  ['グーグルの2026年の設備投資は1750億ドルの見通しだ。', '1750億ドル', 'outdated'],
  ['グーグルの2026年の設備投資は1500億ドルの見通しだ。', '1500億ドル', 'contradicted'],
  ['セレブラスはオープンAIに最大750メガワットの計算能力を供給する。', '750メガワット', 'supported', /最大750メガワット/],
  ['オープンAIのインフラ関連の契約総額は約1兆4000億ドルだ。', '1兆4000億ドル', 'supported', /約1兆4000億ドル/],
  ['オープンAIの売上高は50億ドルから140億ドルへ2倍になった。', '2倍', 'inconsistent', /50億ドルから140億ドルは2\.8倍で、2倍とは合いません/],
  ['総額100億ドルのうち、60億ドルが半導体に、50億ドルが電力に充てられた。', '100億ドル', 'inconsistent', /合計は110億ドル/],
  ['<!-- figure-check-ignore-next-line reason: テスト -->\nオープンAIの2025年の売上高は990億ドルだった。', '990億ドル', 'ignored'],
  ['オープンAIの2025年の売上高は約131億ドルだった（出典：同社発表）。', '131億ドル', 'supported'],
];

function verdictOf(text: string, figure: string): { verdict: Verdict; message: string; lang: string } {
  // Sentences carry no date: they are read as of a fixed day, so the tests do not age with the clock.
  const result = checkDocument(text, dataset, { today: SENTENCE_DATE });
  const claim = result.claims.find((c) => c.text === figure);
  assert.ok(claim, `no claim "${figure}" in ${JSON.stringify(result.claims.map((c) => c.text))}`);
  return { verdict: claim.verdict, message: claim.message, lang: result.lang };
}

for (const [name, rows, lang] of [['English', english, 'en'], ['Japanese', japanese, 'ja']] as const) {
  describe(`checkDocument, sentence → verdict (${name})`, () => {
    for (const [sentence, figure, verdict, message] of rows) {
      it(`${sentence.replace(/\n/g, ' ⏎ ')} [${figure}] → ${verdict}`, () => {
        const got = verdictOf(sentence, figure);
        assert.equal(got.verdict, verdict, got.message);
        assert.equal(got.lang, lang);
        if (message) assert.match(got.message, message);
      });
    }
  });
}

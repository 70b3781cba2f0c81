// Japanese claim table: sentence → the figure's value, unit, qualifier, entity, metric, period.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildVocabulary } from '../../src/core/context';
import { extractClaims } from '../../src/core/extract';

const vocabulary = buildVocabulary(JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8')));

// [sentence, figure as written, value, unit, qualifier, entity, metric, period text] ('' = none)
type Row = [string, string, number, string, string, string, string, string];
const OKU = 1e8;
const CHO = 1e12;

const ROWS: Row[] = [
  // money forms
  ['OpenAIは2029年までに1150億ドルを燃やす見通しだ。', '1150億ドル', 1150 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2029年までに'],
  ['OpenAIは2025年上半期に25億ドルを燃やした。', '25億ドル', 25 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2025年上半期'],
  ['オープンAIの2025年の売上高は130億ドルだった。', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年'],
  ['OpenAIの計算資源への支出は1兆4000億ドルに上る。', '1兆4000億ドル', 1.4 * CHO, 'USD', 'exact', 'openai', 'compute-spend', ''],
  ['アンソロピックは130億ドルを調達した。', '130億ドル', 130 * OKU, 'USD', 'exact', 'anthropic', 'funding-round', ''],
  ['アンソロピックの評価額は1830億ドルとなった。', '1830億ドル', 1830 * OKU, 'USD', 'exact', 'anthropic', 'valuation', ''],
  ['エヌビディアの時価総額は5兆ドルに達した。', '5兆ドル', 5 * CHO, 'USD', 'exact', 'nvidia', 'market-cap', ''],
  ['マイクロソフトはOpenAIに130億ドルを投資した。', '130億ドル', 130 * OKU, 'USD', 'exact', 'microsoft', 'investment', ''],
  ['ソフトバンクはOpenAIに3,000億円を出資する。', '3,000億円', 3000 * OKU, 'JPY', 'exact', 'softbank', 'investment', ''],
  ['ソフトバンクグループは1.5兆円を投じた。', '1.5兆円', 1.5 * CHO, 'JPY', 'exact', 'softbank', 'investment', ''],
  ['オラクルはOpenAIと3000億ドルの契約を結んだ。', '3000億ドル', 3000 * OKU, 'USD', 'exact', 'oracle', 'contract-value', ''],
  ['オラクルの受注残は4550億ドルに膨らんだ。', '4550億ドル', 4550 * OKU, 'USD', 'exact', 'oracle', 'backlog', ''],
  ['マイクロソフトの設備投資は2025年度に880億ドルだった。', '880億ドル', 880 * OKU, 'USD', 'exact', 'microsoft', 'capex', '2025年度'],
  ['グーグルは2025年に910億ドルの設備投資を見込む。', '910億ドル', 910 * OKU, 'USD', 'exact', 'google', 'capex', '2025年'],
  ['アマゾンの2025年の設備投資は1250億ドルの見通し。', '1250億ドル', 1250 * OKU, 'USD', 'exact', 'amazon', 'capex', '2025年'],
  ['メタは2025年に700億ドルを設備投資に充てる。', '700億ドル', 700 * OKU, 'USD', 'exact', 'meta', 'capex', '2025年'],
  ['OpenAIの2025年上半期の純損失は135億ドルだった。', '135億ドル', 135 * OKU, 'USD', 'exact', 'openai', 'net-loss', '2025年上半期'],
  ['OpenAIの2025年上半期の営業損失は78億ドルだった。', '78億ドル', 78 * OKU, 'USD', 'exact', 'openai', 'operating-loss', '2025年上半期'],
  ['OpenAIは2025年上半期に135億ドルの赤字を計上した。', '135億ドル', 135 * OKU, 'USD', 'exact', 'openai', 'net-loss', '2025年上半期'],
  ['OpenAIの年換算売上高は130億ドルに達した。', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'run-rate', ''],
  ['アンソロピックのランレートは50億ドル超となった。', '50億ドル', 50 * OKU, 'USD', 'at-least', 'anthropic', 'run-rate', ''],
  ['OpenAIの手元資金は175億ドルだった。', '175億ドル', 175 * OKU, 'USD', 'exact', 'openai', 'cash-balance', ''],
  ['OpenAIの株式報酬は2025年に44億ドルだった。', '44億ドル', 44 * OKU, 'USD', 'exact', 'openai', 'stock-compensation', '2025年'],
  ['OpenAIはマーケティング費に20億ドルを使った。', '20億ドル', 20 * OKU, 'USD', 'exact', 'openai', 'sales-marketing-spend', ''],
  ['OpenAIは66億ドルの株式売却を完了した。', '66億ドル', 66 * OKU, 'USD', 'exact', 'openai', 'secondary-sale', ''],
  ['OpenAIの評価額は5000億ドルに達した。', '5000億ドル', 5000 * OKU, 'USD', 'exact', 'openai', 'valuation', ''],
  ['xAIの企業価値は2000億ドルとされる。', '2000億ドル', 2000 * OKU, 'USD', 'exact', 'xai', 'valuation', ''],
  ['コアウィーブの受注残は556億ドルだった。', '556億ドル', 556 * OKU, 'USD', 'exact', 'coreweave', 'backlog', ''],
  ['ブロードコムはOpenAIと100億ドルの契約を結んだ。', '100億ドル', 100 * OKU, 'USD', 'exact', 'broadcom', 'contract-value', ''],
  ['セレブラスは11億ドルを調達した。', '11億ドル', 11 * OKU, 'USD', 'exact', 'cerebras', 'funding-round', ''],
  ['ミストラルは20億ユーロを調達した。', '20億ユーロ', 20 * OKU, 'EUR', 'exact', 'mistral', 'funding-round', ''],
  ['パープレキシティの評価額は200億ドル。', '200億ドル', 200 * OKU, 'USD', 'exact', 'perplexity', 'valuation', ''],
  ['ディープシークの訓練費用は600万ドルとされる。', '600万ドル', 6e6, 'USD', 'exact', 'deepseek', '', ''],
  ['スターゲート計画は2029年までに5000億ドルを投資する。', '5000億ドル', 5000 * OKU, 'USD', 'exact', 'stargate', 'investment', '2029年までに'],
  ['アマゾンはアンソロピックに80億ドルを投資した。', '80億ドル', 80 * OKU, 'USD', 'exact', 'amazon', 'investment', ''],
  ['グーグルはアンソロピックに30億ドルを出資した。', '30億ドル', 30 * OKU, 'USD', 'exact', 'google', 'investment', ''],
  ['エヌビディアはインテルに50億ドルを出資した。', '50億ドル', 50 * OKU, 'USD', 'exact', 'nvidia', 'investment', ''],
  ['OpenAIの売上高は三千億ドルに達する見込みだ。', '三千億ドル', 3000 * OKU, 'USD', 'exact', 'openai', 'revenue', ''],
  // hedges
  ['OpenAIの売上高は約130億ドルだった。', '130億ドル', 130 * OKU, 'USD', 'approx', 'openai', 'revenue', ''],
  ['OpenAIの売上高はおよそ130億ドルだった。', '130億ドル', 130 * OKU, 'USD', 'approx', 'openai', 'revenue', ''],
  ['OpenAIの売上高はほぼ130億ドルだった。', '130億ドル', 130 * OKU, 'USD', 'approx', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドル近くに達した。', '130億ドル', 130 * OKU, 'USD', 'approx', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドル程度だった。', '130億ドル', 130 * OKU, 'USD', 'approx', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドル以上だった。', '130億ドル', 130 * OKU, 'USD', 'at-least', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドル超だった。', '130億ドル', 130 * OKU, 'USD', 'at-least', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドル超えとなった。', '130億ドル', 130 * OKU, 'USD', 'at-least', 'openai', 'revenue', ''],
  ['OpenAIの売上高は130億ドルあまりだった。', '130億ドル', 130 * OKU, 'USD', 'at-least', 'openai', 'revenue', ''],
  ['エヌビディアはOpenAIに最大1000億ドルを投資する。', '1000億ドル', 1000 * OKU, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['エヌビディアはOpenAIに1000億ドルまで投資する。', '1000億ドル', 1000 * OKU, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['エヌビディアはOpenAIに1000億ドルを投資する意向表明をした。', '1000億ドル', 1000 * OKU, 'USD', 'exact', 'nvidia', 'investment-loi', ''],
  ['OpenAIの損失は10億ドル未満だった。', '10億ドル', 10 * OKU, 'USD', 'less-than', 'openai', 'net-loss', ''],
  ['OpenAIの損失は10億ドル以下だった。', '10億ドル', 10 * OKU, 'USD', 'less-than', 'openai', 'net-loss', ''],
  ['OpenAIの2025年の売上高は140億〜170億ドルの見通し。', '140億〜170億ドル', 170 * OKU, 'USD', 'range', 'openai', 'revenue', '2025年'],
  // percentages
  ['マイクロソフトの出資比率は27%となった。', '27%', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['マイクロソフトはOpenAIの株式の27%を保有する。', '27%', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['マイクロソフトの保有比率は約27%だ。', '27%', 27, 'percent', 'approx', 'microsoft', 'stake-percent', ''],
  ['マイクロソフトの出資比率は２７％になった。', '２７％', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['Claudeのトラフィックは前月比64%伸びた。', '64%', 64, 'percent', 'exact', 'claude', 'traffic-growth', ''],
  ['Claudeのトラフィックは2025年10月に64%増加した。', '64%', 64, 'percent', 'exact', 'claude', 'traffic-growth', '2025年10月'],
  ['ChatGPTのトラフィックシェアは80%だった。', '80%', 80, 'percent', 'exact', 'chatgpt', 'traffic-share', ''],
  ['ChatGPTの市場シェアは8%減少した。', '8%', 8, 'percent', 'exact', 'chatgpt', 'traffic-share', ''],
  ['Geminiのユーザー増加率は30%だった。', '30%', 30, 'percent', 'exact', 'gemini', 'user-growth', ''],
  ['OpenAIはオラクルの受注残の60%を占める。', '60%', 60, 'percent', 'exact', 'openai', 'backlog-share', ''],
  ['米国経済のGDP成長への寄与率は1.1%だった。', '1.1%', 1.1, 'percent', 'exact', 'us-economy', 'gdp-growth-share', ''],
  ['OpenAIの株式報酬は売上高に占める割合で46%に達した。', '46%', 46, 'percent', 'exact', 'openai', 'compensation-revenue-share', ''],
  // counts
  ['ChatGPTの週間アクティブユーザーは8億人に達した。', '8億', 8 * OKU, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['ChatGPTの週間アクティブユーザーは2025年10月に8億人に達した。', '8億', 8 * OKU, 'count', 'exact', 'chatgpt', 'weekly-users', '2025年10月'],
  ['チャットGPTは毎週8億人に使われている。', '8億', 8 * OKU, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['Geminiの月間アクティブユーザーは6億5000万人だった。', '6億5000万', 6.5 * OKU, 'count', 'exact', 'gemini', 'monthly-users', ''],
  ['ジェミニの月間ユーザーは6億5000万人。', '6億5000万', 6.5 * OKU, 'count', 'exact', 'gemini', 'monthly-users', ''],
  ['AIオーバービューの月間ユーザーは20億以上だ。', '20億', 20 * OKU, 'count', 'at-least', 'ai-overviews', 'monthly-users', ''],
  ['ChatGPTの月間訪問数は58億回だった。', '58億', 58 * OKU, 'count', 'exact', 'chatgpt', 'web-visits', ''],
  ['Claude.aiの訪問数は4億1100万回に達した。', '4億1100万', 411e6, 'count', 'exact', 'claude', 'web-visits', ''],
  ['クロードへのアクセス数は4億1100万だった。', '4億1100万', 411e6, 'count', 'exact', 'claude', 'web-visits', ''],
  ['ChatGPTの有料会員は2000万人だ。', '2000万', 2000e4, 'count', 'exact', 'chatgpt', 'paying-subscribers', ''],
  ['ChatGPTの法人ユーザーは500万人だ。', '500万', 500e4, 'count', 'exact', 'chatgpt', 'business-users', ''],
  ['グーグルはアンソロピックに最大100万個のTPUを供給する。', '100万', 100e4, 'count', 'up-to', 'google', 'chip-count', ''],
  // physical units and multiples
  ['エヌビディアはOpenAIに10ギガワットのシステムを供給する。', '10ギガワット', 10, 'GW', 'exact', 'nvidia', 'compute-capacity', ''],
  ['AMDはOpenAIに6GWの計算能力を供給する。', '6GW', 6, 'GW', 'exact', 'amd', 'compute-capacity', ''],
  ['アンソロピックの売上高は2倍に増えた。', '2倍', 2, 'multiple', 'exact', 'anthropic', '', ''],
  ['アンソロピックの売上高は2倍以上に増えた。', '2倍', 2, 'multiple', 'at-least', 'anthropic', '', ''],
  // periods
  ['OpenAIは2026年だけで170億ドルを燃やす見通しだ。', '170億ドル', 170 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2026年だけで'],
  ['OpenAIは2025年4月から9月に25億ドルを燃やした。', '25億ドル', 25 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2025年4月から9月'],
  ['OpenAIは2025年下半期に売上高43億ドルを計上した。', '43億ドル', 43 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年下半期'],
  ['エヌビディアの2025年第3四半期の売上高は570億ドル。', '570億ドル', 570 * OKU, 'USD', 'exact', 'nvidia', 'revenue', '2025年第3四半期'],
  ['エヌビディアの2025年7〜9月期の売上高は570億ドル。', '570億ドル', 570 * OKU, 'USD', 'exact', 'nvidia', 'revenue', '2025年7〜9月期'],
  ['ソフトバンクは2025年度に300億ドルを投資する。', '300億ドル', 300 * OKU, 'USD', 'exact', 'softbank', 'investment', '2025年度'],
  ['OpenAIは2025年から2029年までに1150億ドルを燃やす。', '1150億ドル', 1150 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2025年から2029年までに'],
  ['OpenAIの評価額は2025年10月に5000億ドルとなった。', '5000億ドル', 5000 * OKU, 'USD', 'exact', 'openai', 'valuation', '2025年10月'],
  ['OpenAIの評価額は2025年12月2日時点で5000億ドル。', '5000億ドル', 5000 * OKU, 'USD', 'exact', 'openai', 'valuation', '2025年12月2日'],
  ['OpenAIは２０２５年に130億ドルを稼いだ。', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '２０２５年'],
  ['OpenAIは2025年上半期に研究開発に67億ドル、マーケティングに20億ドルを使った。', '20億ドル', 20 * OKU, 'USD', 'exact', 'openai', 'sales-marketing-spend', '2025年上半期'],
  ['マイクロソフトが持つオープンAI株の価値は約1350億ドルだ。', '1350億ドル', 1350 * OKU, 'USD', 'approx', 'microsoft', 'stake-value', ''],
  ['エヌビディアによるオープンAIへの1000億ドルの投資は段階的に行われる。', '1000億ドル', 1000 * OKU, 'USD', 'exact', 'nvidia', 'investment', ''],
  ['オープンAIは、2025年に130億ドルの売上高を見込む。', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年'],
  // subject drop
  ['OpenAIは急成長している。2025年の売上高は130億ドルに達する見込みだ。', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年'],
  ['アンソロピックは9月に資金を調達した。評価額は1830億ドルだった。', '1830億ドル', 1830 * OKU, 'USD', 'exact', 'anthropic', 'valuation', ''],
  ['エヌビディアは好決算を発表した。時価総額は5兆ドルに達した。', '5兆ドル', 5 * CHO, 'USD', 'exact', 'nvidia', 'market-cap', ''],
  // markdown structure
  ['- ChatGPTの週間アクティブユーザーは8億人。', '8億', 8 * OKU, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['1. エヌビディアはOpenAIに最大1000億ドルを投資する。', '1000億ドル', 1000 * OKU, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['> OpenAIは2029年までに1150億ドルを燃やす。', '1150億ドル', 1150 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2029年までに'],
  ['## OpenAIの2025年の売上高は130億ドル', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年'],
  ['| OpenAI | 2025年の売上高は130億ドル |\n|---|---|\n| a | b |', '130億ドル', 130 * OKU, 'USD', 'exact', 'openai', 'revenue', '2025年'],
  ['[OpenAI](https://openai.com)は2029年までに1150億ドルを燃やす。', '1150億ドル', 1150 * OKU, 'USD', 'exact', 'openai', 'cash-burn', '2029年までに'],
];

const ALIASES: [string, string][] = [
  ['OpenAI社', 'openai'], ['オープンAI社', 'openai'], ['オープンエーアイ', 'openai'], ['チャットジーピーティー', 'chatgpt'],
  ['エヌビディア社', 'nvidia'], ['NVIDIA社', 'nvidia'], ['マイクロソフト社', 'microsoft'], ['米マイクロソフト', 'microsoft'],
  ['アルファベット', 'google'], ['米グーグル', 'google'], ['Google社', 'google'], ['アンスロピック', 'anthropic'], ['Anthropic社', 'anthropic'],
  ['クロードコード', 'claude-code'], ['オラクル社', 'oracle'], ['アマゾン・ドット・コム', 'amazon'], ['アマゾン・ウェブ・サービス', 'aws'],
  ['メタ・プラットフォームズ', 'meta'], ['コアウィーブ', 'coreweave'], ['ソフトバンクG', 'softbank'], ['エックスAI', 'xai'],
  ['ミストラルAI', 'mistral'], ['セーフ・スーパーインテリジェンス', 'ssi'], ['シンキング・マシーンズ', 'thinking-machines'],
  ['エニースフィア', 'cursor'], ['ジェミナイ', 'gemini'],
];
for (const [alias, id] of ALIASES) {
  ROWS.push([`${alias}は2025年に25億ドルを調達した。`, '25億ドル', 25 * OKU, 'USD', 'exact', id, 'funding-round', '2025年']);
}

describe('extractClaims: Japanese table', () => {
  for (const [sentence, fig, value, unit, qualifier, entity, metric, period] of ROWS) {
    it(`${JSON.stringify(sentence)} → ${fig}`, () => {
      const claims = extractClaims(sentence, vocabulary);
      const c = claims.find((k) => k.text === fig);
      assert.ok(c, `no claim "${fig}" in ${JSON.stringify(claims.map((k) => k.text))}`);
      assert.equal(sentence.slice(c.start, c.end), fig);
      assert.equal(c.value, value, 'value');
      assert.equal(c.unit, unit, 'unit');
      assert.equal(c.qualifier, qualifier, 'qualifier');
      assert.equal(c.entity ?? '', entity, 'entity');
      assert.equal(c.metric ?? '', metric, 'metric');
      assert.equal(c.period?.text ?? '', period, 'period');
    });
  }
  it('has at least 100 cases', () => assert.ok(ROWS.length >= 100, String(ROWS.length)));
});

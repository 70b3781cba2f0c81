import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildVocabulary, describeFigures, findCitation, findPeriods, resolvePeriod, splitSentences, type FigureMatch } from '../../src/core/context';
import type { Qualifier, Unit } from '../../src/core/types';

const bundled = JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8'));
const vocabulary = buildVocabulary(bundled);

/** Context of the figure `figText` placed by hand in `sentence` (no grammar involved). */
function contextOf(sentence: string, figText: string, unit: Unit, qualifier: Qualifier = 'exact', vocab = vocabulary) {
  const start = sentence.indexOf(figText);
  assert.ok(start >= 0, `figure ${figText} not in ${sentence}`);
  const figure: FigureMatch = { start, end: start + figText.length, text: figText, value: 1, unit, qualifier, precision: 1, lang: 'en' };
  return describeFigures(sentence, sentence, { start: 0, end: sentence.length }, [figure], vocab)[0];
}

describe('sentences', () => {
  const cases: [string, string[]][] = [
    ['OpenAI burned $2.5B. Anthropic raised $13B.', ['OpenAI burned $2.5B.', 'Anthropic raised $13B.']],
    ['Revenue was $1.4 trillion. Next.', ['Revenue was $1.4 trillion.', 'Next.']],
    ['The U.S. economy grew. It slowed.', ['The U.S. economy grew.', 'It slowed.']],
    ['Mr. Altman said so. Then he left.', ['Mr. Altman said so.', 'Then he left.']],
    ['On Dec. 2, 2025 it fell. Then rose.', ['On Dec. 2, 2025 it fell.', 'Then rose.']],
    ['Is it $5B? Yes! Sure.', ['Is it $5B?', 'Yes!', 'Sure.']],
    ['OpenAIは赤字だ。売上は伸びた！本当？', ['OpenAIは赤字だ。', '売上は伸びた！', '本当？']],
    ['He said "it is $5B." Then left.', ['He said "it is $5B."', 'Then left.']],
    ['Nvidia Corp. e.g. this one.', ['Nvidia Corp. e.g. this one.']],
    ['a\u2029b', ['a', 'b']],
    ['売上は１．５兆円．利益は伸びた．', ['売上は１．５兆円．', '利益は伸びた．']],
    // A camel-case name in lower case starts a sentence; a plain lower-case word does not.
    ['OpenAI raised $40B in 2025. xAI raised $20B.', ['OpenAI raised $40B in 2025.', 'xAI raised $20B.']],
    ['Sales rose in 2025. iPhone sales fell.', ['Sales rose in 2025.', 'iPhone sales fell.']],
    ['It was about 5 vs. some 6 in 2025. and so on.', ['It was about 5 vs. some 6 in 2025. and so on.']],
  ];
  for (const [text, want] of cases) {
    it(text, () => assert.deepEqual(splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end)), want));
  }
});

describe('periods', () => {
  const cases: [string, string, string | undefined, string | undefined, boolean?, string?][] = [
    // [text, mention text, from, to, cumulative, entity]
    ['in 2026', '2026', '2026-01-01', '2026-12-31'],
    ['2026 alone', '2026 alone', '2026-01-01', '2026-12-31'],
    ['in Q3 2025', 'Q3 2025', '2025-07-01', '2025-09-30'],
    ['in 3Q25', '3Q25', '2025-07-01', '2025-09-30'],
    ["in Q4'25", "Q4'25", '2025-10-01', '2025-12-31'],
    ['the third quarter of 2025', 'third quarter of 2025', '2025-07-01', '2025-09-30'],
    ['in H1 2025', 'H1 2025', '2025-01-01', '2025-06-30'],
    ['in 2H25', '2H25', '2025-07-01', '2025-12-31'],
    ['the first half of 2025', 'first half of 2025', '2025-01-01', '2025-06-30'],
    ['the second half of 2025', 'second half of 2025', '2025-07-01', '2025-12-31'],
    ['through 2029', 'through 2029', undefined, '2029-12-31', true],
    ['by 2030', 'by 2030', undefined, '2030-12-31', true],
    ['through the end of 2029', 'through the end of 2029', undefined, '2029-12-31', true],
    ['between 2025 and 2029', 'between 2025 and 2029', '2025-01-01', '2029-12-31', true],
    ['from 2025 to 2029', 'from 2025 to 2029', '2025-01-01', '2029-12-31', true],
    ['over 2025-2029', '2025-2029', '2025-01-01', '2029-12-31', true],
    ['in 2025–29', '2025–29', '2025-01-01', '2029-12-31', true],
    ['April to September 2025', 'April to September 2025', '2025-04-01', '2025-09-30'],
    ['Apr–Sep 2025', 'Apr–Sep 2025', '2025-04-01', '2025-09-30'],
    ['in October 2025', 'October 2025', '2025-10-01', '2025-10-31'],
    ['in Feb. 2024', 'Feb. 2024', '2024-02-01', '2024-02-29'],
    ['on Dec 2, 2025', 'Dec 2, 2025', '2025-12-02', '2025-12-02'],
    ['in FY2026', 'FY2026', '2026-01-01', '2026-12-31'],
    ['in FY2026', 'FY2026', '2025-02-01', '2026-01-31', false, 'nvidia'],
    ['in fiscal 2025', 'fiscal 2025', '2024-07-01', '2025-06-30', false, 'microsoft'],
    ['in fiscal year 2026', 'fiscal year 2026', '2025-06-01', '2026-05-31', false, 'oracle'],
    ['Q3 FY2026', 'Q3 FY2026', '2025-08-01', '2025-10-31', false, 'nvidia'],
    ['fiscal Q1 2026', 'fiscal Q1 2026', '2025-07-01', '2025-09-30', false, 'microsoft'],
    ['2026年だけで', '2026年だけで', '2026-01-01', '2026-12-31'],
    ['2026年に', '2026年', '2026-01-01', '2026-12-31'],
    ['2029年までに', '2029年までに', undefined, '2029-12-31', true],
    ['2030年末までに', '2030年末までに', undefined, '2030-12-31', true],
    ['2025年上半期', '2025年上半期', '2025-01-01', '2025-06-30'],
    ['2025年下半期', '2025年下半期', '2025-07-01', '2025-12-31'],
    ['2025年前半', '2025年前半', '2025-01-01', '2025-06-30'],
    ['2025年4月から9月', '2025年4月から9月', '2025-04-01', '2025-09-30'],
    ['2025年4〜9月', '2025年4〜9月', '2025-04-01', '2025-09-30'],
    ['2025年7～9月期', '2025年7～9月期', '2025-07-01', '2025-09-30'],
    ['2025年度', '2025年度', '2025-04-01', '2026-03-31'],
    ['２０２５年度', '２０２５年度', '2025-04-01', '2026-03-31'],
    ['2025年第3四半期', '2025年第3四半期', '2025-07-01', '2025-09-30'],
    ['2025年10月', '2025年10月', '2025-10-01', '2025-10-31'],
    ['2025年12月2日', '2025年12月2日', '2025-12-02', '2025-12-02'],
    ['2025年から2029年まで', '2025年から2029年まで', '2025-01-01', '2029-12-31', true],
    ['2025〜2029年', '2025〜2029年', '2025-01-01', '2029-12-31', true],
    ['2026年3月期', '2026年3月期', '2025-04-01', '2026-03-31'],
    ['25年4〜6月期', '25年4〜6月期', '2025-04-01', '2025-06-30'],
    ['25年度上期', '25年度上期', '2025-04-01', '2025-09-30'],
    ['26年3月期', '26年3月期', '2025-04-01', '2026-03-31'],
  ];
  for (const [text, mention, from, to, cumulative, entity] of cases) {
    it(`${text}${entity ? ` (${entity})` : ''}`, () => {
      const found = findPeriods(text, 0, text.length);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0].text, mention);
      const p = resolvePeriod(found[0], entity);
      assert.equal(p.from, from);
      assert.equal(p.to, to);
      assert.equal(p.cumulative ?? false, cumulative ?? false);
    });
  }
  it('no period in plain numbers', () => {
    assert.deepEqual(findPeriods('It has 800 users and 3 GPUs.', 0, 28), []);
  });
  it('no period in a Japanese duration', () => {
    assert.deepEqual(findPeriods('過去25年で最大だった。', 0, 12), []);
  });
});

describe('citations', () => {
  const cases: [string, string | undefined, string?][] = [
    ['Revenue was $13B ([Reuters](https://www.reuters.com/a)).', 'link', 'https://www.reuters.com/a'],
    ['Revenue was $13B <https://example.com/r>.', 'link', 'https://example.com/r'],
    ['Revenue was $13B.[^3]', 'footnote'],
    ['Revenue was $13B (Source: company filings).', 'source-note'],
    ['Revenue was $13B (source: Reuters).', 'source-note'],
    ['売上高は130億ドル（出典：日経）。', 'source-note'],
    ['売上高は130億ドル(出典: 日経)。', 'source-note'],
    ['Revenue was $13B [a](ftp://x).', undefined],
    ['Revenue was $13B [a](./local.md).', undefined],
    ['Revenue was $13B.', undefined],
  ];
  for (const [text, kind, url] of cases) {
    it(text, () => {
      const c = findCitation(text);
      assert.equal(c?.kind, kind);
      if (url) assert.equal(c?.url, url);
    });
  }
});

describe('vocabulary', () => {
  const mine = buildVocabulary({
    entities: [
      { id: 'acme', name: 'Acme Robotics', aliases: ['Acme', 'ACR', 'アクメ'] },
      { id: 'beta', name: 'Beta Labs', aliases: ['Beta Labs'] },
    ],
    metrics: [
      { id: 'robots', label: 'robots shipped', labelJa: '出荷台数', family: 'robots', unit: 'count', kind: 'flow', cues: ['robots shipped', '出荷'] },
      { id: 'sales', label: 'sales', labelJa: '売上', family: 'sales', unit: 'currency', kind: 'flow', cues: ['sales', '売上'] },
    ],
  });
  it('a user dataset teaches new entities and cues', () => {
    const c = contextOf('Acme robots shipped: 40,000 in 2025.', '40,000', 'count', 'exact', mine);
    assert.equal(c.entity, 'acme');
    assert.equal(c.metric, 'robots');
  });
  it('Japanese aliases and cues from the user dataset', () => {
    const c = contextOf('アクメの売上は5億ドルだった。', '5億ドル', 'USD', 'exact', mine);
    assert.equal(c.entity, 'acme');
    assert.equal(c.metric, 'sales');
  });
  it('is cached per dataset object', () => {
    assert.equal(buildVocabulary(bundled), vocabulary);
  });
  it('short all-caps aliases match case exactly', () => {
    assert.equal(contextOf('The acr unit sold $5B.', '$5B', 'USD', 'exact', mine).entity, undefined);
    assert.equal(contextOf('ACR sold $5B.', '$5B', 'USD', 'exact', mine).entity, 'acme');
  });
  it('aliases match whole words only', () => {
    assert.equal(contextOf('Metadata costs $5B.', '$5B', 'USD').entity, undefined);
    assert.equal(contextOf('AMDX raised $5B.', '$5B', 'USD').entity, undefined);
    assert.equal(contextOf('AMD raised $5B.', '$5B', 'USD').entity, 'amd');
  });
  it('longest alias wins', () => {
    assert.equal(contextOf('Claude Code hit a $1B run-rate.', '$1B', 'USD').entity, 'claude-code');
    assert.equal(contextOf('Microsoft Azure grew 40%.', '40%', 'percent').entity, 'azure');
  });
  it('case-insensitive long aliases', () => {
    assert.equal(contextOf('NVIDIA CORP reported $57B in revenue.', '$57B', 'USD').entity, 'nvidia');
  });
});

describe('entity choice', () => {
  const cases: [string, string, Unit, string | undefined, string[]?][] = [
    ["Microsoft's stake in OpenAI is 27%.", '27%', 'percent', 'microsoft', ['openai', 'microsoft']],
    ['Nvidia will invest up to $100B in OpenAI.', '$100B', 'USD', 'nvidia', ['openai', 'nvidia']],
    ['OpenAI made $13B in 2025, and Anthropic made $5B.', '$5B', 'USD', 'anthropic'],
    ['OpenAI made $13B in 2025, and Anthropic made $5B.', '$13B', 'USD', 'openai'],
    ['Anthropic, the maker of Claude, raised $13B.', '$13B', 'USD', 'anthropic'],
    ["OpenAI's ChatGPT has 800 million weekly users.", '800 million', 'count', 'chatgpt'],
    ['$40B went to OpenAI from SoftBank.', '$40B', 'USD', 'openai'],
    ['The round valued xAI at $200B.', '$200B', 'USD', 'xai'],
    ['ソフトバンクはOpenAIに300億ドルを出資する。', '300億ドル', 'USD', 'softbank'],
    ['OpenAIにソフトバンクが300億ドルを出資する。', '300億ドル', 'USD', 'softbank'],
    ['マイクロソフトが保有するOpenAI株の比率は27%だ。', '27%', 'percent', 'microsoft'],
    ['エヌビディアの時価総額は5兆ドルに達した。', '5兆ドル', 'USD', 'nvidia'],
    ['オープンAIの売上高は130億ドル。', '130億ドル', 'USD', 'openai'],
    ['No company here spent $5B.', '$5B', 'USD', undefined],
  ];
  for (const [s, fig, unit, entity, entities] of cases) {
    it(`${s} [${fig}]`, () => {
      const c = contextOf(s, fig, unit);
      assert.equal(c.entity, entity);
      if (entities) assert.deepEqual(c.entities, entities);
    });
  }
  it('subject drop: the nearest earlier sentence of the paragraph', () => {
    assert.equal(contextOf('OpenAIは急成長している。売上高は130億ドルだった。', '130億ドル', 'USD').entity, 'openai');
    assert.equal(contextOf('OpenAI is growing fast. It expects to burn $115B.', '$115B', 'USD').entity, 'openai');
    assert.equal(contextOf('Anthropic grew. OpenAI grew too. It burned $2.5B.', '$2.5B', 'USD').entity, 'openai');
    assert.equal(contextOf('OpenAI grew. The company burned $2.5B.', '$2.5B', 'USD').entity, 'openai');
  });
  it('English without a pronoun does not inherit the subject', () => {
    assert.equal(contextOf('OpenAI grew fast. Analysts expect the market to reach $5B.', '$5B', 'USD').entity, undefined);
  });
});

describe('metric choice: families kept apart', () => {
  const cases: [string, string, Unit, Qualifier, string | undefined][] = [
    ['OpenAI expects to burn $115B through 2029.', '$115B', 'USD', 'exact', 'cash-burn'],
    ['OpenAI posted a net loss of $13.5B.', '$13.5B', 'USD', 'exact', 'net-loss'],
    ['OpenAI posted an operating loss of $7.8B.', '$7.8B', 'USD', 'exact', 'operating-loss'],
    ['OpenAI had revenue of $4.3B.', '$4.3B', 'USD', 'exact', 'revenue'],
    ['OpenAI hit $13B in annualized revenue.', '$13B', 'USD', 'exact', 'run-rate'],
    ["OpenAI's revenue run-rate reached $20B.", '$20B', 'USD', 'exact', 'run-rate'],
    ['OpenAI reached a $20B annualized revenue run rate.', '$20B', 'USD', 'exact', 'run-rate'],
    ['ChatGPT has 800 million weekly active users.', '800 million', 'count', 'exact', 'weekly-users'],
    ['Gemini has 650 million monthly active users.', '650 million', 'count', 'exact', 'monthly-users'],
    ['ChatGPT drew 5.8 billion monthly visits.', '5.8 billion', 'count', 'exact', 'web-visits'],
    ['Nvidia signed a letter of intent to invest $100B in OpenAI.', '$100B', 'USD', 'exact', 'investment-loi'],
    ['Nvidia will invest up to $100B in OpenAI.', '$100B', 'USD', 'up-to', 'investment-loi'],
    ['Microsoft invested $13B in OpenAI.', '$13B', 'USD', 'exact', 'investment'],
    ['Microsoft holds a 27% stake in OpenAI.', '27%', 'percent', 'exact', 'stake-percent'],
    ["Microsoft's stake in OpenAI is worth $135B.", '$135B', 'USD', 'exact', 'stake-value'],
    ['Microsoft holds a $135B stake in OpenAI.', '$135B', 'USD', 'exact', 'stake-value'],
    ['OpenAI was valued at $500B.', '$500B', 'USD', 'exact', 'valuation'],
    ['Anthropic closed at a $183B post-money valuation.', '$183B', 'USD', 'exact', 'valuation'],
    ['Anthropic had a $170B pre-money valuation.', '$170B', 'USD', 'exact', 'valuation-pre-money'],
    ['Nvidia reached a market value of $5T.', '$5T', 'USD', 'exact', 'market-cap'],
    ['Nvidia has a market cap of $4.5T.', '$4.5T', 'USD', 'exact', 'market-cap'],
    ['Anthropic raised $13B.', '$13B', 'USD', 'exact', 'funding-round'],
    ['Oracle signed a $300B contract with OpenAI.', '$300B', 'USD', 'exact', 'contract-value'],
    ['Microsoft guided capex of $80B.', '$80B', 'USD', 'exact', 'capex'],
    ['Claude traffic grew 64% month over month.', '64%', 'percent', 'exact', 'traffic-growth'],
    ['Claude visits rose 64%.', '64%', 'percent', 'exact', 'traffic-growth'],
    ['Revenue grew 64%.', '64%', 'percent', 'exact', undefined],
    ['Nvidia will deploy 10 GW of systems.', '10 GW', 'GW', 'exact', 'compute-capacity'],
    ['Oracle has $455B in remaining performance obligations.', '$455B', 'USD', 'exact', 'backlog'],
    ['OpenAI had 800 million of something.', '800 million', 'count', 'exact', undefined],
    ['OpenAIは2029年までに1150億ドルを燃やす。', '1150億ドル', 'USD', 'exact', 'cash-burn'],
    ['OpenAIの純損失は135億ドルだった。', '135億ドル', 'USD', 'exact', 'net-loss'],
    ['OpenAIの赤字は135億ドルだった。', '135億ドル', 'USD', 'exact', 'net-loss'],
    ['OpenAIの売上高は43億ドルだった。', '43億ドル', 'USD', 'exact', 'revenue'],
    ['OpenAIの年換算売上高は130億ドル。', '130億ドル', 'USD', 'exact', 'run-rate'],
    ['ChatGPTの週間アクティブユーザーは8億人。', '8億人', 'count', 'exact', 'weekly-users'],
    ['Geminiの月間アクティブユーザーは6億5000万人。', '6億5000万人', 'count', 'exact', 'monthly-users'],
    ['エヌビディアはOpenAIに最大1000億ドルを投資する。', '1000億ドル', 'USD', 'up-to', 'investment-loi'],
    ['マイクロソフトはOpenAIに130億ドルを投資した。', '130億ドル', 'USD', 'exact', 'investment'],
    ['OpenAIの評価額は5000億ドル。', '5000億ドル', 'USD', 'exact', 'valuation'],
    ['エヌビディアの時価総額は5兆ドル。', '5兆ドル', 'USD', 'exact', 'market-cap'],
    ['マイクロソフトの出資比率は27%。', '27%', 'percent', 'exact', 'stake-percent'],
    ['アンソロピックは130億ドルを調達した。', '130億ドル', 'USD', 'exact', 'funding-round'],
    ['オラクルとの契約は3000億ドル規模。', '3000億ドル', 'USD', 'exact', 'contract-value'],
    ['マイクロソフトの設備投資は800億ドル。', '800億ドル', 'USD', 'exact', 'capex'],
    ['Claudeのトラフィックは64%伸びた。', '64%', 'percent', 'exact', 'traffic-growth'],
  ];
  for (const [s, fig, unit, q, metric] of cases) {
    it(`${s} [${fig}]`, () => assert.equal(contextOf(s, fig, unit, q).metric, metric));
  }
});

describe('direction', () => {
  const cases: [string, string, Unit, string | undefined][] = [
    ['Revenue grew 64% in 2025.', '64%', 'percent', 'up'],
    ['Visits fell 8% in October.', '8%', 'percent', 'down'],
    ['Traffic declined by 3 percentage points.', '3 percentage points', 'percentage-points', 'down'],
    ['Revenue doubled to $13B.', '$13B', 'USD', undefined],
    ['Revenue rose by $2B.', '$2B', 'USD', 'up'],
    ['It posted a $2B increase.', '$2B', 'USD', 'up'],
    ['Revenue was $13B, up 64%.', '64%', 'percent', 'up'],
    ['Nvidia will invest up to $100B.', '$100B', 'USD', undefined],
    ['売上高は64%増加した。', '64%', 'percent', 'up'],
    ['訪問数は8%減少した。', '8%', 'percent', 'down'],
    ['売上高は20億ドル増加した。', '20億ドル', 'USD', 'up'],
    ['売上高は130億ドルだった。', '130億ドル', 'USD', undefined],
    ['売上高は前年比64%増だった。', '64%', 'percent', 'up'],
    ['株価は12%下落した。', '12%', 'percent', 'down'],
    ['売上高は5%減となった。', '5%', 'percent', 'down'],
    ['増資は5%だった。', '5%', 'percent', undefined],
    ['売上高が2倍になった。', '2倍', 'multiple', 'up'],
  ];
  for (const [s, fig, unit, direction] of cases) {
    it(`${s} [${fig}]`, () => assert.equal(contextOf(s, fig, unit).direction, direction));
  }
});

describe('period applies to every figure of the sentence', () => {
  it('one period, two figures', () => {
    const s = 'In the first half of 2025 OpenAI spent $2B on marketing and $6.7B on research.';
    for (const fig of ['$2B', '$6.7B']) assert.equal(contextOf(s, fig, 'USD').period?.text, 'first half of 2025');
  });
  it('two periods: each figure takes the nearest in its clause', () => {
    const s = 'Revenue was $3.7B in 2024; in 2025 it reached $13B.';
    assert.equal(contextOf(s, '$3.7B', 'USD').period?.text, '2024');
    assert.equal(contextOf(s, '$13B', 'USD').period?.text, '2025');
  });
  it('from … to …', () => {
    const s = 'Revenue rose from $3.7B in 2024 to $13B in 2025.';
    assert.equal(contextOf(s, '$3.7B', 'USD').period?.text, '2024');
    assert.equal(contextOf(s, '$13B', 'USD').period?.text, '2025');
  });
  it('Japanese: 2025年上半期 for both figures', () => {
    const s = 'OpenAIは2025年上半期に研究開発に67億ドル、マーケティングに20億ドルを使った。';
    for (const fig of ['67億ドル', '20億ドル']) assert.equal(contextOf(s, fig, 'USD').period?.text, '2025年上半期');
  });
  it('fiscal year resolved with the entity calendar', () => {
    const p = contextOf('Nvidia reported $130.5B in revenue for fiscal 2025.', '$130.5B', 'USD').period;
    assert.deepEqual([p?.from, p?.to], ['2024-02-01', '2025-01-31']);
  });
});

describe('citation attached to the figure', () => {
  it('a following "(Source: …)" sentence cites the sentence before', () => {
    const s = 'OpenAI burned $2.5B in H1 2025. (Source: The Information)';
    assert.equal(contextOf(s, '$2.5B', 'USD').citation?.kind, 'source-note');
  });
  it('a link in another sentence does not cite', () => {
    const s = 'OpenAI burned $2.5B. See [this](https://example.com) for more.';
    assert.equal(contextOf(s, '$2.5B', 'USD').citation, undefined);
  });
  it('a link that starts the sentence cites it', () => {
    const s = '[Reuters](https://www.reuters.com/x) says OpenAI burned $2.5B.';
    assert.equal(contextOf(s, '$2.5B', 'USD').citation?.url, 'https://www.reuters.com/x');
  });
});


// The verifier in isolation: hand-built claims (as the extractor would produce them) against the
// fixture dataset, one row per rule. Sentence-level cases through checkDocument are in
// verify-sentences.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVerifyCache, verifyClaims } from '../../src/core/verify/index';
import type { Claim, Verdict } from '../../src/core/types';
import { claim, claimsIn, fixtureDataset, h1, label, month, through, year, type ClaimSpec } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();

interface Row {
  name: string;
  claim: ClaimSpec;
  verdict: Verdict;
  record?: string;
  newer?: string;
  message?: RegExp;
}

const openai = (spec: Omit<ClaimSpec, 'unit'> & Partial<ClaimSpec>): ClaimSpec => ({ unit: 'USD', entity: 'openai', ...spec });
const usd = (text: string, value: number, precision: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ text, value, precision, unit: 'USD', ...extra });
const B = 1e9;
const M = 1e6;

const rows: Row[] = [
  // --- tolerance: the writer's rounding and the source's precision -----------------------------------
  { name: '$13.1B matches 2025 revenue exactly', claim: openai(usd('$13.1B', 13.1 * B, 0.1 * B, { metric: 'revenue', period: year(2025) })), verdict: 'supported', record: 'openai-revenue-2025' },
  { name: '"$13B" supports 13.1e9 (rounded to the billion)', claim: openai(usd('$13B', 13 * B, B, { metric: 'revenue', period: year(2025) })), verdict: 'supported', record: 'openai-revenue-2025' },
  { name: '"about $13 billion" supports 13.1e9', claim: openai(usd('$13 billion', 13 * B, B, { qualifier: 'approx', metric: 'revenue', period: year(2025) })), verdict: 'supported', record: 'openai-revenue-2025' },
  { name: '"$13.5B" is outside 13.1e9 at its own precision', claim: openai(usd('$13.5B', 13.5 * B, 0.1 * B, { metric: 'revenue', period: year(2025) })), verdict: 'contradicted', record: 'openai-revenue-2025', message: /is \$13\.1B .*not \$13\.5B\./ },
  { name: '"$14B" revenue for 2025 is wrong', claim: openai(usd('$14B', 14 * B, B, { metric: 'revenue', period: year(2025) })), verdict: 'contradicted', record: 'openai-revenue-2025', message: /OpenAI's revenue for 2025 is \$13\.1B \(AI for Automation, 2026-03-29\), not \$14B\./ },
  { name: '"$13.3B" matches only the earlier "about $13B" guidance: outdated', claim: openai(usd('$13.3B', 13.3 * B, 0.1 * B, { metric: 'revenue', period: year(2025) })), verdict: 'outdated', record: 'openai-2025-revenue-guidance-13b', newer: 'openai-revenue-2025' },
  { name: 'H1 2025 revenue $4.3B', claim: openai(usd('$4.3B', 4.3 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })), verdict: 'supported', record: 'openai-revenue-h1-2025' },
  { name: "a record's stated tolerance (5%) admits $4.5B", claim: openai(usd('$4.5B', 4.5 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })), verdict: 'supported', record: 'openai-revenue-h1-2025' },
  { name: "and stops before $4.6B", claim: openai(usd('$4.6B', 4.6 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })), verdict: 'contradicted', record: 'openai-revenue-h1-2025' },
  { name: '$115B supports a record of 115e9 from a rounded $115.3B-style figure', claim: openai(usd('$115.3B', 115.3 * B, 0.1 * B, { metric: 'cash-burn', period: through(2029) })), verdict: 'supported', record: 'openai-cumulative-burn-115b-thru-2029' },
  // --- period narrowing -------------------------------------------------------------------------------
  { name: 'H1 2025 is not full-year 2025', claim: openai(usd('$13.1B', 13.1 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })), verdict: 'contradicted', record: 'openai-revenue-h1-2025' },
  { name: 'no revenue record for 2024: unsourced, naming the periods it has', claim: openai(usd('$3.7B', 3.7 * B, 0.1 * B, { metric: 'revenue', period: year(2024) })), verdict: 'unsourced', message: /for 2024.*the dataset has/ },
  { name: '2026 burn of $25B', claim: openai(usd('$25 billion', 25 * B, B, { metric: 'cash-burn', period: year(2026) })), verdict: 'supported', record: 'openai-2026-cash-burn-25b-feb2026' },
  { name: '2028 burn of $85B', claim: openai(usd('$85B', 85 * B, B, { metric: 'cash-burn', period: year(2028) })), verdict: 'supported', record: 'openai-2028-cash-burn-85b' },
  { name: '2028 burn of $80B is wrong', claim: openai(usd('$80B', 80 * B, B, { metric: 'cash-burn', period: year(2028) })), verdict: 'contradicted', record: 'openai-2028-cash-burn-85b' },
  { name: '$85B is not the 2026 burn', claim: openai(usd('$85B', 85 * B, B, { metric: 'cash-burn', period: year(2026) })), verdict: 'contradicted', record: 'openai-2026-cash-burn-25b-feb2026' },
  { name: 'cumulative "through 2029" matches the cumulative record ending then', claim: openai(usd('$115 billion', 115 * B, B, { metric: 'cash-burn', period: through(2029) })), verdict: 'supported', record: 'openai-cumulative-burn-115b-thru-2029' },
  { name: 'a cumulative figure is not a one-year figure', claim: openai(usd('$115 billion', 115 * B, B, { metric: 'cash-burn', period: year(2029) })), verdict: 'unsourced' },
  { name: 'H1 2025 burn $2.5B', claim: openai(usd('$2.5B', 2.5 * B, 0.1 * B, { metric: 'cash-burn', period: h1(2025) })), verdict: 'supported', record: 'openai-cash-burn-h1-2025' },
  { name: 'stock: a record dated inside the month written', claim: { text: '800 million', value: 800 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users', qualifier: 'at-least', period: month(2025, 10) }, verdict: 'supported', record: 'chatgpt-wau-2025-10' },
  { name: 'an undated period ("Series F") matches on the record\'s wording', claim: { ...usd('$183 billion', 183 * B, B), entity: 'anthropic', metric: 'valuation', period: label('its Series F') }, verdict: 'supported', record: 'anthropic-series-f-valuation' },
  // --- revisions (supersession) ---------------------------------------------------------------------
  { name: 'the superseded 2026 burn forecast ($17B) is outdated, newer $25B', claim: openai(usd('$17 billion', 17 * B, B, { metric: 'cash-burn', period: year(2026) })), verdict: 'outdated', record: 'openai-2026-cash-burn-17b-sep2025', newer: 'openai-2026-cash-burn-25b-feb2026', message: /revised to \$25 billion \(The Decoder, 2026-02\)/ },
  { name: '"more than $17B" for 2026 is still true of $25B', claim: openai(usd('$17 billion', 17 * B, B, { qualifier: 'at-least', metric: 'cash-burn', period: year(2026) })), verdict: 'supported', record: 'openai-2026-cash-burn-25b-feb2026' },
  { name: 'the 2026 loss plan ($14B) was superseded through the chain: outdated', claim: openai(usd('$14 billion', 14 * B, B, { metric: 'net-loss', period: year(2026) })), verdict: 'outdated', record: 'openai-2026-loss-14b-oct2024', newer: 'openai-2026-cash-burn-25b-feb2026' },
  { name: '$30B burn in 2026 is wrong', claim: openai(usd('$30B', 30 * B, B, { metric: 'cash-burn', period: year(2026) })), verdict: 'contradicted', record: 'openai-2026-cash-burn-25b-feb2026' },
  { name: 'a stake restructured: 49% is outdated in the present tense', claim: { text: '49%', value: 49, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent' }, verdict: 'outdated', record: 'msft-openai-old-49pct-profit-share', newer: 'msft-openai-stake-pct', message: /revised to 27%/ },
  { name: '...but 49% in 2024 was true then (the revision speaks to a later date)', claim: { text: '49%', value: 49, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent', period: year(2024) }, verdict: 'supported', record: 'msft-openai-old-49pct-profit-share' },
  { name: 'Anthropic talks at $350B, superseded by the $380B Series G: outdated in Feb 2026', claim: { ...usd('$350 billion', 350 * B, B), entity: 'anthropic', metric: 'valuation', period: month(2026, 2) }, verdict: 'outdated', record: 'anthropic-valuation-talks-2026-01', newer: 'anthropic-series-g-valuation' },
  { name: 'capex guidance raised: $175B (old range) is outdated', claim: { ...usd('$175 billion', 175 * B, B), entity: 'google', metric: 'capex', period: year(2026) }, verdict: 'outdated', record: 'alphabet-capex-2026-guidance-feb', newer: 'alphabet-capex-2026-guidance-apr' },
  { name: 'Meta $120B for 2026 is in the old range only: outdated', claim: { ...usd('$120B', 120 * B, B), entity: 'meta', metric: 'capex', period: year(2026) }, verdict: 'outdated', newer: 'meta-capex-2026-guidance-apr' },
  { name: 'Cerebras $10B (at-least, superseded by the S-1 $20B): outdated', claim: { ...usd('$10 billion', 10 * B, B), entity: 'openai', entities: ['openai', 'cerebras'], metric: 'contract-value' }, verdict: 'outdated', record: 'openai-cerebras-10b', newer: 'cerebras-openai-20b-s1' },
  // --- present tense: the newest record is the reference; history is not revision ---------------------
  { name: 'present tense 27% stake', claim: { text: '27%', value: 27, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent' }, verdict: 'supported', record: 'msft-openai-stake-pct' },
  { name: 'present tense "about 27%"', claim: { text: '27%', value: 27, precision: 1, qualifier: 'approx', unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent' }, verdict: 'supported', record: 'msft-openai-stake-pct' },
  { name: 'present tense 30% stake is wrong, message in the documented form', claim: { text: '30%', value: 30, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent' }, verdict: 'contradicted', record: 'msft-openai-stake-pct', message: /^Microsoft's ownership stake in OpenAI is 27% \(Nasdaq \(RTTNews\), 2025-10-28\), not 30%\.$/ },
  { name: 'ChatGPT has 800 million weekly users (an older observation): outdated', claim: { text: '800 million', value: 800 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users' }, verdict: 'outdated', record: 'chatgpt-wau-2025-10', newer: 'chatgpt-wau-2026-02', message: /latest figure is more than 900 million/ },
  { name: 'ChatGPT has 900 million weekly users', claim: { text: '900 million', value: 900 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users' }, verdict: 'supported', record: 'chatgpt-wau-2026-02' },
  { name: 'ChatGPT has more than 900 million weekly users', claim: { text: '900 million', value: 900 * M, precision: M, qualifier: 'at-least', unit: 'count', entity: 'chatgpt', metric: 'weekly-users' }, verdict: 'supported', record: 'chatgpt-wau-2026-02' },
  { name: 'ChatGPT has 1.2 billion weekly users: wrong', claim: { text: '1.2 billion', value: 1.2 * B, precision: 0.1 * B, unit: 'count', entity: 'chatgpt', metric: 'weekly-users' }, verdict: 'contradicted', record: 'chatgpt-wau-2026-02' },
  { name: '500 million weekly users in March 2025 (history stays true)', claim: { text: '500 million', value: 500 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users', period: month(2025, 3) }, verdict: 'supported', record: 'chatgpt-wau-2025-03' },
  { name: '600 million in 2025 lies between observations: unsourced, not wrong', claim: { text: '600 million', value: 600 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users', period: year(2025) }, verdict: 'unsourced', message: /between/ },
  { name: '2 billion weekly users in 2025 is beyond every observation: wrong', claim: { text: '2 billion', value: 2 * B, precision: B, unit: 'count', entity: 'chatgpt', metric: 'weekly-users', period: year(2025) }, verdict: 'contradicted', record: 'chatgpt-wau-2025-10' },
  { name: 'Gemini 650 million monthly users in October 2025', claim: { text: '650 million', value: 650 * M, precision: M, qualifier: 'at-least', unit: 'count', entity: 'gemini', metric: 'monthly-users', period: month(2025, 10) }, verdict: 'supported', record: 'gemini-mau-2025-10' },
  { name: 'Gemini 650 million monthly users, present tense: outdated', claim: { text: '650 million', value: 650 * M, precision: M, unit: 'count', entity: 'gemini', metric: 'monthly-users' }, verdict: 'outdated', newer: 'gemini-app-mau-feb-2026' },
  { name: 'Gemini 750 million monthly users, present tense', claim: { text: '750 million', value: 750 * M, precision: M, unit: 'count', entity: 'gemini', metric: 'monthly-users' }, verdict: 'supported', record: 'gemini-app-mau-feb-2026' },
  { name: "Series F valued Anthropic at $183B in September 2025 (still true after Series G/H)", claim: { ...usd('$183 billion', 183 * B, B), entity: 'anthropic', metric: 'valuation', period: month(2025, 9) }, verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { name: 'Anthropic "is valued at" $183B today: outdated (history)', claim: { ...usd('$183 billion', 183 * B, B), entity: 'anthropic', metric: 'valuation' }, verdict: 'outdated', record: 'anthropic-series-f-valuation', newer: 'anthropic-series-h-valuation' },
  { name: 'Anthropic valued at $965B (latest)', claim: { ...usd('$965 billion', 965 * B, B), entity: 'anthropic', metric: 'valuation' }, verdict: 'supported', record: 'anthropic-series-h-valuation' },
  { name: 'Anthropic valued at $200B in September 2025: wrong', claim: { ...usd('$200 billion', 200 * B, B), entity: 'anthropic', metric: 'valuation', period: month(2025, 9) }, verdict: 'contradicted', record: 'anthropic-series-f-valuation' },
  { name: 'Anthropic Series E $61.5B in March 2025', claim: { ...usd('$61.5B', 61.5 * B, 0.1 * B), entity: 'anthropic', metric: 'valuation', period: month(2025, 3) }, verdict: 'supported', record: 'anthropic-series-e-valuation' },
  { name: 'OpenAI $500B in October 2025', claim: openai(usd('$500 billion', 500 * B, B, { metric: 'valuation', period: month(2025, 10) })), verdict: 'supported', record: 'openai-valuation-2025-10' },
  { name: 'OpenAI "is worth" $500B: outdated', claim: openai(usd('$500 billion', 500 * B, B, { metric: 'valuation' })), verdict: 'outdated', newer: 'openai-valuation-2026-03-post' },
  { name: 'OpenAI worth $852B (latest)', claim: openai(usd('$852 billion', 852 * B, B, { metric: 'valuation' })), verdict: 'supported', record: 'openai-valuation-2026-03-post' },
  { name: 'OpenAI $350B in March 2025: wrong', claim: openai(usd('$350B', 350 * B, B, { metric: 'valuation', period: month(2025, 3) })), verdict: 'contradicted', record: 'openai-valuation-2025-03' },
  // --- flows without a period --------------------------------------------------------------------------
  { name: 'a flow figure equal to a current record of some period is supported', claim: openai(usd('$13.1 billion', 13.1 * B, 0.1 * B, { metric: 'revenue' })), verdict: 'supported', record: 'openai-revenue-2025' },
  { name: 'a flow figure with no period and several periods on record: ask for the period', claim: openai(usd('$20 billion', 20 * B, B, { metric: 'revenue' })), verdict: 'unsourced', message: /say which period/ },
  // --- hedges and bounds -----------------------------------------------------------------------------
  { name: '"up to $100B" matches the up-to LOI record', claim: { ...usd('$100 billion', 100 * B, B), qualifier: 'up-to', entity: 'nvidia', entities: ['nvidia', 'openai'], metric: 'investment-loi' }, verdict: 'supported', record: 'nvidia-openai-loi-up-to-100b' },
  { name: '"$150B" is contradicted by the up-to-$100B record', claim: { ...usd('$150 billion', 150 * B, B), entity: 'nvidia', entities: ['nvidia', 'openai'], metric: 'investment-loi' }, verdict: 'contradicted', record: 'nvidia-openai-loi-up-to-100b', message: /up to \$100 billion/ },
  { name: '"up to $150B" is contradicted too', claim: { ...usd('$150 billion', 150 * B, B), qualifier: 'up-to', entity: 'nvidia', entities: ['nvidia', 'openai'], metric: 'investment-loi' }, verdict: 'contradicted', record: 'nvidia-openai-loi-up-to-100b' },
  { name: '"over 1 billion" visits supports 1.1e9', claim: { text: '1 billion', value: B, precision: B, qualifier: 'at-least', unit: 'count', entity: 'gemini', metric: 'web-visits', period: month(2025, 9) }, verdict: 'supported', record: 'gemini-visits-sep-2025' },
  { name: '"over 1.2 billion" visits is not supported by 1.1e9', claim: { text: '1.2 billion', value: 1.2 * B, precision: 0.1 * B, qualifier: 'at-least', unit: 'count', entity: 'gemini', metric: 'web-visits', period: month(2025, 9) }, verdict: 'contradicted' },
  { name: '"less than 1 billion" visits is contradicted by 1.1e9', claim: { text: '1 billion', value: B, precision: B, qualifier: 'less-than', unit: 'count', entity: 'gemini', metric: 'web-visits', period: month(2025, 9) }, verdict: 'contradicted' },
  { name: '"more than $10B" matches a ">$10B"-style record (now the $20B S-1 figure, low confidence)', claim: { ...usd('$10 billion', 10 * B, B), qualifier: 'at-least', entity: 'openai', entities: ['openai', 'cerebras'], metric: 'contract-value' }, verdict: 'supported', record: 'cerebras-openai-20b-s1', message: /low-confidence/ },
  { name: 'ChatGPT "about 6 billion" visits in September 2025', claim: { text: '6 billion', value: 6 * B, precision: B, qualifier: 'approx', unit: 'count', entity: 'chatgpt', metric: 'web-visits', period: month(2025, 9) }, verdict: 'supported', record: 'chatgpt-visits-sep-2025' },
  // --- ranges ------------------------------------------------------------------------------------------
  { name: 'a point inside the current range', claim: { ...usd('$185 billion', 185 * B, B), entity: 'google', metric: 'capex', period: year(2026) }, verdict: 'supported', record: 'alphabet-capex-2026-guidance-apr' },
  { name: 'a range overlapping the current range', claim: { ...usd('$175–185 billion', 185 * B, B), qualifier: 'range', low: 175 * B, high: 185 * B, entity: 'google', metric: 'capex', period: year(2026) }, verdict: 'supported', record: 'alphabet-capex-2026-guidance-apr' },
  { name: 'a point below every range: wrong, message gives the range', claim: { ...usd('$150 billion', 150 * B, B), entity: 'google', metric: 'capex', period: year(2026) }, verdict: 'contradicted', record: 'alphabet-capex-2026-guidance-apr', message: /\$180 billion–\$190 billion/ },
  { name: 'Meta $145B for 2026', claim: { ...usd('$145B', 145 * B, B), entity: 'meta', metric: 'capex', period: year(2026) }, verdict: 'supported', record: 'meta-capex-2026-guidance-apr' },
  { name: 'Meta $100B for 2026: wrong', claim: { ...usd('$100B', 100 * B, B), entity: 'meta', metric: 'capex', period: year(2026) }, verdict: 'contradicted', record: 'meta-capex-2026-guidance-apr' },
  { name: 'a range that misses the record range', claim: { ...usd('$60–80B', 80 * B, B), qualifier: 'range', low: 60 * B, high: 80 * B, entity: 'meta', metric: 'capex', period: year(2026) }, verdict: 'contradicted' },
  { name: 'Anthropic 2026 revenue target, a point in the $20–26B range', claim: { ...usd('$24 billion', 24 * B, B), entity: 'anthropic', metric: 'revenue', period: year(2026) }, verdict: 'supported', record: 'anthropic-run-rate-2026-target' },
  // --- units -------------------------------------------------------------------------------------------
  { name: '750 MW compares with a 0.75 GW record', claim: { text: '750 MW', value: 750, precision: 1, qualifier: 'up-to', unit: 'MW', entity: 'openai', entities: ['openai', 'cerebras'], metric: 'compute-capacity' }, verdict: 'supported', record: 'openai-cerebras-750mw', message: /up to 750 MW/ },
  { name: '2 GW against the 0.75 GW record: wrong', claim: { text: '2 GW', value: 2, precision: 1, unit: 'GW', entity: 'openai', entities: ['openai', 'cerebras'], metric: 'compute-capacity' }, verdict: 'contradicted', record: 'openai-cerebras-750mw' },
  { name: 'percent vs percentage points never compare', claim: { text: '27 percentage points', value: 27, precision: 1, unit: 'percentage-points', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent' }, verdict: 'unsourced' },
  { name: 'a euro figure is not compared with a dollar record', claim: { ...usd('€13.1B', 13.1 * B, 0.1 * B), unit: 'EUR', entity: 'openai', metric: 'revenue', period: year(2025) }, verdict: 'unsourced' },
  // --- families never cross ----------------------------------------------------------------------------
  { name: 'stake % read as a stake value: no record, not wrong', claim: { text: '27%', value: 27, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-value' }, verdict: 'unsourced' },
  { name: 'stake value $135B', claim: { ...usd('$135 billion', 135 * B, B), entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-value' }, verdict: 'supported', record: 'msft-openai-stake-value' },
  { name: 'ChatGPT monthly users: no record (weekly ≠ monthly)', claim: { text: '800 million', value: 800 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'monthly-users' }, verdict: 'unsourced' },
  { name: 'LOI is not investment', claim: { ...usd('$100 billion', 100 * B, B), entity: 'nvidia', entities: ['nvidia', 'openai'], metric: 'investment' }, verdict: 'unsourced' },
  { name: 'operating loss has no records: the burn does not answer for it', claim: openai(usd('$25 billion', 25 * B, B, { metric: 'operating-loss', period: year(2026) })), verdict: 'unsourced' },
  // --- entities and deals ------------------------------------------------------------------------------
  // "OpenAI's 900 million weekly users": the company's one product with that metric stands in, to support only.
  { name: "a company's figure is read against its one product's records", claim: { text: '900 million', value: 900 * M, precision: M, unit: 'count', entity: 'openai', metric: 'weekly-users' }, verdict: 'supported' },
  { name: "a product's records never make its company's figure wrong", claim: { text: '1.5 billion', value: 1.5e9, precision: 1e8, unit: 'count', entity: 'openai', metric: 'weekly-users' }, verdict: 'unsourced' },
  { name: 'a deal needs both parties: Nvidia → Anthropic up to $10B', claim: { ...usd('$10 billion', 10 * B, B), qualifier: 'up-to', entity: 'anthropic', entities: ['anthropic', 'nvidia'], metric: 'investment-loi' }, verdict: 'supported', record: 'nvidia-anthropic-up-to-10b' },
  { name: 'Microsoft → Anthropic up to $5B', claim: { ...usd('$5 billion', 5 * B, B), qualifier: 'up-to', entity: 'microsoft', entities: ['microsoft', 'anthropic'], metric: 'investment-loi' }, verdict: 'supported', record: 'microsoft-anthropic-investment-2025-11' },
  { name: 'Nvidia investment without the other party: ask for it', claim: { ...usd('$10 billion', 10 * B, B), qualifier: 'up-to', entity: 'nvidia', entities: ['nvidia'], metric: 'investment-loi' }, verdict: 'unsourced', message: /name the other party/ },
  { name: 'the wrong counterparty never confirms: Nvidia → Anthropic $100B', claim: { ...usd('$100 billion', 100 * B, B), qualifier: 'up-to', entity: 'nvidia', entities: ['nvidia', 'anthropic'], metric: 'investment-loi' }, verdict: 'contradicted', record: 'nvidia-anthropic-up-to-10b' },
  { name: 'another entity in the sentence may confirm, never contradict', claim: { ...usd('$183 billion', 183 * B, B), entity: 'openai', entities: ['openai', 'anthropic'], metric: 'valuation', period: month(2025, 9) }, verdict: 'supported', record: 'anthropic-series-f-valuation' },
  { name: '...and a figure matching neither is unsourced for the other, not contradicted', claim: openai(usd('$700 billion', 700 * B, B, { entities: ['openai', 'anthropic'], metric: 'valuation', period: month(2025, 9) })), verdict: 'unsourced' },
  // --- unsourced, cited, ignored -----------------------------------------------------------------------
  { name: 'nothing recognised', claim: usd('$42 billion', 42 * B, B), verdict: 'unsourced', message: /Could not tell what this figure is about/ },
  { name: 'entity without metric', claim: openai(usd('$42 billion', 42 * B, B)), verdict: 'unsourced', message: /about OpenAI, but could not tell what it measures/ },
  { name: 'metric without entity', claim: usd('$42 billion', 42 * B, B, { metric: 'valuation' }), verdict: 'unsourced', message: /could not tell whose/ },
  { name: 'an entity the dataset has nothing on', claim: { ...usd('$42 billion', 42 * B, B), entity: 'claude', metric: 'revenue' }, verdict: 'unsourced', message: /No sourced figure for Claude's revenue/ },
  { name: 'no record but a link: cited', claim: { ...usd('$42 billion', 42 * B, B), entity: 'claude', metric: 'revenue', citation: { kind: 'link', text: 'a report', url: 'https://example.com/report' } }, verdict: 'cited', message: /https:\/\/example\.com\/report/ },
  { name: 'a footnote cites too', claim: usd('$42 billion', 42 * B, B, { citation: { kind: 'footnote', text: '[^1]' } }), verdict: 'cited' },
  { name: 'a citation does not overrule the dataset', claim: openai(usd('$14B', 14 * B, B, { metric: 'revenue', period: year(2025), citation: { kind: 'link', text: 'x', url: 'https://example.com' } })), verdict: 'contradicted' },
  { name: 'an ignore comment wins over everything', claim: openai(usd('$14B', 14 * B, B, { metric: 'revenue', period: year(2025), ignored: true })), verdict: 'ignored' },
  // --- low confidence ----------------------------------------------------------------------------------
  { name: 'a low-confidence record: verdict stands, message says so', claim: { text: '300 million', value: 300 * M, precision: M, unit: 'count', entity: 'deepseek', metric: 'web-visits', period: month(2025, 9) }, verdict: 'supported', record: 'deepseek-visits-sep-2025', message: /low-confidence source/ },
  { name: 'a low-confidence contradiction says so too', claim: { ...usd('$80 billion', 80 * B, B), entity: 'thinking-machines', metric: 'valuation', period: month(2026, 1) }, verdict: 'contradicted', message: /low-confidence source/ },
];

const japaneseRows: Row[] = [
  { name: 'ja: 27% stake, present tense', claim: { text: '27%', value: 27, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent', lang: 'ja' }, verdict: 'supported', message: /^出典と一致：マイクロソフトのオープンAIへの出資比率は27%（Nasdaq \(RTTNews\)、2025-10-28）。$/ },
  { name: 'ja: 49% is outdated', claim: { text: '49%', value: 49, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent', lang: 'ja' }, verdict: 'outdated', message: /^古い数字です：.*27%に改訂されています/ },
  { name: 'ja: 30% is wrong', claim: { text: '30%', value: 30, precision: 1, unit: 'percent', entity: 'microsoft', entities: ['microsoft', 'openai'], metric: 'stake-percent', lang: 'ja' }, verdict: 'contradicted', message: /^マイクロソフトのオープンAIへの出資比率は27%（Nasdaq \(RTTNews\)、2025-10-28）で、30%ではありません。$/ },
  { name: 'ja: 2026年の燃焼 250億ドル', claim: openai(usd('250億ドル', 25 * B, B, { metric: 'cash-burn', period: { text: '2026年', from: '2026-01-01', to: '2026-12-31' }, lang: 'ja' })), verdict: 'supported', message: /2026年のオープンAIの資金燃焼は250億ドル/ },
  { name: 'ja: 170億ドル is the old forecast', claim: openai(usd('170億ドル', 17 * B, B, { metric: 'cash-burn', period: { text: '2026年', from: '2026-01-01', to: '2026-12-31' }, lang: 'ja' })), verdict: 'outdated', message: /250億ドルに改訂/ },
  { name: 'ja: 1150億ドル through 2029', claim: openai(usd('1150億ドル', 115 * B, B, { metric: 'cash-burn', period: { text: '2029年までに', to: '2029-12-31', cumulative: true }, lang: 'ja' })), verdict: 'supported' },
  { name: 'ja: 1兆4000億ドル commitments (approx)', claim: openai(usd('1兆4000億ドル', 1.4e12, 1e11, { qualifier: 'approx', metric: 'total-commitments', lang: 'ja' })), verdict: 'supported', record: 'openai-commitments-1-4t' },
  { name: 'ja: 2兆ドル commitments, no period, a flow: ask for the period rather than call it wrong', claim: openai(usd('2兆ドル', 2e12, 1e12, { metric: 'total-commitments', lang: 'ja' })), verdict: 'unsourced', message: /どの期間の数字か書いてください/ },
  { name: 'ja: a wrong market value, the source written in 兆 form', claim: { ...usd('7兆ドル', 7e12, 1e12), entity: 'nvidia', metric: 'market-cap', lang: 'ja' }, verdict: 'contradicted', message: /約5兆500億ドル/ },
  { name: 'ja: 8億人 weekly users, present tense: outdated', claim: { text: '8億人', value: 800 * M, precision: 100 * M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users', lang: 'ja' }, verdict: 'outdated', message: /最新は9億人超/ },
  { name: 'ja: 9億人以上 weekly users', claim: { text: '9億人', value: 900 * M, precision: 100 * M, qualifier: 'at-least', unit: 'count', entity: 'chatgpt', metric: 'weekly-users', lang: 'ja' }, verdict: 'supported' },
  { name: 'ja: unsourced message in Japanese', claim: { ...usd('420億ドル', 42 * B, B), entity: 'claude', metric: 'revenue', lang: 'ja' }, verdict: 'unsourced', message: /^データセットにクロードの売上高の出典付きの数字がありません。/ },
  { name: 'ja: cited', claim: { ...usd('420億ドル', 42 * B, B), lang: 'ja', citation: { kind: 'footnote', text: '[^1]' } }, verdict: 'cited', message: /出典が示されています/ },
  { name: 'ja: needs counterparty', claim: { ...usd('100億ドル', 10 * B, B), qualifier: 'up-to', entity: 'nvidia', entities: ['nvidia'], metric: 'investment-loi', lang: 'ja' }, verdict: 'unsourced', message: /相手先を書いてください/ },
  { name: 'ja: アンソロピック 1830億ドル 2025年9月', claim: { ...usd('1830億ドル', 183 * B, B), entity: 'anthropic', metric: 'valuation', period: { text: '2025年9月', from: '2025-09-01', to: '2025-09-30' }, lang: 'ja' }, verdict: 'supported' },
  { name: 'ja: アンソロピック 1830億ドル present tense: outdated', claim: { ...usd('1830億ドル', 183 * B, B), entity: 'anthropic', metric: 'valuation', lang: 'ja' }, verdict: 'outdated', message: /最新は9650億ドル/ },
  { name: 'ja: capex range message', claim: { ...usd('1500億ドル', 150 * B, B), entity: 'google', metric: 'capex', period: { text: '2026年', from: '2026-01-01', to: '2026-12-31' }, lang: 'ja' }, verdict: 'contradicted', message: /1800億ドル〜1900億ドル/ },
  { name: 'ja: ignored', claim: { ...usd('420億ドル', 42 * B, B), ignored: true, lang: 'ja' }, verdict: 'ignored', message: /対象外/ },
];

function verifyOne(spec: ClaimSpec, lang: 'en' | 'ja' = 'en'): ReturnType<typeof verifyClaims>[number] {
  return verifyClaims([claim(spec)], dataset, { lang })[0]!;
}

describe('verifyClaims: one row per rule', () => {
  for (const row of [...rows, ...japaneseRows]) {
    it(row.name, () => {
      const lang = row.claim.lang ?? 'en';
      const result = verifyOne(row.claim, lang);
      assert.equal(result.verdict, row.verdict, result.message);
      if (row.record) assert.equal(result.record?.id, row.record, result.message);
      if (row.newer) assert.equal(result.newer?.id, row.newer, result.message);
      if (row.message) assert.match(result.message, row.message);
      assert.ok(result.message.length > 0 && !result.message.includes('\n'), 'one non-empty line');
      if (result.verdict === 'supported' || result.verdict === 'contradicted' || result.verdict === 'outdated') {
        assert.ok(result.record, 'a verdict from the dataset carries its record');
        assert.ok(result.message.includes(result.newer?.source.publisher ?? result.record.source.publisher), 'message names the source');
      }
    });
  }
});

describe('verifyClaims: evidence and history', () => {
  it('history lists the other records of the entity and metric, oldest first', () => {
    const result = verifyOne({ text: '900 million', value: 900 * M, precision: M, unit: 'count', entity: 'chatgpt', metric: 'weekly-users' });
    assert.deepEqual(result.history.map((r) => r.id), ['chatgpt-wau-2025-03', 'chatgpt-wau-2025-08', 'chatgpt-wau-2025-10']);
  });
  it('outdated carries the old record and the newest of the chain', () => {
    const result = verifyOne(openai(usd('$14 billion', 14 * B, B, { metric: 'net-loss', period: year(2026) })));
    assert.equal(result.record?.id, 'openai-2026-loss-14b-oct2024');
    assert.equal(result.newer?.id, 'openai-2026-cash-burn-25b-feb2026');
  });
  it('unsourced and cited carry no record', () => {
    const result = verifyOne(usd('$42 billion', 42 * B, B));
    assert.equal(result.record, undefined);
    assert.equal(result.newer, undefined);
  });
  it('the claim fields pass through unchanged', () => {
    const spec = openai(usd('$13B', 13 * B, B, { metric: 'revenue', period: year(2025), start: 10, id: 'c7' }));
    const result = verifyOne(spec);
    assert.equal(result.id, 'c7');
    assert.equal(result.start, 10);
    assert.equal(result.text, '$13B');
  });
});

describe('verifyClaims: severities', () => {
  const wrong = openai(usd('$14B', 14 * B, B, { metric: 'revenue', period: year(2025) }));
  const old = openai(usd('$17 billion', 17 * B, B, { metric: 'cash-burn', period: year(2026) }));
  const unknown = usd('$42 billion', 42 * B, B);
  const fine = openai(usd('$13B', 13 * B, B, { metric: 'revenue', period: year(2025) }));
  it('defaults: contradicted error, outdated warning, unsourced information, supported none', () => {
    const [a, b, c, d] = verifyClaims([claim(wrong), claim(old), claim(unknown), claim(fine)], dataset, { lang: 'en' });
    assert.deepEqual([a!.severity, b!.severity, c!.severity, d!.severity], ['error', 'warning', 'information', null]);
  });
  it('overridable per verdict; off means no severity', () => {
    const [a, b, c] = verifyClaims([claim(wrong), claim(old), claim(unknown)], dataset, {
      lang: 'en',
      severities: { contradicted: 'warning', outdated: 'off', unsourced: 'hint' },
    });
    assert.deepEqual([a!.severity, b!.severity, c!.severity], ['warning', null, 'hint']);
  });
  it('messages follow the document language given, not the claim', () => {
    const [a] = verifyClaims([claim({ ...wrong, lang: 'en' })], dataset, { lang: 'ja' });
    assert.match(a!.message, /ではありません/);
  });
});

describe('verifyClaims: consistency within a sentence', () => {
  const check = (sentence: string, specs: ClaimSpec[], lang: 'en' | 'ja' = 'en'): Claim[] & { verdicts: Verdict[]; messages: string[] } => {
    const claims = claimsIn(sentence, specs);
    const out = verifyClaims(claims, dataset, { lang, text: sentence });
    return Object.assign(claims, { verdicts: out.map((c) => c.verdict), messages: out.map((c) => c.message) });
  };
  const count = (text: string, value: number, precision: number): ClaimSpec => ({ text, value, precision, unit: 'count' });
  const pct = (text: string, value: number): ClaimSpec => ({ text, value, precision: 1, unit: 'percent' });
  it('a growth rate that does not follow from the endpoints', () => {
    const r = check('Visits rose from 411 million to 1.1 billion, a 64% rise.', [count('411 million', 411 * M, M), count('1.1 billion', 1.1 * B, 0.1 * B), pct('64%', 64)]);
    assert.equal(r.verdicts[2], 'inconsistent');
    assert.match(r.messages[2]!, /A change from 411 million to 1\.1 billion is 168%, which does not match 64%\./);
  });
  it('a growth rate that follows is left alone', () => {
    const r = check('Visits rose from 411 million to 1.1 billion, a 168% rise.', [count('411 million', 411 * M, M), count('1.1 billion', 1.1 * B, 0.1 * B), pct('168%', 168)]);
    assert.notEqual(r.verdicts[2], 'inconsistent');
  });
  it("the endpoints' rounding is allowed for (1.1 billion could be 1.05–1.15)", () => {
    const r = check('Visits grew from 411 million to 1.1 billion, up 160%.', [count('411 million', 411 * M, M), count('1.1 billion', 1.1 * B, 0.1 * B), pct('160%', 160)]);
    assert.notEqual(r.verdicts[2], 'inconsistent');
  });
  it('a fall is read as a fall', () => {
    const r = check('Visits fell from 436 million to 300 million, a 31% drop.', [count('436 million', 436 * M, M), count('300 million', 300 * M, M), pct('31%', 31)]);
    assert.notEqual(r.verdicts[2], 'inconsistent');
    const wrong = check('Visits fell from 436 million to 300 million, a 45% drop.', [count('436 million', 436 * M, M), count('300 million', 300 * M, M), pct('45%', 45)]);
    assert.equal(wrong.verdicts[2], 'inconsistent');
  });
  it('a multiple that does not follow: "doubled from $5B to $14B"', () => {
    const r = check('Revenue doubled from $5B to $14B.', [{ text: 'doubled', value: 2, precision: 1, unit: 'multiple' }, usd('$5B', 5 * B, B), usd('$14B', 14 * B, B)]);
    assert.equal(r.verdicts[0], 'inconsistent');
    assert.match(r.messages[0]!, /2\.8x/);
  });
  it('"doubled from $5B to $10B" is fine', () => {
    const r = check('Revenue doubled from $5B to $10B.', [{ text: 'doubled', value: 2, precision: 1, unit: 'multiple' }, usd('$5B', 5 * B, B), usd('$10B', 10 * B, B)]);
    assert.notEqual(r.verdicts[0], 'inconsistent');
  });
  it('parts that add to more than a stated total', () => {
    const r = check('Of the $10 billion total, $6 billion went to chips and $5 billion to power.', [usd('$10 billion', 10 * B, B), usd('$6 billion', 6 * B, B), usd('$5 billion', 5 * B, B)]);
    assert.equal(r.verdicts[0], 'inconsistent');
    assert.match(r.messages[0]!, /add up to \$11 billion, more than the stated total of \$10 billion/);
  });
  it('parts within the total are fine', () => {
    const r = check('Of the $10 billion total, $6 billion went to chips and $4 billion to power.', [usd('$10 billion', 10 * B, B), usd('$6 billion', 6 * B, B), usd('$4 billion', 4 * B, B)]);
    assert.deepEqual(r.verdicts, ['unsourced', 'unsourced', 'unsourced']);
  });
  it('a comparison is not a part ("up from")', () => {
    const r = check('Revenue totaled $57B, up from $46.7B, with $51.2B from data centers.', [usd('$57B', 57 * B, B), usd('$46.7B', 46.7 * B, 0.1 * B), usd('$51.2B', 51.2 * B, 0.1 * B)]);
    assert.notEqual(r.verdicts[0], 'inconsistent');
  });
  it('no "from … to" wording, no verdict on the rate', () => {
    const r = check('Visits were 411 million and 1.1 billion; margins were 64%.', [count('411 million', 411 * M, M), count('1.1 billion', 1.1 * B, 0.1 * B), pct('64%', 64)]);
    assert.notEqual(r.verdicts[2], 'inconsistent');
  });
  it('Japanese: 「4億1100万から11億へ、64%増加」', () => {
    const r = check('訪問数は4億1100万から11億へ、64%増加した。', [count('4億1100万', 411 * M, M), count('11億', 1.1 * B, 0.1 * B), pct('64%', 64)], 'ja');
    assert.equal(r.verdicts[2], 'inconsistent');
    assert.match(r.messages[2]!, /4億1100万から11億への変化は168%で、64%とは合いません。/);
  });
  it('inconsistency does not override a dataset verdict', () => {
    const sentence = 'OpenAI revenue rose from $4.3B to $13.1B in 2025, a 50% rise.';
    const claims = claimsIn(sentence, [usd('$4.3B', 4.3 * B, 0.1 * B), usd('$13.1B', 13.1 * B, 0.1 * B), { ...pct('50%', 50), entity: 'chatgpt', metric: 'web-visits' }]);
    const out = verifyClaims(claims, dataset, { lang: 'en', text: sentence });
    assert.equal(out[2]!.verdict, 'inconsistent'); // unsourced → inconsistent
    const supportedRate = claimsIn(sentence, [usd('$4.3B', 4.3 * B, 0.1 * B), usd('$13.1B', 13.1 * B, 0.1 * B), { ...pct('50%', 50) }]);
    supportedRate[1] = { ...supportedRate[1]!, entity: 'openai', entities: ['openai'], metric: 'revenue', period: year(2025) };
    const out2 = verifyClaims(supportedRate, dataset, { lang: 'en', text: sentence });
    assert.equal(out2[1]!.verdict, 'supported');
  });
});

describe('verifyClaims: two figures of one sentence and one record', () => {
  it('the figure matching the record is supported; the other is not called wrong', () => {
    const sentence = 'OpenAI revenue was $4.3 billion in H1 2025 and $13.1 billion for the year.';
    const claims = claimsIn(sentence, [
      openai(usd('$4.3 billion', 4.3 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })),
      openai(usd('$13.1 billion', 13.1 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })),
    ]);
    const [a, b] = verifyClaims(claims, dataset, { lang: 'en', text: sentence });
    assert.equal(a!.verdict, 'supported');
    assert.equal(b!.verdict, 'unsourced');
    assert.match(b!.message, /\$4\.3 billion in the same sentence already matches that source/);
  });
  it('without a matching neighbour the contradiction stands', () => {
    const sentence = 'OpenAI revenue was $5.3 billion in H1 2025 and $13.1 billion for the year.';
    const claims = claimsIn(sentence, [
      openai(usd('$5.3 billion', 5.3 * B, 0.1 * B, { metric: 'revenue', period: h1(2025) })),
      openai(usd('$13.1 billion', 13.1 * B, 0.1 * B, { metric: 'revenue', period: year(2025) })),
    ]);
    const [a, b] = verifyClaims(claims, dataset, { lang: 'en', text: sentence });
    assert.equal(a!.verdict, 'contradicted');
    assert.equal(b!.verdict, 'supported');
  });
});

describe('verifyClaims: cache', () => {
  it('reuses a decision for an equal claim and gives the same result', () => {
    const cache = createVerifyCache();
    const spec = openai(usd('$14B', 14 * B, B, { metric: 'revenue', period: year(2025) }));
    const first = verifyClaims([claim(spec)], dataset, { lang: 'en', cache })[0]!;
    const table = cache.byDataset.get(dataset)!.get('')!; // tables per decision context; none given here
    assert.equal(table.size, 1);
    const second = verifyClaims([claim({ ...spec, start: 500 })], dataset, { lang: 'en', cache })[0]!;
    assert.equal(table.size, 1, 'moved claim reuses the entry');
    assert.equal(second.start, 500);
    assert.equal(second.message, first.message);
    verifyClaims([claim({ ...spec, value: 15 * B, text: '$15B' })], dataset, { lang: 'en', cache });
    assert.equal(table.size, 2, 'a changed value is decided afresh');
  });
});

// English claim table: sentence → the figure's value, unit, qualifier, entity, metric, period.
// Runs the whole engine (markdown → grammar → context) through extractClaims.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildVocabulary } from '../../src/core/context';
import { extractClaims } from '../../src/core/extract';

const vocabulary = buildVocabulary(JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8')));

// [sentence, figure as written, value, unit, qualifier, entity, metric, period text] ('' = none)
type Row = [string, string, number, string, string, string, string, string];
const B = 1e9;
const M = 1e6;
const T = 1e12;

const ROWS: Row[] = [
  // money forms
  ['OpenAI expects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn $115bn through 2029.', '$115bn', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn $115 billion through 2029.', '$115 billion', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn US$115 billion through 2029.', 'US$115 billion', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn USD 115 billion through 2029.', 'USD 115 billion', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn 115 billion dollars through 2029.', '115 billion dollars', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI has committed $1.4 trillion to compute deals.', '$1.4 trillion', 1.4 * T, 'USD', 'exact', 'openai', 'contract-value', ''],
  ['OpenAI has total commitments of $1.4tn.', '$1.4tn', 1.4 * T, 'USD', 'exact', 'openai', 'total-commitments', ''],
  ['Nvidia briefly hit a market cap of $5T in October 2025.', '$5T', 5 * T, 'USD', 'exact', 'nvidia', 'market-cap', 'October 2025'],
  ['OpenAI posted a net loss of $13.5B in H1 2025.', '$13.5B', 13.5 * B, 'USD', 'exact', 'openai', 'net-loss', 'H1 2025'],
  ['OpenAI reported revenue of $4.3 billion in the first half of 2025.', '$4.3 billion', 4.3 * B, 'USD', 'exact', 'openai', 'revenue', 'first half of 2025'],
  ['OpenAI lost €11.7B in the quarter.', '€11.7B', 11.7 * B, 'EUR', 'exact', 'openai', 'net-loss', ''],
  ['Mistral raised £2bn in 2025.', '£2bn', 2 * B, 'GBP', 'exact', 'mistral', 'funding-round', '2025'],
  ['SoftBank invested ¥1.5 trillion in 2025.', '¥1.5 trillion', 1.5 * T, 'JPY', 'exact', 'softbank', 'investment', '2025'],
  ['Anthropic raised $13 billion in its Series F.', '$13 billion', 13 * B, 'USD', 'exact', 'anthropic', 'funding-round', ''],
  ['Anthropic was valued at $183 billion in September 2025.', '$183 billion', 183 * B, 'USD', 'exact', 'anthropic', 'valuation', 'September 2025'],
  ['OpenAI was valued at $500 billion in October 2025.', '$500 billion', 500 * B, 'USD', 'exact', 'openai', 'valuation', 'October 2025'],
  ['xAI raised $10 billion in 2025.', '$10 billion', 10 * B, 'USD', 'exact', 'xai', 'funding-round', '2025'],
  ['Microsoft has invested $13 billion in OpenAI.', '$13 billion', 13 * B, 'USD', 'exact', 'microsoft', 'investment', ''],
  ['Microsoft spent $88 billion on capex in fiscal 2025.', '$88 billion', 88 * B, 'USD', 'exact', 'microsoft', 'capex', 'fiscal 2025'],
  ['Nvidia reported revenue of $57 billion in Q3 FY2026.', '$57 billion', 57 * B, 'USD', 'exact', 'nvidia', 'revenue', 'Q3 FY2026'],
  ['Nvidia posted data center revenue of $51.2 billion in Q3 FY2026.', '$51.2 billion', 51.2 * B, 'USD', 'exact', 'nvidia', 'data-center-revenue', 'Q3 FY2026'],
  ['Oracle signed a $300 billion contract with OpenAI.', '$300 billion', 300 * B, 'USD', 'exact', 'oracle', 'contract-value', ''],
  ['Oracle reported $455 billion in remaining performance obligations.', '$455 billion', 455 * B, 'USD', 'exact', 'oracle', 'backlog', ''],
  ['CoreWeave had a backlog of $55.6 billion in Q3 2025.', '$55.6 billion', 55.6 * B, 'USD', 'exact', 'coreweave', 'backlog', 'Q3 2025'],
  ['Meta plans capital expenditures of $70 billion in 2025.', '$70 billion', 70 * B, 'USD', 'exact', 'meta', 'capex', '2025'],
  ['Google raised its capex guidance to $91 billion for 2025.', '$91 billion', 91 * B, 'USD', 'exact', 'google', 'capex', '2025'],
  ['Amazon expects capex of $125 billion in 2025.', '$125 billion', 125 * B, 'USD', 'exact', 'amazon', 'capex', '2025'],
  ['Anthropic hit a $5 billion run-rate in August 2025.', '$5 billion', 5 * B, 'USD', 'exact', 'anthropic', 'run-rate', 'August 2025'],
  ['OpenAI reached $13 billion in annualized revenue.', '$13 billion', 13 * B, 'USD', 'exact', 'openai', 'run-rate', ''],
  ["OpenAI's annualized revenue run rate passed $20 billion.", '$20 billion', 20 * B, 'USD', 'exact', 'openai', 'run-rate', ''],
  ['Cursor passed $500 million in annual recurring revenue.', '$500 million', 500 * M, 'USD', 'exact', 'cursor', 'run-rate', ''],
  ['Claude Code reached a $1 billion run-rate.', '$1 billion', 1 * B, 'USD', 'exact', 'claude-code', 'run-rate', ''],
  ['OpenAI paid $4.4 billion in stock-based compensation in 2025.', '$4.4 billion', 4.4 * B, 'USD', 'exact', 'openai', 'stock-compensation', '2025'],
  ['OpenAI spent $2 billion on sales and marketing in H1 2025.', '$2 billion', 2 * B, 'USD', 'exact', 'openai', 'sales-marketing-spend', 'H1 2025'],
  ['OpenAI had $17.5 billion in cash and securities.', '$17.5 billion', 17.5 * B, 'USD', 'exact', 'openai', 'cash-balance', ''],
  ['Nvidia bought $5 billion of Intel stock in a stake purchase.', '$5 billion', 5 * B, 'USD', 'exact', 'nvidia', 'investment', ''],
  ['OpenAI completed a $6.6 billion secondary sale.', '$6.6 billion', 6.6 * B, 'USD', 'exact', 'openai', 'secondary-sale', ''],
  ["Microsoft's stake in OpenAI is worth $135 billion.", '$135 billion', 135 * B, 'USD', 'exact', 'microsoft', 'stake-value', ''],
  ['Microsoft holds a stake valued at $135 billion.', '$135 billion', 135 * B, 'USD', 'exact', 'microsoft', 'stake-value', ''],
  ['Anthropic had a $170 billion pre-money valuation.', '$170 billion', 170 * B, 'USD', 'exact', 'anthropic', 'valuation-pre-money', ''],
  ['Software stocks were wiped out by $300 billion in a selloff.', '$300 billion', 300 * B, 'USD', 'exact', 'us-software-stocks', 'market-value-change', ''],
  ['OpenAI expects free cash flow of $1 billion in 2029.', '$1 billion', 1 * B, 'USD', 'exact', 'openai', 'free-cash-flow', '2029'],
  ['OpenAI spent $6.7 billion on compute costs in H1 2025.', '$6.7 billion', 6.7 * B, 'USD', 'exact', 'openai', 'compute-spend', 'H1 2025'],
  ['OpenAI had an operating loss of $7.8 billion in H1 2025.', '$7.8 billion', 7.8 * B, 'USD', 'exact', 'openai', 'operating-loss', 'H1 2025'],
  // hedges
  ['OpenAI burned about $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned roughly $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned nearly $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned almost $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned some $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned around $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'approx', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned more than $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'at-least', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned over $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'at-least', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned at least $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'at-least', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned less than $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'less-than', 'openai', 'cash-burn', 'H1 2025'],
  ['OpenAI burned under $2.5 billion in H1 2025.', '$2.5 billion', 2.5 * B, 'USD', 'less-than', 'openai', 'cash-burn', 'H1 2025'],
  ['Nvidia will invest up to $100 billion in OpenAI.', '$100 billion', 100 * B, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['Nvidia could invest as much as $100 billion in OpenAI.', '$100 billion', 100 * B, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['Nvidia signed a letter of intent to invest $100 billion in OpenAI.', '$100 billion', 100 * B, 'USD', 'exact', 'nvidia', 'investment-loi', ''],
  ['OpenAI expects revenue of $14–17 billion in 2025.', '$14–17 billion', 17 * B, 'USD', 'range', 'openai', 'revenue', '2025'],
  ['OpenAI expects revenue of between $14B and $17B in 2025.', '$14B and $17B', 17 * B, 'USD', 'range', 'openai', 'revenue', '2025'],
  // percentages
  ['Microsoft holds a 27% stake in OpenAI.', '27%', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['Microsoft holds a 27 percent stake in OpenAI.', '27 percent', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['Microsoft holds a 27 per cent stake in OpenAI.', '27 per cent', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ["Microsoft's stake in OpenAI is about 27%.", '27%', 27, 'percent', 'approx', 'microsoft', 'stake-percent', ''],
  ['Microsoft owned 49% of the profits of OpenAI.', '49%', 49, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['Claude traffic grew 64% month over month in October 2025.', '64%', 64, 'percent', 'exact', 'claude', 'traffic-growth', 'October 2025'],
  ['ChatGPT holds an 80% share of traffic among AI chatbots.', '80%', 80, 'percent', 'exact', 'chatgpt', 'traffic-share', ''],
  ['OpenAI accounts for 60% of the backlog of Oracle.', '60%', 60, 'percent', 'exact', 'openai', 'backlog-share', ''],
  ['Gemini user growth was 30% in Q3 2025.', '30%', 30, 'percent', 'exact', 'gemini', 'user-growth', 'Q3 2025'],
  ['AI capex drove 1.1% of US GDP growth in H1 2025.', '1.1%', 1.1, 'percent', 'exact', 'us-economy', 'gdp-growth-share', 'H1 2025'],
  ['Stock compensation was 46% of revenue at OpenAI in 2025.', '46%', 46, 'percent', 'exact', 'openai', 'compensation-revenue-share', '2025'],
  ['Visits fell -8% in June 2025.', '-8%', -8, 'percent', 'exact', '', 'traffic-growth', 'June 2025'],
  ['Revenue fell -8% in June 2025.', '-8%', -8, 'percent', 'exact', '', '', 'June 2025'],
  ['Claude traffic rose +64% in October 2025.', '+64%', 64, 'percent', 'exact', 'claude', 'traffic-growth', 'October 2025'],
  ['Share of traffic rose 5 percentage points in 2025.', '5 percentage points', 5, 'percentage-points', 'exact', '', 'traffic-share', '2025'],
  // counts
  ['ChatGPT has 800 million weekly users.', '800 million', 800 * M, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['ChatGPT reached 800M weekly users in October 2025.', '800M', 800 * M, 'count', 'exact', 'chatgpt', 'weekly-users', 'October 2025'],
  ['ChatGPT has 800 million weekly active users.', '800 million', 800 * M, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['Gemini has 650 million monthly active users.', '650 million', 650 * M, 'count', 'exact', 'gemini', 'monthly-users', ''],
  ['Gemini had 650 million monthly users in Q3 2025.', '650 million', 650 * M, 'count', 'exact', 'gemini', 'monthly-users', 'Q3 2025'],
  ['AI Overviews has more than 2 billion monthly users.', '2 billion', 2 * B, 'count', 'at-least', 'ai-overviews', 'monthly-users', ''],
  ['ChatGPT drew 5.8 billion visits in October 2025.', '5.8 billion', 5.8 * B, 'count', 'exact', 'chatgpt', 'web-visits', 'October 2025'],
  ['Claude.ai drew 411 million visits in October 2025.', '411 million', 411 * M, 'count', 'exact', 'claude', 'web-visits', 'October 2025'],
  ['Perplexity logged 153 million visits in October 2025.', '153 million', 153 * M, 'count', 'exact', 'perplexity', 'web-visits', 'October 2025'],
  ['ChatGPT has 20 million paying subscribers.', '20 million', 20 * M, 'count', 'exact', 'chatgpt', 'paying-subscribers', ''],
  ['ChatGPT has 5 million paying business users.', '5 million', 5 * M, 'count', 'exact', 'chatgpt', 'business-users', ''],
  ['Google will supply up to 1 million TPUs to Anthropic.', '1 million', 1 * M, 'count', 'up-to', 'google', 'chip-count', ''],
  ['OpenAI received warrants for 160 million shares of AMD.', '160 million', 160 * M, 'count', 'exact', 'openai', 'warrant-shares', ''],
  ['OpenAI has about 3,000 employees.', '3,000', 3000, 'count', 'approx', 'openai', 'employees', ''],
  ['The index stood at 1,150 points.', '1,150', 1150, 'count', 'exact', '', '', ''],
  // physical units and multiples
  ['Nvidia will deploy 10 GW of systems for OpenAI.', '10 GW', 10, 'GW', 'exact', 'nvidia', 'compute-capacity', ''],
  ['AMD will supply 6 gigawatts of GPUs to OpenAI.', '6 gigawatts', 6, 'GW', 'exact', 'amd', 'compute-capacity', ''],
  ['Stargate plans 10 GW of capacity by 2029.', '10 GW', 10, 'GW', 'exact', 'stargate', 'compute-capacity', 'by 2029'],
  ['Anthropic revenue grew 2x in 2025.', '2x', 2, 'multiple', 'exact', 'anthropic', '', '2025'],
  // periods
  ['OpenAI burned $2.5B in 2025 alone.', '$2.5B', 2.5 * B, 'USD', 'exact', 'openai', 'cash-burn', '2025 alone'],
  ['OpenAI reported revenue of $4.3B in 1H25.', '$4.3B', 4.3 * B, 'USD', 'exact', 'openai', 'revenue', '1H25'],
  ['Nvidia reported revenue of $57B in 3Q25.', '$57B', 57 * B, 'USD', 'exact', 'nvidia', 'revenue', '3Q25'],
  ['Microsoft posted revenue of $77.7B in the first quarter of fiscal 2026.', '$77.7B', 77.7 * B, 'USD', 'exact', 'microsoft', 'revenue', 'first quarter of fiscal 2026'],
  ['OpenAI will spend $1.4T on compute between 2025 and 2033.', '$1.4T', 1.4 * T, 'USD', 'exact', 'openai', 'compute-spend', 'between 2025 and 2033'],
  ['OpenAI expects to burn $115B from 2025 to 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'from 2025 to 2029'],
  ['OpenAI expects revenue of $200B by 2030.', '$200B', 200 * B, 'USD', 'exact', 'openai', 'revenue', 'by 2030'],
  ['OpenAI burned $2.5B from April to September 2025.', '$2.5B', 2.5 * B, 'USD', 'exact', 'openai', 'cash-burn', 'April to September 2025'],
  ['OpenAI had revenue of $4.3B in the second half of 2025.', '$4.3B', 4.3 * B, 'USD', 'exact', 'openai', 'revenue', 'second half of 2025'],
  ['Oracle booked revenue of $57.4B in FY2025.', '$57.4B', 57.4 * B, 'USD', 'exact', 'oracle', 'revenue', 'FY2025'],
  ['On Dec 2, 2025, OpenAI was valued at $500B.', '$500B', 500 * B, 'USD', 'exact', 'openai', 'valuation', 'Dec 2, 2025'],
  ['In H1 2025 OpenAI spent $2B on marketing and $6.7B on compute costs.', '$2B', 2 * B, 'USD', 'exact', 'openai', 'sales-marketing-spend', 'H1 2025'],
  ['In H1 2025 OpenAI spent $2B on marketing and $6.7B on compute costs.', '$6.7B', 6.7 * B, 'USD', 'exact', 'openai', 'compute-spend', 'H1 2025'],
  ['Revenue rose from $3.7B in 2024 to $13B in 2025 at OpenAI.', '$3.7B', 3.7 * B, 'USD', 'exact', 'openai', 'revenue', '2024'],
  ['Revenue rose from $3.7B in 2024 to $13B in 2025 at OpenAI.', '$13B', 13 * B, 'USD', 'exact', 'openai', 'revenue', '2025'],
  ['OpenAI, which is valued at $500 billion, expects to burn $115 billion through 2029.', '$500 billion', 500 * B, 'USD', 'exact', 'openai', 'valuation', ''],
  ['OpenAI, which is valued at $500 billion, expects to burn $115 billion through 2029.', '$115 billion', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI burned $2.5B in H1 2025, while revenue was $4.3B.', '$4.3B', 4.3 * B, 'USD', 'exact', 'openai', 'revenue', 'H1 2025'],
  ["Anthropic's $13 billion Series F valued it at $183 billion.", '$13 billion', 13 * B, 'USD', 'exact', 'anthropic', 'funding-round', ''],
  ["Anthropic's $13 billion Series F valued it at $183 billion.", '$183 billion', 183 * B, 'USD', 'exact', 'anthropic', 'valuation', ''],
  ['Nvidia’s $100 billion investment in OpenAI is structured in stages.', '$100 billion', 100 * B, 'USD', 'exact', 'nvidia', 'investment', ''],
  ['Gemini now has more than 650 million monthly active users, Alphabet said in its Q3 2025 earnings call.', '650 million', 650 * M, 'count', 'at-least', 'gemini', 'monthly-users', 'Q3 2025'],
  ['OpenAI revenue hit $13 billion last year, and it expects $30 billion in 2026.', '$13 billion', 13 * B, 'USD', 'exact', 'openai', 'revenue', ''],
  ['OpenAI revenue hit $13 billion last year, and it expects $30 billion in 2026.', '$30 billion', 30 * B, 'USD', 'exact', 'openai', 'revenue', '2026'],
  ['OpenAI spent $2B on marketing, and $6.7B on compute costs, in H1 2025.', '$2B', 2 * B, 'USD', 'exact', 'openai', 'sales-marketing-spend', 'H1 2025'],
  ['Microsoft invested $13B in OpenAI, and Nvidia signed a letter of intent to invest $100B.', '$13B', 13 * B, 'USD', 'exact', 'microsoft', 'investment', ''],
  ['Microsoft invested $13B in OpenAI, and Nvidia signed a letter of intent to invest $100B.', '$100B', 100 * B, 'USD', 'exact', 'nvidia', 'investment-loi', ''],
  // entities
  ['Anthropic, the maker of Claude, raised $13B in September 2025.', '$13B', 13 * B, 'USD', 'exact', 'anthropic', 'funding-round', 'September 2025'],
  ['SoftBank will invest $30B in OpenAI in 2025.', '$30B', 30 * B, 'USD', 'exact', 'softbank', 'investment', '2025'],
  ['Amazon will invest $8B in Anthropic.', '$8B', 8 * B, 'USD', 'exact', 'amazon', 'investment', ''],
  ['Google has invested $3B in Anthropic.', '$3B', 3 * B, 'USD', 'exact', 'google', 'investment', ''],
  ['Broadcom signed a $10B chip deal with OpenAI.', '$10B', 10 * B, 'USD', 'exact', 'broadcom', 'contract-value', ''],
  ['Microsoft signed a $250B Azure commitment with OpenAI.', '$250B', 250 * B, 'USD', 'exact', 'microsoft', 'contract-value', ''],
  ['AWS signed a $38B contract with OpenAI.', '$38B', 38 * B, 'USD', 'exact', 'aws', 'contract-value', ''],
  ['CoreWeave expanded its contract with OpenAI to $22.4B.', '$22.4B', 22.4 * B, 'USD', 'exact', 'coreweave', 'contract-value', ''],
  ['Cerebras raised $1.1B at an $8.1B valuation.', '$1.1B', 1.1 * B, 'USD', 'exact', 'cerebras', 'funding-round', ''],
  ['Cerebras raised $1.1B at an $8.1B valuation.', '$8.1B', 8.1 * B, 'USD', 'exact', 'cerebras', 'valuation', ''],
  ['Groq raised $750M at a $6.9B valuation.', '$6.9B', 6.9 * B, 'USD', 'exact', 'groq', 'valuation', ''],
  ['Thinking Machines raised $2B in a seed round.', '$2B', 2 * B, 'USD', 'exact', 'thinking-machines', 'funding-round', ''],
  ['SSI was valued at $32B.', '$32B', 32 * B, 'USD', 'exact', 'ssi', 'valuation', ''],
  ['Perplexity was valued at $20B.', '$20B', 20 * B, 'USD', 'exact', 'perplexity', 'valuation', ''],
  ['DeepSeek reportedly spent $6M on training.', '$6M', 6 * M, 'USD', 'exact', 'deepseek', '', ''],
  ['Cursor maker Anysphere was valued at $29.3B.', '$29.3B', 29.3 * B, 'USD', 'exact', 'cursor', 'valuation', ''],
  ['NVIDIA reported revenue of $35.1B in Q3 FY2025.', '$35.1B', 35.1 * B, 'USD', 'exact', 'nvidia', 'revenue', 'Q3 FY2025'],
  ['Alphabet spent $24B on capex in Q3 2025.', '$24B', 24 * B, 'USD', 'exact', 'google', 'capex', 'Q3 2025'],
  ['Meta Platforms raised its capex forecast to $72B for 2025.', '$72B', 72 * B, 'USD', 'exact', 'meta', 'capex', '2025'],
  ['Intel received $5B from Nvidia in a stake purchase.', '$5B', 5 * B, 'USD', 'exact', 'intel', 'investment', ''],
  ['The Stargate project will invest $500B by 2029.', '$500B', 500 * B, 'USD', 'exact', 'stargate', 'investment', 'by 2029'],
  ['OpenAI is growing fast. It expects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['Some startup raised $5B in 2025.', '$5B', 5 * B, 'USD', 'exact', '', 'funding-round', '2025'],
  // markdown structure
  ['- ChatGPT has 800 million weekly users.', '800 million', 800 * M, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
  ['1. Nvidia will invest up to $100B in OpenAI.', '$100B', 100 * B, 'USD', 'up-to', 'nvidia', 'investment-loi', ''],
  ['> OpenAI expects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['## OpenAI burned $2.5B in H1 2025', '$2.5B', 2.5 * B, 'USD', 'exact', 'openai', 'cash-burn', 'H1 2025'],
  ['| OpenAI | burned $2.5B in H1 2025 |\n|---|---|\n| x | y |', '$2.5B', 2.5 * B, 'USD', 'exact', 'openai', 'cash-burn', 'H1 2025'],
  ['[OpenAI](https://openai.com) expects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to **burn $115B** through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn $115B through 2029.[^1]', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI expects to burn $115B through 2029 (`burn` metric).', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI\r\nexpects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['OpenAI\rexpects to burn $115B through 2029.', '$115B', 115 * B, 'USD', 'exact', 'openai', 'cash-burn', 'through 2029'],
  ['Microsoft<!-- note --> holds a 27% stake in OpenAI.', '27%', 27, 'percent', 'exact', 'microsoft', 'stake-percent', ''],
  ['ChatGPT has 800 million weekly users (see https://example.com/stats).', '800 million', 800 * M, 'count', 'exact', 'chatgpt', 'weekly-users', ''],
];

// More sentences made from the same parts, so every entity spelling and hedge is covered in context.
const ALIASES: [string, string][] = [
  ['Open AI', 'openai'], ['OpenAI Group PBC', 'openai'], ['Chat GPT', 'chatgpt'], ['nVidia', 'nvidia'], ['Nvidia Corp', 'nvidia'],
  ['MSFT', 'microsoft'], ['Google LLC', 'google'], ['Google Gemini', 'gemini'], ['Gemini app', 'gemini'], ['Amazon Web Services', 'aws'],
  ['Amazon.com', 'amazon'], ['Facebook', 'meta'], ['Advanced Micro Devices', 'amd'], ['Core Weave', 'coreweave'],
  ['Cerebras Systems', 'cerebras'], ['SoftBank Group', 'softbank'], ['SBG', 'softbank'], ['X.AI', 'xai'], ['Mistral AI', 'mistral'],
  ['Perplexity AI', 'perplexity'], ['Safe Superintelligence', 'ssi'], ['Thinking Machines Lab', 'thinking-machines'],
  ['Anysphere', 'cursor'], ['Deepseek', 'deepseek'], ['Project Stargate', 'stargate'], ['Oracle Cloud', 'oracle'],
];
for (const [alias, id] of ALIASES) {
  ROWS.push([`${alias} raised $2.5 billion in Q2 2025.`, '$2.5 billion', 2.5 * B, 'USD', 'exact', id, 'funding-round', 'Q2 2025']);
}

describe('extractClaims: English table', () => {
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
  it('has at least 150 cases', () => assert.ok(ROWS.length >= 150, String(ROWS.length)));
});

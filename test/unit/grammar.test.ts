// English number grammar: positive cases (input → figures) and not-a-claim cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanFigures } from '../../src/core/grammar';
import { decimalValue } from '../../src/core/grammar/numeral';
import { type Case, checkCase, checkNotClaim } from './grammar-cases';

const B = 1e9;
const M = 1e6;
const T = 1e12;

const money: Case[] = [
  ['OpenAI expects to burn $115B through 2029.', { text: '$115B', value: 115 * B, unit: 'USD', precision: B, lang: 'en' }],
  ['a burn of $115bn', { text: '$115bn', value: 115 * B, unit: 'USD', precision: B }],
  ['a burn of $115 billion', { text: '$115 billion', value: 115 * B, unit: 'USD', precision: B }],
  ['US$115 billion in cash', { text: 'US$115 billion', value: 115 * B, unit: 'USD', precision: B }],
  ['USD 115 billion', { text: 'USD 115 billion', value: 115 * B, unit: 'USD', precision: B }],
  ['115 billion dollars', { text: '115 billion dollars', value: 115 * B, unit: 'USD', precision: B }],
  ['115 billion US dollars', { text: '115 billion US dollars', value: 115 * B, unit: 'USD' }],
  ['115 billion USD', { text: '115 billion USD', value: 115 * B, unit: 'USD' }],
  ['$1.4 trillion of commitments', { text: '$1.4 trillion', value: 1.4 * T, unit: 'USD', precision: 1e11 }],
  ['$1.4tn', { text: '$1.4tn', value: 1400000000000, unit: 'USD', precision: 1e11 }],
  ['$1.4T', { text: '$1.4T', value: 1400000000000, unit: 'USD', precision: 1e11 }],
  ['$0.5T', { text: '$0.5T', value: 500000000000, unit: 'USD', precision: 1e11 }],
  ['$22.4B', { text: '$22.4B', value: 22400000000, unit: 'USD', precision: 1e8 }],
  ['$4.3 billion', { text: '$4.3 billion', value: 4300000000, unit: 'USD', precision: 1e8 }],
  ['€11.7B', { text: '€11.7B', value: 11700000000, unit: 'EUR', precision: 1e8 }],
  ['£2bn', { text: '£2bn', value: 2 * B, unit: 'GBP', precision: B }],
  ['¥1.5 trillion', { text: '¥1.5 trillion', value: 1.5 * T, unit: 'JPY', precision: 1e11 }],
  ['₩5 trillion', { text: '₩5 trillion', value: 5 * T, unit: 'KRW' }],
  ['₹2 billion', { text: '₹2 billion', value: 2 * B, unit: 'INR' }],
  ['₹100 crore', { text: '₹100 crore', value: 1e9, unit: 'INR', precision: 1e7 }],
  ['₹5 lakh', { text: '₹5 lakh', value: 5e5, unit: 'INR' }],
  ['EUR 3 billion', { text: 'EUR 3 billion', value: 3 * B, unit: 'EUR' }],
  ['GBP 400 million', { text: 'GBP 400 million', value: 400 * M, unit: 'GBP', precision: M }],
  ['JPY 500 billion', { text: 'JPY 500 billion', value: 500 * B, unit: 'JPY' }],
  ['CNY 10 billion', { text: 'CNY 10 billion', value: 10 * B, unit: 'CNY' }],
  ['RMB 10 billion', { text: 'RMB 10 billion', value: 10 * B, unit: 'CNY' }],
  ['11.7 billion euros', { text: '11.7 billion euros', value: 11700000000, unit: 'EUR' }],
  ['2 billion pounds', { text: '2 billion pounds', value: 2 * B, unit: 'GBP' }],
  ['1.5 trillion yen', { text: '1.5 trillion yen', value: 1.5 * T, unit: 'JPY' }],
  ['10 billion yuan', { text: '10 billion yuan', value: 10 * B, unit: 'CNY' }],
  ['5 trillion won', { text: '5 trillion won', value: 5 * T, unit: 'KRW' }],
  ['2 billion rupees', { text: '2 billion rupees', value: 2 * B, unit: 'INR' }],
  ['$500k', { text: '$500k', value: 500000, unit: 'USD', precision: 1e3 }],
  ['$500K', { text: '$500K', value: 500000, unit: 'USD' }],
  ['$300m', { text: '$300m', value: 300 * M, unit: 'USD', precision: M }],
  ['$300M', { text: '$300M', value: 300 * M, unit: 'USD' }],
  ['$300mm', { text: '$300mm', value: 300 * M, unit: 'USD' }],
  ['$300mn', { text: '$300mn', value: 300 * M, unit: 'USD' }],
  ['$115b', { text: '$115b', value: 115 * B, unit: 'USD' }],
  ['£2 bn', { text: '£2 bn', value: 2 * B, unit: 'GBP' }],
  ['$40 thousand', { text: '$40 thousand', value: 40000, unit: 'USD', precision: 1e3 }],
  ['$1,150', { text: '$1,150', value: 1150, unit: 'USD', precision: 1 }],
  ['$19.99', { text: '$19.99', value: 19.99, unit: 'USD', precision: 0.01 }],
  ['$5', { text: '$5', value: 5, unit: 'USD', precision: 1 }],
  ['$100 billion', { text: '$100 billion', value: 100 * B, unit: 'USD', precision: B }],
  ['a 100-billion-dollar deal', { text: '100-billion-dollar', value: 100 * B, unit: 'USD', nounText: 'deal' }],
  ['a $10-billion deal', { text: '$10-billion', value: 10 * B, unit: 'USD', nounText: 'deal' }],
  ['$4.30 billion', { text: '$4.30 billion', value: 4.3 * B, unit: 'USD', precision: 1e7 }],
  ['$ 5B with a space', { text: '$ 5B', value: 5 * B, unit: 'USD' }],
  ['fourteen billion dollars', { text: 'fourteen billion dollars', value: 14 * B, unit: 'USD', precision: B }],
  ['a billion dollars', { text: 'a billion dollars', value: B, unit: 'USD', precision: B }],
  ['half a trillion dollars', { text: 'half a trillion dollars', value: 5e11, unit: 'USD', precision: 1e11 }],
  ['one hundred and fifty million dollars', { text: 'one hundred and fifty million dollars', value: 150 * M, unit: 'USD', precision: 1e7 }],
  ['twenty-five billion euros', { text: 'twenty-five billion euros', value: 25 * B, unit: 'EUR', precision: B }],
  ['Fourteen billion dollars went out', { text: 'Fourteen billion dollars', value: 14 * B, unit: 'USD', nounText: 'went' }],
];

const percentages: Case[] = [
  ['64%', { text: '64%', value: 64, unit: 'percent', precision: 1 }],
  ['22.4%', { text: '22.4%', value: 22.4, unit: 'percent', precision: 0.1 }],
  ['64 percent', { text: '64 percent', value: 64, unit: 'percent' }],
  ['64 per cent', { text: '64 per cent', value: 64, unit: 'percent' }],
  ['64 pct', { text: '64 pct', value: 64, unit: 'percent' }],
  ['64 %', { text: '64 %', value: 64, unit: 'percent' }],
  ['5 percentage points', { text: '5 percentage points', value: 5, unit: 'percentage-points' }],
  ['1 percentage point', { text: '1 percentage point', value: 1, unit: 'percentage-points' }],
  ['5pp', { text: '5pp', value: 5, unit: 'percentage-points' }],
  ['5 pp', { text: '5 pp', value: 5, unit: 'percentage-points' }],
  ['a 50 bps cut', { text: '50 bps', value: 0.5, unit: 'percentage-points', precision: 0.01, nounText: 'cut' }],
  ['25bps', { text: '25bps', value: 0.25, unit: 'percentage-points', precision: 0.01 }],
  ['75 basis points', { text: '75 basis points', value: 0.75, unit: 'percentage-points', precision: 0.01 }],
  ['-8%', { text: '-8%', value: -8, unit: 'percent', direction: 'down' }],
  ['+64%', { text: '+64%', value: 64, unit: 'percent', direction: 'up' }],
  ['\u22128% (U+2212 minus)', { text: '\u22128%', value: -8, unit: 'percent', direction: 'down' }],
  ['shares fell (-8%) today', { text: '-8%', value: -8, unit: 'percent', direction: 'down' }],
  ['sixty percent', { text: 'sixty percent', value: 60, unit: 'percent' }],
  ['0.5%', { text: '0.5%', value: 0.5, unit: 'percent', precision: 0.1 }],
  ['100%', { text: '100%', value: 100, unit: 'percent', precision: 1 }],
  ['a 49% stake', { text: '49%', value: 49, unit: 'percent', nounText: 'stake' }],
];

const counts: Case[] = [
  ['411 million visits', { text: '411 million', value: 411 * M, unit: 'count', precision: M, nounText: 'visits' }],
  ['800M weekly users', { text: '800M', value: 800 * M, unit: 'count', precision: M, nounText: 'weekly users' }],
  ['800 million weekly active users', { text: '800 million', value: 800 * M, unit: 'count', nounText: 'weekly active users' }],
  ['1,150', { text: '1,150', value: 1150, unit: 'count', precision: 1 }],
  ['1,000,000 downloads', { text: '1,000,000', value: 1000000, unit: 'count', nounText: 'downloads' }],
  ['450 employees', { text: '450', value: 450, unit: 'count', nounText: 'employees' }],
  ['It hired 3,000 engineers', { text: '3,000', value: 3000, unit: 'count', nounText: 'engineers' }],
  ['10k users', { text: '10k', value: 10000, unit: 'count', nounText: 'users' }],
  ['1.2 billion people', { text: '1.2 billion', value: 1.2 * B, unit: 'count', precision: 1e8, nounText: 'people' }],
  ['7B parameters', { text: '7B', value: 7 * B, unit: 'count', nounText: 'parameters' }],
  ['5T tokens', { text: '5T', value: 5 * T, unit: 'count', nounText: 'tokens' }],
  ['two hundred million users', { text: 'two hundred million', value: 200 * M, unit: 'count', precision: 1e8, nounText: 'users' }],
  ['a million GPUs', { text: 'a million', value: M, unit: 'count', nounText: 'GPUs' }],
  ['twenty companies', { text: 'twenty', value: 20, unit: 'count', precision: 10, nounText: 'companies' }],
  ['a hundred startups', { text: 'a hundred', value: 100, unit: 'count', nounText: 'startups' }],
  ['2.5 million subscribers', { text: '2.5 million', value: 2.5 * M, unit: 'count', precision: 1e5, nounText: 'subscribers' }],
  ['15 data centers', { text: '15', value: 15, unit: 'count', nounText: 'data centers' }],
  ['nearly 1,000 GPUs', { text: '1,000', value: 1000, unit: 'count', qualifier: 'approx', nounText: 'GPUs' }],
  ['The 500 employees left', { text: '500', value: 500, unit: 'count', nounText: 'employees left' }],
  ['thousand-strong 12,000 staff', { text: '12,000', value: 12000, unit: 'count', nounText: 'staff' }],
];

const powerAndMultiples: Case[] = [
  ['10 GW', { text: '10 GW', value: 10, unit: 'GW', precision: 1 }],
  ['10GW', { text: '10GW', value: 10, unit: 'GW' }],
  ['10 gigawatts of capacity', { text: '10 gigawatts', value: 10, unit: 'GW' }],
  ['1 gigawatt', { text: '1 gigawatt', value: 1, unit: 'GW' }],
  ['1.5GW', { text: '1.5GW', value: 1.5, unit: 'GW', precision: 0.1 }],
  ['500 MW', { text: '500 MW', value: 500, unit: 'MW' }],
  ['300 megawatts', { text: '300 megawatts', value: 300, unit: 'MW' }],
  ['a rack draws 120 kW', { text: '120 kW', value: 0.12, unit: 'MW', precision: 0.001 }],
  ['500 kilowatts', { text: '500 kilowatts', value: 0.5, unit: 'MW' }],
  ['2x', { text: '2x', value: 2, unit: 'multiple', precision: 1 }],
  ['2.5x', { text: '2.5x', value: 2.5, unit: 'multiple', precision: 0.1 }],
  ['2×', { text: '2×', value: 2, unit: 'multiple' }],
  ['2-fold', { text: '2-fold', value: 2, unit: 'multiple' }],
  ['10 fold', { text: '10 fold', value: 10, unit: 'multiple' }],
  ['10 times larger', { text: '10 times', value: 10, unit: 'multiple', nounText: 'larger' }],
  ['three times the revenue', { text: 'three times', value: 3, unit: 'multiple' }],
  ['2.5 times as many users', { text: '2.5 times', value: 2.5, unit: 'multiple', precision: 0.1 }],
  ['revenue doubled', { text: 'doubled', value: 2, unit: 'multiple', direction: 'up' }],
  ['revenue tripled', { text: 'tripled', value: 3, unit: 'multiple', direction: 'up' }],
  ['revenue quadrupled', { text: 'quadrupled', value: 4, unit: 'multiple', direction: 'up' }],
  ['the loss halved', { text: 'halved', value: 0.5, unit: 'multiple', direction: 'down' }],
  ['a tenfold increase', { text: 'tenfold', value: 10, unit: 'multiple', nounText: 'increase' }],
  ['more than doubled', { text: 'doubled', value: 2, unit: 'multiple', qualifier: 'at-least', direction: 'up' }],
];

const hedges: Case[] = [
  ['about $115B', { text: '$115B', value: 115 * B, unit: 'USD', qualifier: 'approx' }],
  ['roughly $115B', { text: '$115B', qualifier: 'approx' }],
  ['nearly $115B', { text: '$115B', qualifier: 'approx' }],
  ['almost 64%', { text: '64%', qualifier: 'approx' }],
  ['some 800 million users', { text: '800 million', qualifier: 'approx', nounText: 'users' }],
  ['around $5B', { text: '$5B', qualifier: 'approx' }],
  ['approximately $5B', { text: '$5B', qualifier: 'approx' }],
  ['~$5B', { text: '$5B', qualifier: 'approx' }],
  ['close to $5B', { text: '$5B', qualifier: 'approx' }],
  ['more than $100 billion', { text: '$100 billion', qualifier: 'at-least' }],
  ['over 800 million users', { text: '800 million', qualifier: 'at-least', nounText: 'users' }],
  ['above 50%', { text: '50%', qualifier: 'at-least' }],
  ['at least 10 GW', { text: '10 GW', qualifier: 'at-least' }],
  ['in excess of $1 trillion', { text: '$1 trillion', qualifier: 'at-least' }],
  ['$5 billion or more', { text: '$5 billion', qualifier: 'at-least' }],
  ['10,000+ GPUs', { text: '10,000', qualifier: 'at-least', nounText: 'GPUs' }],
  ['a $5B-plus round', { text: '$5B', qualifier: 'at-least', nounText: 'round' }],
  ['up to $500 billion', { text: '$500 billion', qualifier: 'up-to' }],
  ['as much as $500 billion', { text: '$500 billion', qualifier: 'up-to' }],
  ['as many as 2,000 employees', { text: '2,000', qualifier: 'up-to', nounText: 'employees' }],
  ['less than 5%', { text: '5%', qualifier: 'less-than' }],
  ['fewer than 100 staff', { text: '100', qualifier: 'less-than', nounText: 'staff' }],
  ['under $1B', { text: '$1B', qualifier: 'less-than' }],
  ['below 10%', { text: '10%', qualifier: 'less-than' }],
  ['About $115B', { text: '$115B', qualifier: 'approx' }],
  ['Over 800 million users', { text: '800 million', qualifier: 'at-least', nounText: 'users' }],
];

const ranges: Case[] = [
  ['$14–17 billion', { text: '$14–17 billion', value: 17 * B, low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range', precision: B }],
  ['$14-17 billion', { text: '$14-17 billion', value: 17 * B, low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['$14-$17 billion', { text: '$14-$17 billion', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['$14B–$17B', { text: '$14B–$17B', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['$14B - $17B', { text: '$14B - $17B', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['between $14B and $17B', { text: '$14B and $17B', low: 14 * B, high: 17 * B, value: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['between 10 and 12 percent', { text: '10 and 12 percent', low: 10, high: 12, unit: 'percent', qualifier: 'range' }],
  ['10-12%', { text: '10-12%', low: 10, high: 12, value: 12, unit: 'percent', qualifier: 'range' }],
  ['10%–12%', { text: '10%–12%', low: 10, high: 12, unit: 'percent', qualifier: 'range' }],
  ['14 to 17 billion dollars', { text: '14 to 17 billion dollars', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['$14 to $17 billion', { text: '$14 to $17 billion', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['estimates of $14 billion to $17 billion', { text: '$14 billion to $17 billion', low: 14 * B, high: 17 * B, unit: 'USD', qualifier: 'range' }],
  ['1-2 GW', { text: '1-2 GW', low: 1, high: 2, unit: 'GW', qualifier: 'range' }],
  ['300–400 million users', { text: '300–400 million', low: 300 * M, high: 400 * M, unit: 'count', qualifier: 'range', nounText: 'users' }],
  ['$1.5-2 trillion', { text: '$1.5-2 trillion', low: 1.5 * T, high: 2 * T, unit: 'USD', qualifier: 'range', precision: 1e11 }],
  // Two figures, not a range: "from X to Y" and "rose X to Y" describe a change.
  ['grew from $5B to $14B', [{ text: '$5B', value: 5 * B, unit: 'USD' }, { text: '$14B', value: 14 * B, unit: 'USD' }]],
  ['from 10% to 12%', [{ text: '10%', value: 10 }, { text: '12%', value: 12 }]],
  ['rose 5% to 10%', [{ text: '5%', value: 5 }, { text: '10%', value: 10 }]],
  ['fell $2B to $14B', [{ text: '$2B', value: 2 * B }, { text: '$14B', value: 14 * B }]],
  ['between 1,000 and 2,000 employees', [{ text: '1,000', value: 1000, unit: 'count' }, { text: '2,000', value: 2000, nounText: 'employees' }]],
  ['5 to 10 employees', { text: '10', value: 10, unit: 'count', nounText: 'employees' }],
  ['-$5B', { text: '-$5B', value: -5 * B, unit: 'USD', direction: 'down' }],
  ['$-5B', { text: '$-5B', value: -5 * B, unit: 'USD', direction: 'down' }],
  ['cut its staff by 10% to 5,000', [{ text: '10%', value: 10, unit: 'percent' }, { text: '5,000', value: 5000, unit: 'count' }]],
  ['$14–17', { text: '$14–17', low: 14, high: 17, unit: 'USD', qualifier: 'range' }],
  ['$17B–$14B is not a range', [{ text: '$17B', value: 17 * B }, { text: '$14B', value: 14 * B }]],
];

const markdownMarks: Case[] = [
  ['**$115B**', { text: '$115B', value: 115 * B, unit: 'USD' }],
  ['_64%_', { text: '64%', value: 64, unit: 'percent' }],
  ['*800 million* users', { text: '800 million', value: 800 * M, unit: 'count' }],
  ['~~$5B~~ $6B', [{ text: '$5B', value: 5 * B }, { text: '$6B', value: 6 * B }]],
  ['(about $5B)', { text: '$5B', qualifier: 'approx' }],
  ['"$5B"', { text: '$5B', value: 5 * B }],
];

const sentences: Case[] = [
  [
    'OpenAI projects it will burn $115 billion through 2029, about $80 billion more than planned.',
    [{ text: '$115 billion', value: 115 * B, unit: 'USD' }, { text: '$80 billion', value: 80 * B, qualifier: 'approx' }],
  ],
  [
    'ChatGPT has 800 million weekly users and 64% of them are outside the US.',
    [{ text: '800 million', value: 800 * M, nounText: 'weekly users' }, { text: '64%', value: 64, unit: 'percent' }],
  ],
  [
    'Nvidia will invest up to $100B in OpenAI as 10 GW of systems are deployed.',
    [{ text: '$100B', value: 100 * B, qualifier: 'up-to' }, { text: '10 GW', value: 10, unit: 'GW' }],
  ],
  [
    'In H1 2025 it spent $2.5B and lost $13.5B, on revenue of $4.3B.',
    [{ text: '$2.5B', value: 2.5 * B }, { text: '$13.5B', value: 13.5 * B }, { text: '$4.3B', value: 4.3 * B }],
  ],
  [
    'Claude.ai drew 411 million visits in September 2025, up 12% from August.',
    [{ text: '411 million', value: 411 * M, nounText: 'visits' }, { text: '12%', value: 12, unit: 'percent' }],
  ],
  [
    'Microsoft holds a roughly 27% stake valued at about $135 billion.',
    [{ text: '27%', value: 27, qualifier: 'approx', nounText: 'stake valued' }, { text: '$135 billion', value: 135 * B, qualifier: 'approx' }],
  ],
  [
    'The company, valued at $500bn, employs 3,000 people across 10 offices.',
    [{ text: '$500bn', value: 500 * B }, { text: '3,000', value: 3000, nounText: 'people' }, { text: '10', value: 10, nounText: 'offices' }],
  ],
  [
    '| OpenAI | $13B | 2025 |',
    [{ text: '$13B', value: 13 * B, unit: 'USD' }],
  ],
  [
    'Revenue: $3.7B (2024); $13B (2025); $30B (2026).',
    [{ text: '$3.7B', value: 3.7 * B }, { text: '$13B', value: 13 * B }, { text: '$30B', value: 30 * B }],
  ],
  [
    'Capex will reach $400bn-$450bn next year, a 2x jump.',
    [{ text: '$400bn-$450bn', low: 400 * B, high: 450 * B, qualifier: 'range', unit: 'USD', nounText: 'next year' }, { text: '2x', value: 2, unit: 'multiple', nounText: 'jump' }],
  ],
];

const positiveTables: Array<[string, Case[]]> = [
  ['money', money], ['percentages', percentages], ['counts', counts], ['power and multiples', powerAndMultiples],
  ['hedges', hedges], ['ranges', ranges], ['markdown marks', markdownMarks], ['sentences', sentences],
];

for (const [name, cases] of positiveTables) {
  for (const c of cases) test(`grammar (en) ${name}: ${c[0]}`, () => checkCase(c));
}

test('grammar (en) has at least 120 positive cases', () => {
  const total = positiveTables.reduce((n, [, cases]) => n + cases.length, 0);
  assert.ok(total >= 120, `${total} cases`);
});

// Not a claim: each row is an input and the parts of it that must not be read as figures.
const notClaims: Array<[string, string, string[]?]> = [
  ['years', 'In 2026 the company plans to list.', ['2026']],
  ['years', 'Revenue grew in 2025 and 2026.', ['2025', '2026']],
  ['fiscal years', 'FY2026 guidance', ['FY2026']],
  ['fiscal years', 'FY 2026 guidance', ['2026']],
  ['abbreviated years', "in '25 revenue doubled and ’26 sales", ["'25", '’26']],
  ['quarters', 'Q3 2025 results', ['Q3', '2025']],
  ['halves', 'H1 2025 burn', ['H1', '2025']],
  ['dates', 'On Dec 2, 2025 it announced', ['2', '2025']],
  ['dates', 'on 2 December 2025', ['2', '2025']],
  ['dates', 'on 2025-12-02', ['2025-12-02']],
  ['dates', 'on 12/02/2025', ['12/02/2025']],
  ['dates', 'on September 30 the deal closed', ['30']],
  ['year ranges', 'over 2025–2029 it will', ['2025–2029']],
  ['durations', 'over eight years', ['eight']],
  ['durations', 'for 3 weeks', ['3']],
  ['durations', 'in 10 days', ['10']],
  ['durations', 'a 15-year deal', ['15']],
  ['counts of events', 'it met 12 times in 2025', ['12']],
  ['durations', 'it took fifteen years', ['fifteen']],
  ['durations', 'over 24 hours', ['24']],
  ['durations', 'for 12 months', ['12']],
  ['times of day', 'at 9:30 ET', ['9:30']],
  ['times of day', 'at 10 am', ['10']],
  ['ordinals', 'the 1st and 3rd quarters', ['1st', '3rd']],
  ['ordinals', 'its 21st round', ['21st']],
  ['versions', 'GPT-5 launched', ['GPT-5']],
  ['versions', 'GPT-4o is cheaper', ['GPT-4o']],
  ['versions', 'Sora 2 went viral', ['2']],
  ['versions', 'the iPhone 17 launch', ['17']],
  ['versions', 'Claude 3.5 Sonnet', ['3.5']],
  ['versions', 'Gemini 2.5 Pro', ['2.5']],
  ['versions', 'H100 and B200 chips', ['H100', 'B200']],
  ['versions', 'a 3nm process', ['3nm']],
  ['versions', 'a Series B round', ['Series B']],
  ['versions', 'Windows 11 users', ['11']],
  ['versions', 'COVID-19 era', ['COVID-19']],
  ['versions', 'Llama 405 weights', ['405']],
  ['versions', 'Microsoft 365 Copilot seats', ['365']],
  ['filings', 'its 10-K filing', ['10-K']],
  ['phone numbers', 'call 555-123-4567', ['555-123-4567']],
  ['phone numbers', 'call 03-1234-5678', ['03-1234-5678']],
  ['ids', 'ticket #12345', ['12345']],
  ['ids', 'order 00123 shipped', ['00123']],
  ['glued letters', 'abc123 and x86', ['abc123', 'x86']],
  ['identifiers', 'see burn_2026 and v_12', ['burn_2026', 'v_12']],
  ['section numbers', 'see section 1.2.3', ['1.2.3']],
  ['section numbers', 'see section 12', ['12']],
  ['pages', 'on page 42 of the filing', ['42']],
  ['pages', 'pages 10-12', ['10-12']],
  ['small bare numbers', 'three companies bid', ['three']],
  ['small bare numbers', '2 reasons', ['2']],
  ['small bare numbers', 'one of the largest', ['one']],
  ['bare numbers without a noun', 'It was 12.', ['12']],
  ['bare numbers without a noun', 'a score of 87 in', ['87']],
  ['rankings', 'the 10 largest companies', ['10']],
  ['rankings', 'the top 10 labs', ['10']],
  ['format names', 'streams in 4K video', ['4K']],
  ['lengths', 'a 5mm chip and a 100m race', ['5mm', '100m']],
  ['measurements', '10 GWh of storage, 80 GB of memory, 700 TFLOPS and 3 nm', ['10', '80', '700', '3']],
  ['malformed', '$1,2,3,4B', ['$1,2,3,4B']],
  ['malformed', '1e400', ['1e400']],
  ['malformed', '¥ alone', ['¥']],
  ['other dollars', 'A$5 billion', ['5']],
  ['vague amounts', 'hundreds of millions of dollars', ['hundreds']],
  ['vague amounts', 'billions of dollars', ['billions']],
  ['classes of company', 'a billion-dollar company', ['a billion-dollar']],
  ['classes of company', 'a trillion-dollar club', ['a trillion-dollar']],
  ['decimals without a unit', 'a ratio of 1.5 overall', ['1.5']],
];

for (const [kind, input, parts] of notClaims) {
  test(`grammar (en) not a claim: ${kind}: ${input}`, () => checkNotClaim(input, parts));
}

test('grammar: offsets are relative to the whole text when scanning a slice', () => {
  const text = 'Intro. OpenAI burned $2.5B in H1. Outro $9B.';
  const from = text.indexOf('OpenAI');
  const to = text.indexOf('Outro');
  const figures = scanFigures(text, from, to);
  assert.deepEqual(figures.map((f) => [f.text, f.start]), [['$2.5B', text.indexOf('$2.5B')]]);
});

test('grammar: hedge and noun ranges point at the words', () => {
  const text = 'more than 800 million weekly users';
  const [f] = scanFigures(text);
  assert.ok(f);
  assert.equal(text.slice(f.hedgeRange!.start, f.hedgeRange!.end), 'more than');
  assert.equal(text.slice(f.nounRange!.start, f.nounRange!.end), 'weekly users');
});

test('grammar: values are exact, without float noise', () => {
  const cases: Array<[string, number]> = [
    ['$1.4 trillion', 1400000000000], ['$0.1B', 100000000], ['$2.3B', 2300000000], ['$0.7T', 700000000000],
    ['$1.15 trillion', 1150000000000], ['$4.35 billion', 4350000000], ['0.3%', 0.3], ['1.1 GW', 1.1],
  ];
  for (const [input, value] of cases) assert.equal(scanFigures(input)[0]?.value, value, input);
});

test('grammar: fast decimal values agree with parsing the decimal string', () => {
  // Deterministic pseudo-random mantissas and exponents (LCG), compared with Number("<m>e<exp>").
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 20000; k++) {
    const digits = 1 + next(15);
    let mantissa = String(1 + next(9));
    while (mantissa.length < digits) mantissa += String(next(10));
    const exp = next(45) - 22;
    assert.equal(decimalValue({ mantissa, exp }), Number(`${mantissa}e${exp}`), `${mantissa}e${exp}`);
  }
});

test('grammar: scanning is deterministic and figures never overlap', () => {
  const text = 'About $14-17B, 64%, 800M users, 1,150 staff, doubled, $1.4tn and between 5% and 7%.';
  const a = scanFigures(text);
  const b = scanFigures(text);
  assert.deepEqual(a, b);
  for (let k = 1; k < a.length; k++) assert.ok(a[k]!.start >= a[k - 1]!.end);
  assert.equal(a.length, 7);
});

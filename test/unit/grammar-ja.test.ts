// Japanese number grammar: positive cases (input → figures) and not-a-claim cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanFigures } from '../../src/core/grammar';
import { type Case, checkCase, checkNotClaim } from './grammar-cases';

const OKU = 1e8;
const CHO = 1e12;
const MAN = 1e4;

const money: Case[] = [
  ['1150億ドル', { text: '1150億ドル', value: 1150 * OKU, unit: 'USD', precision: OKU, lang: 'ja' }],
  ['140億ドル', { text: '140億ドル', value: 140 * OKU, unit: 'USD', precision: OKU }],
  ['1兆4000億ドル', { text: '1兆4000億ドル', value: 1.4 * CHO, unit: 'USD', precision: 1e11 }],
  ['1兆2億ドル', { text: '1兆2億ドル', value: 1000200000000, unit: 'USD', precision: OKU }],
  ['3,000億ドル', { text: '3,000億ドル', value: 3000 * OKU, unit: 'USD', precision: OKU }],
  ['1.5兆円', { text: '1.5兆円', value: 1.5 * CHO, unit: 'JPY', precision: 1e11 }],
  ['5兆ドル', { text: '5兆ドル', value: 5 * CHO, unit: 'USD', precision: CHO }],
  ['130億米ドル', { text: '130億米ドル', value: 130 * OKU, unit: 'USD' }],
  ['100ユーロ', { text: '100ユーロ', value: 100, unit: 'EUR', precision: 1 }],
  ['20億ユーロ', { text: '20億ユーロ', value: 20 * OKU, unit: 'EUR' }],
  ['10億ポンド', { text: '10億ポンド', value: 10 * OKU, unit: 'GBP' }],
  ['10億元', { text: '10億元', value: 10 * OKU, unit: 'CNY' }],
  ['100億人民元', { text: '100億人民元', value: 100 * OKU, unit: 'CNY' }],
  ['5000億ウォン', { text: '5000億ウォン', value: 5000 * OKU, unit: 'KRW' }],
  ['200億ルピー', { text: '200億ルピー', value: 200 * OKU, unit: 'INR' }],
  ['5千万円', { text: '5千万円', value: 5e7, unit: 'JPY', precision: 1e7 }],
  ['3千億円', { text: '3千億円', value: 3e11, unit: 'JPY', precision: 1e11 }],
  ['1億5000万ドル', { text: '1億5000万ドル', value: 1.5e8, unit: 'USD', precision: 1e7 }],
  ['$115B（約17兆円）', [{ text: '$115B', value: 115e9, unit: 'USD', lang: 'ja' }, { text: '17兆円', value: 17 * CHO, unit: 'JPY', qualifier: 'approx' }]],
  ['１１５０億ドル', { text: '１１５０億ドル', value: 1150 * OKU, unit: 'USD' }],
  ['１，１５０億ドル', { text: '１，１５０億ドル', value: 1150 * OKU, unit: 'USD' }],
  ['１．５兆円', { text: '１．５兆円', value: 1.5 * CHO, unit: 'JPY', precision: 1e11 }],
  ['＄５Ｂ', { text: '＄５Ｂ', value: 5e9, unit: 'USD', lang: 'ja' }],
  ['１０ＧＷ', { text: '１０ＧＷ', value: 10, unit: 'GW', lang: 'ja' }],
  ['￥1,000', { text: '￥1,000', value: 1000, unit: 'JPY' }],
  ['1000億ドルを投資する', { text: '1000億ドル', value: 1000 * OKU, unit: 'USD' }],
];

const kanji: Case[] = [
  ['三千億ドル', { text: '三千億ドル', value: 3e11, unit: 'USD', precision: 1e11 }],
  ['一兆円', { text: '一兆円', value: CHO, unit: 'JPY', precision: CHO }],
  ['十億ドル', { text: '十億ドル', value: 1e9, unit: 'USD' }],
  ['二十五万人', { text: '二十五万', value: 25 * MAN, unit: 'count', nounText: '人', precision: MAN }],
  ['一〇〇億ドル', { text: '一〇〇億ドル', value: 100 * OKU, unit: 'USD' }],
  ['二倍', { text: '二倍', value: 2, unit: 'multiple' }],
  ['三倍に増えた', { text: '三倍', value: 3, unit: 'multiple' }],
  ['百万ドル', { text: '百万ドル', value: 1e6, unit: 'USD' }],
  ['一兆四千億ドル', { text: '一兆四千億ドル', value: 1.4 * CHO, unit: 'USD', precision: 1e11 }],
  ['五百億円', { text: '五百億円', value: 500 * OKU, unit: 'JPY', precision: 1e10 }],
];

const counts: Case[] = [
  ['4億1100万', { text: '4億1100万', value: 411e6, unit: 'count', precision: 1e6 }],
  ['月間訪問数は4億1100万回', { text: '4億1100万', value: 411e6, unit: 'count', nounText: '回' }],
  ['20億人', { text: '20億', value: 20 * OKU, unit: 'count', nounText: '人', precision: OKU }],
  ['8億人のユーザー', { text: '8億', value: 8 * OKU, unit: 'count', nounText: '人のユーザー' }],
  ['10億以上のユーザー', { text: '10億', value: 10 * OKU, unit: 'count', qualifier: 'at-least', nounText: 'ユーザー' }],
  ['1億のダウンロード', { text: '1億', value: OKU, unit: 'count', nounText: 'ダウンロード' }],
  ['1万5000人', { text: '1万5000', value: 15000, unit: 'count', nounText: '人', precision: 1000 }],
  ['300人', { text: '300', value: 300, unit: 'count', nounText: '人' }],
  ['150社', { text: '150', value: 150, unit: 'count', nounText: '社' }],
  ['1,000人の従業員', { text: '1,000', value: 1000, unit: 'count', nounText: '人の従業員' }],
  ['20件', { text: '20', value: 20, unit: 'count', nounText: '件' }],
  ['10万台', { text: '10万', value: 10 * MAN, unit: 'count', nounText: '台' }],
  ['50カ国', { text: '50', value: 50, unit: 'count', nounText: 'カ国' }],
  ['1億回再生', { text: '1億', value: OKU, unit: 'count', nounText: '回' }],
  ['5000万人', { text: '5000万', value: 5000 * MAN, unit: 'count', nounText: '人' }],
  ['３００人', { text: '３００', value: 300, unit: 'count', nounText: '人', lang: 'ja' }],
];

const percentAndUnits: Case[] = [
  ['64%', { text: '64%', value: 64, unit: 'percent' }],
  ['シェアは64%', { text: '64%', value: 64, unit: 'percent', lang: 'ja' }],
  ['６４％', { text: '６４％', value: 64, unit: 'percent', lang: 'ja' }],
  ['＋５％', { text: '＋５％', value: 5, unit: 'percent', direction: 'up' }],
  ['－３．５％', { text: '－３．５％', value: -3.5, unit: 'percent', precision: 0.1, direction: 'down' }],
  ['前年比＋12％', { text: '＋12％', value: 12, unit: 'percent', direction: 'up' }],
  ['△3.5%', { text: '△3.5%', value: -3.5, unit: 'percent', direction: 'down' }],
  ['64パーセント', { text: '64パーセント', value: 64, unit: 'percent' }],
  ['約27%の株式', { text: '27%', value: 27, unit: 'percent', qualifier: 'approx', nounText: '株式' }],
  ['5ポイント', { text: '5ポイント', value: 5, unit: 'percentage-points' }],
  ['シェアは3割', { text: '3割', value: 30, unit: 'percent', precision: 10 }],
  ['約2割増', { text: '2割', value: 20, unit: 'percent', qualifier: 'approx' }],
  ['1.5割', { text: '1.5割', value: 15, unit: 'percent', precision: 1 }],
  ['0.5ポイント上昇', { text: '0.5ポイント', value: 0.5, unit: 'percentage-points', precision: 0.1 }],
  ['10ギガワット', { text: '10ギガワット', value: 10, unit: 'GW' }],
  ['10GW', { text: '10GW', value: 10, unit: 'GW' }],
  ['500メガワット', { text: '500メガワット', value: 500, unit: 'MW' }],
  ['2倍', { text: '2倍', value: 2, unit: 'multiple' }],
  ['2.5倍', { text: '2.5倍', value: 2.5, unit: 'multiple', precision: 0.1 }],
  ['2倍以上', { text: '2倍', value: 2, unit: 'multiple', qualifier: 'at-least' }],
  ['売上が倍増した', { text: '倍増', value: 2, unit: 'multiple', direction: 'up' }],
  ['赤字が半減した', { text: '半減', value: 0.5, unit: 'multiple', direction: 'down' }],
];

const hedges: Case[] = [
  ['約1兆ドル', { text: '1兆ドル', value: CHO, unit: 'USD', qualifier: 'approx' }],
  ['およそ500億ドル', { text: '500億ドル', qualifier: 'approx' }],
  ['ほぼ2倍', { text: '2倍', qualifier: 'approx' }],
  ['概ね300億ドル', { text: '300億ドル', qualifier: 'approx' }],
  ['10億ドル近く', { text: '10億ドル', qualifier: 'approx' }],
  ['500億ドル程度', { text: '500億ドル', qualifier: 'approx' }],
  ['500億ドル前後', { text: '500億ドル', qualifier: 'approx' }],
  ['2000億円ほど', { text: '2000億円', qualifier: 'approx' }],
  ['10億以上', { text: '10億', value: 10 * OKU, unit: 'count', qualifier: 'at-least' }],
  ['1000億ドル超', { text: '1000億ドル', qualifier: 'at-least' }],
  ['3兆円超え', { text: '3兆円', qualifier: 'at-least' }],
  ['1兆ドルを超える', { text: '1兆ドル', qualifier: 'at-least' }],
  ['8億人を超えた', { text: '8億', qualifier: 'at-least', nounText: '人' }],
  ['20億人以上', { text: '20億', qualifier: 'at-least', nounText: '人' }],
  ['300億ドルあまり', { text: '300億ドル', qualifier: 'at-least' }],
  ['4億ドル余り', { text: '4億ドル', qualifier: 'at-least' }],
  ['100億ドル強', { text: '100億ドル', qualifier: 'at-least' }],
  ['少なくとも500億ドル', { text: '500億ドル', qualifier: 'at-least' }],
  ['最大3000億ドル', { text: '3000億ドル', value: 3000 * OKU, qualifier: 'up-to' }],
  ['最大で1000億ドル', { text: '1000億ドル', qualifier: 'up-to' }],
  ['最高で3000億ドル', { text: '3000億ドル', qualifier: 'up-to' }],
  ['100億ドルまで', { text: '100億ドル', qualifier: 'up-to' }],
  ['1兆ドル以内', { text: '1兆ドル', qualifier: 'up-to' }],
  ['5%未満', { text: '5%', qualifier: 'less-than' }],
  ['10%以下', { text: '10%', qualifier: 'less-than' }],
  ['1億ドル弱', { text: '1億ドル', qualifier: 'less-than' }],
  ['300億ドル足らず', { text: '300億ドル', qualifier: 'less-than' }],
];

const ranges: Case[] = [
  ['140億〜170億ドル', { text: '140億〜170億ドル', value: 170 * OKU, low: 140 * OKU, high: 170 * OKU, unit: 'USD', qualifier: 'range', precision: OKU }],
  ['140億～170億ドル', { text: '140億～170億ドル', low: 140 * OKU, high: 170 * OKU, unit: 'USD', qualifier: 'range' }],
  ['140〜170億ドル', { text: '140〜170億ドル', low: 140 * OKU, high: 170 * OKU, unit: 'USD', qualifier: 'range', precision: OKU }],
  ['140～170億ドル', { text: '140～170億ドル', low: 140 * OKU, high: 170 * OKU, unit: 'USD', qualifier: 'range' }],
  ['10〜12%', { text: '10〜12%', low: 10, high: 12, unit: 'percent', qualifier: 'range' }],
  ['1兆〜1兆5000億円', { text: '1兆〜1兆5000億円', low: CHO, high: 1.5 * CHO, unit: 'JPY', qualifier: 'range' }],
  ['3〜5ギガワット', { text: '3〜5ギガワット', low: 3, high: 5, unit: 'GW', qualifier: 'range' }],
];

const sentences: Case[] = [
  ['OpenAIは2029年までに1150億ドルを燃やす見通しだ。', { text: '1150億ドル', value: 1150 * OKU, unit: 'USD', lang: 'ja' }],
  ['2025年上半期の赤字は135億ドルだった。', { text: '135億ドル', value: 135 * OKU, unit: 'USD' }],
  ['売上高は130億ドル（前年比3倍）に達した。', [{ text: '130億ドル', value: 130 * OKU }, { text: '3倍', value: 3, unit: 'multiple' }]],
  ['エヌビディアはオープンAIに最大1000億ドルを投資し、10GW分のシステムを供給する。', [
    { text: '1000億ドル', value: 1000 * OKU, qualifier: 'up-to' }, { text: '10GW', value: 10, unit: 'GW', nounText: '分' },
  ]],
  ['ChatGPTの週間ユーザーは8億人、うち64%が米国外。', [
    { text: '8億', value: 8 * OKU, nounText: '人' }, { text: '64%', value: 64, unit: 'percent' },
  ]],
  ['マイクロソフトは約27%の株式を保有し、その価値は約1350億ドル。', [
    { text: '27%', value: 27, qualifier: 'approx', nounText: '株式' }, { text: '1350億ドル', value: 1350 * OKU, qualifier: 'approx' },
  ]],
  ['時価総額は5兆ドルを超え、2025年12月2日時点で世界最大。', { text: '5兆ドル', value: 5 * CHO, qualifier: 'at-least' }],
  ['設備投資は2026年だけで4000億ドル規模になる。', { text: '4000億ドル', value: 4000 * OKU }],
  ['| OpenAI | 130億ドル | 2025年 |', { text: '130億ドル', value: 130 * OKU }],
  ['同社の評価額は5000億ドル、従業員は3000人。', [{ text: '5000億ドル', value: 5000 * OKU }, { text: '3000', value: 3000, nounText: '人' }]],
];

const positiveTables: Array<[string, Case[]]> = [
  ['money', money], ['kanji numerals', kanji], ['counts', counts], ['percent and units', percentAndUnits],
  ['hedges', hedges], ['ranges', ranges], ['sentences', sentences],
];

for (const [name, cases] of positiveTables) {
  for (const c of cases) test(`grammar (ja) ${name}: ${c[0]}`, () => checkCase(c));
}

test('grammar (ja) has at least 80 positive cases', () => {
  const total = positiveTables.reduce((n, [, cases]) => n + cases.length, 0);
  assert.ok(total >= 80, `${total} cases`);
});

const notClaims: Array<[string, string, string[]?]> = [
  ['years', '2026年に上場する', ['2026']],
  ['years', '２０２６年', ['２０２６']],
  ['dates', '2025年12月2日に発表', ['2025', '12', '2']],
  ['months', '4月に発表', ['4']],
  ['fiscal periods', '2025年12月期の決算', ['2025', '12']],
  ['fiscal periods', '第3四半期', ['3']],
  ['durations', '24時間以内に', ['24']],
  ['durations', '5ヶ月で', ['5']],
  ['durations', '5か月で', ['5']],
  ['durations', '10カ月間', ['10']],
  ['durations', '1週間で', ['1']],
  ['durations', '30日間', ['30']],
  ['durations', '10年間で', ['10']],
  ['times', '15時30分に', ['15', '30']],
  ['counts of events', '1回', ['1']],
  ['counts of events', '1回目の会合', ['1']],
  ['counts of events', '100回', ['100']],
  ['counts of events', '100回目', ['100']],
  ['つ counters', '7つの情報源', ['7']],
  ['つ counters', '12の情報源', ['12']],
  ['ranks', '世界3位', ['3']],
  ['ranks', '10人目の社員', ['10']],
  ['ages', '35歳', ['35']],
  ['small counts', '3社が参加', ['3']],
  ['small counts', '5人が退社', ['5']],
  ['vague amounts', '数十億ドル', ['数十億ドル']],
  ['vague amounts', '数百万人', ['数百万']],
  ['vague amounts', '何億人', ['何億']],
  ['kanji words', '一部の投資家', ['一']],
  ['kanji words', '十分な資金', ['十']],
  ['kanji words', '一人ひとり', ['一']],
  ['kanji words', '万一の場合', ['一']],
  ['versions', 'GPT-5を発表', ['GPT-5']],
  ['versions', 'H100を10万基', ['H100']],
  ['malformed', '100億兆ドル', ['100億兆ドル']],
  ['malformed', '億億億', ['億億億']],
  ['chapters', '第2章', ['2']],
  ['generations', '第5世代', ['5']],
];

for (const [kind, input, parts] of notClaims) {
  test(`grammar (ja) not a claim: ${kind}: ${input}`, () => checkNotClaim(input, parts));
}

test('grammar (ja): full-width figures keep offsets into the original text', () => {
  const text = '売上は１，１５０億ドル。';
  const [f] = scanFigures(text);
  assert.ok(f);
  assert.equal(f.text, '１，１５０億ドル');
  assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(f.value, 115000000000);
});

test('grammar (ja): hedge range covers the Japanese hedge words', () => {
  const text = '最大3000億ドル、1000億ドル以上';
  const [a, b] = scanFigures(text);
  assert.ok(a && b);
  assert.equal(text.slice(a.hedgeRange!.start, a.hedgeRange!.end), '最大');
  assert.equal(text.slice(b.hedgeRange!.start, b.hedgeRange!.end), '以上');
});

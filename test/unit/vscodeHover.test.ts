// The hover's reasons: where a reading came from beyond the figure's sentence, the document date it
// was judged as of, and for an unsourced figure the nearest record considered (both languages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHoverMarkdown } from '../../src/vscode/hoverContent';
import { documentDateLine, frameReasons } from '../../src/vscode/hoverFrame';
import { claimIn, fakeDataset, fakeFormat, record, source } from './vscodeFixtures';

const en = { lang: 'en' as const, dataset: fakeDataset(), formatValue: fakeFormat };
const ja = { lang: 'ja' as const, dataset: fakeDataset(), formatValue: fakeFormat };
const text = 'OpenAI will burn $49B in 2026.';

/** The "Read as" paragraph of a card. */
function readAs(md: string, label: string): string {
  const line = md.split('\n\n').find((l) => l.startsWith(`${label}: `));
  assert.ok(line, `no "${label}" line in:\n${md}`);
  return line;
}

test('"Read as" says which words gave entity, metric and period when they came from beyond the sentence', () => {
  const claim = claimIn(text, '$49B', {
    frame: { entityFrom: 'heading', entityWords: 'Nvidia', metricFrom: 'column-header', periodFrom: 'earlier-sentence' },
  });
  const line = readAs(buildHoverMarkdown(claim, en), 'Read as');
  assert.match(line, / · 2026 \(entity from the heading: “Nvidia”; metric from the column header; period from an earlier sentence: “2026”\)$/);
});

test('a reading from the figure\'s own sentence adds no reasons', () => {
  const claim = claimIn(text, '$49B', { frame: { entityFrom: 'clause', metricFrom: 'sentence', periodFrom: 'clause' } });
  const line = readAs(buildHoverMarkdown(claim, en), 'Read as');
  assert.match(line, / · OpenAI · cash burn · 2026$/);
  assert.equal(frameReasons(undefined, '2026', 'en'), undefined);
  assert.equal(frameReasons({ entityFrom: 'sentence' }, '2026', 'en'), undefined);
});

test('every source beyond the sentence has words in both languages', () => {
  const sources = ['earlier-sentence', 'earlier-paragraph', 'heading', 'lead-in', 'row-header', 'column-header', 'carried', 'object'] as const;
  for (const from of sources) {
    const enText = frameReasons({ entityFrom: from }, undefined, 'en');
    const jaText = frameReasons({ entityFrom: from }, undefined, 'ja');
    assert.ok(enText && /^entity from [a-z]/.test(enText), `${from}: ${enText}`);
    assert.ok(jaText && /^対象は.+から$/.test(jaText) && !/[a-z]/.test(jaText), `${from}: ${jaText}`);
  }
});

test('a Japanese card gives the reasons in Japanese', () => {
  const jaText = 'その年に490億ドルを燃やす。';
  const claim = claimIn(jaText, '490億ドル', {
    lang: 'ja',
    period: { text: '2026年', from: '2026-01-01', to: '2026-12-31' },
    frame: { entityFrom: 'heading', entityWords: 'オープンAI', metricFrom: 'row-header', periodFrom: 'earlier-paragraph' },
  });
  const line = readAs(buildHoverMarkdown(claim, ja), '読み取り');
  assert.match(line, /（対象は見出しから：「オープンAI」、指標は行見出しから、期間は前の段落から：「2026年」）$/);
  assert.ok(!/entity|heading|period/.test(line));
});

test('the words quoted from the document are escaped, never a link', () => {
  const claim = claimIn(text, '$49B', { frame: { entityFrom: 'heading', entityWords: '[x](command:workbench.action.quit) <b>' } });
  const md = buildHoverMarkdown(claim, en);
  assert.ok(!md.includes('](command:') && !/(^|[^\\])<b>/.test(md), md);
  assert.ok(md.includes('“\\[x\\]\\(command\\:workbench\\.action\\.quit\\) \\<b\\>”'), md);
});

test('the card shows the document date used and where it came from', () => {
  const md = buildHoverMarkdown(claimIn(text, '$49B'), { ...en, documentDate: { date: '2026-02-26', from: 'front-matter' } });
  const lines = md.split('\n\n');
  const judged = lines.findIndex((l) => l === 'Judged as of 2026\\-02\\-26 (front matter)');
  assert.ok(judged > 0, md);
  assert.ok(lines[judged - 1].startsWith('Read as: '), 'right under "Read as"');
  const jaMd = buildHoverMarkdown(claimIn('490億ドル', '490億ドル', { lang: 'ja' }), { ...ja, documentDate: { date: '2026-02-26', from: 'front-matter' } });
  assert.ok(jaMd.split('\n\n').includes('2026\\-02\\-26時点で判定（フロントマター）'), jaMd);
  assert.equal(documentDateLine({ date: '2026-03-01', from: 'comment' }, 'en'), 'Judged as of 2026\\-03\\-01 (as\\-of comment)');
  assert.equal(documentDateLine({ date: '2026-03-01', from: 'option' }, 'en'), 'Judged as of 2026\\-03\\-01 (figureCheck\\.asOf setting)');
  assert.equal(documentDateLine({ date: '2026-03-01', from: 'today' }, 'ja'), '2026\\-03\\-01時点で判定（今日）');
  assert.equal(documentDateLine(undefined, 'en'), undefined);
  assert.ok(!buildHoverMarkdown(claimIn(text, '$49B'), en).includes('Judged as of'), 'no date line without a date');
});

test('an unsourced figure shows the nearest record considered: figure, period, entity, metric and source', () => {
  const nearest = record({ id: 'near', value: 17e9, source: source({ publisher: 'Near Desk', date: '2026-01-15' }), sourceKind: 'wire' });
  const claim = claimIn(text, '$49B', { verdict: 'unsourced', severity: 'information', record: undefined, nearest });
  const [first, second] = buildHoverMarkdown(claim, en).split('\n\n');
  assert.equal(first, '? **Unsourced** · Nearest record: **USD\\:17B** · 2026 · projection · OpenAI · cash burn');
  assert.equal(second, 'Source: [A test article](https://example.com/story) — Near Desk (wire service), 2026\\-01\\-15 · confidence: high');
  assert.match(buildHoverMarkdown(claim, en), /Figure Check · Dataset: bundled 2026\\-11\\-23$/);
  const jaFirst = buildHoverMarkdown({ ...claim, lang: 'ja' }, ja).split('\n\n')[0];
  assert.equal(jaFirst, '? **出典なし** · 最も近い記録: **USD\\:17B** · 2026 · 予測 · オープンAI · 資金燃焼');
  const supported = buildHoverMarkdown({ ...claim, verdict: 'supported', record: undefined }, en);
  assert.ok(!supported.includes('Nearest record'), 'only an unsourced figure shows it');
});

test('the nearest record\'s dataset text is escaped like every record\'s', () => {
  const nearest = record({
    paraphrase: 'x',
    period: { text: '[2026](command:evil)' },
    source: source({ publisher: '[Evil](command:workbench.action.quit)', title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }),
  });
  const md = buildHoverMarkdown(claimIn(text, '$49B', { verdict: 'unsourced', severity: 'information', record: undefined, nearest }), en);
  assert.ok(!md.includes('](command:') && !/(^|[^\\])<img/.test(md) && !md.includes('](javascript:'), md);
  assert.ok(md.includes('\\[2026\\]\\(command\\:evil\\)'), md);
  assert.ok(!md.includes('(javascript'), 'a javascript: source is not a link');
});

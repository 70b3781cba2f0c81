// Status bar text, the workspace-check exclude glob, and hover content in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Verdict } from '../../src/core/types';
import { excludeGlobFrom } from '../../src/vscode/excludeGlob';
import { buildHoverMarkdown, differenceText, sourceLine } from '../../src/vscode/hoverContent';
import { checkedTooltip, countLines, groupedCounts, statusBarText } from '../../src/vscode/statusText';
import { claimIn, fakeDataset, fakeFormat, record, source } from './vscodeFixtures';

const counts = (c: Partial<Record<Verdict, number>>): Record<Verdict, number> => ({
  supported: 0, contradicted: 0, outdated: 0, unsourced: 0, cited: 0, inconsistent: 0, ignored: 0, ...c,
});
const words = { figures: 'Figures', off: 'off', tooLarge: 'too large', failed: 'error' };

test('status text groups right, wrong and unsourced', () => {
  const c = counts({ supported: 10, cited: 1, contradicted: 1, outdated: 1, unsourced: 1, ignored: 3 });
  assert.deepEqual(groupedCounts(c), { ok: 11, wrong: 2, unsourced: 1 });
  assert.equal(statusBarText({ kind: 'checked', counts: c }, words), 'Figures 11✓ 2✗ 1?');
  assert.equal(statusBarText({ kind: 'too-large', size: 9, limit: 1 }, words), 'Figures: too large');
  assert.equal(statusBarText({ kind: 'disabled' }, words), 'Figures: off');
  assert.equal(statusBarText({ kind: 'failed', error: 'boom' }, words), 'Figures: error');
  assert.deepEqual(countLines(c, (v) => v), ['contradicted: 1', 'outdated: 1', 'unsourced: 1', 'cited: 1', 'supported: 10', 'ignored: 3']);
});

test('exclude glob merges files.exclude and search.exclude (true entries only)', () => {
  assert.equal(excludeGlobFrom({ '**/.git': true }, {}), '**/.git');
  assert.equal(
    excludeGlobFrom({ '**/.git': true, '**/tmp': false }, { '**/node_modules': true, '**/*.x': { when: '$(basename).y' } }),
    '{**/.git,**/node_modules}',
  );
  assert.equal(excludeGlobFrom({}, {}), undefined);
});

test('the hover card gives verdict, reading, sourced value, difference, source, history and dataset', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const older = record({ id: 'older', value: 8e9, period: { text: '2025' }, source: source({ publisher: 'Other Desk', date: '2024-09-01' }) });
  const md = buildHoverMarkdown(
    claimIn(text, '$49B', { history: [older, record()] }),
    { lang: 'en', dataset: fakeDataset(), formatValue: fakeFormat },
  );
  assert.match(md, /Contradicted/);
  assert.match(md, /`\$49B` → \*\*USD\\:49B\*\*/);
  assert.match(md, /OpenAI · cash burn · 2026/);
  assert.match(md, /Sourced figure: \*\*USD\\:17B\*\* · 2026 · projection/);
  assert.match(md, /Difference: \\\+USD\\:32B \\\(\\\+188%\\\)/);
  assert.match(md, /Example Wire, 2025\\-10\\-28/);
  assert.match(md, /confidence: high/);
  assert.match(md, /History \(OpenAI · cash burn\)/);
  assert.ok(md.indexOf('Other Desk') < md.indexOf('the record used'), 'history in time order, deciding record marked');
  assert.match(md, /Dataset: bundled 2026\\-11\\-23/);
});

test('a Japanese hover uses Japanese labels and names', () => {
  const text = 'オープンAIは2026年に490億ドルを燃やす。';
  const md = buildHoverMarkdown(claimIn(text, '490億ドル', { lang: 'ja' }), { lang: 'ja', dataset: fakeDataset(), formatValue: fakeFormat });
  assert.match(md, /出典と矛盾/);
  assert.match(md, /オープンAI · 資金燃焼/);
  assert.match(md, /出典の数値/);
  assert.match(md, /確度: 高/);
  assert.ok(!/Contradicted|Sourced figure/.test(md));
});

test('a user dataset record names its file; an unsourced claim has no evidence section', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const mine = record({ origin: 'data/my.figures.json' });
  assert.match(buildHoverMarkdown(claimIn(text, '$49B', { record: mine }), { lang: 'en', dataset: fakeDataset(), formatValue: fakeFormat }), /Dataset: data\/my\\\.figures\\\.json/);
  const md = buildHoverMarkdown(claimIn(text, '$49B', { verdict: 'unsourced', record: undefined, severity: 'information' }), { lang: 'en', dataset: fakeDataset(), formatValue: fakeFormat });
  assert.match(md, /Unsourced/);
  assert.ok(!md.includes('Sourced figure') && !md.includes('Dataset:'));
});

test('differences: money relative, percentages in points', () => {
  const ctx = { lang: 'en' as const, formatValue: fakeFormat };
  assert.equal(differenceText(49, 27, 'percent', ctx), '+22 points');
  assert.equal(differenceText(10e9, 20e9, 'USD', ctx), '−USD:10B (−50%)');
});

test('a source without a title links the publisher once; alternate sources carry their own label', () => {
  const line = sourceLine(source({ title: null }), 'en');
  assert.equal(line, 'Source: [Example Wire](https://example.com/story), 2025\\-10\\-28');
  assert.match(sourceLine(source(), 'en', undefined, 'Also reported by'), /^Also reported by: \[A test article\]/);
});

test('an outdated figure shows the newer record before the one it matched', () => {
  const text = 'OpenAI will burn $17B in 2026.';
  const newer = record({ id: 'newer', value: 25e9, source: source({ publisher: 'Later Desk', date: '2026-02' }) });
  const md = buildHoverMarkdown(claimIn(text, '$17B', { verdict: 'outdated', severity: 'warning', newer }), { lang: 'en', dataset: fakeDataset(), formatValue: fakeFormat });
  assert.ok(md.indexOf('Newer figure: **USD\\:25B**') >= 0, md);
  assert.ok(md.indexOf('Newer figure') < md.indexOf('Sourced figure'));
  const evidence = md.slice(md.indexOf('Newer figure'));
  assert.ok(evidence.indexOf('Later Desk') < evidence.indexOf('Example Wire'));
});

test('the card leads with verdict, sourced figure and source; the squiggle\'s message is not repeated (issue 16)', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const kinded = record({ sourceKind: 'wire', source: source({ title: 'Burn story [title from URL slug]' }) });
  const ctx = { lang: 'en' as const, dataset: { ...fakeDataset(), asOf: '2026-08-23' }, formatValue: fakeFormat };
  const flagged = claimIn(text, '$49B', { record: kinded });
  const md = buildHoverMarkdown(flagged, ctx);
  const [first, second] = md.split('\n\n');
  assert.match(first, /^✗ \*\*Contradicted\*\* · Sourced figure: \*\*USD\\:17B\*\*/);
  assert.match(second, /^Source: \[Example Wire\]\(https:\/\/example\.com\/story\) \(wire service\), 2025\\-10\\-28/);
  assert.ok(!md.includes(flagged.message.slice(0, 20)), 'the message is in VS Code\'s diagnostic hover already');
  assert.ok(!md.includes('title from URL slug') && !md.includes('Burn story'), 'a guessed title is not shown');
  assert.match(md, /Figure Check · Dataset: bundled 2026\\-11\\-23 · data as of 2026\\-08\\-23$/);
  const unflagged = buildHoverMarkdown(claimIn(text, '$49B', { record: kinded, verdict: 'supported', severity: null, message: 'Matches the source.' }), ctx);
  assert.match(unflagged, /Matches the source\\\./, 'without a squiggle the card says the message itself');
});

test('a Japanese card is Japanese throughout, source kind and "more in the report" too', () => {
  const text = 'オープンAIは2026年に490億ドルを燃やす。';
  const history = Array.from({ length: 8 }, (_, i) => record({ id: `h${i}`, sourceKind: 'press', source: source({ date: `2025-0${i + 1}-01` }) }));
  const md = buildHoverMarkdown(claimIn(text, '490億ドル', { lang: 'ja', record: history[7], history }), { lang: 'ja', dataset: { ...fakeDataset(), asOf: '2026-08-23' }, formatValue: fakeFormat });
  assert.match(md, /報道機関/);
  assert.match(md, /ほか3件はレポートに/);
  assert.match(md, /データの基準日 2026\\-08\\-23/);
  const words = md.replace(/\([^)]*\)|\[[^\]]*\]|Figure Check|Example Wire|USD\\?:?[\d.]+B|A fictional paraphrase for tests\\?\./g, '');
  assert.ok(!/\b(Source|Sourced|Dataset|History|confidence|data as of|wire|press|more)\b/.test(words), `English labels left:\n${words}`);
});

test('the status bar tooltip of a Japanese draft is Japanese throughout', () => {
  const counts = { supported: 3, contradicted: 1, outdated: 0, unsourced: 2, cited: 0, inconsistent: 0, ignored: 0 };
  const ja = checkedTooltip(counts, 'ja');
  assert.equal(ja, 'Figure Check: クリックでレポートを開く\n出典と矛盾: 1\n出典なし: 2\n出典と一致: 3');
  assert.match(checkedTooltip(counts, 'en'), /^Figure Check: click to open the report\nContradicted: 1/);
});

// Dataset text must stay inert in hovers, reports and exports (issue 8: malicious datasets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, escapeMarkdown, markdownLink, safeHttpUrl } from '../../src/vscode/markdownSafety';
import { buildHoverMarkdown } from '../../src/vscode/hoverContent';
import { reportHtml, reportMarkdown, reportRows } from '../../src/vscode/reportModel';
import { claimIn, fakeDataset, fakeFormat, record, source } from './vscodeFixtures';

const COMMAND_LINK = '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)';
const IMG = '<img src=x onerror=alert(1)>';

/** Markdown link syntax `](` or a raw `<` that is not backslash-escaped. */
function hasLiveMarkup(md: string): boolean {
  return /(^|[^\\])\]\(/.test(md) || /(^|[^\\])</.test(md);
}

test('escapeMarkdown neutralises every markdown special and line breaks', () => {
  const raw = '[a](b) <c> `d` *e* _f_ #g |h| !i \\j';
  const escaped = escapeMarkdown(raw + '\nnext\r\nline\rend');
  for (const ch of '[]()<>`*_#|!') {
    const unescaped = new RegExp(`(^|[^\\\\])\\${ch}`);
    assert.ok(!unescaped.test(escaped), `unescaped ${ch} in ${escaped}`);
  }
  assert.ok(!/[\r\n]/.test(escaped));
  assert.ok(escaped.includes('\\\\j'), 'backslash is doubled');
});

test('safeHttpUrl keeps http(s) only and encodes parentheses', () => {
  assert.equal(safeHttpUrl('javascript:alert(1)'), undefined);
  assert.equal(safeHttpUrl('command:workbench.action.reloadWindow'), undefined);
  assert.equal(safeHttpUrl('data:text/html,<b>x</b>'), undefined);
  assert.equal(safeHttpUrl('file:///etc/passwd'), undefined);
  assert.equal(safeHttpUrl('/relative/path'), undefined);
  assert.equal(safeHttpUrl('https://user:pw@example.com/'), undefined);
  assert.equal(safeHttpUrl('https://example.com/a_(b)'), 'https://example.com/a_%28b%29');
  assert.equal(safeHttpUrl('HTTP://EXAMPLE.com/x y'), 'http://example.com/x%20y');
});

test('markdownLink drops the link for a non-http URL and escapes the label', () => {
  assert.equal(markdownLink('Title', 'javascript:alert(1)'), 'Title');
  assert.equal(markdownLink('[x]', 'https://example.com/'), '[\\[x\\]](https://example.com/)');
});

test('escapeHtml leaves no tag or attribute breakout', () => {
  const out = escapeHtml(`${IMG}"'\`&`);
  assert.ok(!/[<>"'`]/.test(out));
  assert.ok(out.includes('&#60;img'));
});

test('a hover built from a malicious record shows text, not links, commands or HTML', () => {
  const evil = record({
    paraphrase: `${COMMAND_LINK} ${IMG}`,
    source: source({ publisher: COMMAND_LINK, title: IMG, url: 'javascript:alert(1)', originalReporter: '<script>x</script>' }),
    origin: '[evil](command:x)',
  });
  const text = 'OpenAI will burn $49B in 2026.';
  const md = buildHoverMarkdown(claimIn(text, '$49B', { record: evil, history: [evil], message: COMMAND_LINK }), {
    lang: 'en',
    dataset: fakeDataset(),
    formatValue: fakeFormat,
  });
  assert.ok(!hasLiveMarkup(md), `live markup in:\n${md}`);
  assert.ok(!md.includes('javascript:'), 'the javascript: URL is dropped, not shown as a link');
});

test('a hover keeps a real http(s) source as a link', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const md = buildHoverMarkdown(claimIn(text, '$49B'), { lang: 'en', dataset: fakeDataset(), formatValue: fakeFormat });
  assert.match(md, /\[A test article\]\(https:\/\/example\.com\/story\)/);
});

test('the report HTML escapes every value and only links http(s) sources', () => {
  const evil = record({ source: source({ publisher: IMG, url: 'javascript:alert(1)', date: '"><script>' }) });
  const text = 'OpenAI will burn $49B in 2026.';
  const claims = [claimIn(text, '$49B', { record: evil, message: `"onmouseover="alert(1)` })];
  const html = reportHtml({
    documentName: '<b>draft</b>.md',
    rows: reportRows(claims, 'en', fakeFormat),
    counts: { supported: 0, contradicted: 1, outdated: 0, unsourced: 0, cited: 0, inconsistent: 0, ignored: 0 },
    strings: { title: 'Report', figure: 'Figure', verdict: 'Verdict', sourced: 'Sourced', source: 'Source', line: 'Line', all: 'All', exportMarkdown: 'Export', empty: 'None' },
    lang: 'en',
    cspSource: 'vscode-resource:',
    nonce: 'abc123',
    styleUri: 'style.css',
    scriptUri: 'script.js',
  });
  assert.ok(!html.includes('<img'), 'no img tag');
  assert.ok(!html.includes('<b>draft'), 'document name escaped');
  assert.ok(!html.includes('javascript:'), 'no javascript: link');
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the nonce script');
  assert.match(html, /<script nonce="abc123" src="script.js"><\/script>/);
  assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
  assert.ok(!html.includes('title=""onmouseover'), 'attribute breakout escaped');
});

test('the markdown export escapes table breakers and markup', () => {
  const evil = record({ source: source({ publisher: `a|b ${COMMAND_LINK}`, url: 'javascript:x' }) });
  const text = 'OpenAI will burn $49B in 2026.';
  const rows = reportRows([claimIn(text, '$49B', { record: evil })], 'en', fakeFormat);
  const md = reportMarkdown('draft.md', rows, { title: 'Report', figure: 'Figure', verdict: 'Verdict', sourced: 'Sourced', source: 'Source', line: 'Line', all: 'All', exportMarkdown: 'Export', empty: 'None' }, '1 figure');
  const row = md.split('\n').find((l) => l.startsWith('| 1 |'))!;
  assert.equal(row.split(/(?<!\\)\|/).length - 2, 5, `five cells: ${row}`);
  assert.ok(!hasLiveMarkup(row), row);
});

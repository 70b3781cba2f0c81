// Dataset text written into the writer's own files (issue 16): the citation footnote a quick fix adds
// and the "Export as markdown" report. Each is rendered with markdown-it in its most permissive mode
// (raw HTML on, linkify on), as the next tool to render the newsletter might, to prove nothing is live.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { applyOffsetEdits, citationEdits, footnoteDefinition } from '../../src/vscode/quickFixEdits';
import { boundedText, displayTitle, escapeMarkdownForFile, markdownAutolink } from '../../src/vscode/markdownSafety';
import { EXPORT_MARKER, reportMarkdown, reportRows } from '../../src/vscode/reportModel';
import { claimIn, fakeFormat, record, source } from './vscodeFixtures';

const HOSTILE = {
  command: '[click me](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%22%7D)',
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  js: '[read](javascript:alert(1))',
  auto: '<javascript:alert(1)> <command:x>',
  refdef: '\n[^fc-test-openai-burn-2026]: command:evil "t"\n',
  emphasis: '**bold** _it_ ~~gone~~ `code` ![i](https://example.com/i.png)',
  entity: '&lt;script&gt; &#x3C;img&#x3E;',
};

const hostileSource = source({
  publisher: `${HOSTILE.command} ${HOSTILE.script}${HOSTILE.refdef}`,
  title: `${HOSTILE.img} ${HOSTILE.js} ${HOSTILE.auto} ${HOSTILE.emphasis} ${HOSTILE.entity}`,
  url: 'javascript:alert(document.cookie)',
  date: '2025-10-28"><script>',
});

const renderer = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<typeof renderer.parse>[number];

function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...(t.children ? allTokens(t.children) : [])]);
}

/** What a renderer would make live: link targets, images and raw HTML, from markdown-it's tokens. */
function liveParts(markdown: string): { links: string[]; images: number; html: string[]; rendered: string } {
  const tokens = allTokens(renderer.parse(markdown, {}));
  return {
    links: tokens.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href') ?? '')),
    images: tokens.filter((t) => t.type === 'image').length,
    html: tokens.filter((t) => t.type === 'html_inline' || t.type === 'html_block').map((t) => t.content),
    rendered: renderer.render(markdown),
  };
}

/**
 * No raw HTML (but `ownHtml`, the export's own marker comment), no image, no emphasis or code, and
 * every link http(s). (linkify may turn an http(s) address inside dataset text into a link: that is
 * an ordinary web link, which the issue allows; what must never appear is any other scheme.)
 */
function assertInert(markdown: string, ownHtml: string[] = []): void {
  const live = liveParts(markdown);
  assert.deepEqual(live.html.map((h) => h.trim()).filter((h) => !ownHtml.includes(h)), [], `raw HTML survived:\n${markdown}`);
  assert.equal(live.images, 0, `an image survived:\n${markdown}`);
  for (const href of live.links) assert.match(href, /^https?:\/\//, `a non-http(s) link: ${href}`);
  assert.doesNotMatch(live.rendered, /<(script|img|iframe)\b/i, live.rendered);
  assert.doesNotMatch(live.rendered, /href="(?!https?:)/i, live.rendered);
  assert.doesNotMatch(live.rendered, /<(strong|em|s|code)>/, `emphasis or code rendered:\n${live.rendered}`);
}

test('a footnote written from a hostile dataset renders as plain text with no live link, HTML or command', () => {
  const draft = '# Draft\n\nOpenAI will burn $17B in 2026. Then more.\n';
  const claim = claimIn(draft, '$17B', { verdict: 'supported', severity: null, record: record({ source: hostileSource }) });
  const written = applyOffsetEdits(draft, citationEdits(draft, claim, claim.record!));
  const definition = written.split('\n').find((l) => l.startsWith('[^fc-'))!;
  assert.ok(definition, written);
  assert.equal(written.split('\n').filter((l) => l.startsWith('[^fc-')).length, 1, 'one definition line: line breaks in the data are gone');
  assertInert(written);
  // The text is still there for the writer to read, as text.
  const rendered = liveParts(written).rendered;
  assert.ok(rendered.includes('[click me](command:'), rendered);
  assert.ok(rendered.includes('&lt;script&gt;'), rendered);
  assert.ok(rendered.includes('&lt;img src=x onerror=alert(1)&gt;'), rendered);
  assert.ok(!definition.includes('javascript:alert(document'), 'the javascript: URL is not written at all');
});

test('a footnote keeps an http(s) URL as the only link, in angle brackets', () => {
  const line = footnoteDefinition('fc-x', source({ publisher: HOSTILE.command, url: 'https://example.com/a story (1)' }));
  assert.ok(line.endsWith(' <https://example.com/a%20story%20%281%29>'), line);
  assertInert(line);
  assert.deepEqual(liveParts(line).links, ['https://example.com/a%20story%20%281%29']);
});

test('footnote pieces are length-bounded', () => {
  const line = footnoteDefinition('fc-x', source({ publisher: 'P'.repeat(5000), title: 'T'.repeat(5000), date: 'x'.repeat(500), url: 'https://example.com/' + 'u'.repeat(5000) }));
  assert.ok(line.length < 500, `${line.length} characters`);
  assert.ok(line.includes('…'), 'a cut piece says so');
});

test('a title guessed from the URL is not shown: publisher and date stand alone', () => {
  assert.equal(displayTitle('OpenAI raises money [title from URL slug]'), undefined);
  assert.equal(displayTitle(null), undefined);
  assert.equal(displayTitle(' Real title '), 'Real title');
  assert.equal(footnoteDefinition('fc-x', source({ title: 'Guess [title from URL slug]' })), '[^fc-x]: Example Wire, 2025-10-28. <https://example.com/story>');
});

test('property: any mix of hostile pieces in publisher, title and date writes an inert footnote', () => {
  const piece = fc.oneof(fc.constantFrom(...Object.values(HOSTILE), 'a@b.com', 'ftp://x.org', '//x.org', 'mailto:a@b.co', 'www.x.org', '\r\n', '\u2028', '\\', '&amp;', '"', "'", ')', '](', '<', '>'), fc.string({ maxLength: 12 }));
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, text, text, (publisher, title, date) => {
      const draft = 'OpenAI will burn $17B in 2026.\n';
      const claim = claimIn(draft, '$17B', { verdict: 'supported', severity: null, record: record({ source: source({ publisher, title, date, url: 'command:x' }) }) });
      const written = applyOffsetEdits(draft, citationEdits(draft, claim, claim.record!));
      assertInert(written);
      assert.equal(written.split('\n').filter((l) => l.startsWith('[^fc-')).length, 1);
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
});

test('"Export as markdown" from a hostile dataset: inert, bounded, one row per figure, marked as not a draft', () => {
  const evil = record({ source: source({ ...hostileSource, url: 'https://example.com/ok' }) });
  const draft = 'OpenAI will burn $49B in 2026.';
  const rows = reportRows([claimIn(draft, '$49B', { verdict: 'contradicted', record: evil, message: HOSTILE.script })], 'en', fakeFormat);
  const strings = { title: 'Report', figure: 'Figure', verdict: 'Verdict', sourced: 'Sourced', source: 'Source', line: 'Line', all: 'All', exportMarkdown: 'Export', empty: 'None' };
  const md = reportMarkdown(`${HOSTILE.img}.md`, rows, strings, HOSTILE.command);
  assert.equal(md.split('\n')[0], EXPORT_MARKER, 'the first line turns checking off');
  assertInert(md, [EXPORT_MARKER]);
  assert.ok(liveParts(md).links.includes('https://example.com/ok'), 'the source link works');
  const live = liveParts(md);
  assert.equal((live.rendered.match(/<tr>/g) ?? []).length, 2, 'header row and one figure row');
  assert.ok(md.split('\n').every((l) => l.length < 800), 'every line is bounded');
});

test('file escaping keeps ordinary names and dates readable', () => {
  assert.equal(escapeMarkdownForFile('AI for Automation'), 'AI for Automation');
  assert.equal(escapeMarkdownForFile('AT&T'), 'AT\\&T');
  assert.equal(boundedText('a\nb\r\nc'), 'a b c');
  assert.equal(markdownAutolink('javascript:alert(1)'), '');
  assert.equal(markdownAutolink('https://example.com/x'), '<https://example.com/x>');
});

// extractClaims as a whole: what is never a claim, the Claim contract (offsets, lines, ids),
// ignore comments, the per-block cache, and language detection.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildVocabulary } from '../../src/core/context';
import { createExtractCache, detectLanguage, extractClaims } from '../../src/core/extract';
import type { Claim } from '../../src/core/types';

const dataset = JSON.parse(readFileSync(join(__dirname, '../../data/figures.json'), 'utf8'));
const vocabulary = buildVocabulary(dataset);
const texts = (md: string) => extractClaims(md, vocabulary).map((c) => c.text);

describe('never a claim (markdown level)', () => {
  const cases: [string, string][] = [
    ['fenced code', 'OpenAI.\n\n```\nburn = $115B\n```\n'],
    ['tilde fence', '~~~\n$115B\n~~~'],
    ['fence inside a list item', '- item\n\n  ```\n  $115B\n  ```\n'],
    ['indented code', 'Intro.\n\n    $115B burned\n'],
    ['inline code', 'Set `$115B` as the limit.'],
    ['front matter', '---\nbudget: $115B\nshare: 64%\n---\n\nText.'],
    ['html comment', 'Text <!-- $115B --> here.'],
    ['html comment block', '<!--\n$115B\n\n64%\n-->'],
    ['html block', '<table><tr><td>$115B</td></tr></table>'],
    ['link url', 'See [report](https://example.com/$115B/64%).'],
    ['image url', '![chart](img/115-billion-64%.png)'],
    ['autolink', '<https://example.com/64%>'],
    ['bare url', 'At https://example.com/report-115-billion today.'],
    ['reference definition', '[ref]: https://example.com/64% "$115B"'],
    ['footnote marker', 'OpenAI burned cash.[^115]'],
    ['ordered list number', '115. OpenAI item'],
    ['heading number', '## 2. Overview'],
    ['years and dates', 'In 2026, and on Dec 2, 2025, and 2025年12月2日, and 2026年, and 4月.'],
    ['durations', 'It took 24時間, 5ヶ月, eight years and 1週間.'],
    ['versions', 'GPT-5 and Sora 2 launched.'],
    ['counters that are not amounts', '1回目の調査で、7つの情報源を確認した。'],
  ];
  for (const [name, md] of cases) {
    it(name, () => assert.deepEqual(texts(md), []));
  }
});

describe('markdown structure is read', () => {
  it('table cells', () => assert.deepEqual(texts('| Co | Burn |\n|---|---|\n| OpenAI | $2.5B |\n| Anthropic | $3B |'), ['$2.5B', '$3B']));
  it('link text', () => assert.deepEqual(texts('[OpenAI burned $2.5B](https://example.com/1)'), ['$2.5B']));
  it('footnote definitions', () => assert.deepEqual(texts('Text.[^1]\n\n[^1]: Reuters reported $2.5B.'), ['$2.5B']));
  it('a footnote definition that links its source is a citation, not a claim', () => {
    const md = 'Nvidia hit $5T.[^fc-1]\n\n[^fc-1]: Reuters, "Nvidia shares rise to $1.69 trillion", 2025-10-28. https://www.reuters.com/x';
    assert.deepEqual(texts(md), ['$5T']);
    assert.equal(extractClaims(md, vocabulary)[0].citation?.kind, 'footnote');
  });
  it('a "Source:" line with a link is a citation, not a claim', () => {
    assert.deepEqual(texts('Nvidia hit $5T.\n\nSource: [Nvidia hits $5 trillion](https://www.reuters.com/x)'), ['$5T']);
    assert.deepEqual(texts('エヌビディアは5兆ドルに達した。\n\n出典：[5兆ドル到達](https://www.nikkei.com/x)'), ['5兆ドル']);
    assert.deepEqual(texts('Source: our estimate of $5T.'), ['$5T']);
  });
  it('list items, quotes and headings', () => assert.deepEqual(texts('# OpenAI $1B\n\n- $2B\n\n> $3B\n\n1. $4B'), ['$1B', '$2B', '$3B', '$4B']));
  it('table cell context: entity from an earlier cell of the row', () => {
    const [c] = extractClaims('| OpenAI | burned $2.5B |\n|---|---|\n| a | b |', vocabulary);
    assert.equal(c.entity, 'openai');
  });
  it('table column headers name the metric and period of the cells below', () => {
    const md = '| Company | Revenue 2025 | Valuation |\n|---|---|---|\n| OpenAI | $13.1B | $500B |\n| Anthropic | $4.5B | $183B in September 2025 |';
    const got = extractClaims(md, vocabulary).map((c) => [c.text, c.entity, c.metric, c.period?.text]);
    assert.deepEqual(got, [
      ['$13.1B', 'openai', 'revenue', '2025'],
      ['$500B', 'openai', 'valuation', undefined],
      ['$4.5B', 'anthropic', 'revenue', '2025'],
      ['$183B', 'anthropic', 'valuation', 'September 2025'],
    ]);
  });
  it('table without outer pipes: header still applies', () => {
    const [c] = extractClaims('Co | Burn\n--|--\nOpenAI | $2.5B', vocabulary);
    assert.deepEqual([c.entity, c.metric], ['openai', 'cash-burn']);
  });
  it("a cell's own cue wins over its column header", () => {
    const [c] = extractClaims('| Co | Revenue |\n|---|---|\n| OpenAI | burned $2.5B |', vocabulary);
    assert.equal(c.metric, 'cash-burn');
  });
  it('a sentence with no cue word continues the metric of the one before', () => {
    const metrics = (md: string) => extractClaims(md, vocabulary).map((c) => c.metric);
    assert.deepEqual(metrics('OpenAI revenue was $3.7B in 2024. It reached $13B in 2025.'), ['revenue', 'revenue']);
    assert.deepEqual(metrics('OpenAIの売上高は2024年に37億ドルだった。2025年には130億ドルに達した。'), ['revenue', 'revenue']);
    // not across units, not when the sentence has a cue of its own, not across paragraphs
    assert.deepEqual(metrics('OpenAI revenue was $3.7B in 2024. It has 800 million of something.'), ['revenue', undefined]);
    assert.deepEqual(metrics('OpenAI revenue was $3.7B in 2024. It burned $2.5B.'), ['revenue', 'cash-burn']);
    assert.deepEqual(metrics('OpenAI revenue was $3.7B in 2024.\n\nIt reached $13B in 2025.'), ['revenue', undefined]);
    assert.deepEqual(metrics('| Co | Revenue | Notes |\n|---|---|---|\n| OpenAI | $13.1B | $500B |'), ['revenue', undefined]);
  });
  it('the counted noun is kept for counts only', () => {
    const nouns = extractClaims('ChatGPT has 800 million weekly users. The $300 billion Oracle deal runs long. ChatGPTは8億人。', vocabulary).map((c) => c.noun);
    assert.deepEqual(nouns, ['weekly users', undefined, '人']);
  });
  it('a capitalised cue at the start of a sentence', () => {
    assert.equal(extractClaims('OpenAI reported results. Burn was $2.5B.', vocabulary)[0].metric, 'cash-burn');
  });
  it('citations: link, footnote, source note', () => {
    const claims = extractClaims(
      'OpenAI burned $2.5B ([The Information](https://www.theinformation.com/a)). Anthropic raised $13B.[^2] Nvidia earned $57B (Source: Nvidia).\n\n[^2]: Source.',
      vocabulary,
    );
    assert.deepEqual(claims.map((c) => c.citation?.kind), ['link', 'footnote', 'source-note']);
    assert.equal(claims[0].citation?.url, 'https://www.theinformation.com/a');
  });
});

function checkContract(doc: string, claims: Claim[]): void {
  let last = -1;
  claims.forEach((c, i) => {
    assert.equal(c.id, `c${i}`);
    assert.ok(c.start >= 0 && c.end <= doc.length && c.start < c.end);
    assert.ok(c.start >= last, 'sorted and non-overlapping');
    last = c.end;
    assert.equal(doc.slice(c.start, c.end), c.text);
    assert.ok(c.sentence.start <= c.start && c.end <= c.sentence.end, 'figure inside its sentence');
    assert.ok(c.paragraph.start <= c.sentence.start && c.sentence.end <= c.paragraph.end, 'sentence inside its paragraph');
    assert.ok(Number.isFinite(c.value));
  });
}

/** Reference line/character: count line breaks (LF, CRLF, lone CR) up to the offset. */
function position(doc: string, offset: number): [number, number] {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (doc[i] === '\n' || (doc[i] === '\r' && doc[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start];
}

describe('the Claim contract', () => {
  const doc = '# Money\r\n\r\nOpenAI burned $2.5B in H1 2025.\r\nAnthropic raised $13B.\r\rChatGPT has 800 million weekly users.\n\n| a | $5B |\n|---|---|\n| b | 64% |\n';
  const claims = extractClaims(doc, vocabulary);
  it('offsets, ids, order, sentence and paragraph ranges', () => {
    assert.deepEqual(claims.map((c) => c.text), ['$2.5B', '$13B', '800 million', '$5B', '64%']);
    checkContract(doc, claims);
  });
  it('line and character with CRLF, lone CR and LF', () => {
    for (const c of claims) {
      assert.deepEqual([c.line, c.character], position(doc, c.start), c.text);
      assert.deepEqual([c.endLine, c.endCharacter], position(doc, c.end), c.text);
    }
  });
  it('surrogate pairs before a figure keep offsets exact', () => {
    const d = '😀😀 OpenAI burned $2.5B. 𠮷野家 raised 5億ドル。';
    const cs = extractClaims(d, vocabulary);
    checkContract(d, cs);
    assert.deepEqual(cs.map((c) => c.text), ['$2.5B', '5億ドル']);
  });
  it('lang option forces the claim language', () => {
    assert.equal(extractClaims('OpenAI burned $2.5B.', vocabulary, { lang: 'ja' })[0].lang, 'ja');
    assert.equal(extractClaims('OpenAIは25億ドルを燃やした。', vocabulary)[0].lang, 'ja');
  });
  it('accepts a dataset as well as a vocabulary', () => {
    assert.deepEqual(extractClaims('OpenAI burned $2.5B.', dataset), extractClaims('OpenAI burned $2.5B.', vocabulary));
  });
});

describe('ignore comments', () => {
  it('ignore-next-line covers the next non-blank line only', () => {
    const doc = 'A $1B.\n\n<!-- figure-check-ignore-next-line reason: quoted -->\nB $2B.\nC $3B.\n';
    assert.deepEqual(extractClaims(doc, vocabulary).map((c) => [c.text, c.ignored ?? false]), [['$1B', false], ['$2B', true], ['$3B', false]]);
  });
  it('ignore-next-line skips blank lines', () => {
    const doc = '<!-- figure-check-ignore-next-line -->\n\nB $2B.\n\nC $3B.';
    assert.deepEqual(extractClaims(doc, vocabulary).map((c) => c.ignored ?? false), [true, false]);
  });
  it('disable … enable', () => {
    const doc = 'A $1B.\n\n<!-- figure-check-disable -->\n\nB $2B.\n\n| x | $3B |\n|---|---|\n| y | z |\n\n<!-- figure-check-enable -->\n\nC $4B.';
    assert.deepEqual(extractClaims(doc, vocabulary).map((c) => c.ignored ?? false), [false, true, true, false]);
  });
  it('disable without enable runs to the end', () => {
    const doc = 'A $1B.\n\n<!-- figure-check-disable -->\nB $2B.\n\nC $3B.';
    assert.deepEqual(extractClaims(doc, vocabulary).map((c) => c.ignored ?? false), [false, true, true]);
  });
  it('inline directive in a paragraph', () => {
    const doc = 'A $1B. <!-- figure-check-ignore-next-line -->\nB $2B.';
    assert.deepEqual(extractClaims(doc, vocabulary).map((c) => c.ignored ?? false), [false, true]);
  });
  it('a directive inside code does nothing', () => {
    const doc = '```\n<!-- figure-check-disable -->\n```\n\nB $2B.';
    assert.equal(extractClaims(doc, vocabulary)[0].ignored, undefined);
  });
});

describe('incremental re-check (per-block cache)', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `OpenAI burned $${i + 1}B in H1 2025, and Anthropic raised $${i + 2}B.`);
  const doc = ['# Title', ...paragraphs, '```\n$9B\n```', '| a | $5B |\n|---|---|\n| b | 64% |'].join('\n\n');
  it('an edit of one paragraph re-reads one block and matches a fresh run', () => {
    const cache = createExtractCache();
    extractClaims(doc, vocabulary, { cache });
    assert.equal(cache.lastRun.reused, 0);
    const edited = doc.replace('burned $7B', 'burned $70B');
    const incremental = extractClaims(edited, vocabulary, { cache });
    assert.equal(cache.lastRun.parsed, 1);
    assert.equal(cache.lastRun.reused, 42);
    assert.deepEqual(incremental, extractClaims(edited, vocabulary));
  });
  it('inserting text shifts every later claim (offsets, lines) exactly', () => {
    const cache = createExtractCache();
    extractClaims(doc, vocabulary, { cache });
    const edited = 'New intro with $1T.\r\n\r\n' + doc;
    assert.deepEqual(extractClaims(edited, vocabulary, { cache }), extractClaims(edited, vocabulary));
    assert.equal(cache.lastRun.parsed, 1);
  });
  it('an edit in the first block re-reads only that block', () => {
    const cache = createExtractCache();
    extractClaims(doc, vocabulary, { cache });
    const edited = doc.replace('# Title', '# Title $9B');
    assert.deepEqual(extractClaims(edited, vocabulary, { cache }), extractClaims(edited, vocabulary));
    assert.deepEqual(cache.lastRun, { parsed: 1, reused: 42 });
  });
  it('with front matter, an edit below it re-reads one block; an edit inside it matches a fresh run', () => {
    const withFrontMatter = `---\ntitle: "$1B draft"\nstatus: 64%\n---\n\n${doc}`;
    const cache = createExtractCache();
    extractClaims(withFrontMatter, vocabulary, { cache });
    const below = withFrontMatter.replace('burned $7B', 'burned $70B');
    assert.deepEqual(extractClaims(below, vocabulary, { cache }), extractClaims(below, vocabulary));
    assert.deepEqual(cache.lastRun, { parsed: 1, reused: 42 }, 'incremental below the front matter');
    const inside = below.replace('status: 64%', 'status: 65%\nnew: $5B');
    assert.deepEqual(extractClaims(inside, vocabulary, { cache }), extractClaims(inside, vocabulary));
    const removed = inside.replace(/^---[\s\S]*?---\n/, '');
    assert.deepEqual(extractClaims(removed, vocabulary, { cache }), extractClaims(removed, vocabulary));
    const regained = `---\na: 1\n---\n${removed}`;
    assert.deepEqual(extractClaims(regained, vocabulary, { cache }), extractClaims(regained, vocabulary));
  });
  it('a changed vocabulary empties the cache', () => {
    const cache = createExtractCache();
    extractClaims(doc, vocabulary, { cache });
    extractClaims(doc, buildVocabulary({ entities: [], metrics: [] }), { cache });
    assert.equal(cache.lastRun.reused, 0);
  });
  it('the cache is bounded', () => {
    const cache = createExtractCache(5);
    extractClaims(doc, vocabulary, { cache });
    assert.equal(cache.blocks.size, 5);
  });
  it('ignore comments added in another block apply to cached blocks', () => {
    const cache = createExtractCache();
    const base = 'A $1B.\n\nB $2B.\n\nC $3B.';
    extractClaims(base, vocabulary, { cache });
    const withComment = 'A $1B.\n\n<!-- figure-check-ignore-next-line -->\nB $2B.\n\nC $3B.';
    assert.deepEqual(extractClaims(withComment, vocabulary, { cache }).map((c) => c.ignored ?? false), [false, true, false]);
  });
  it('property: after random edits the cached result equals a fresh run', () => {
    const piece = fc.constantFrom(
      'OpenAI burned $2.5B in H1 2025.', 'Anthropic raised $13B.', '\n\n', '\n', '\r\n', '```\n', '    code $5B\n', '- item 64%\n',
      '| a | $5B |\n|---|---|\n', '<!-- figure-check-disable -->', '<!-- figure-check-enable -->', '---\n', '> quote 27%',
      'エヌビディアは最大1000億ドルを投資する。', '`$1B`', '[x](http://a/1)', '<!--\n', '-->\n', ' ', 'ChatGPT has 800 million weekly users.',
    );
    const docArb = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(docArb, docArb, fc.nat(), fc.nat(), fc.constantFrom('', '---\ntitle: $1B\n---\n\n', '---\n---\n'), (body, b, at, cut, frontMatter) => {
        const a = frontMatter + body;
        const cache = createExtractCache();
        extractClaims(a, vocabulary, { cache });
        // replace a[i, j) with b: insertions, deletions and replacements
        const i = a.length ? at % a.length : 0;
        const j = Math.min(a.length, i + (cut % 40));
        const edited = a.slice(0, i) + b + a.slice(j);
        const incremental = extractClaims(edited, vocabulary, { cache });
        assert.deepEqual(incremental, extractClaims(edited, vocabulary));
        checkContract(edited, incremental);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

describe('incremental re-check: a session of edits', () => {
  it('property: every step of a series of edits on one cache equals a fresh run', () => {
    const piece = fc.constantFrom('OpenAI burned $2.5B.', 'x', '\n\n', '\n', '```\n', '<!-- figure-check-disable -->\n', '| a | 64% |\n|---|---|\n', '  ', 'Nvidia $5T.');
    const text = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));
    const edit = fc.tuple(text, fc.nat(), fc.nat());
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = createExtractCache();
        let doc = start;
        extractClaims(doc, vocabulary, { cache });
        for (const [insert, at, cut] of edits) {
          const i = doc.length ? at % doc.length : 0;
          doc = doc.slice(0, i) + insert + doc.slice(Math.min(doc.length, i + (cut % 20)));
          assert.deepEqual(extractClaims(doc, vocabulary, { cache }), extractClaims(doc, vocabulary));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});

describe('pathological input', () => {
  const cases: [string, string][] = [
    ['a run-on sentence of figures', 'OpenAI burned $2.5B and '.repeat(4000)],
    ['a run-on Japanese sentence', 'オープンAIは1150億ドルを燃やし、'.repeat(4000)],
    ['unclosed link destinations', '[](' .repeat(30000)],
    ['reference labels', '[a]['.repeat(30000)],
    ['brackets', '['.repeat(50000) + ']'.repeat(50000)],
    ['tags', '<a '.repeat(30000)],
    ['backticks', '` '.repeat(50000)],
    ['comment openers', '<!--'.repeat(30000)],
    ['urls', 'http://x '.repeat(10000)],
    ['nested quotes', '> '.repeat(5000) + 'OpenAI $5B'],
    ['scales', '億兆'.repeat(50000)],
    ['symbols', '$%,.'.repeat(30000)],
    ['NUL, lone surrogates, lone CR', 'OpenAI\u0000 burned \ud800$2.5B\r\r\udc00 in 2025.\r'],
  ];
  for (const [name, doc] of cases) {
    it(name, () => checkContract(doc, extractClaims(doc, vocabulary)));
  }
  it('a figure deep in a run-on sentence is read in a window around it', () => {
    const doc = 'x, '.repeat(2000) + 'and Anthropic raised $13B in September 2025, ' + 'y, '.repeat(2000);
    const [c] = extractClaims(doc, vocabulary);
    assert.deepEqual([c.entity, c.metric, c.period?.text], ['anthropic', 'funding-round', 'September 2025']);
  });
});

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['OpenAI burned $2.5B in H1 2025.', 'en'],
    ['OpenAIは2025年上半期に25億ドルを燃やした。', 'ja'],
    ['# OpenAIの資金\n\nエヌビディアはOpenAIに最大1000億ドルを投資する。ChatGPT (OpenAI) の利用者は多い。', 'ja'],
    ['An English draft quoting 燃やす once.', 'en'],
    ['OpenAIの売上は増えた。\n\n```js\n' + 'const revenueForecastByQuarter = computeEverything(input);\n'.repeat(20) + '```\n', 'ja'],
    ['売上は増えた。`someVeryLongIdentifierNameHere` と https://example.com/a-very-long-english-url-path-here を参照。', 'ja'],
    ['', 'en'],
  ];
  for (const [text, lang] of cases) it(JSON.stringify(text.slice(0, 30)), () => assert.equal(detectLanguage(text), lang));
});

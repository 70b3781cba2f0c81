import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HARD_BREAK, lineStarts, positionOf, readProse, splitBlocks } from '../../src/core/markdown';

/** The prose a reader sees: masked text with runs of whitespace collapsed. */
function visible(text: string): string {
  return readProse(text)
    .masked.replace(new RegExp(String.fromCharCode(HARD_BREAK), 'g'), ' | ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('readProse: what is not prose is masked', () => {
  const hidden: [string, string, string][] = [
    // [case, markdown, text that must not be visible]
    ['fenced code', 'Intro.\n\n```js\nconst x = 115;\n```\n\nAfter.', '115'],
    ['tilde fence', 'Intro.\n\n~~~\n$13B\n~~~\n', '$13B'],
    ['unclosed fence', 'Intro.\n\n```\n$13B and more\n\nstill code 64%', '64%'],
    ['indented code', 'Intro.\n\n    burn = 115\n\nAfter.', '115'],
    ['inline code', 'Set `limit = 64%` now.', '64%'],
    ['double-backtick code', 'Use ``a ` 99 `` here.', '99'],
    ['front matter', '---\ntitle: 2026 $5B\n---\n# Title\n', '$5B'],
    ['html comment', 'Text <!-- $13B --> more.', '$13B'],
    ['multi-line html comment block', '<!--\nnote $13B\n\nstill 64%\n-->\n\nText.', '64%'],
    ['html block', '<div>\n$13B\n</div>\n\nText.', '$13B'],
    ['inline html attributes', 'A <img width="300" src="x.png"> picture.', '300'],
    ['link url', 'See [the report](https://example.com/2025/13) here.', '2025/13'],
    ['link title', 'See [the report](https://example.com "Q3 $5B") here.', '$5B'],
    ['image url', 'Chart ![alt text](charts/115.png) below.', '115.png'],
    ['autolink', 'Visit <https://example.com/64> now.', '64'],
    ['email autolink', 'Mail <ops64@example.com> now.', 'ops64'],
    ['bare url', 'Read https://example.com/a/115 today.', '115'],
    ['www url', 'Read www.example.com/13b today.', '13b'],
    ['reference definition', 'Text [x][r].\n\n[r]: https://example.com/55 "Title 77"\n', '77'],
    ['reference label', 'Text [x][ref99] here.', 'ref99'],
    ['footnote marker', 'Revenue rose.[^12] Next.', '12'],
    ['footnote definition marker', '[^7]: Reuters report.', '7'],
    ['bullet list marker', '- first\n- second', '-'],
    ['ordered list numbers', '1. first\n2. second\n10. tenth', '10'],
    ['ordered list with parens', '3) third', '3'],
    ['heading hashes', '### Section\n', '#'],
    ['closing heading hashes', '## Section ##\n', '#'],
    ['blockquote marker', '> quoted text', '>'],
    ['escaped backslash', 'A \\* star.', '\\'],
  ];
  for (const [name, text, gone] of hidden) {
    it(name, () => assert.ok(!visible(text).includes(gone), `"${gone}" visible in: ${visible(text)}`));
  }
});

describe('readProse: what is prose is kept', () => {
  const kept: [string, string, string][] = [
    ['paragraph', 'OpenAI burned $2.5B.', 'OpenAI burned $2.5B.'],
    ['link text', 'See [OpenAI revenue $13B](https://x.com) here.', 'OpenAI revenue $13B'],
    ['image alt', '![Nvidia $5T](a.png)', 'Nvidia $5T'],
    ['heading text', '## Revenue 2025: $13B', 'Revenue 2025: $13B'],
    ['setext heading', 'Revenue $13B\n===', 'Revenue $13B'],
    ['list item text', '- ChatGPT has 800M weekly users', 'ChatGPT has 800M weekly users'],
    ['ordered item text', '1. Nvidia invests $100B', 'Nvidia invests $100B'],
    ['nested list', '- a\n  - OpenAI $13B', 'OpenAI $13B'],
    ['blockquote text', '> Microsoft holds 27%', 'Microsoft holds 27%'],
    ['nested blockquote', '> > OpenAI $500B', 'OpenAI $500B'],
    ['lazy continuation', '> OpenAI\nburned $2.5B', 'OpenAI burned $2.5B'],
    ['table cells', '| Company | Revenue |\n|---|---|\n| OpenAI | $13B |', 'OpenAI | $13B'],
    ['table header', '| Revenue 2025 | x |\n|---|---|\n| a | b |', 'Revenue 2025'],
    ['list continuation paragraph', '- item\n\n  OpenAI burned $2.5B', 'OpenAI burned $2.5B'],
    ['text after a code span', 'Run `x` then $5B.', 'then $5B.'],
    ['unmatched backtick is literal', 'A ` tick and $5B.', '$5B'],
    ['footnote definition text', '[^1]: Reuters said $5B.', 'Reuters said $5B.'],
    ['emphasis', 'OpenAI **burned $2.5B**.', '$2.5B'],
    ['japanese paragraph', 'OpenAIは1150億ドルを燃やす。', 'OpenAIは1150億ドルを燃やす。'],
    ['text after html comment', '<!-- note -->\nOpenAI $5B', 'OpenAI $5B'],
    ['html inline tag text', 'A <b>$5B</b> deal.', '$5B'],
    ['text after front matter', '---\na: 1\n---\nOpenAI $13B', 'OpenAI $13B'],
    ['thematic break is not front matter mid-document', 'Intro\n\n---\n\nOpenAI $13B\n\n---\n', 'OpenAI $13B'],
  ];
  for (const [name, text, want] of kept) {
    it(name, () => assert.ok(visible(text).includes(want), `"${want}" not in: ${visible(text)}`));
  }
});

describe('readProse: offsets and blocks', () => {
  it('masked text has the same length and keeps prose characters in place', () => {
    const text = '# T\r\n\r\n- OpenAI `x` $13B\r\n\r\n| a | $5B |\r|---|---|\r| b | 64% |\r';
    const { masked } = readProse(text);
    assert.equal(masked.length, text.length);
    for (const s of ['$13B', '$5B', '64%', 'OpenAI']) {
      const i = text.indexOf(s);
      assert.equal(masked.slice(i, i + s.length), s, s);
    }
  });
  it('block kinds and exact ranges', () => {
    const text = '# Head\n\nPara one.\n\n- item\n\n> quote\n\n| a | b |\n|---|---|\n| c | d |\n';
    const blocks = readProse(text).blocks;
    assert.deepEqual(
      blocks.map((b) => [b.kind, text.slice(b.start, b.end)]),
      [
        ['heading', 'Head'],
        ['paragraph', 'Para one.'],
        ['list-item', 'item'],
        ['blockquote', 'quote'],
        ['table-row', '| a | b |'],
        ['table-row', '| c | d |'],
      ],
    );
  });
  it('table pipes become hard breaks', () => {
    const text = '| OpenAI | $13B |\n|---|---|\n| x | y |';
    const { masked } = readProse(text);
    assert.equal(masked.charCodeAt(text.indexOf('|', 1)), HARD_BREAK);
  });
  it('escaped pipe in a table cell is not a break', () => {
    const text = '| a \\| b | c |\n|---|---|\n| x | y |';
    const { masked } = readProse(text);
    assert.notEqual(masked.charCodeAt(text.indexOf('\\|') + 1), HARD_BREAK);
  });
  it('positions with CRLF and lone CR', () => {
    const text = 'a\r\nb\rc\nd';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 3, 5, 7]);
    assert.deepEqual(positionOf(starts, text.indexOf('c')), { line: 2, character: 0 });
    assert.deepEqual(positionOf(starts, text.indexOf('d')), { line: 3, character: 0 });
  });
});

describe('readProse: ignore directives', () => {
  it('finds next-line, disable and enable comments', () => {
    const text = 'A.\n\n<!-- figure-check-ignore-next-line reason: quoted -->\nB $5B.\n\n<!-- figure-check-disable -->\n\nC.\n\n<!-- figure-check-enable -->\n';
    assert.deepEqual(
      readProse(text).directives.map((d) => d.kind),
      ['ignore-next-line', 'disable', 'enable'],
    );
  });
  it('ignores directives inside code', () => {
    const text = '```\n<!-- figure-check-disable -->\n```\n\nText `<!-- figure-check-disable -->`\n';
    assert.deepEqual(readProse(text).directives, []);
  });
  it('finds an inline directive in a paragraph', () => {
    const text = 'Text <!-- figure-check-disable --> more.';
    assert.equal(readProse(text).directives.length, 1);
  });
});

describe('splitBlocks', () => {
  const texts = (text: string) => splitBlocks(text).map((b) => text.slice(b.start, b.end));
  it('splits at blank lines', () => {
    assert.deepEqual(texts('a\nb\n\nc\n\n\nd'), ['a\nb', 'c', 'd']);
  });
  it('keeps a fence with blank lines in one block', () => {
    assert.deepEqual(texts('x\n\n```\n1\n\n2\n```\n\ny'), ['x', '```\n1\n\n2\n```', 'y']);
  });
  it('joins indented chunks to the block before (list continuation, indented code)', () => {
    assert.deepEqual(texts('- a\n\n  more\n\nz'), ['- a\n\n  more', 'z']);
  });
  it('keeps a multi-line html comment in one block', () => {
    assert.deepEqual(texts('<!--\n\nhidden\n\n-->\n\nz'), ['<!--\n\nhidden\n\n-->', 'z']);
  });
  it('keeps a raw <pre> element in one block', () => {
    assert.deepEqual(texts('<pre>\n1\n\n2\n</pre>\n\nz'), ['<pre>\n1\n\n2\n</pre>', 'z']);
  });
  it('flags front matter', () => {
    const blocks = splitBlocks('---\na: 1\n\nb: 2\n---\n\ntext');
    assert.equal(blocks[0].frontMatter, true);
    assert.equal(blocks.length, 2);
  });
  it('works with CRLF and lone CR', () => {
    assert.deepEqual(texts('a\r\n\r\nb\r\rc'), ['a', 'b', 'c']);
  });
  it('an unclosed fence runs to the end', () => {
    assert.deepEqual(texts('x\n\n```\n1\n\n2'), ['x', '```\n1\n\n2']);
  });
});

/**
 * readProse(text) read as the markdown-it path reads it: a trailing "|" paragraph sends a block to the
 * parser without changing how the text before it is read, so the two readings must agree.
 */
function assertReadsLikeParser(text: string): void {
  const fast = readProse(text);
  const slow = readProse(text + '\n\n|');
  assert.equal(fast.masked, slow.masked.slice(0, text.length));
  assert.deepEqual(fast.blocks, slow.blocks.filter((b) => b.end <= text.length));
}

describe('fast paths (paragraph, heading, list, quote, fence, table) read blocks as markdown-it does', () => {
  it('property: reads a block exactly as the markdown-it path does', () => {
    const piece = fc.constantFrom('OpenAI ', '$5B ', '1. ', '2) ', '- ', '* ', '+ ', '# ', '> ', '=', '---', '___', '`x` ', '<b>', '[a](http://x/1) ',
      '[^1] ', '    ', '  ', '\n', '\r\n', 'text', '12', '.', ')', '~~~', '```', '_', '&amp;', '日本語', '\\');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }).map((a) => a.join('')), (text) => {
        assertReadsLikeParser(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('property: list, heading, quote and fence shapes read exactly as the markdown-it path does', () => {
    // Lines built from markers and text, so the list, heading, quote and fence fast paths are taken often.
    const start = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '-  ', '- - ', '-', '# ', '## ', '####### ', '   # ', '    - ', ' - ', '',
      '> ', '>', '> > ', '```', '~~~', '````', '   ```', '    ```', '\t```', '``` ', '~~~~ ');
    const body = fc.constantFrom('OpenAI grew 64%', '$5B', '# x', '> q', '- y', '1. z', '=', '---', '***', '`code`', '[a](http://x/1)', '<b>', '',
      '日本語 1150億ドル', 'text ##', 'a\\', '  indented', '12) n', 'js', '`', '\t', ' ', '~');
    const line = fc.tuple(start, body).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        assertReadsLikeParser(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('property: tables read exactly as the markdown-it path does', () => {
    const cellText = fc.constantFrom('OpenAI', '$5B', ' 64% ', '', ' ', '\\|', '`a|b`', '1150億ドル', '-', ':', '#', '> q', '- x', 'a\\');
    const row = fc.tuple(fc.constantFrom('|', '', ' |', '  ', '- ', '#'), fc.array(cellText, { minLength: 0, maxLength: 4 }), fc.constantFrom('|', '', ' ', '\\|'))
      .map(([lead, cells, tail]) => lead + cells.join('|') + tail);
    const delimiter = fc.constantFrom('|---|---|', '---|---', '| --- | :-: |', '|:--|--:|', '|---|', '---', '-', '- | -', '|-|-|-|', ' |---|---|', '| a |---|', '||---|', '|---||---|', ':-:|:-:');
    // Mostly well-formed tables (the header's column count matches the delimiter's), some random.
    const wellFormed = fc.integer({ min: 1, max: 4 }).chain((k) =>
      fc.tuple(
        fc.array(cellText, { minLength: k, maxLength: k }).map((cells) => `|${cells.join('|')}|`),
        fc.array(fc.constantFrom('---', ' --- ', ':-:', '--:', ':--', '-'), { minLength: k, maxLength: k }).map((d) => `|${d.join('|')}|`),
      ),
    );
    const headerAndDelimiter = fc.oneof(wellFormed, fc.tuple(row, delimiter));
    fc.assert(
      fc.property(headerAndDelimiter, fc.array(row, { maxLength: 4 }), fc.constantFrom('\n', '\r\n'), ([header, delim], body, eol) => {
        const block = [header, delim, ...body].join(eol);
        assertReadsLikeParser(block);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });

  it('property: whole quotes and whole fences read exactly as the markdown-it path does', () => {
    const text = fc.constantFrom('OpenAI grew 64%', '$5B', '# x', '- y', '1. z', '=', '`code`', '', ' ', '\t', '> q', 'js', '```', '~~~', '````');
    const quoteLine = fc.tuple(fc.constantFrom('> ', '>', '>  ', '> > ', ' > '), text).map(([a, b]) => a + b);
    const quote = fc.array(quoteLine, { minLength: 1, maxLength: 5 });
    const fenceEdge = fc.constantFrom('```', '~~~', '````', '   ```', '    ```', '\t```', '``` ', '```\t', '```js', '```a`b', '~~~ x', '``');
    const fence = fc.tuple(fenceEdge, fc.array(text, { maxLength: 4 }), fenceEdge).map(([open, body, close]) => [open, ...body, close]);
    fc.assert(
      fc.property(fc.oneof(quote, fence), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const block = lines.join(eol);
        assertReadsLikeParser(block);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  });
});

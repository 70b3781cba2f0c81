// Robustness of the one entry point, checkDocument (issue 8): over arbitrary Unicode and markdown it
// never throws, every claim slices to its text, claims never overlap, nothing is NaN or Infinity, and
// the result is deterministic (and equal through a cache). Plus pathological documents and a hang
// guard per pattern family at the level of the whole check (markdown, context and verification too,
// not only the number grammar, which grammar-hang.test.ts covers). No timing is asserted: the
// hang guard only has to finish (node --test would hang otherwise), speed is in `npm run bench`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bundledDataset, checkDocument, createCheckCache, type CheckResult } from '../../src/core/index';

const dataset = bundledDataset();
const MB = 1 << 20;

/** Every number and string in the result: finite numbers, no "NaN"/"Infinity"/"undefined" text. */
function assertSaneResult(text: string, result: CheckResult): void {
  let lastEnd = 0;
  for (const c of result.claims) {
    assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, `offsets inside the text: ${c.start}..${c.end}`);
    assert.equal(text.slice(c.start, c.end), c.text, 'a claim slices to its text');
    assert.ok(c.start >= lastEnd, `claims do not overlap (${c.start} < ${lastEnd})`);
    lastEnd = c.end;
    assert.ok(Number.isFinite(c.value), `finite value for ${c.text.slice(0, 30)}`);
    if (c.low !== undefined) assert.ok(Number.isFinite(c.low));
    if (c.high !== undefined) assert.ok(Number.isFinite(c.high));
    assert.ok(Number.isInteger(c.line) && c.line >= 0 && Number.isInteger(c.character) && c.character >= 0);
    assert.ok(c.message.length > 0 && !/[\r\n]/.test(c.message), 'a one-line message');
    assert.ok(!/\bNaN\b|\bInfinity\b|\bundefined\b|\[object /.test(c.message), c.message);
  }
  const counted = Object.values(result.counts).reduce((a, b) => a + b, 0);
  assert.equal(counted, result.claims.length, 'counts add up to the claims');
}

/** What a caller can see, without object identity (for determinism checks). */
function visible(result: CheckResult): unknown {
  return JSON.parse(JSON.stringify(result.claims.map((c) => [c.start, c.end, c.text, c.value, c.unit, c.verdict, c.severity, c.message, c.record?.id ?? null])));
}

// Pieces a draft is made of: figures in every form, markdown syntax, and hostile characters.
const pieces = [
  'OpenAI', 'Nvidia', 'ChatGPT', 'オープンAI', 'エヌビディア', 'マイクロソフト', ' burned ', ' revenue ', ' valued at ', ' weekly users ',
  '$115B', '$115 billion', 'about $13 billion', 'more than $10B', 'up to $100 billion', '$14–17 billion', 'between $14B and $17B',
  '64%', '６４％', '1150億ドル', '約131億ドル', '140億〜170億ドル', '4億1100万', '2倍', 'doubled', '10 GW', '800M', '1e400',
  '$1,2,3,4B', '¥', '100億兆ドル', '$-5B', '△3.5%', '9'.repeat(400), ' in 2025', ' through 2029', '2029年までに', 'H1 2025',
  '. ', '。', '\n', '\n\n', '\r\n', '\r', '\u0000', '\t', '# ', '- ', '> ', '1. ', '| a | $5B |\n|---|---|\n', '```\n', '~~~', '    ',
  '`$5B`', '[link](https://example.com/x)', '[^1]', '[^1]: Reuters, https://example.com/r', '<!-- figure-check-disable -->',
  '<!-- figure-check-enable -->', '<!-- figure-check-ignore-next-line -->', '<b>', '---\n', '(Source: Reuters)',
  '\u0301', '\u200f', '\u202e', 'مرحبا', '😀', '\ud83d', '\ude00', '\ufeff', '\u3000', '％', '＄', '，', '．',
];
const draft = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

describe('checkDocument properties (fast-check)', () => {
  it('never throws; offsets slice to the text; no overlap; finite values; one-line messages', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('auto' as const, 'en' as const, 'ja' as const), (text, lang) => {
        assertSaneResult(text, checkDocument(text, dataset, { lang }));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, and a cached check equals a fresh one', () => {
    fc.assert(
      fc.property(draft, draft, (a, b) => {
        const cache = createCheckCache();
        const fresh = visible(checkDocument(a, dataset));
        assert.deepEqual(visible(checkDocument(a, dataset)), fresh, 'same text, same result');
        assert.deepEqual(visible(checkDocument(a, dataset, { cache })), fresh, 'through a cache');
        const edited = a + b;
        assert.deepEqual(visible(checkDocument(edited, dataset, { cache })), visible(checkDocument(edited, dataset)), 'after an edit');
        assert.deepEqual(visible(checkDocument(a, dataset, { cache })), fresh, 'after the edit is undone');
      }),
      { numRuns: 150 },
    );
  });
});

describe('checkDocument through a cache: a session of edits', () => {
  // The edit path reuses verdicts of claims the extractor did not read again (kept before the edit,
  // shifted after it). Every field of every claim must equal a fresh check's, after every edit.
  const paragraph = fc.constantFrom(
    'OpenAI burned $2.5 billion in H1 2025.', 'OpenAI expects to burn $17 billion in 2026.', 'Microsoft holds a 49% stake in OpenAI.',
    'ChatGPT has 800 million weekly users.', 'Visits rose from 411 million to 1.1 billion, a 64% rise.', 'Anthropic raised $13B in its Series F.',
    'OpenAI made $13B and $4.3B in H1 2025.', 'オープンAIは2029年までに累計1150億ドルを燃やす。', 'Meta will spend $100 billion on capex in 2026.',
    '<!-- figure-check-ignore-next-line -->', '<!-- figure-check-disable -->', '<!-- figure-check-enable -->', '```\n$5B\n```',
    '| company | 2025 revenue |\n|---|---|\n| OpenAI | $13.1B |', '- OpenAI $20 billion run-rate', '> Nvidia $57B in revenue',
  );
  const doc = fc.tuple(fc.constantFrom('', '---\ntitle: x\n---\n\n'), fc.array(paragraph, { minLength: 1, maxLength: 25 })).map(([fm, ps]) => fm + ps.join('\n\n'));
  const editOf = fc.record({ at: fc.nat(), cut: fc.nat({ max: 60 }), insert: fc.oneof(paragraph.map((p) => `\n\n${p}\n\n`), fc.constantFrom('', 'x', '9', ' more', '$', '\n', '\n\n', '---')) });
  const full = (r: CheckResult) => JSON.parse(JSON.stringify(r));
  it('every step equals a fresh check, field for field', () => {
    fc.assert(
      fc.property(doc, fc.array(editOf, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const cache = createCheckCache();
        let text = start;
        checkDocument(text, dataset, { cache });
        for (const e of edits) {
          const i = text.length ? e.at % text.length : 0;
          text = text.slice(0, i) + e.insert + text.slice(Math.min(text.length, i + e.cut));
          assert.deepEqual(full(checkDocument(text, dataset, { cache })), full(checkDocument(text, dataset)));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});

describe('pathological documents through checkDocument', () => {
  const cases: Array<[string, string]> = [
    // "- - - …" opens a list inside a list item at every marker: 10 000 levels without quadratic indentation.
    ['10 000 nested list levels', `${'- '.repeat(10_000)}OpenAI burned $2.5B in H1 2025.`],
    ['10 000 nested quote levels', `${'> '.repeat(10_000)}OpenAI burned $2.5B in H1 2025.`],
    ['10 000 alternating list and quote levels', `${'- > '.repeat(5_000)}Nvidia $57B\n${'> - '.repeat(5_000)}$5B`],
    ['2 000 nested list levels by indentation', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(Math.min(i, 3))}${'  '.repeat(Math.floor(i / 4))}- OpenAI $${i % 50}B`).join('\n')],
    ['an unclosed fence before figures', '```\nOpenAI $5B\n\nNvidia $57B\n'.repeat(2000)],
    ['alternating fences', '```\n$5B\n~~~\n$6B\n'.repeat(5000)],
    ['a 1 MB single line of prose', 'OpenAI burned $2.5 billion in H1 2025 and '.repeat(Math.ceil(MB / 42))],
    ['a 1 MB single line without spaces', 'x'.repeat(MB)],
    ['a 100 000-digit number', `OpenAI raised $${'7'.repeat(100_000)} billion.`],
    ['runs of $ % 億 兆 , .', `${'$'.repeat(50_000)}${'%'.repeat(50_000)}${'億'.repeat(50_000)}${'兆'.repeat(50_000)}${','.repeat(50_000)}${'.'.repeat(50_000)}`],
    ['odd figures', 'OpenAI: 1e400, $1,2,3,4B, ¥, 100億兆ドル, $., %., 億., 1.2.3.4%, $$5B, 5BB, -.-%'],
    ['NUL, CRLF, lone CR, lone surrogates, RTL, combining marks', 'OpenAI\u0000 burned \ud800$2.5B\r\n\r\u202eNvidia\u0301 $57B\udc00 in 2025.\r'],
    ['a table of 5 000 rows', `| company | 2025 |\n|---|---|\n${'| OpenAI | $13.1B |\n'.repeat(5000)}`],
    ['5 000 footnotes', Array.from({ length: 5000 }, (_, i) => `OpenAI made $13B.[^${i}]\n\n[^${i}]: $${i}B`).join('\n\n')],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const result = checkDocument(text, dataset);
      assertSaneResult(text, result);
    });
  }
  it('a 100 000-digit number is not a claim; 1e400 and 100億兆ドル give no non-finite value', () => {
    const text = `OpenAI raised $${'7'.repeat(100_000)} billion. 1e400 dollars. 100億兆ドル. ¥.`;
    const result = checkDocument(text, dataset);
    assert.ok(!result.claims.some((c) => c.text.length > 1000), 'no claim spans the huge number');
    assertSaneResult(text, result);
  });
});

// Hang guard: ~1 MB of each adversarial family through the whole check. It must finish; how fast
// is the benchmark's business. A regression to super-linear work shows up as a test that never ends.
describe('hang guard: 1 MB per pattern family through checkDocument', () => {
  const repeatTo = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const families: Array<[string, string]> = [
    ['figures in one run-on sentence', repeatTo('OpenAI burned $2.5B and ')],
    ['Japanese figures in one sentence', repeatTo('オープンAIは1150億ドルを燃やし、')],
    ['entity names without figures', repeatTo('OpenAI Nvidia Microsoft ')],
    ['cue words', repeatTo('burn revenue valuation stake ')],
    ['period words', repeatTo('through 2029 in H1 2025 by 2030 ')],
    ['hedges', repeatTo('about more than up to nearly ')],
    ['link openers', repeatTo('[](')],
    ['reference labels', repeatTo('[a][')],
    ['emphasis markers', repeatTo('*_')],
    ['HTML openers', repeatTo('<a ')],
    ['comment openers', repeatTo('<!--')],
    ['backticks', repeatTo('` ')],
    ['pipes', repeatTo('| $5B ')],
    ['sentence ends', repeatTo('$5B. ')],
    ['URLs', repeatTo('https://x.com/$5B ')],
    ['footnote references', repeatTo('[^1]')],
    ['blank lines', repeatTo('\n')],
    ['lone CRs', repeatTo('$5B\r')],
  ];
  for (const [name, text] of families) {
    it(name, () => assertSaneResult(text, checkDocument(text, dataset)));
  }
});

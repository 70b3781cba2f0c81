// checkDocument, the one entry point: language, counts, options, the per-document cache, summaries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languageSample } from '../../src/core/check';
import { checkDocument, createCheckCache, summarize } from '../../src/core/index';
import type { CheckResult } from '../../src/core/types';
import { fixtureDataset } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();
const root = join(__dirname, '..', '..');
const english = readFileSync(join(root, 'examples/openai-economics.md'), 'utf8');
const japanese = readFileSync(join(root, 'examples/ai-money-ja.md'), 'utf8');

/** What a writer sees of a result: position, figure, verdict, message. */
function visible(result: CheckResult): string[] {
  return result.claims.map((c) => `${c.start}-${c.end} ${c.line}:${c.character} ${c.id} ${c.text} ${c.verdict} ${c.severity} ${c.message}`);
}

describe('checkDocument', () => {
  it('detects the language of the document and words messages in it', () => {
    const en = checkDocument('Microsoft owns about 30% of OpenAI.', dataset);
    const ja = checkDocument('マイクロソフトはオープンAIの株式の30%を保有している。', dataset);
    assert.equal(en.lang, 'en');
    assert.equal(ja.lang, 'ja');
    assert.match(en.claims[0]!.message, /not 30%/);
    assert.match(ja.claims[0]!.message, /ではありません/);
  });
  it('options.lang forces the language', () => {
    const forced = checkDocument('Microsoft owns about 30% of OpenAI.', dataset, { lang: 'ja' });
    assert.equal(forced.lang, 'ja');
    assert.match(forced.claims[0]!.message, /ではありません/);
  });
  it('counts every verdict; the counts add up to the claims', () => {
    const result = checkDocument(english, dataset);
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, result.claims.length);
    for (const [verdict, n] of Object.entries(result.counts)) {
      assert.equal(result.claims.filter((c) => c.verdict === verdict).length, n);
    }
  });
  it('severities are configurable and default as documented', () => {
    const text = 'Microsoft owns about 30% of OpenAI. Microsoft holds a 49% stake in OpenAI.';
    const byDefault = checkDocument(text, dataset);
    assert.deepEqual(byDefault.claims.map((c) => c.severity), ['error', 'warning']);
    const custom = checkDocument(text, dataset, { severities: { contradicted: 'warning', outdated: 'off' } });
    assert.deepEqual(custom.claims.map((c) => c.severity), ['warning', null]);
    assert.deepEqual(custom.claims.map((c) => c.verdict), ['contradicted', 'outdated'], 'severity never changes the verdict');
  });
  it('claims keep the extractor contract: text is the slice at start..end', () => {
    for (const text of [english, japanese]) {
      for (const c of checkDocument(text, dataset).claims) assert.equal(text.slice(c.start, c.end), c.text);
    }
  });
  it('never throws on odd input', () => {
    for (const text of ['', '$', '¥', '%%%', '億兆', '$1,2,3,4B', '1e400', '9'.repeat(500), '\u0000\r\r\n', '```\n$5B\n']) {
      const result = checkDocument(text, dataset);
      assert.ok(Array.isArray(result.claims));
      for (const c of result.claims) assert.ok(Number.isFinite(c.value) && c.message.length > 0);
    }
  });
});

describe('checkDocument with a cache', () => {
  it('gives the same result as a fresh check, first time and again', () => {
    const cache = createCheckCache();
    const fresh = visible(checkDocument(english, dataset));
    assert.deepEqual(visible(checkDocument(english, dataset, { cache })), fresh);
    assert.deepEqual(visible(checkDocument(english, dataset, { cache })), fresh);
  });
  it('after edits, equals a fresh check of the edited text', () => {
    const cache = createCheckCache();
    checkDocument(english, dataset, { cache });
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('$13.1 billion in 2025', '$14.1 billion in 2025'),
      (t) => t.replace('Microsoft holds a 49% stake', 'Microsoft holds a 27% stake'),
      (t) => t.replace('## The burn', '## The burn\n\nOpenAI burned $30 billion in 2026.\n'),
      (t) => t.replace(/ChatGPT has 800 million weekly users\. /, ''),
      (t) => `Anthropic is valued at $183 billion.\n\n${t}`,
    ];
    let text = english;
    for (const edit of edits) {
      text = edit(text);
      assert.deepEqual(visible(checkDocument(text, dataset, { cache })), visible(checkDocument(text, dataset)));
    }
  });
  it('one cache can serve two languages and two datasets in turn', () => {
    const cache = createCheckCache();
    const a = visible(checkDocument(japanese, dataset, { cache }));
    checkDocument(english, dataset, { cache });
    assert.deepEqual(visible(checkDocument(japanese, dataset, { cache })), a);
  });
  it('an object that is not a check cache is ignored, not trusted', () => {
    const result = checkDocument('Microsoft owns about 30% of OpenAI.', dataset, { cache: { kind: 'something else' } });
    assert.equal(result.claims[0]!.verdict, 'contradicted');
  });
});

describe('summarize', () => {
  const result = (verdicts: Array<keyof CheckResult['counts']>): Pick<CheckResult, 'counts' | 'claims'> => {
    const counts = { supported: 0, contradicted: 0, outdated: 0, unsourced: 0, cited: 0, inconsistent: 0, ignored: 0 };
    for (const v of verdicts) counts[v]++;
    return { counts, claims: verdicts.map(() => ({}) as CheckResult['claims'][number]) };
  };
  it('English, in the documented form', () => {
    const r = result([...Array(11).fill('supported'), 'contradicted', 'contradicted', 'unsourced']);
    assert.equal(summarize(r, 'en'), '14 figures: 11 supported, 2 wrong, 1 unsourced');
  });
  it('singular and empty', () => {
    assert.equal(summarize(result(['outdated']), 'en'), '1 figure: 1 outdated');
    assert.equal(summarize(result([]), 'en'), 'No figures found');
  });
  it('Japanese', () => {
    const r = result([...Array(11).fill('supported'), 'contradicted', 'contradicted', 'unsourced']);
    assert.equal(summarize(r, 'ja'), '数字14件：裏付けあり11、誤り2、出典なし1');
    assert.equal(summarize(result([]), 'ja'), '数字は見つかりませんでした');
  });
});

describe('languageSample', () => {
  it('is the whole text when small, a bounded deterministic sample when large', () => {
    assert.equal(languageSample('short text'), 'short text');
    const big = 'a'.repeat(100_000) + 'あ'.repeat(100_000);
    const sample = languageSample(big);
    assert.ok(sample.length <= 16 * 4096);
    assert.equal(languageSample(big), sample);
    assert.ok(sample.includes('a') && sample.includes('あ'), 'samples the whole document, not just its start');
  });
  it('a large Japanese document with English front matter is still Japanese', () => {
    const big = `---\ntitle: English front matter\n---\n\n${japanese.repeat(20)}`;
    assert.equal(checkDocument(big, dataset).lang, 'ja');
  });
});

// The example drafts against the bundled dataset: every figure's verdict as annotated in
// test/fixtures/verify/examples.expected.json (line, figure as written, verdict), so a change in the
// engine or the dataset that moves a verdict shows here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledDataset, checkDocument, summarize } from '../../src/core/index';
import type { Verdict } from '../../src/core/types';

const root = join(__dirname, '..', '..');
interface Expected {
  line: number;
  text: string;
  verdict: Verdict;
}
const annotations = JSON.parse(readFileSync(join(root, 'test/fixtures/verify/examples.expected.json'), 'utf8')) as Record<string, Expected[]>;
const ALL_VERDICTS: Verdict[] = ['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored'];

function check(file: string) {
  return checkDocument(readFileSync(join(root, file), 'utf8'), bundledDataset());
}

for (const [file, expected] of Object.entries(annotations)) {
  describe(file, () => {
    const result = check(file);
    it('reads the document in its language', () => {
      assert.equal(result.lang, file.endsWith('-ja.md') ? 'ja' : 'en');
    });
    it('finds exactly the annotated figures, in order', () => {
      assert.deepEqual(result.claims.map((c) => `${c.line + 1}:${c.text}`), expected.map((e) => `${e.line}:${e.text}`));
    });
    expected.forEach((e, i) => {
      it(`line ${e.line} "${e.text}" → ${e.verdict}`, () => {
        const claim = result.claims[i];
        assert.ok(claim && claim.line + 1 === e.line && claim.text === e.text, 'figure found in its place');
        assert.equal(claim.verdict, e.verdict, claim.message);
      });
    });
    it('shows every verdict at least once', () => {
      for (const verdict of ALL_VERDICTS) assert.ok(result.counts[verdict] > 0, `no ${verdict} figure`);
    });
    it('names the source in every verdict that rests on a record', () => {
      for (const c of result.claims.filter((c) => c.record)) {
        const publisher = (c.newer ?? c.record)!.source.publisher;
        assert.ok(c.message.includes(publisher), `${c.text}: ${c.message}`);
      }
    });
    it('never flags figures inside code', () => {
      assert.ok(!result.claims.some((c) => /9999|999 billion/.test(c.text)));
    });
    it('summarizes the counts', () => {
      const summary = summarize(result, result.lang);
      assert.match(summary, result.lang === 'ja' ? new RegExp(`^数字${result.claims.length}件：`) : new RegExp(`^${result.claims.length} figures: `));
    });
  });
}

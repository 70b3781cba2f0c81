// Verdict links in diagnostics point at a file the package ships, at the verdict's own heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERDICT_DOC_LINE, VERDICT_DOC_PATH, verdictDocTarget } from '../../src/vscode/verdictDocs';

const root = join(__dirname, '..', '..');
const lines = readFileSync(join(root, ...VERDICT_DOC_PATH), 'utf8').split('\n');

test('each verdict link lands on that verdict\'s heading in media/verdicts.md', () => {
  for (const [verdict, line] of Object.entries(VERDICT_DOC_LINE)) {
    assert.match(lines[line - 1] ?? '', new RegExp(`^## ${verdict} `), `line ${line} is the ${verdict} heading`);
  }
});

test('the target is the doc with a line fragment', () => {
  const doc = { fragment: '', with(change: { fragment: string }) { return { ...this, ...change }; } };
  assert.equal(verdictDocTarget(doc, 'outdated').fragment, `L${VERDICT_DOC_LINE.outdated}`);
});

test('the package ships media/verdicts.md (it is not ignored) under that exact name', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.ok(!ignore.some((l) => l === 'media/**' || l === 'media/*.md' || l === '**/*.md'), 'media/verdicts.md is packaged');
});

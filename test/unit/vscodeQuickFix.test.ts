// The edits behind each quick fix, on plain strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyOffsetEdits,
  citationEdits,
  disableBlockEdits,
  footnoteDefinition,
  footnoteLabel,
  ignoreNextLineEdit,
  replaceFigureEdit,
  replacementRecord,
} from '../../src/vscode/quickFixEdits';
import { claimIn, record, source } from './vscodeFixtures';

test('replace swaps exactly the figure', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const edit = replaceFigureEdit(claimIn(text, '$49B'), '$17B')!;
  assert.equal(applyOffsetEdits(text, [edit]), 'OpenAI will burn $17B in 2026.');
  assert.equal(replaceFigureEdit(claimIn(text, '$49B'), '$49B'), undefined, 'no-op edits are not offered');
});

test('the replacement comes from the newest record for outdated, the deciding one for contradicted', () => {
  const text = 'OpenAI will burn $49B in 2026.';
  const older = record({ id: 'old' });
  const newer = record({ id: 'new', value: 20e9 });
  assert.equal(replacementRecord(claimIn(text, '$49B', { verdict: 'outdated', record: older, newer }))?.id, 'new');
  assert.equal(replacementRecord(claimIn(text, '$49B', { verdict: 'contradicted', record: older }))?.id, 'old');
  assert.equal(replacementRecord(claimIn(text, '$49B', { verdict: 'supported', record: older })), undefined);
});

test('footnote labels are markdown-safe', () => {
  assert.equal(footnoteLabel('openai/burn 2026!'), 'fc-openai-burn-2026');
  assert.equal(footnoteLabel('nvidia-q3.fy26'), 'fc-nvidia-q3-fy26');
});

test('footnote definition: Publisher, "Title", date. <URL>; a bad URL is left out', () => {
  assert.equal(footnoteDefinition('fc-x', source()), '[^fc-x]: Example Wire, "A test article", 2025-10-28. <https://example.com/story>');
  assert.equal(
    footnoteDefinition('fc-x', source({ title: null, date: null, undated: true, url: 'javascript:x' })),
    '[^fc-x]: Example Wire, undated.',
  );
  assert.ok(!footnoteDefinition('fc-x', source({ title: 'two\nlines' })).includes('\n'));
});

test('citation adds a reference after the sentence and a definition at the end', () => {
  const text = '# Draft\n\nOpenAI will burn $17B in 2026. Then more.\n';
  const claim = claimIn(text, '$17B', { verdict: 'supported', severity: null });
  const out = applyOffsetEdits(text, citationEdits(text, claim, claim.record!));
  assert.equal(
    out,
    '# Draft\n\nOpenAI will burn $17B in 2026.[^fc-test-openai-burn-2026] Then more.\n\n[^fc-test-openai-burn-2026]: Example Wire, "A test article", 2025-10-28. <https://example.com/story>\n',
  );
});

test('citation reuses an existing definition and does not repeat a reference', () => {
  const text = 'OpenAI will burn $17B in 2026.\n\n[^fc-test-openai-burn-2026]: Example Wire, 2025-10-28.\n';
  const claim = claimIn(text, '$17B', { verdict: 'supported', severity: null });
  const edits = citationEdits(text, claim, claim.record!);
  assert.equal(edits.length, 1, 'only the reference');
  const once = applyOffsetEdits(text, edits);
  assert.equal((once.match(/\[\^fc-test-openai-burn-2026\]:/g) ?? []).length, 1);
  const again = citationEdits(once, claimIn(once, '$17B', { verdict: 'supported', severity: null }), claim.record!);
  assert.equal(again.length, 0, 'nothing left to add');
});

test('citation in Japanese goes after 。', () => {
  const text = 'オープンAIは2026年に170億ドルを燃やす。次の文。';
  const claim = claimIn(text, '170億ドル', { lang: 'ja' });
  const out = applyOffsetEdits(text, citationEdits(text, claim, claim.record!));
  assert.ok(out.startsWith('オープンAIは2026年に170億ドルを燃やす。[^fc-test-openai-burn-2026]次の文。'), out);
});

test('ignore-next-line goes above the line with its indentation; CRLF kept', () => {
  const text = '- a\n  - OpenAI will burn $49B.\r\n';
  const out = applyOffsetEdits(text, [ignoreNextLineEdit(text, claimIn(text, '$49B'))]);
  assert.equal(out, '- a\n  <!-- figure-check-ignore-next-line reason: TODO -->\r\n  - OpenAI will burn $49B.\r\n');
});

test('disable/enable wrap the whole paragraph', () => {
  const text = 'Intro.\n\nFirst line\nOpenAI will burn $49B.\n\nAfter.';
  const out = applyOffsetEdits(text, disableBlockEdits(text, claimIn(text, '$49B')));
  assert.equal(out, 'Intro.\n\n<!-- figure-check-disable -->\nFirst line\nOpenAI will burn $49B.\n<!-- figure-check-enable -->\n\nAfter.');
});

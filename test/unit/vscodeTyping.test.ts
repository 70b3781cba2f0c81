// The figure being typed is not flagged until the word ends (issue 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsNotBeingTyped } from '../../src/vscode/typingRule';
import { claimIn } from './vscodeFixtures';

const text = "Anthropic's valuation is $1 and OpenAI will burn $49B in 2026.";
const typing = claimIn(text, '$1');
const other = { ...claimIn(text, '$49B'), id: 'c1' };

test('a cursor at the end of a figure or inside it holds that figure back, and only that one', () => {
  assert.deepEqual(claimsNotBeingTyped([typing, other], [typing.end]).map((c) => c.id), ['c1']);
  assert.deepEqual(claimsNotBeingTyped([typing, other], [typing.start + 1]).map((c) => c.id), ['c1']);
});

test('once the word ends (a space typed after it) or the cursor is elsewhere, the figure is flagged', () => {
  assert.deepEqual(claimsNotBeingTyped([typing, other], [typing.end + 1]).map((c) => c.id), ['c0', 'c1']);
  assert.deepEqual(claimsNotBeingTyped([typing, other], [typing.start]).map((c) => c.id), ['c0', 'c1'], 'a cursor before the figure is not typing it');
  assert.deepEqual(claimsNotBeingTyped([typing, other], []).map((c) => c.id), ['c0', 'c1']);
});

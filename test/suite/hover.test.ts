// Hover cards through vscode.executeHoverProvider: content, language, and that they stay untrusted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsSettled, ENGLISH_DRAFT, hoverText, JAPANESE_DRAFT, openDraft, positionOf, removeScratch } from './helpers';

export function defineHoverTests(): void {
  describe('hover cards', () => {
    after(removeScratch);

    it('a contradicted figure shows verdict, sourced value, publisher, a link and the difference', async () => {
      await api();
      const editor = await openDraft('hover.md', ENGLISH_DRAFT);
      await diagnosticsSettled(editor.document.uri, (d) => d.length >= 4, 'checked');
      const { text, contents } = await hoverText(editor.document, positionOf(editor.document, '$150 billion'));
      assert.match(text, /Contradicted/);
      assert.match(text, /Sourced figure: \*\*\\\$115/);
      assert.match(text, /TechSpot/);
      assert.match(text, /\]\(https:\/\//, 'the source title links to an https URL');
      assert.match(text, /Difference:/);
      assert.match(text, /Dataset: bundled/);
      const ours = contents.filter((c) => c.value.includes('Figure Check'));
      assert.ok(ours.length === 1);
      assert.notEqual(ours[0].isTrusted, true);
      assert.notEqual(ours[0].supportHtml, true);
    });

    it('a supported figure has a card with its source too', async () => {
      const editor = vscode.window.activeTextEditor!;
      const { text } = await hoverText(editor.document, positionOf(editor.document, '$115 billion'));
      assert.match(text, /Supported/);
      assert.match(text, /TechSpot/);
    });

    it('an outdated figure shows the newer one; the history is listed', async () => {
      const editor = vscode.window.activeTextEditor!;
      const { text } = await hoverText(editor.document, positionOf(editor.document, '$17 billion'));
      assert.match(text, /Outdated/);
      assert.match(text, /Newer figure: \*\*\\\$25/);
      assert.match(text, /History \(/);
    });

    it('a Japanese draft gets a Japanese card', async () => {
      const editor = await openDraft('hover-ja.md', JAPANESE_DRAFT);
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 1, 'checked');
      const { text } = await hoverText(editor.document, positionOf(editor.document, '1500億ドル'));
      assert.match(text, /出典と矛盾/);
      assert.match(text, /出典の数値/);
      assert.match(text, /TechSpot/);
    });

    it('no card away from a figure', async () => {
      const editor = vscode.window.activeTextEditor!;
      const { text } = await hoverText(editor.document, new vscode.Position(0, 1));
      assert.ok(!text.includes('Figure Check'));
    });
  });
}

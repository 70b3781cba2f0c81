// Each quick fix through vscode.executeCodeActionProvider, applied as the user would apply it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsSettled, ENGLISH_DRAFT, figureCheckDiagnostics, openDraft, quickFixes, rangeOf, removeScratch, scratchUri, workspaceFolder } from './helpers';

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function fixFor(document: vscode.TextDocument, figure: string, title: RegExp): Promise<vscode.CodeAction> {
  const actions = await quickFixes(document, rangeOf(document, figure));
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no quick fix ${title} on ${figure}; got: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

const flaggedText = (document: vscode.TextDocument) => figureCheckDiagnostics(document.uri).map((d) => document.getText(d.range));

export function defineQuickFixTests(): void {
  describe('quick fixes', () => {
    let document: vscode.TextDocument;
    beforeEach(async () => {
      await api();
      document = (await openDraft(`fixes-${Date.now()}.md`, ENGLISH_DRAFT)).document;
      await diagnosticsSettled(document.uri, (d) => d.length >= 4, 'checked');
    });
    after(removeScratch);

    it('replaces a contradicted figure with the sourced one in the writer\'s style, and the squiggle goes', async () => {
      const fix = await fixFor(document, '$150 billion', /^Replace with the sourced figure: \$115 billion/);
      assert.equal(fix.isPreferred, true);
      await apply(fix);
      assert.match(document.getText(), /could burn \$115 billion through 2029\.\n\nOpenAI told investors it could burn \$115 billion through 2029\./);
      await diagnosticsSettled(document.uri, (d) => d.length === 3, 'the contradicted diagnostic is gone');
      await vscode.commands.executeCommand('undo');
      await diagnosticsSettled(document.uri, (d) => d.length === 4, 'undo brings it back');
    });

    it('updates an outdated figure to the newest record', async () => {
      await apply(await fixFor(document, '$17 billion', /^Update to the newest figure: \$25 billion/));
      assert.match(document.getText(), /expects to burn \$25 billion in 2026/);
      await diagnosticsSettled(document.uri, (d) => !flaggedText(document).includes('$17 billion') && d.length === 3, 'no longer flagged');
    });

    it('adds a citation footnote for a supported figure', async () => {
      await apply(await fixFor(document, '$115 billion', /^Add a citation footnote: TechSpot/));
      const text = document.getText();
      assert.match(text, /through 2029\.\[\^fc-openai-cumulative-burn-115b-thru-2029\]/);
      assert.match(text, /\n\[\^fc-openai-cumulative-burn-115b-thru-2029\]: TechSpot, .*2025-09-05\. <https:\/\/\S+>\n$/);
    });

    it('ignores the next line through a comment the engine honours', async () => {
      await apply(await fixFor(document, '$150 billion', /^Ignore this line/));
      assert.match(document.getText(), /<!-- figure-check-ignore-next-line reason: TODO -->\nOpenAI told investors it could burn \$150 billion/);
      await diagnosticsSettled(document.uri, () => !flaggedText(document).includes('$150 billion'), 'ignored');
    });

    it('disables checking for the paragraph', async () => {
      await apply(await fixFor(document, '49%', /^Disable Figure Check for this paragraph/));
      assert.match(document.getText(), /<!-- figure-check-disable -->\nMicrosoft holds a 49% stake in OpenAI\.\n<!-- figure-check-enable -->/);
      await diagnosticsSettled(document.uri, () => !flaggedText(document).includes('49%'), 'disabled');
      assert.ok(flaggedText(document).includes('$150 billion'), 'other paragraphs are still checked');
    });

    it('adds an unsourced figure to my dataset with empty source fields', async () => {
      const existing = (await vscode.workspace.findFiles('**/*.figures.json')).filter((u) => !u.path.includes('/fc-suite-scratch/'));
      await apply(await fixFor(document, '7,000', /^Add this figure to my dataset/));
      const editor = vscode.window.activeTextEditor!;
      assert.match(editor.document.uri.path, /\.figures\.json$/);
      const parsed = JSON.parse(editor.document.getText());
      const added = parsed.records[parsed.records.length - 1];
      assert.equal(added.entity, 'perplexity');
      assert.equal(added.value, 7000);
      assert.deepEqual(added.source, { publisher: '', title: '', url: '', date: '' });
      // Leave the workspace as it was: revert an existing dataset, delete a created one.
      const created = existing.length === 0;
      await vscode.commands.executeCommand(created ? 'workbench.action.files.save' : 'workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      if (created) await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, 'my.figures.json'));
      assert.ok(scratchUri('x')); // scratch helpers stay usable after the dataset edit
    });
  });
}

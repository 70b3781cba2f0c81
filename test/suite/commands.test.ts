// The commands: check document, report (and export), check workspace, open dataset, toggle.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckResult } from '../../src/core/types';
import { api, diagnosticsSettled, ENGLISH_DRAFT, figureCheckDiagnostics, openDraft, removeScratch, waitFor, writeScratch } from './helpers';

export function defineCommandTests(): void {
  describe('commands', () => {
    after(removeScratch);

    it('Check Document checks now and returns the summary counts', async () => {
      await api();
      const editor = await openDraft('command.md', ENGLISH_DRAFT);
      const result = await vscode.commands.executeCommand<CheckResult>('figureCheck.checkDocument');
      assert.ok(result, 'a result');
      assert.equal(result.counts.contradicted, 1);
      assert.equal(result.counts.supported, 1);
      assert.ok(figureCheckDiagnostics(editor.document.uri).length >= 4, 'diagnostics published at once');
    });

    it('Show Report opens a webview listing every figure', async () => {
      const { report } = await api();
      const count = await vscode.commands.executeCommand<number>('figureCheck.showReport');
      assert.equal(count, 5);
      assert.ok(report.shownDocument?.uri.path.endsWith('/command.md'));
      const describeTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label}:${(t.input as { viewType?: string })?.viewType ?? ''}`);
      await waitFor('report tab open', () => describeTabs().some((t) => t.includes('figureCheck.report')), 5_000).catch((err) => {
        throw new Error(`${err.message}; tabs: ${describeTabs().join(', ')}`);
      });
    });

    it('the report exports as a markdown table in a new untitled document', async () => {
      const { report } = await api();
      const document = report.shownDocument!;
      const outcome = (await api()).cache.get(document);
      assert.equal(outcome.kind, 'checked');
      if (outcome.kind !== 'checked') return;
      const exported = await report.exportMarkdown(document, outcome.result);
      assert.equal(exported.isUntitled, true);
      assert.match(exported.getText(), /\| 5 \| \$150 billion \| Contradicted \| \$115/);
      // An exported report is not a draft: its first line turns checking off, so no figure is flagged.
      const checked = (await api()).cache.get(exported);
      assert.equal(checked.kind, 'checked');
      if (checked.kind === 'checked') assert.deepEqual(checked.result.claims.filter((c) => c.severity !== null).map((c) => c.message), []);
      assert.deepEqual(vscode.languages.getDiagnostics(exported.uri), []);
    });

    it('Check Workspace checks markdown files that are not open', async () => {
      const uri = await writeScratch('not-open.md', 'OpenAI told investors it could burn $150 billion through 2029.\n');
      const files = await vscode.commands.executeCommand<number>('figureCheck.checkWorkspace');
      assert.ok(files >= 1, `checked ${files} files`);
      const [d] = await diagnosticsSettled(uri, (x) => x.length === 1, 'diagnostic in the closed file');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    });

    it('Open Dataset opens the bundled dataset, or a user dataset by name', async () => {
      const opened = await vscode.commands.executeCommand<string>('figureCheck.openDataset', 'bundled');
      assert.match(opened, /data\/figures\.json$/);
      assert.match(vscode.window.activeTextEditor!.document.uri.path, /data\/figures\.json$/);
      const user = await writeScratch('open-me.figures.json', '{"version": "2026-11-01", "entities": [], "metrics": [], "records": []}\n');
      const { datasets } = await api();
      const file = await waitFor('the new dataset is loaded', () => datasets.userFiles.find((f) => f.uri.toString() === user.toString()));
      assert.equal(await vscode.commands.executeCommand<string>('figureCheck.openDataset', file.name), user.toString());
    });

    it('Toggle turns checking off for the workspace (squiggles go) and on again', async () => {
      const { status } = await api();
      const editor = await openDraft('toggle.md', ENGLISH_DRAFT);
      await diagnosticsSettled(editor.document.uri, (d) => d.length >= 4, 'checked');
      assert.equal(await vscode.commands.executeCommand('figureCheck.toggle'), false);
      try {
        await diagnosticsSettled(editor.document.uri, (d) => d.length === 0, 'squiggles cleared');
        await waitFor('status says off', () => /off/.test(status.item.text));
      } finally {
        assert.equal(await vscode.commands.executeCommand('figureCheck.toggle'), true);
        await vscode.workspace.getConfiguration('figureCheck').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await diagnosticsSettled(editor.document.uri, (d) => d.length >= 4, 'checked again');
    });
  });
}

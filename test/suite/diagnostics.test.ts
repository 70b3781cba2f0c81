// Squiggles for the English and Japanese drafts, severities, run modes, the size cap, the status bar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsSettled, ENGLISH_DRAFT, figureCheckDiagnostics, JAPANESE_DRAFT, openDraft, removeScratch, waitFor, withSetting } from './helpers';

export function defineDiagnosticTests(): void {
  describe('diagnostics', () => {
    after(removeScratch);

    it('flags the contradicted, outdated and unsourced figures of the English draft, not the supported one', async () => {
      await api();
      const editor = await openDraft('english.md', ENGLISH_DRAFT);
      const diagnostics = await diagnosticsSettled(editor.document.uri, (d) => d.length >= 4, 'four diagnostics');
      const byText = new Map(diagnostics.map((d) => [editor.document.getText(d.range), d]));
      const contradicted = byText.get('$150 billion');
      assert.ok(contradicted, `no diagnostic on $150 billion: ${[...byText.keys()]}`);
      assert.equal(contradicted.severity, vscode.DiagnosticSeverity.Error);
      assert.match(contradicted.message, /\$115 billion \(TechSpot, 2025-09-05\), not \$150 billion/);
      const code = contradicted.code as { value: string; target: vscode.Uri };
      assert.equal(code.value, 'contradicted');
      // The verdict link opens the shipped media/verdicts.md at the verdict's heading line.
      assert.match(code.target.path, /verdicts\.md$/);
      assert.match(code.target.fragment, /^L\d+$/);
      // The old 49% was a share of profits, never a stake: named as the likely source, not called outdated.
      assert.equal(byText.get('49%')?.severity, vscode.DiagnosticSeverity.Information);
      assert.match(byText.get('49%')!.message, /share of profits/);
      assert.equal(byText.get('$17 billion')?.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(byText.get('7,000')?.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(byText.get('$115 billion'), undefined, 'a supported figure gets no squiggle');
    });

    it('shows the counts in the status bar item', async () => {
      const { status } = await api();
      await waitFor('status text', () => /Figures \d+✓ \d+✗ \d+\?/.test(status.item.text) && status.item.text);
      assert.equal(status.item.text, 'Figures 1✓ 2✗ 2?');
      assert.equal(status.item.command, 'figureCheck.showReport');
    });

    it('re-checks after an edit (debounced) and follows figureCheck.severity.*', async () => {
      const editor = vscode.window.activeTextEditor!;
      const restore = await withSetting('severity.unsourced', 'off');
      try {
        await diagnosticsSettled(editor.document.uri, (d) => !d.some((x) => editor.document.getText(x.range) === '7,000'), 'unsourced turned off');
      } finally {
        await restore();
      }
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nOpenAI told investors it could burn $200 billion through 2029.\n'));
      await diagnosticsSettled(editor.document.uri, (d) => d.some((x) => editor.document.getText(x.range) === '$200 billion'), 'the new figure is flagged');
    });

    it('checks a Japanese draft with Japanese messages', async () => {
      const editor = await openDraft('japanese.md', JAPANESE_DRAFT);
      const [d] = await diagnosticsSettled(editor.document.uri, (x) => x.length === 1, 'one Japanese diagnostic');
      assert.equal(editor.document.getText(d.range), '1500億ドル');
      assert.match(d.message, /1150億ドル（TechSpot、2025-09-05）で、1500億ドルではありません/);
    });

    it('does not check documents over figureCheck.maxFileSize until asked once', async () => {
      const { cache } = await api();
      const restore = await withSetting('maxFileSize', 20);
      try {
        const editor = await openDraft('large.md', ENGLISH_DRAFT);
        await waitFor('too-large outcome', () => cache.last(editor.document)?.kind === 'too-large');
        assert.equal(figureCheckDiagnostics(editor.document.uri).length, 0);
        const { status } = await api();
        assert.match(status.item.text, /too large/);
        assert.equal(status.item.command, 'figureCheck.checkOnceAnyway');
        await vscode.commands.executeCommand('figureCheck.checkOnceAnyway', editor.document.uri);
        await diagnosticsSettled(editor.document.uri, (d) => d.length >= 4, 'diagnostics after checking once');
      } finally {
        await restore();
      }
    });

    it('in manual mode checks only on command', async () => {
      const { cache } = await api();
      const restore = await withSetting('run', 'manual');
      try {
        const editor = await openDraft('manual.md', ENGLISH_DRAFT);
        await new Promise((r) => setTimeout(r, 800)); // longer than the open/debounce delay
        assert.equal(cache.peek(editor.document), undefined, 'not checked on open');
        assert.equal(figureCheckDiagnostics(editor.document.uri).length, 0);
        await vscode.commands.executeCommand('figureCheck.checkDocument', editor.document.uri);
        assert.ok(figureCheckDiagnostics(editor.document.uri).length >= 4);
      } finally {
        await restore();
      }
    });

    it('drops a closed document\'s state', async () => {
      const { cache } = await api();
      // An untitled document is disposed as soon as its editor is reverted and closed; a file's
      // TextDocument may outlive its editor for minutes.
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: ENGLISH_DRAFT });
      await vscode.window.showTextDocument(document);
      await diagnosticsSettled(document.uri, (d) => d.length >= 4, 'checked');
      assert.ok(cache.last(document));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('document closed', () => document.isClosed);
      assert.equal(cache.last(document), undefined);
      assert.equal(figureCheckDiagnostics(document.uri).length, 0);
    });
  });
}

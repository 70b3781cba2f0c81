// The status bar item on markdown editors: "Figures 11✓ 2✗ 1?"; a click opens the report, or
// offers a one-off check when the document is over the size cap.
import * as vscode from 'vscode';
import { settingsFor, type CheckOutcome, type DocumentCheckCache } from './checkCache';
import { isMarkdown } from './diagnostics';
import { checkedTooltip, statusBarText, type StatusState } from './statusText';

function stateOf(outcome: CheckOutcome | undefined): StatusState {
  if (!outcome) return { kind: 'pending' };
  if (outcome.kind === 'checked') return { kind: 'checked', counts: outcome.result.counts };
  if (outcome.kind === 'too-large') return { kind: 'too-large', size: outcome.size, limit: outcome.limit };
  if (outcome.kind === 'failed') return { kind: 'failed', error: outcome.error };
  return { kind: 'disabled' };
}

/** The item and its subscriptions; `item` is exposed to the extension-host tests. */
export interface StatusBarSupport extends vscode.Disposable {
  readonly item: vscode.StatusBarItem;
}

export function registerStatusBarSupport(cache: DocumentCheckCache): StatusBarSupport {
  const item = vscode.window.createStatusBarItem('figureCheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Figure Check');
  const words = { figures: vscode.l10n.t('Figures'), off: vscode.l10n.t('off'), tooLarge: vscode.l10n.t('too large'), failed: vscode.l10n.t('error') };

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMarkdown(editor.document)) {
      item.hide();
      return;
    }
    // The last check, even of an older version: counts stay steady while the writer types.
    const outcome = cache.last(editor.document);
    const state = settingsFor(editor.document.uri).enable ? stateOf(outcome) : ({ kind: 'disabled' } as const);
    item.text = statusBarText(state, words);
    item.backgroundColor = undefined;
    if (state.kind === 'checked') {
      const lang = outcome?.kind === 'checked' ? outcome.result.lang : 'en';
      // The tooltip speaks the document's language throughout, like the hover (not the UI's language).
      item.tooltip = checkedTooltip(state.counts, lang);
      item.command = 'figureCheck.showReport';
    } else if (state.kind === 'too-large') {
      item.tooltip = vscode.l10n.t(
        'This document has {0} characters, over figureCheck.maxFileSize ({1}), so it is not checked as you type. Click to check it once anyway.',
        state.size,
        state.limit,
      );
      item.command = 'figureCheck.checkOnceAnyway';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (state.kind === 'failed') {
      item.tooltip = vscode.l10n.t('Figure Check could not check this document: {0}. Click to try again.', state.error);
      item.command = 'figureCheck.checkDocument';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (state.kind === 'disabled') {
      item.tooltip = vscode.l10n.t('Figure Check is off for this workspace. Click to turn it on.');
      item.command = 'figureCheck.toggle';
    } else {
      item.tooltip = vscode.l10n.t('Figure Check: not checked yet. Click to check now.');
      item.command = 'figureCheck.checkDocument';
    }
    item.show();
  };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('figureCheck') && update()),
    cache.onDidCheck(({ document }) => {
      if (vscode.window.activeTextEditor?.document === document) update();
    }),
  ];
  update();
  const disposable = vscode.Disposable.from(...subscriptions);
  return { item, dispose: () => disposable.dispose() };
}

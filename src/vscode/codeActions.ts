// Quick fixes on figures: replace with the sourced figure, update an outdated one, cite the source,
// ignore, and add an unsourced figure to the writer's own dataset. All edits are WorkspaceEdits
// (undo works); the edit computation lives in quickFixEdits.ts.
import * as vscode from 'vscode';
import type { CheckedClaim, Lang } from '../core/types';
import type { DocumentCheckCache } from './checkCache';
import { settingsFor } from './checkCache';
import { claimRange, DIAGNOSTIC_SOURCE } from './diagnostics';
import { figureInWritersStyle } from './engine';
import {
  citationEdits,
  disableBlockEdits,
  ignoreNextLineEdit,
  replaceFigureEdit,
  replacementRecord,
  type OffsetEdit,
} from './quickFixEdits';

export const ADD_TO_DATASET_COMMAND = 'figureCheck.addToDataset';

export function workspaceEditFrom(document: vscode.TextDocument, edits: readonly OffsetEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  }
  return edit;
}

function quickFix(title: string, diagnostics: vscode.Diagnostic[], preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  action.isPreferred = preferred;
  return action;
}

/** The code actions for one claim, in the order the light bulb shows them. */
export function actionsForClaim(
  document: vscode.TextDocument,
  claim: CheckedClaim,
  lang: Lang,
  diagnostics: vscode.Diagnostic[],
): vscode.CodeAction[] {
  const text = document.getText();
  const actions: vscode.CodeAction[] = [];
  const record = replacementRecord(claim);
  if (record && record.unit === claim.unit) {
    const figure = figureInWritersStyle(record.value, record.unit, claim.text, lang);
    const edit = replaceFigureEdit(claim, figure);
    if (edit) {
      const title =
        claim.verdict === 'outdated'
          ? vscode.l10n.t('Update to the newest figure: {0} ({1}, {2})', figure, record.source.publisher, record.source.date ?? '')
          : vscode.l10n.t('Replace with the sourced figure: {0} ({1})', figure, record.source.publisher);
      const action = quickFix(title, diagnostics, true);
      action.edit = workspaceEditFrom(document, [edit]);
      actions.push(action);
    }
  }
  const citeRecord = claim.verdict === 'supported' ? claim.record : undefined;
  if (citeRecord && !claim.citation) {
    const action = quickFix(vscode.l10n.t('Add a citation footnote: {0}', citeRecord.source.publisher), diagnostics);
    action.edit = workspaceEditFrom(document, citationEdits(text, claim, citeRecord, lang === 'ja' ? '日付なし' : 'undated'));
    actions.push(action);
  }
  if (claim.verdict === 'unsourced' && vscode.workspace.workspaceFolders?.length) {
    const action = quickFix(vscode.l10n.t('Add this figure to my dataset…'), diagnostics);
    action.command = { command: ADD_TO_DATASET_COMMAND, title: action.title, arguments: [document.uri, claim.id, document.version] };
    actions.push(action);
  }
  if (claim.severity && claim.verdict !== 'ignored') {
    const ignore = quickFix(vscode.l10n.t('Ignore this line (figure-check-ignore-next-line)'), diagnostics);
    ignore.edit = workspaceEditFrom(document, [ignoreNextLineEdit(text, claim)]);
    actions.push(ignore);
    const block = quickFix(vscode.l10n.t('Disable Figure Check for this paragraph'), diagnostics);
    block.edit = workspaceEditFrom(document, disableBlockEdits(text, claim));
    actions.push(block);
  }
  return actions;
}

export function registerCodeActionSupport(selector: vscode.DocumentSelector, cache: DocumentCheckCache): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(document, range, context) {
        if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return undefined;
        const result = cache.result(document, settingsFor(document.uri).run !== 'manual');
        if (!result) return undefined;
        const start = document.offsetAt(range.start);
        const end = document.offsetAt(range.end);
        const actions: vscode.CodeAction[] = [];
        for (const claim of result.claims) {
          if (claim.end < start || claim.start > end) continue;
          const cRange = claimRange(claim);
          const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.intersection(cRange));
          actions.push(...actionsForClaim(document, claim, result.lang, diagnostics));
        }
        return actions;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

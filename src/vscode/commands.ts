// The commands: check document, check workspace, report, open dataset, toggle, check once anyway,
// and the internal "add to my dataset" behind a quick fix.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import { settingsFor, type DocumentCheckCache } from './checkCache';
import { ADD_TO_DATASET_COMMAND } from './codeActions';
import { addClaimToDataset } from './addToDataset';
import { diagnosticsFor, isMarkdown, type DiagnosticsManager } from './diagnostics';
import { runCheck, newDocumentCache, summaryText } from './engine';
import type { ReportPanel } from './reportPanel';
import { checkOptionsFor } from './settings';
import { markdownExcludeGlob } from './workspaceFiles';
import type { WorkspaceDatasets } from './workspaceDatasets';

export interface CommandServices {
  cache: DocumentCheckCache;
  diagnostics: DiagnosticsManager;
  datasets: WorkspaceDatasets;
  report: ReportPanel;
  extensionUri: vscode.Uri;
  readme: vscode.Uri;
  /** Workspace memory (the dataset file "Add to my dataset" wrote to last). */
  state?: vscode.Memento;
}

/** The markdown document the command is about: the argument, else the active editor's. */
async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor;
  if (editor && isMarkdown(editor.document)) return editor.document;
  const visible = vscode.window.visibleTextEditors.find((e) => isMarkdown(e.document));
  if (visible) return visible.document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check: open a markdown document first.'));
  return undefined;
}

export function registerCommands(s: CommandServices): vscode.Disposable {
  const register = vscode.commands.registerCommand;
  return vscode.Disposable.from(
    register('figureCheck.checkDocument', async (arg?: unknown) => {
      const document = await targetDocument(arg);
      if (!document) return undefined;
      await s.datasets.ready;
      const outcome = s.diagnostics.checkNow(document);
      if (outcome.kind === 'disabled') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check is off for this workspace (Figure Check: Toggle turns it on).'));
        return undefined;
      }
      if (outcome.kind === 'failed') {
        void vscode.window.showErrorMessage(vscode.l10n.t('Figure Check could not check this document: {0}', outcome.error));
        return undefined;
      }
      if (outcome.kind === 'too-large') {
        const once = vscode.l10n.t('Check once anyway');
        const choice = await vscode.window.showWarningMessage(
          vscode.l10n.t('This document is over figureCheck.maxFileSize ({0} characters).', outcome.limit),
          once,
        );
        if (choice === once) return vscode.commands.executeCommand('figureCheck.checkOnceAnyway', document.uri);
        return undefined;
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check: {0}', summaryText(outcome.result, outcome.result.lang)));
      return outcome.result;
    }),

    register('figureCheck.checkOnceAnyway', async (arg?: unknown) => {
      const document = await targetDocument(arg);
      if (!document) return undefined;
      const outcome = s.cache.checkOnceAnyway(document);
      if (outcome.kind !== 'checked') return undefined;
      void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check: {0}', summaryText(outcome.result, outcome.result.lang)));
      return outcome.result;
    }),

    register('figureCheck.checkWorkspace', () => checkWorkspace(s)),

    register('figureCheck.showReport', async (arg?: unknown) => {
      const document = await targetDocument(arg);
      if (!document) return undefined;
      let outcome = s.cache.get(document);
      if (outcome.kind === 'too-large') outcome = s.cache.checkOnceAnyway(document);
      if (outcome.kind !== 'checked') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check is off for this workspace (Figure Check: Toggle turns it on).'));
        return undefined;
      }
      s.report.show(document, outcome.result);
      return outcome.result.claims.length;
    }),

    // An argument ('bundled' or a user file's name) opens that dataset without asking.
    register('figureCheck.openDataset', async (which?: unknown) => {
      const bundled = vscode.Uri.joinPath(s.extensionUri, 'data', 'figures.json');
      const items: (vscode.QuickPickItem & { uri: vscode.Uri })[] = [
        { label: vscode.l10n.t('Bundled dataset'), description: s.datasets.dataset.version, uri: bundled },
        ...s.datasets.userFiles.map((f) => ({ label: f.name, description: vscode.l10n.t('your dataset'), uri: f.uri })),
      ];
      const named = which === 'bundled' ? items[0] : items.find((i) => typeof which === 'string' && i.label === which);
      const pick = named ?? (items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which dataset?') }));
      if (!pick) return undefined;
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pick.uri), { preview: false });
      return pick.uri.toString();
    }),

    register('figureCheck.toggle', async () => {
      const config = vscode.workspace.getConfiguration('figureCheck');
      const enabled = settingsFor(undefined).enable;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config.update('enable', !enabled, target);
      void vscode.window.showInformationMessage(
        !enabled ? vscode.l10n.t('Figure Check is on for this workspace.') : vscode.l10n.t('Figure Check is off for this workspace.'),
      );
      return !enabled;
    }),

    // The walkthrough's first step: a short example draft as an untitled document (nothing saved).
    register('figureCheck.openExample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(s.extensionUri, 'media', 'walkthrough', 'example-draft.md'));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder('utf-8').decode(bytes) });
      await vscode.window.showTextDocument(document, { preview: false });
      return document.uri.toString();
    }),

    register(ADD_TO_DATASET_COMMAND, (uri: vscode.Uri, claimId: string, version: number) =>
      addClaimToDataset(s.cache, s.datasets, uri, claimId, version, s.state),
    ),
  );
}

/** Checks every markdown file of the workspace (files.exclude and search.exclude respected). */
async function checkWorkspace(s: CommandServices): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Figure Check: open a folder to check a workspace.'));
    return 0;
  }
  await s.datasets.ready;
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', markdownExcludeGlob());
  let checkedFiles = 0;
  let flagged = 0;
  let figures = 0;
  const cancelled = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Figure Check: checking the workspace'), cancellable: true },
    async (progress, token) => {
      for (const uri of files) {
        if (token.isCancellationRequested) return true;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const result = await checkFile(s, uri);
        if (!result) continue;
        checkedFiles++;
        figures += result.claims.length;
        const diagnostics = diagnosticsFor(result.claims, s.readme);
        flagged += diagnostics.length;
        s.diagnostics.collection.set(uri, diagnostics);
        s.diagnostics.workspaceChecked.add(uri.toString());
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the UI and cancellation breathe
      }
      return false;
    },
  );
  const summary = vscode.l10n.t('Figure Check: {0} files, {1} figures, {2} flagged.', checkedFiles, figures, flagged);
  void vscode.window.showInformationMessage(cancelled ? vscode.l10n.t('{0} (cancelled)', summary) : summary);
  if (flagged) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return checkedFiles;
}

/** An open document goes through the cache; a closed file is read and checked once, not opened. */
async function checkFile(s: CommandServices, uri: vscode.Uri): Promise<CheckResult | undefined> {
  const settings = settingsFor(uri);
  if (!settings.enable) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const outcome = s.cache.get(open);
    return outcome.kind === 'checked' ? outcome.result : undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
  if (text.length > settings.maxFileSize) return undefined;
  return runCheck(text, s.datasets.dataset, checkOptionsFor(settings, newDocumentCache()));
}

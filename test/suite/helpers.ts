// Shared helpers for the extension-host suite: the extension's API, scratch files in the workspace,
// and polling for results that arrive asynchronously (debounced checks, dataset reloads).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FigureCheckApi } from '../../src/vscode/activate';

export const EXTENSION_ID = 'figure-check.figure-check';
/** Scratch folder inside the opened workspace; removed after each group of tests. */
export const SCRATCH = 'fc-suite-scratch';

export function extensionRoot(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.extensionPath;
}

export async function api(): Promise<FigureCheckApi> {
  const ext = vscode.extensions.getExtension<FigureCheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const exported = await ext.activate();
  assert.ok(exported?.cache, 'activate() returns the services');
  return exported;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder: open one (the launcher passes ?folder=…)');
  return folder;
}

export function scratchUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, SCRATCH, name);
}

export async function writeScratch(name: string, text: string): Promise<vscode.Uri> {
  const uri = scratchUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeScratch(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  try {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, SCRATCH), { recursive: true, useTrash: false });
  } catch {
    // already gone
  }
}

/** Opens a scratch markdown file in an editor. */
export async function openDraft(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = await writeScratch(name, text);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns a truthy value, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function figureCheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Figure Check');
}

export async function diagnosticsSettled(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const d = figureCheckDiagnostics(uri);
    return predicate(d) ? d : undefined;
  });
}

/** The position just inside the n-th occurrence of `figure`. */
export function positionOf(document: vscode.TextDocument, figure: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = document.getText().indexOf(figure, at + 1);
  assert.ok(at >= 0, `${figure} not in document`);
  return document.positionAt(at + 1);
}

export function rangeOf(document: vscode.TextDocument, figure: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, figure, occurrence).translate(0, -1);
  return new vscode.Range(start, start.translate(0, figure.length));
}

export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; contents: vscode.MarkdownString[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  // Hovers come back as MarkdownString-like objects (after crossing the extension-host boundary).
  const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && typeof (c as { value?: unknown }).value === 'string');
  return { text: contents.map((c) => c.value).join('\n'), contents };
}

export async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

/** Sets a figureCheck setting for the workspace; returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('figureCheck');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('figureCheck').update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}

/** The English draft the suite checks: each line is known to the bundled dataset (see its records). */
export const ENGLISH_DRAFT = [
  "# OpenAI's money",
  '',
  'OpenAI told investors it could burn $115 billion through 2029.',
  '',
  'OpenAI told investors it could burn $150 billion through 2029.',
  '',
  'Microsoft holds a 49% stake in OpenAI.',
  '',
  'OpenAI expects to burn $17 billion in 2026.',
  '',
  'Perplexity has 7,000 employees.',
  '',
].join('\n');

export const JAPANESE_DRAFT = ['# OpenAIの資金', '', 'OpenAIは2029年までに1150億ドルの現金を燃やす可能性があると投資家に伝えた。', '', 'OpenAIは2029年までに1500億ドルの現金を燃やす可能性があると投資家に伝えた。', ''].join('\n');

// Squiggles: one diagnostic per flagged figure, refreshed on open, on change (debounced) and on
// save according to `figureCheck.run`. Publishing listens to the cache, so a check started by a
// hover or a command updates the Problems panel too.
import * as vscode from 'vscode';
import type { CheckedClaim, Severity } from '../core/types';
import { settingsFor, type CheckOutcome, type DocumentCheckCache } from './checkCache';
import { TypingGuard } from './typingGuard';
import { verdictDocTarget } from './verdictDocs';

const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'Figure Check';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown';
}

export function claimRange(claim: CheckedClaim): vscode.Range {
  return new vscode.Range(claim.line, claim.character, claim.endLine, claim.endCharacter);
}

export function diagnosticsFor(claims: readonly CheckedClaim[], readme: vscode.Uri): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const claim of claims) {
    if (!claim.severity || claim.verdict === 'ignored') continue;
    const d = new vscode.Diagnostic(claimRange(claim), claim.message, SEVERITY[claim.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: claim.verdict, target: verdictDocTarget(readme, claim.verdict) };
    out.push(d);
  }
  return out;
}

export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('figure-check');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Files checked by "Check Workspace": their problems stay when the editor closes. */
  readonly workspaceChecked = new Set<string>();
  /** Holds back the figure being typed at the cursor until the word ends or the pause is longer. */
  private readonly typing = new TypingGuard((uri) => this.republish(uri));

  constructor(
    private readonly cache: DocumentCheckCache,
    private readonly readme: vscode.Uri,
  ) {
    this.disposables.push(
      this.typing,
      this.collection,
      cache.onDidCheck(({ document, outcome }) => this.publish(document.uri, outcome)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
    );
  }

  publish(uri: vscode.Uri, outcome: CheckOutcome): void {
    if (outcome.kind === 'checked') this.collection.set(uri, diagnosticsFor(this.typing.visibleClaims(uri, outcome.result.claims), this.readme));
    else this.collection.delete(uri); // too large or switched off: stale squiggles would mislead
  }

  private republish(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const outcome = document && this.cache.peek(document);
    if (outcome) this.publish(uri, outcome);
  }

  /** Checks every open markdown document whose run mode allows automatic checks. */
  checkOpenDocuments(): void {
    for (const d of vscode.workspace.textDocuments) if (isMarkdown(d) && settingsFor(d.uri).run !== 'manual') this.cache.get(d);
  }

  checkNow(document: vscode.TextDocument): CheckOutcome {
    this.cancel(document.uri);
    return this.cache.get(document);
  }

  clearAll(): void {
    this.collection.clear();
    this.workspaceChecked.clear();
  }

  private onOpen(document: vscode.TextDocument): void {
    if (isMarkdown(document) && settingsFor(document.uri).run !== 'manual') this.schedule(document, 0);
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (!isMarkdown(document) || event.contentChanges.length === 0) return;
    const run = settingsFor(document.uri).run;
    // onSave/manual: the editor moves existing squiggles with the text until the next check.
    if (run === 'onType') this.schedule(document, DEBOUNCE_MS);
  }

  private onSave(document: vscode.TextDocument): void {
    if (isMarkdown(document) && settingsFor(document.uri).run !== 'manual') this.checkNow(document);
  }

  private onClose(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    this.cache.drop(document.uri);
    if (!this.workspaceChecked.has(document.uri.toString())) this.collection.delete(document.uri);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    this.cancel(document.uri);
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.cache.get(document);
      }, delay),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

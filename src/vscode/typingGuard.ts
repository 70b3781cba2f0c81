// Do not flag the figure being typed (issue 16): "$1" on the way to "$1.4 trillion" is not a claim
// yet. As spell checkers do, a figure that touches a cursor right after an edit is held back until
// the word ends (the writer types a space or punctuation, or moves away) or the pause is longer.
import * as vscode from 'vscode';
import type { CheckedClaim } from '../core/types';
import { claimsNotBeingTyped, TYPING_PAUSE_MS } from './typingRule';

/** Tracks recent edits per document and asks for a re-publish when a held-back figure may show. */
export class TypingGuard implements vscode.Disposable {
  private readonly lastEdit = new Map<string, number>();
  private readonly held = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly republish: (uri: vscode.Uri) => void) {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.lastEdit.set(e.document.uri.toString(), Date.now());
      }),
      // Moving the cursor away ends the word: show what was held back at once.
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const key = e.textEditor.document.uri.toString();
        const moved = e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse;
        if (this.held.has(key) && moved) this.release(e.textEditor.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())),
    ];
  }

  /** The claims to publish now for `uri`; schedules a re-publish if one was held back. */
  visibleClaims(uri: vscode.Uri, claims: readonly CheckedClaim[]): CheckedClaim[] {
    const key = uri.toString();
    const since = Date.now() - (this.lastEdit.get(key) ?? 0);
    if (since >= TYPING_PAUSE_MS) {
      this.held.delete(key);
      return [...claims];
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const cursors = editor ? editor.selections.map((s) => editor.document.offsetAt(s.active)) : [];
    const shown = claimsNotBeingTyped(claims, cursors);
    if (shown.length === claims.length) {
      this.held.delete(key);
      return shown;
    }
    this.held.add(key);
    this.schedule(uri, TYPING_PAUSE_MS - since);
    return shown;
  }

  private release(uri: vscode.Uri): void {
    this.lastEdit.delete(uri.toString());
    this.held.delete(uri.toString());
    this.republish(uri);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    const key = uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.held.has(key)) this.republish(uri);
      }, Math.max(0, delay) + 20),
    );
  }

  private forget(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.held.delete(key);
    this.lastEdit.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

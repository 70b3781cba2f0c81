// The report webview: every figure of one document with its verdict and source, a filter by
// verdict, click-to-reveal, and "export as markdown" (into a new untitled document, nothing saved).
import * as vscode from 'vscode';
import type { CheckResult } from '../core/types';
import type { DocumentCheckCache } from './checkCache';
import { displayFigure, summaryText } from './engine';
import { reportHtml, reportMarkdown, reportRows, type ReportStrings } from './reportModel';

function reportStrings(): ReportStrings {
  return {
    title: vscode.l10n.t('Figure Check report'),
    figure: vscode.l10n.t('Figure'),
    verdict: vscode.l10n.t('Verdict'),
    sourced: vscode.l10n.t('Sourced value'),
    source: vscode.l10n.t('Source'),
    line: vscode.l10n.t('Line'),
    all: vscode.l10n.t('All'),
    exportMarkdown: vscode.l10n.t('Export as markdown'),
    empty: vscode.l10n.t('No figures found in this document.'),
  };
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function documentName(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri);
}

export class ReportPanel implements vscode.Disposable {
  static readonly viewType = 'figureCheck.report';
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private result: CheckResult | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    cache: DocumentCheckCache,
  ) {
    this.disposables.push(
      cache.onDidCheck(({ document, outcome }) => {
        if (this.panel && document === this.document && outcome.kind === 'checked') this.render(outcome.result);
      }),
    );
  }

  /** The document the report shows (tests read this). */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.panel ? this.document : undefined;
  }

  show(document: vscode.TextDocument, result: CheckResult): void {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        ReportPanel.viewType,
        vscode.l10n.t('Figure Check report'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')], retainContextWhenHidden: false },
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.disposables);
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m), null, this.disposables);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.render(result);
  }

  private render(result: CheckResult): void {
    if (!this.panel || !this.document) return;
    this.result = result;
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    this.panel.title = `${vscode.l10n.t('Figures')}: ${documentName(this.document.uri).split('/').pop()}`;
    webview.html = reportHtml({
      documentName: documentName(this.document.uri),
      rows: reportRows(result.claims, result.lang, displayFigure),
      counts: result.counts,
      strings: reportStrings(),
      lang: result.lang,
      cspSource: webview.cspSource,
      nonce: nonce(),
      styleUri: media('report.css'),
      scriptUri: media('report.js'),
    });
  }

  /** Messages from media/report.js; anything else is ignored. */
  private async onMessage(message: unknown): Promise<void> {
    if (!message || typeof message !== 'object' || !this.document) return;
    const m = message as { type?: unknown; start?: unknown; end?: unknown };
    if (m.type === 'reveal' && typeof m.start === 'number' && typeof m.end === 'number') {
      const doc = this.document;
      const start = doc.positionAt(Math.max(0, Math.min(m.start, doc.getText().length)));
      const end = doc.positionAt(Math.max(0, Math.min(m.end, doc.getText().length)));
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
      editor.selection = new vscode.Selection(start, end);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (m.type === 'export' && this.result) {
      await this.exportMarkdown(this.document, this.result);
    }
  }

  async exportMarkdown(document: vscode.TextDocument, result: CheckResult): Promise<vscode.TextDocument> {
    const content = reportMarkdown(documentName(document.uri), reportRows(result.claims, result.lang, displayFigure), reportStrings(), summaryText(result, result.lang));
    const exported = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(exported, { viewColumn: vscode.ViewColumn.Active });
    return exported;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

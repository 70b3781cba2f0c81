// Hover cards for every claim, flagged or not, read from the check cache.
import * as vscode from 'vscode';
import type { DocumentCheckCache } from './checkCache';
import { settingsFor } from './checkCache';
import { claimRange } from './diagnostics';
import { displayFigure } from './engine';
import { buildHoverMarkdown } from './hoverContent';
import type { WorkspaceDatasets } from './workspaceDatasets';

/** An untrusted MarkdownString: no command links, no HTML, no theme icons from data. */
export function untrustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function registerHoverSupport(
  selector: vscode.DocumentSelector,
  cache: DocumentCheckCache,
  datasets: WorkspaceDatasets,
): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover(document, position) {
      const allowCheck = settingsFor(document.uri).run !== 'manual';
      const result = cache.result(document, allowCheck);
      if (!result) return undefined;
      const offset = document.offsetAt(position);
      const claim = result.claims.find((c) => c.start <= offset && offset <= c.end);
      if (!claim) return undefined;
      const markdown = buildHoverMarkdown(claim, {
        lang: result.lang, // the document's language, so a Japanese draft gets a Japanese card
        dataset: datasets.dataset,
        formatValue: displayFigure,
      });
      return new vscode.Hover(untrustedMarkdown(markdown), claimRange(claim));
    },
  });
}

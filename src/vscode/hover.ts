// Hover cards for every claim, flagged or not, read from the check cache.
import * as vscode from 'vscode';
import type { Dataset } from '../core/types';
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

const asOfByDataset = new WeakMap<Dataset, string | undefined>();

/**
 * The date the bundled data is current to: the file's `asOf` when the loader passes it on, else the
 * newest source date among the bundled records (what `asOf` is defined as). Once per dataset.
 */
export function bundledAsOf(dataset: Dataset): string | undefined {
  const given = (dataset as Dataset & { asOf?: unknown }).asOf;
  if (typeof given === 'string') return given;
  if (!asOfByDataset.has(dataset)) {
    let newest: string | undefined;
    for (const r of dataset.records) {
      const date = r.origin === 'bundled' ? r.source.date : null;
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!newest || date > newest)) newest = date;
    }
    asOfByDataset.set(dataset, newest);
  }
  return asOfByDataset.get(dataset);
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
        dataset: { ...pickLookups(datasets.dataset), asOf: bundledAsOf(datasets.dataset) },
        formatValue: displayFigure,
        documentDate: result.documentDate,
      });
      return new vscode.Hover(untrustedMarkdown(markdown), claimRange(claim));
    },
  });
}

function pickLookups(dataset: Dataset): Pick<Dataset, 'entityById' | 'metricById' | 'version'> {
  return { entityById: dataset.entityById, metricById: dataset.metricById, version: dataset.version };
}

// DocumentCheckCache: one check per document version, shared by diagnostics, hover, code actions,
// the status bar and the report. Each document keeps the core's incremental cache, so an edit
// re-reads only the blocks that changed; closing a document drops its state.
import * as vscode from 'vscode';
import type { CheckResult, Dataset } from '../core/types';
import { newDocumentCache, runCheck } from './engine';
import { checkOptionsFor, readSettings, type FigureCheckSettings } from './settings';

export type CheckOutcome =
  | { kind: 'checked'; version: number; result: CheckResult; dataset: Dataset }
  | { kind: 'too-large'; version: number; size: number; limit: number }
  | { kind: 'disabled' }
  /** The engine threw: nothing is shown as checked (a wrong "no figures" would be a lie). */
  | { kind: 'failed'; version: number; error: string };

interface Entry {
  version: number;
  outcome: CheckOutcome;
  coreCache: unknown;
  /** The dataset the core cache was filled with: a new dataset needs a fresh core cache. */
  dataset: Dataset;
}

export function settingsFor(uri: vscode.Uri | undefined): FigureCheckSettings {
  const config = vscode.workspace.getConfiguration('figureCheck', uri);
  return readSettings((key) => config.get(key));
}

export class DocumentCheckCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly forcedVersions = new Map<string, number>();
  private readonly didCheck = new vscode.EventEmitter<{ document: vscode.TextDocument; outcome: CheckOutcome }>();
  /** Fires after every new check (not on cache hits). */
  readonly onDidCheck = this.didCheck.event;

  constructor(private readonly currentDataset: () => Dataset) {}

  /** The outcome for the document's current version, checking it only if this version is new. */
  get(document: vscode.TextDocument): CheckOutcome {
    const key = document.uri.toString();
    const dataset = this.currentDataset();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version && entry.dataset === dataset) return entry.outcome;

    const settings = settingsFor(document.uri);
    let outcome: CheckOutcome;
    const coreCache = entry && entry.dataset === dataset ? entry.coreCache : newDocumentCache();
    if (!settings.enable) {
      outcome = { kind: 'disabled' };
    } else {
      const text = document.getText();
      const forced = this.forcedVersions.get(key) === document.version;
      if (text.length > settings.maxFileSize && !forced) {
        outcome = { kind: 'too-large', version: document.version, size: text.length, limit: settings.maxFileSize };
      } else {
        try {
          const result = runCheck(text, dataset, checkOptionsFor(settings, coreCache));
          outcome = { kind: 'checked', version: document.version, result, dataset };
        } catch (err) {
          console.error(`[figure-check] check failed for ${document.uri.toString()}`, err);
          outcome = { kind: 'failed', version: document.version, error: err instanceof Error ? err.message : String(err) };
        }
      }
    }
    this.entries.set(key, { version: document.version, outcome, coreCache, dataset });
    this.didCheck.fire({ document, outcome });
    return outcome;
  }

  /** The last outcome computed for the document's current version, without checking. */
  peek(document: vscode.TextDocument): CheckOutcome | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version && entry.dataset === this.currentDataset() ? entry.outcome : undefined;
  }

  /** The last outcome computed for the document, whatever its version. */
  last(document: vscode.TextDocument): CheckOutcome | undefined {
    return this.entries.get(document.uri.toString())?.outcome;
  }

  /** The claims of the current version, if checked (hover and code actions read this). */
  result(document: vscode.TextDocument, allowCheck: boolean): CheckResult | undefined {
    const outcome = allowCheck ? this.get(document) : this.peek(document);
    return outcome?.kind === 'checked' ? outcome.result : undefined;
  }

  /** Lets the current version be checked once even though it is over `figureCheck.maxFileSize`. */
  checkOnceAnyway(document: vscode.TextDocument): CheckOutcome {
    this.forcedVersions.set(document.uri.toString(), document.version);
    this.entries.delete(document.uri.toString());
    return this.get(document);
  }

  /** Forgets every result (settings changed): the next get() checks again. */
  invalidateAll(): void {
    this.entries.clear();
  }

  drop(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.forcedVersions.delete(uri.toString());
  }

  dispose(): void {
    this.entries.clear();
    this.didCheck.dispose();
  }
}

// activateShared: everything both entry points (Node and browser) do. Each feature registers
// itself and returns a Disposable; the services below are the only shared state.
import * as vscode from 'vscode';
import { DocumentCheckCache } from './checkCache';
import { registerCodeActionSupport } from './codeActions';
import { registerCommands } from './commands';
import { DiagnosticsManager } from './diagnostics';
import { registerHoverSupport } from './hover';
import type { Platform } from './platform';
import { ReportPanel } from './reportPanel';
import { registerStatusBarSupport, type StatusBarSupport } from './statusBar';
import { VERDICT_DOC_PATH } from './verdictDocs';
import { WorkspaceDatasets } from './workspaceDatasets';

/** Markdown in files, untitled buffers and virtual file systems alike. */
export const MARKDOWN_SELECTOR: vscode.DocumentSelector = { language: 'markdown' };

/** How long the first checks wait for workspace datasets before going ahead with the bundled ones. */
const FIRST_CHECK_WAIT_MS = 1500;

/** What the extension hands to its tests: the live services (the API is internal, not for others). */
export interface FigureCheckApi {
  cache: DocumentCheckCache;
  datasets: WorkspaceDatasets;
  diagnostics: DiagnosticsManager;
  report: ReportPanel;
  status: StatusBarSupport;
}

export function activateShared(context: vscode.ExtensionContext, platform: Platform): FigureCheckApi {
  // Diagnostic codes link here (media/verdicts.md: a name the packager keeps as is).
  const readme = vscode.Uri.joinPath(context.extensionUri, ...VERDICT_DOC_PATH);
  const datasets = new WorkspaceDatasets(platform);
  const cache = new DocumentCheckCache(() => datasets.dataset);
  const diagnostics = new DiagnosticsManager(cache, readme);
  const report = new ReportPanel(context.extensionUri, cache);
  const status = registerStatusBarSupport(cache);

  context.subscriptions.push(
    datasets,
    cache,
    diagnostics,
    report,
    registerHoverSupport(MARKDOWN_SELECTOR, cache, datasets),
    registerCodeActionSupport(MARKDOWN_SELECTOR, cache),
    status,
    registerCommands({ cache, diagnostics, datasets, report, extensionUri: context.extensionUri, readme, state: context.workspaceState }),
    // A new dataset changes verdicts: the cache notices (results are keyed by dataset), re-check.
    datasets.onDidChange(() => diagnostics.checkOpenDocuments()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('figureCheck')) return;
      cache.invalidateAll();
      if (!vscode.workspace.getConfiguration('figureCheck').get('enable', true)) diagnostics.clearAll();
      diagnostics.checkOpenDocuments();
    }),
  );

  const firstWait = new Promise<void>((resolve) => setTimeout(resolve, FIRST_CHECK_WAIT_MS));
  void Promise.race([datasets.ready, firstWait]).then(() => diagnostics.checkOpenDocuments());
  return { cache, datasets, diagnostics, report, status };
}

// What differs between the Node (desktop, code-server) and the browser (vscode.dev) entry points.
// Only file-system conveniences: everything else is shared through activateShared.
import type * as vscode from 'vscode';

export interface Platform {
  kind: 'node' | 'web';
  /** The URI of a path from `figureCheck.datasets`: absolute, `~/…` (Node only) or folder-relative. */
  resolveDatasetPath(path: string, folder: vscode.WorkspaceFolder | undefined): vscode.Uri | undefined;
}

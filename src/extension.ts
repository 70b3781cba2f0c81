// Node entry (desktop VS Code, code-server): the shared activation plus file-system conveniences
// for `figureCheck.datasets` paths (absolute paths and `~/`).
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateShared, type FigureCheckApi } from './vscode/activate';
import type { Platform } from './vscode/platform';

const nodePlatform: Platform = {
  kind: 'node',
  resolveDatasetPath(p, folder) {
    const trimmed = p.trim();
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(trimmed)) return vscode.Uri.parse(trimmed);
    const expanded = trimmed === '~' || trimmed.startsWith('~/') ? path.join(os.homedir(), trimmed.slice(1)) : trimmed;
    if (path.isAbsolute(expanded)) return vscode.Uri.file(expanded);
    return folder ? vscode.Uri.joinPath(folder.uri, expanded) : undefined;
  },
};

export function activate(context: vscode.ExtensionContext): FigureCheckApi {
  return activateShared(context, nodePlatform);
}

export function deactivate(): void {}

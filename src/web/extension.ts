// Browser entry (vscode.dev, web workers): the shared activation; dataset paths are URIs or
// folder-relative, since there is no local file system to name.
import * as vscode from 'vscode';
import { activateShared, type FigureCheckApi } from '../vscode/activate';
import type { Platform } from '../vscode/platform';

const webPlatform: Platform = {
  kind: 'web',
  resolveDatasetPath(p, folder) {
    const trimmed = p.trim();
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(trimmed)) return vscode.Uri.parse(trimmed);
    return folder ? vscode.Uri.joinPath(folder.uri, trimmed.replace(/^\/+/, '')) : undefined;
  },
};

export function activate(context: vscode.ExtensionContext): FigureCheckApi {
  return activateShared(context, webPlatform);
}

export function deactivate(): void {}

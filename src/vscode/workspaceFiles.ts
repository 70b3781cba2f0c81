// Which markdown files "Check Workspace" reads. findFiles applies files.exclude only when given no
// exclude glob; passing one replaces it, so both settings are merged into one glob here.
import * as vscode from 'vscode';
import { excludeGlobFrom } from './excludeGlob';

export function markdownExcludeGlob(): string | undefined {
  const files = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const search = vscode.workspace.getConfiguration('search').get<Record<string, unknown>>('exclude') ?? {};
  return excludeGlobFrom(files, search);
}

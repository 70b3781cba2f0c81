// "Add this figure to my dataset": appends a record drafted from the claim to the workspace's first
// `*.figures.json` (or creates `my.figures.json`) through one WorkspaceEdit, then shows it.
import * as vscode from 'vscode';
import type { DocumentCheckCache } from './checkCache';
import { appendRecordEdits, DEFAULT_DATASET_FILE, draftRecordFromClaim, emptyDatasetText, offsetOfRecordId, recordIdsIn } from './datasetDraft';
import type { WorkspaceDatasets } from './workspaceDatasets';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The dataset file to write to: the first workspace `*.figures.json`, else `<folder>/my.figures.json`. */
function targetDatasetUri(datasets: WorkspaceDatasets): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const inWorkspace = datasets.userFiles.find((f) => vscode.workspace.getWorkspaceFolder(f.uri));
  if (inWorkspace) return inWorkspace.uri;
  return folder ? vscode.Uri.joinPath(folder.uri, DEFAULT_DATASET_FILE) : undefined;
}

export async function addClaimToDataset(
  cache: DocumentCheckCache,
  datasets: WorkspaceDatasets,
  documentUri: vscode.Uri,
  claimId: string,
  version: number,
): Promise<vscode.Uri | undefined> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri.toString());
  const result = document && document.version === version ? cache.result(document, true) : undefined;
  const claim = result?.claims.find((c) => c.id === claimId);
  const target = targetDatasetUri(datasets);
  if (!document || !claim || !target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Figure Check: the document changed; run the quick fix again.'));
    return undefined;
  }
  const existing = await readText(target);
  const today = new Date().toISOString().slice(0, 10);
  const base = existing === undefined || existing.trim() === '' ? emptyDatasetText(today) : existing;
  const sentence = document.getText().slice(claim.sentence.start, claim.sentence.end);
  const record = draftRecordFromClaim(claim, sentence, recordIdsIn(base));
  const edits = appendRecordEdits(base, record);
  if (!edits) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Figure Check: {0} is not a JSON object with a "records" list; nothing was changed.', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  if (existing === undefined) {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), applyAll(base, edits));
  } else if (existing.trim() === '') {
    edit.replace(target, new vscode.Range(0, 0, Number.MAX_SAFE_INTEGER, 0), applyAll(base, edits));
  } else {
    const targetDoc = await vscode.workspace.openTextDocument(target);
    for (const e of edits) edit.replace(target, new vscode.Range(targetDoc.positionAt(e.start), targetDoc.positionAt(e.end)), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  const shown = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  const at = shown.document.positionAt(offsetOfRecordId(base, edits, record.id));
  shown.selection = new vscode.Selection(at, at);
  shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Figure Check: record "{0}" added. Fill in its source (publisher, title, URL, date); until then the file is reported as invalid.', record.id),
  );
  return target;
}

function applyAll(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// "Add this figure to my dataset": asks which of the workspace's `*.figures.json` files to add to
// (the one used last, then the newest; files that do not parse are marked and never written to), or
// creates `my.figures.json`, appends a record drafted from the claim through one WorkspaceEdit, and
// shows it.
import * as vscode from 'vscode';
import type { DocumentCheckCache } from './checkCache';
import {
  appendRecordEdits,
  datasetTextProblem,
  DEFAULT_DATASET_FILE,
  draftRecordFromClaim,
  emptyDatasetText,
  offsetOfRecordId,
  orderDatasetChoices,
  recordIdsIn,
  type DatasetChoice,
} from './datasetDraft';
import type { WorkspaceDatasets } from './workspaceDatasets';

/** workspaceState key: the dataset file the writer added to last (a URI string). */
export const LAST_DATASET_KEY = 'figureCheck.lastDatasetFile';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

interface FileChoice extends DatasetChoice {
  uri: vscode.Uri;
}

async function choiceFor(uri: vscode.Uri, name: string): Promise<FileChoice> {
  let modified = 0;
  try {
    modified = (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    // gone or unreadable: listed with no date; reading it below says what is wrong
  }
  const text = await readText(uri);
  const problem = text === undefined ? 'cannot be read' : text.trim() === '' ? undefined : datasetTextProblem(text);
  return { key: uri.toString(), name, modified, uri, problem };
}

type PickItem = vscode.QuickPickItem & { choice?: FileChoice; create?: vscode.Uri };

function pickItems(choices: readonly FileChoice[], lastUsed: string | undefined, newFile: vscode.Uri | undefined): PickItem[] {
  const items: PickItem[] = choices.map((c) => {
    if (c.problem !== undefined) {
      return {
        label: `$(error) ${c.name}`,
        description: vscode.l10n.t('cannot add here: {0}', c.problem),
        detail: vscode.l10n.t('Fix the file first; Figure Check never writes to a dataset that does not parse.'),
        choice: c,
      };
    }
    const when = c.modified ? new Date(c.modified).toISOString().slice(0, 16).replace('T', ' ') : '';
    return {
      label: `$(file) ${c.name}`,
      description: c.key === lastUsed ? vscode.l10n.t('last used') : when ? vscode.l10n.t('modified {0}', when) : undefined,
      choice: c,
    };
  });
  if (newFile) items.push({ label: `$(new-file) ${vscode.l10n.t('New dataset file: {0}', DEFAULT_DATASET_FILE)}`, create: newFile });
  return items;
}

/**
 * The file to write to: asks when the workspace has dataset files (a pick of one that does not parse
 * says why and asks again); creates `my.figures.json` without asking when there are none.
 */
async function chooseTarget(datasets: WorkspaceDatasets, state: vscode.Memento | undefined): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const inWorkspace = datasets.userFiles.filter((f) => vscode.workspace.getWorkspaceFolder(f.uri));
  const newFile = folder ? vscode.Uri.joinPath(folder.uri, DEFAULT_DATASET_FILE) : undefined;
  if (inWorkspace.length === 0) return newFile;
  const lastUsed = state?.get<string>(LAST_DATASET_KEY);
  const choices = orderDatasetChoices(await Promise.all(inWorkspace.map((f) => choiceFor(f.uri, f.name))), lastUsed);
  const offerNew = newFile && !choices.some((c) => c.key === newFile.toString()) ? newFile : undefined;
  for (;;) {
    const picked = await vscode.window.showQuickPick(pickItems(choices, lastUsed, offerNew), {
      title: vscode.l10n.t('Add this figure to which dataset?'),
      placeHolder: vscode.l10n.t('The record is appended with empty source fields for you to fill in'),
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    if (picked.create) return picked.create;
    if (picked.choice && picked.choice.problem === undefined) return picked.choice.uri;
    if (picked.choice) {
      // Not awaited: the promise settles only when the toast is closed; the pick comes back at once.
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Figure Check: {0} {1}; nothing was written to it. Choose another file or fix it first.', picked.choice.name, picked.choice.problem ?? ''),
      );
    }
  }
}

export async function addClaimToDataset(
  cache: DocumentCheckCache,
  datasets: WorkspaceDatasets,
  documentUri: vscode.Uri,
  claimId: string,
  version: number,
  state?: vscode.Memento,
): Promise<vscode.Uri | undefined> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri.toString());
  const result = document && document.version === version ? cache.result(document, true) : undefined;
  const claim = result?.claims.find((c) => c.id === claimId);
  if (!document || !claim) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Figure Check: the document changed; run the quick fix again.'));
    return undefined;
  }
  const target = await chooseTarget(datasets, state);
  if (!target) return undefined;
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
  await state?.update(LAST_DATASET_KEY, target.toString());
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

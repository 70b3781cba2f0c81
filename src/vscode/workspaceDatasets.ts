// The datasets in use: the bundled one, every `*.figures.json` in the workspace and the files named
// in `figureCheck.datasets`, merged by the core. Files are read as data only (workspace.fs, so it
// works on the web too); a broken file gets diagnostics at the exact spot and one notification,
// and checking goes on with everything else.
import * as vscode from 'vscode';
import type { Dataset, DatasetProblem } from '../core/types';
import { bundledOnly, MAX_USER_DATASET_BYTES, mergeWithBundled, problemsOf, type UserDatasetText } from './engine';
import type { Platform } from './platform';
import { settingsFor } from './checkCache';
import { firstErrorPerFile, noticeKey, onePerPosition } from './datasetNotices';

export const DATASET_GLOB = '**/*.figures.json';
const RELOAD_DELAY_MS = 200;
/** File watchers can miss a file created right after its folder (an inotify race, e.g. on a git
 * checkout): opening a markdown document re-lists the dataset files, at most this often. */
const RESYNC_INTERVAL_MS = 2000;

export interface UserDatasetFile {
  uri: vscode.Uri;
  /** How problems and hovers name the file: its workspace-relative path. */
  name: string;
}

export function isDatasetFileName(path: string): boolean {
  return path.endsWith('.figures.json');
}

function listOf(files: readonly UserDatasetFile[]): string {
  return files.map((f) => f.uri.toString()).join('\n');
}

export class WorkspaceDatasets implements vscode.Disposable {
  private current: Dataset = bundledOnly();
  private files: UserDatasetFile[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<Dataset>();
  private readonly problems = vscode.languages.createDiagnosticCollection('figure-check-datasets');
  /** The first problem each broken file was last notified with (file name → notice key). */
  private notified = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | undefined;
  private lastResync = 0;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  /** The file list the last reload found (present or not), to notice additions and removals. */
  private listed = '';
  readonly onDidChange = this.changed.event;
  /** Resolves after the first load (bundled data is usable before that). */
  readonly ready: Promise<void>;

  constructor(private readonly platform: Platform) {
    const watcher = vscode.workspace.createFileSystemWatcher(DATASET_GLOB);
    const later = () => this.scheduleReload();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(later),
      watcher.onDidChange(later),
      watcher.onDidDelete(later),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('figureCheck.datasets') && later()),
      vscode.workspace.onDidChangeWorkspaceFolders(later),
      vscode.workspace.onDidGrantWorkspaceTrust(later),
      // Files named in settings may live outside the watched folders: saving one reloads too.
      vscode.workspace.onDidSaveTextDocument((d) => this.isKnownOrDataset(d.uri) && later()),
      // Explorer and WorkspaceEdit file operations, reported even when the watcher drops an event.
      vscode.workspace.onDidCreateFiles((e) => e.files.some((u) => isDatasetFileName(u.path)) && later()),
      vscode.workspace.onDidDeleteFiles((e) => e.files.some((u) => this.isKnownOrDataset(u)) && later()),
      vscode.workspace.onDidRenameFiles((e) => e.files.some((f) => this.isKnownOrDataset(f.oldUri) || isDatasetFileName(f.newUri.path)) && later()),
      vscode.workspace.onDidOpenTextDocument((d) => d.languageId === 'markdown' && void this.resync()),
      this.problems,
      this.changed,
    );
    this.ready = this.reload();
  }

  get dataset(): Dataset {
    return this.current;
  }

  get userFiles(): readonly UserDatasetFile[] {
    return this.files;
  }

  /** Reloads when the files on disk differ from the ones loaded (a safety net for missed watcher events). */
  async resync(): Promise<void> {
    const wait = this.lastResync + RESYNC_INTERVAL_MS - Date.now();
    if (wait > 0) {
      // Too soon after the last one: one trailing re-listing covers every open in between.
      this.resyncTimer ??= setTimeout(() => ((this.resyncTimer = undefined), void this.resync()), wait);
      return;
    }
    this.lastResync = Date.now();
    try {
      if (listOf(await this.findFiles()) !== this.listed) this.scheduleReload();
    } catch (err) {
      console.warn('[figure-check] dataset re-listing failed', err);
    }
  }

  private isKnownOrDataset(uri: vscode.Uri): boolean {
    return isDatasetFileName(uri.path) || this.files.some((f) => f.uri.toString() === uri.toString());
  }

  scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), RELOAD_DELAY_MS);
  }

  /** Finds, reads and merges every user dataset; one reload at a time, the last one wins. */
  async reload(): Promise<void> {
    const previous = this.loading;
    const run = (async () => {
      await previous;
      const files = await this.findFiles();
      this.listed = listOf(files);
      const parsed: UserDatasetText[] = [];
      const present: UserDatasetFile[] = [];
      for (const file of files) {
        const read = await this.readOne(file);
        if (read) (parsed.push(read), present.push(file));
      }
      this.files = present;
      this.current = present.length ? mergeWithBundled(parsed) : bundledOnly();
      this.showProblems(problemsOf(this.current), present);
      this.changed.fire(this.current);
    })();
    this.loading = run.catch((err) => console.error('[figure-check] dataset reload failed', err));
    return this.loading;
  }

  private async findFiles(): Promise<UserDatasetFile[]> {
    const found = new Map<string, vscode.Uri>();
    if (vscode.workspace.workspaceFolders?.length) {
      for (const uri of await vscode.workspace.findFiles(DATASET_GLOB, undefined, 200)) found.set(uri.toString(), uri);
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    for (const path of settingsFor(folder?.uri).datasets) {
      const uri = this.platform.resolveDatasetPath(path, folder);
      if (uri) found.set(uri.toString(), uri);
    }
    return [...found.values()]
      .map((uri) => ({ uri, name: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Reads one file as text (data only); oversized files are not read, unreadable ones parse as empty. */
  private async readOne(file: UserDatasetFile): Promise<UserDatasetText | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(file.uri);
      if (stat.size > MAX_USER_DATASET_BYTES) return { name: file.name, size: stat.size };
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file.uri));
      return { name: file.name, text, size: stat.size };
    } catch (err) {
      // Deleted between finding and reading: it is simply gone. Anything else: report it as unreadable.
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      console.warn(`[figure-check] cannot read ${file.name}: ${String(err)}`);
      return { name: file.name, text: '', size: 0 };
    }
  }

  private showProblems(problems: readonly DatasetProblem[], files: readonly UserDatasetFile[]): void {
    this.problems.clear();
    const byName = new Map(files.map((f) => [f.name, f.uri]));
    const grouped = new Map<string, vscode.Diagnostic[]>();
    for (const p of onePerPosition(problems)) {
      const uri = byName.get(p.file);
      if (!uri) continue;
      const start = new vscode.Position(Math.max(0, p.line), Math.max(0, p.column));
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(start, start.translate(0, 1)),
        p.field ? `${p.message} (${p.field})` : p.message,
        p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
      );
      diagnostic.source = 'Figure Check';
      const list = grouped.get(uri.toString()) ?? [];
      list.push(diagnostic);
      grouped.set(uri.toString(), list);
    }
    for (const [uri, list] of grouped) this.problems.set(vscode.Uri.parse(uri), list);
    this.notifyOnce(problems);
  }

  /**
   * One notification per broken file, naming its own first problem; a file is notified again only
   * when that first problem changes, and forgotten once it is fixed.
   */
  private notifyOnce(problems: readonly DatasetProblem[]): void {
    const firsts = firstErrorPerFile(problems);
    const broken = new Set(firsts.map((p) => p.file));
    for (const file of [...this.notified.keys()]) if (!broken.has(file)) this.notified.delete(file);
    for (const first of firsts) {
      const key = noticeKey(first);
      if (this.notified.get(first.file) === key) continue;
      this.notified.set(first.file, key);
      const message = vscode.l10n.t(
        'Figure Check: {0} has a problem at line {1}, column {2}: {3}. Its records are left out; checking goes on with the other datasets.',
        first.file,
        first.line + 1,
        first.column + 1,
        first.message,
      );
      const show = vscode.l10n.t('Show Problems');
      void vscode.window.showWarningMessage(message, show).then((choice) => {
        if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    for (const d of this.disposables) d.dispose();
  }
}

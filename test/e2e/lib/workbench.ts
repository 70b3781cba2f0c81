// Drives the VS Code workbench served by code-server with Debian's Chromium through playwright-core.
// Selectors come from /work/shared/notes/e2e.md and were checked against VS Code 1.100.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ensureChromium } from './install';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = ensureChromium();
  // launchPersistentContext rejects a --user-data-dir argument: the profile dir is its first parameter.
  const profile = mkdtempSync(join(tmpdir(), 'figure-check-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function workbenchUrl(serverUrl: string, folder: string, payload?: [string, string][]): string {
  const query = new URLSearchParams({ folder: resolve(folder) });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query.toString()}`;
}

/** Opens the workbench on a folder and waits until the explorer shows it. */
export async function openWorkbench(page: Page, serverUrl: string, folder: string): Promise<void> {
  await page.goto(workbenchUrl(serverUrl, folder));
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** The active editor's tab label. */
function activeTab(page: Page): Locator {
  return page.locator('.editor-group-container.active .tabs-container .tab.active');
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would; retries once if it did not open. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const fileName = relativePath.split('/').pop() ?? relativePath;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    // Pick the listed row itself: Enter right after typing can accept a stale row.
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
    await row.waitFor();
    await row.click();
    try {
      await activeTab(page).filter({ hasText: fileName }).waitFor({ timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Opens the light bulb menu (Ctrl+.) at the cursor and applies the first action whose title contains `title`. */
export async function applyQuickFix(page: Page, title: string): Promise<string> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  // Right after an edit the re-check may still be running and the menu comes up empty: ask again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    try {
      await rows.first().waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
  const titles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const index = titles.findIndex((t) => t.includes(title));
  if (index < 0) throw new Error(`no quick fix "${title}" here; offered: ${titles.join(' | ')}`);
  // The menu sits under a pointer-blocking layer: choose with the keyboard, as a keyboard user does.
  for (let i = 0; i < titles.length + 2; i++) {
    const focused = (await page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label').catch(() => '')) ?? '';
    if (focused === titles[index]) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' }).catch(() => undefined);
  return titles[index];
}

/** Runs a command from the palette (Ctrl+Shift+P) by its exact title, e.g. "Figure Check: Check Document". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** Moves the cursor with "Go to Line/Column" (1-based, like the UI). */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The visible hover widget of the active editor. */
export function hoverWidget(page: Page): Locator {
  return page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ has: page.locator('.hover-contents, .hover-row') }).first();
}

/**
 * Hovers the mouse over a piece of text in the visible editor lines (or an element matched by a CSS
 * selector), and returns the hover widget once it shows. Use goToPosition first for text off-screen.
 */
export async function hoverAt(page: Page, target: string | { text: string; occurrence?: number }): Promise<Locator> {
  await page.mouse.move(5, 5); // leave any previous hover first
  await page.locator('.monaco-editor .monaco-hover:not(.hidden)').first().waitFor({ state: 'detached', timeout: 3_000 }).catch(() => undefined);
  const box = typeof target === 'string' ? await selectorCentre(page, target) : await textCentre(page, target.text, target.occurrence ?? 0);
  await page.mouse.move(box.x - 2, box.y);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  const hover = hoverWidget(page);
  await hover.waitFor({ timeout: 10_000 });
  return hover;
}

async function selectorCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`hoverAt: nothing visible matches ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Runs in the page: the screen centre of the nth occurrence of `needle` in the rendered editor lines.
 * Kept as source text because the project compiles without DOM types (src/core must not use them).
 * Monaco renders spaces as no-break spaces and splits a line into token spans, hence the text walk.
 */
const FIND_TEXT_IN_EDITOR = `(({ needle, nth }) => {
  const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
  if (!editor) return null;
  const lines = Array.from(editor.querySelectorAll('.view-line'));
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  let seen = 0;
  for (const line of lines) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const flat = nodes.map((n) => n.data).join('').replace(/\\u00a0/g, ' ');
    for (let index = flat.indexOf(needle); index >= 0; index = flat.indexOf(needle, index + 1)) {
      if (seen++ !== nth) continue;
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (index >= offset && index < end) range.setStart(node, index - offset);
        const last = index + needle.length;
        if (last > offset && last <= end) range.setEnd(node, last - offset);
        offset = end;
      }
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
})`;

async function textCentre(page: Page, text: string, occurrence: number): Promise<{ x: number; y: number }> {
  const call = `${FIND_TEXT_IN_EDITOR}(${JSON.stringify({ needle: text, nth: occurrence })})`;
  const box = (await page.evaluate(call)) as { x: number; y: number } | null;
  if (!box) throw new Error(`hoverAt: "${text}" is not in the visible editor lines`);
  return box;
}

export interface ProblemRow {
  /** The row's accessible label (what a screen reader says: message, source, position). */
  label: string;
  /** The visible text of the row. */
  text: string;
}

/**
 * Opens the Problems panel (Ctrl+Shift+M) and returns its marker rows (file rows left out). The list is
 * virtualised, so it is scrolled to the end while rows are collected (keyed by their index).
 */
export async function problemsRows(page: Page): Promise<ProblemRow[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
  }
  await panel.waitFor();
  const list = page.locator('.markers-panel .monaco-list').first();
  const collected = new Map<number, ProblemRow>();
  const box = await list.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let guard = 0; guard < 50; guard++) {
    const before = collected.size;
    for (const row of await page.locator('.markers-panel .monaco-list-row').all()) {
      const index = Number(await row.getAttribute('data-index'));
      const isMarker = (await row.locator('.marker-message-details, .marker-icon').count()) > 0;
      if (!isMarker || collected.has(index)) continue;
      collected.set(index, { label: (await row.getAttribute('aria-label')) ?? '', text: (await row.innerText()).replace(/\s+/g, ' ').trim() });
    }
    if (guard > 0 && collected.size === before) break;
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
  }
  if (box) {
    await page.mouse.wheel(0, -100_000); // back to the top for the screenshot
    await page.mouse.move(5, 5);
  }
  return [...collected.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** The problems count in the status bar, as its accessible label says ("Errors: 2, Warnings: 1, …"). */
export async function statusBarProblems(page: Page): Promise<string> {
  return (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
}

/** A status bar item by the text it shows. */
export function statusBarItem(page: Page, text: string | RegExp): Locator {
  return page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
}

/** The toasts currently shown. */
export function notificationToasts(page: Page): Locator {
  return page.locator('.notifications-toasts .notification-toast');
}

export class Screenshots {
  private count = 0;
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Writes NN-name.png into the run's folder and returns its path. */
  async take(page: Page, name: string): Promise<string> {
    this.count++;
    // Hovers and toasts fade in even with reduced motion; a shot taken at once catches them see-through.
    await page.waitForTimeout(400);
    const file = join(this.dir, `${String(this.count).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }
}

/** The folder for this run's screenshots and logs: test-results/e2e/<suite>-<timestamp>/. */
export function resultsDir(repoRoot: string, suite: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = join(repoRoot, 'test-results', 'e2e', `${suite}-${stamp}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

// `npm run test:e2e`, second suite (issue 16: what a new writer ran into): the packaged .vsix in
// code-server + Chromium on a fresh copy of test/e2e/workspace/. Typing a figure, the verdict links,
// the report beside the draft and its export, "Add this figure to my dataset…", the walkthrough and
// the README in the Extensions view. Every state is screenshotted into the folder printed at the start.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { expectedCheck, fixtureDataset, positionIn, waitForFile } from './lib/drafts';
import { startCodeServer, type CodeServer } from './lib/server';
import { figureCheckVsix, REPO_ROOT } from './lib/vsix';
import {
  applyQuickFix, goToPosition, launchBrowser, notificationToasts, openFile, openWorkbench, problemsRows, resultsDir, runCommand,
  Screenshots, statusBarItem, type Browser,
} from './lib/workbench';

const FIXTURE = join(REPO_ROOT, 'test', 'e2e', 'workspace');
const ENGLISH = 'openai-economics.md';

/** Squiggles (any severity) drawn on the cursor's line of the active editor. */
async function squigglesOnCursorLine(page: Page): Promise<number> {
  return (await page.evaluate(`(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const cursor = editor && editor.querySelector('.cursor');
    if (!cursor) return -1;
    const top = cursor.getBoundingClientRect().top, bottom = cursor.getBoundingClientRect().bottom;
    return Array.from(editor.querySelectorAll('[class*="squiggly-"]')).filter((s) => {
      const r = s.getBoundingClientRect();
      return r.bottom > top && r.top < bottom;
    }).length;
  })()`)) as number;
}

/** Polls `probe` in the page until it returns true. */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The frame of a webview whose document holds `selector` (webviews nest two iframes deep). */
async function webviewFrame(page: Page, selector: string, timeoutMs = 20_000): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    if (Date.now() > end) throw new Error(`no webview shows ${selector}`);
    await page.waitForTimeout(250);
  }
}

describe('Figure Check for a new writer (packaged .vsix in code-server, Chromium)', () => {
  const results = resultsDir(REPO_ROOT, 'ui-writer');
  const shots = new Screenshots(results);
  const workspace = join(mkdtempSync(join(tmpdir(), 'figure-check-ws-')), 'workspace');
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    console.log(`screenshots and logs: ${results}`);
    execFileSync('cp', ['-r', FIXTURE, workspace]);
    // A scratch draft for the typing test, so nothing typed there reaches the other tests' files.
    writeFileSync(join(workspace, 'typing.md'), '# Typing\n\nOpenAI is growing.\n');
    server = await startCodeServer({ folder: workspace, vsix: [figureCheckVsix()], copyLogTo: join(results, 'code-server.log') });
    browser = await launchBrowser();
    page = browser.page;
    await openWorkbench(page, server.url, workspace);
    await openFile(page, ENGLISH);
    await statusBarItem(page, /^Figures \d+✓/).waitFor({ timeout: 30_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  after(async () => {
    if (page) await shots.take(page, 'final').catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('1. the figure being typed is not flagged until the word ends; then no raw base units', async () => {
    await openFile(page, 'typing.md');
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type("Anthropic's Series F valued it at $1", { delay: 40 });
    await page.waitForTimeout(700); // the debounced check has run; the figure at the cursor is held back
    await shots.take(page, 'typing-not-flagged');
    assert.equal(await squigglesOnCursorLine(page), 0, 'no squiggle while "$1" is being typed');
    await until('the paused figure is flagged', async () => (await squigglesOnCursorLine(page)) > 0, 8_000);
    const row = (await problemsRows(page)).find((r) => r.text.includes('not $1.'));
    assert.ok(row, 'the paused "$1" is listed');
    assert.doesNotMatch(row.text, /\d{7,}/, `no raw base units: ${row.text}`);
    assert.match(row.text, /\$\d+(\.\d+)? (billion|trillion)/, row.text);
    await shots.take(page, 'typing-paused-flagged');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('2. a verdict link in the Problems panel opens its explanation', async () => {
    await problemsRows(page);
    const link = page.locator('.markers-panel .monaco-list-row a', { hasText: 'contradicted' }).first();
    await link.waitFor({ timeout: 10_000 });
    await link.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'verdicts.md' }).waitFor({ timeout: 10_000 });
    await page.locator('.statusbar-item', { hasText: /Ln 7, Col/ }).first().waitFor({ timeout: 5_000 });
    await page.locator('.editor-instance .view-line', { hasText: '## contradicted' }).first().waitFor();
    await shots.take(page, 'verdict-link-opened');
    await runCommand(page, 'View: Close Editor');
  });

  it('3. the report beside the draft: the Source column is readable at half width; the export is not checked', async () => {
    await openFile(page, ENGLISH);
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'Figure Check: Show Report');
    const report = await webviewFrame(page, 'tr.row');
    const layout = (await report.evaluate(`(() => {
      const doc = document.documentElement;
      const cells = Array.from(document.querySelectorAll('td.source')).map((td) => td.getBoundingClientRect());
      return { width: innerWidth, overflow: doc.scrollWidth - doc.clientWidth, right: Math.max(...cells.map((r) => r.right)), narrowest: Math.min(...cells.map((r) => r.width)) };
    })()`)) as { width: number; overflow: number; right: number; narrowest: number };
    assert.ok(layout.width < 900, `the report has about half the window (${layout.width} px)`);
    assert.ok(layout.overflow <= 1, `no horizontal scrolling (${layout.overflow} px too wide)`);
    assert.ok(layout.right <= layout.width + 1, `the Source column ends inside the view (${layout.right} > ${layout.width})`);
    assert.ok(layout.narrowest >= 80, `the Source column keeps room to read (${layout.narrowest} px)`);
    await shots.take(page, 'report-half-width');

    await report.locator('#export').click();
    await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 10_000 });
    await page.locator('.editor-instance .view-line', { hasText: 'figure-check-disable' }).first().waitFor();
    await statusBarItem(page, /^Figures 0✓ 0✗ 0\?/).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_000);
    const active = '.editor-group-container.active .monaco-editor';
    assert.equal(await page.locator(`${active} .squiggly-error, ${active} .squiggly-warning, ${active} .squiggly-info`).count(), 0, 'no squiggles in the export');
    await shots.take(page, 'export-not-checked');
    await runCommand(page, 'View: Revert and Close Editor');
    // Focus may be left in the report's webview, which keeps the palette's shortcut: click the draft first.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await runCommand(page, 'View: Close All Editor Groups');
  });

  it('4. "Add this figure to my dataset…" asks which file; a file that does not parse is marked and never written', async () => {
    const brokenBefore = readFileSync(join(workspace, 'broken.figures.json'), 'utf8');
    const unsourced = expectedCheck(workspace, ENGLISH, fixtureDataset(workspace)).claims.find((c) => c.verdict === 'unsourced');
    assert.ok(unsourced, 'the English draft has an unsourced figure');
    await openFile(page, ENGLISH);
    const { line, column } = positionIn(workspace, ENGLISH, unsourced.text);
    await goToPosition(page, line, column + 1);
    await applyQuickFix(page, 'Add this figure to my dataset');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ timeout: 10_000 });
    const labels = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const broken = labels.findIndex((t) => t.includes('broken.figures.json'));
    assert.ok(broken >= 0 && /cannot add here: invalid JSON/.test(labels[broken]!), `broken.figures.json is marked: ${labels.join(' | ')}`);
    assert.ok(labels.findIndex((t) => t.includes('team.figures.json')) < broken, 'files that parse come first');
    assert.match(labels[labels.length - 1]!, /New dataset file: my\.figures\.json/);
    await shots.take(page, 'dataset-pick');

    await rows.filter({ hasText: 'broken.figures.json' }).first().click();
    await notificationToasts(page).filter({ hasText: 'nothing was written' }).first().waitFor({ timeout: 10_000 });
    await rows.filter({ hasText: 'New dataset file' }).first().click();
    const created = await waitForFile(join(workspace, 'my.figures.json'), (t) => t.includes('"records"'), 10_000).catch(() => '');
    await page.locator('.tabs-container .tab.active', { hasText: 'my.figures.json' }).waitFor({ timeout: 10_000 });
    await runCommand(page, 'File: Save');
    const saved = await waitForFile(join(workspace, 'my.figures.json'), (t) => t.includes('"publisher": ""'), 10_000);
    assert.ok(existsSync(join(workspace, 'my.figures.json')), `my.figures.json was created ${created.length}`);
    assert.match(saved, /"id": "my-/);
    assert.equal(readFileSync(join(workspace, 'broken.figures.json'), 'utf8'), brokenBefore, 'broken.figures.json is untouched');
    await shots.take(page, 'dataset-record-added');
    await runCommand(page, 'View: Close All Editors');
  });

  it('5. getting started: the walkthrough has three steps, and its example draft is checked', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Figure Check' }).first().click();
    const steps = page.locator('.gettingStartedContainer .getting-started-step');
    await page.locator('.gettingStartedContainer', { hasText: 'Open the example draft' }).first().waitFor({ timeout: 15_000 });
    const titles = (await steps.allInnerTexts()).map((t) => t.split('\n')[0]!.trim()).filter(Boolean);
    assert.deepEqual(titles.slice(0, 3), ['Open the example draft', 'Hover a flagged figure', 'Add a dataset of your own'], titles.join(' | '));
    await shots.take(page, 'walkthrough');
    await runCommand(page, 'Figure Check: Open Example Draft');
    await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 10_000 });
    await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 15_000 });
    await statusBarItem(page, /^Figures \d+✓ [1-9]\d*✗/).waitFor({ timeout: 10_000 });
    await shots.take(page, 'example-draft');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('6. the README in the Extensions view shows its images', async () => {
    await runCommand(page, 'View: Show Extensions');
    const search = page.locator('.extensions-viewlet .suggest-input-container textarea, .extensions-viewlet .monaco-inputbox input').first();
    await search.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500); // the view focuses its search box itself
    await page.keyboard.press('Control+A');
    await page.keyboard.type('@installed Figure Check');
    await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Figure Check' }).first().click();
    const readme = await webviewFrame(page, 'img[alt^="A hover card"]', 30_000);
    await until('the README images load', async () => {
      const state = (await readme.evaluate(`Array.from(document.images).filter((i) => i.alt.length > 20).map((i) => i.complete && i.naturalWidth > 0)`)) as boolean[];
      return state.length >= 3 && state.every(Boolean);
    });
    await readme.locator('img[alt^="A hover card"]').first().scrollIntoViewIfNeeded();
    await shots.take(page, 'extension-details-readme');
  });
});

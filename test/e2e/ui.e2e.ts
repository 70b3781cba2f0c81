// `npm run test:e2e`: Figure Check's packaged .vsix in a real VS Code (code-server 4.100.3) driven by
// Chromium. Asserts in the browser what a writer sees, on a fresh copy of test/e2e/workspace/ (the
// example drafts, a team dataset, a malformed one, two malicious ones). Expected messages come from the
// same core the extension bundles, run here on the same files, plus fixed anchors from the drafts.
// Every state is screenshotted into the folder printed at the start.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { summarize, type Dataset } from '../../src/core/index';
import {
  expectedCheck, expectedStatusText, fixtureDataset, flaggedMessages, hoverFigure, hoverLinks, positionIn, rowsMentioning, waitForFile,
} from './lib/drafts';
import { startCodeServer, type CodeServer } from './lib/server';
import { figureCheckVsix, REPO_ROOT } from './lib/vsix';
import {
  applyQuickFix, goToPosition, launchBrowser, notificationToasts, openFile, openWorkbench, problemsRows, resultsDir,
  runCommand, Screenshots, statusBarItem, type Browser,
} from './lib/workbench';

const FIXTURE = join(REPO_ROOT, 'test', 'e2e', 'workspace');
const ENGLISH = 'openai-economics.md';
const JAPANESE = 'ai-money-ja.md';
const DATASETS_DRAFT = 'datasets-draft.md';

describe('Figure Check in code-server (packaged .vsix, Chromium)', () => {
  const results = resultsDir(REPO_ROOT, 'ui');
  const shots = new Screenshots(results);
  const workspace = join(mkdtempSync(join(tmpdir(), 'figure-check-ws-')), 'workspace');
  let dataset: Dataset;
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    console.log(`screenshots and logs: ${results}`);
    execFileSync('cp', ['-r', FIXTURE, workspace]);
    dataset = fixtureDataset(workspace);
    const vsix = figureCheckVsix();
    server = await startCodeServer({ folder: workspace, vsix: [vsix], copyLogTo: join(results, 'code-server.log') });
    browser = await launchBrowser();
    page = browser.page;
    await openWorkbench(page, server.url, workspace);
  });

  after(async () => {
    if (page) await shots.take(page, 'final').catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('1. English draft: status bar count and each Problems row', async () => {
    const expected = expectedCheck(workspace, ENGLISH, dataset);
    await openFile(page, ENGLISH);
    await statusBarItem(page, expectedStatusText(expected)).waitFor({ timeout: 20_000 });
    const messages = flaggedMessages(expected);
    assert.ok(messages.length >= 3, 'the English draft has flagged figures');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    const rows = await problemsRows(page);
    const ours = rowsMentioning(rows, messages);
    for (const message of messages) assert.ok(ours.some((r) => r.text.includes(message)), `Problems lists: ${message}`);
    // Fixed anchors from the draft: a wrong figure with its sourced value, an outdated one, an unsourced
    // one naming the record it may mean (the old 49% is Microsoft's profit share, not a revised stake).
    const all = ours.map((r) => r.text).join('\n');
    assert.match(all, /OpenAI's revenue for 2025 is \$13\.1 billion \(AI for Automation, 2026-03-29\), not \$14 billion\./);
    assert.match(all, /Outdated: OpenAI's cash burn for 2026 was revised to \$25 billion \(The Decoder, 2026-02\); \$17 billion is the earlier figure/);
    assert.match(all, /Possibly Microsoft's share of profits with OpenAI, about 49% \(ValueAdd VC, 2026\)/);
    assert.match(all, /No sourced figure for Oracle/);
    assert.ok(ours.every((r) => r.label.includes('Figure Check') || r.text.includes('Figure Check')), 'rows come from Figure Check');
    await shots.take(page, 'english-squiggles-problems');
  });

  it('1b. one dataset notification per broken file, each naming its own file and first problem', async () => {
    await runCommand(page, 'Notifications: Show Notifications');
    const items = page.locator('.notifications-center .notification-list-item', { hasText: 'has a problem at line' });
    await items.first().waitFor({ timeout: 15_000 });
    const texts = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const named = texts.map((t) => t.match(/[\w.-]+\.figures\.json/g) ?? []);
    assert.ok(named.every((files) => new Set(files).size === 1), `each notification names one file: ${texts.join(' | ')}`);
    const files = named.map((f) => f[0]);
    assert.equal(new Set(files).size, files.length, `one notification per file: ${files.join(', ')}`);
    assert.ok(files.includes('broken.figures.json') && files.includes('badlink.figures.json'), files.join(', '));
    await shots.take(page, 'dataset-notifications');
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it('2. hover: a contradicted figure shows verdict, sourced value, publisher and link; a supported one its source', async () => {
    // Room for the card (these shots go to the README): no panel, no toasts.
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'View: Hide Panel');
    const contradicted = await hoverFigure(page, workspace, ENGLISH, '$14 billion');
    assert.match(contradicted, /Contradicted/);
    // One message: VS Code's diagnostic hover says it; the card does not repeat it.
    const message = "OpenAI's revenue for 2025 is $13.1 billion (AI for Automation, 2026-03-29), not $14 billion.";
    assert.equal(contradicted.split(message).length - 1, 1, `the message appears once:\n${contradicted}`);
    // The card's first line: verdict, sourced figure; the next: the source.
    const cardLines = contradicted.slice(contradicted.indexOf('✗ Contradicted')).split('\n').filter((l) => l.trim());
    assert.match(cardLines[0] ?? '', /✗ Contradicted · Sourced figure: \$13\.1B · 2025/);
    assert.match(cardLines[1] ?? '', /^Source: .*AI for Automation/);
    assert.match(contradicted, /\$13\.1/);
    assert.match(contradicted, /AI for Automation/);
    // The draft's front matter dates it: present-tense figures are judged as of that day, and the card says so.
    assert.match(contradicted, /Judged as of 2026-06-01 \(front matter\)/);
    const links = await hoverLinks(page);
    assert.ok(links.some((href) => /^https:\/\//.test(href)), `a source link in the hover: ${links.join(', ')}`);
    await shots.take(page, 'hover-contradicted');

    const supported = await hoverFigure(page, workspace, ENGLISH, '$13.1 billion');
    assert.match(supported, /Supported/);
    assert.match(supported, /Source/);
    assert.match(supported, /AI for Automation/);
    await shots.take(page, 'hover-supported');

    // Unsourced, but compared with a record: the card leads with that record and its source link.
    const unsourced = await hoverFigure(page, workspace, ENGLISH, '49%');
    const unsourcedLines = unsourced.slice(unsourced.indexOf('? Unsourced')).split('\n').filter((l) => l.trim());
    assert.match(unsourcedLines[0] ?? '', /^\? Unsourced · Nearest record: approximate 49% · 2023 structure · reported · Microsoft · share of profits/, unsourced);
    assert.match(unsourcedLines[1] ?? '', /^Source: .*ValueAdd VC/);
    assert.ok((await hoverLinks(page)).some((href) => /^https:\/\//.test(href)), 'the nearest record links its source');
    await shots.take(page, 'hover-unsourced-nearest');
  });

  it('3. "Figure Check: Check Document" shows the summary notification', async () => {
    const expected = expectedCheck(workspace, ENGLISH, dataset);
    await page.keyboard.press('Escape');
    await runCommand(page, 'Figure Check: Check Document');
    const summary = `Figure Check: ${summarize(expected, expected.lang)}`;
    await notificationToasts(page).filter({ hasText: summary }).first().waitFor({ timeout: 15_000 });
    await shots.take(page, 'check-document-summary');
  });

  it('4. quick fixes: replace with the sourced figure; add a citation footnote', async () => {
    await page.keyboard.press('Escape');
    const { line, column } = positionIn(workspace, ENGLISH, '$14 billion');
    await goToPosition(page, line, column + 1);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with the sourced figure' }).first().waitFor();
    await shots.take(page, 'quick-fix-menu');
    const applied = await applyQuickFix(page, 'Replace with the sourced figure');
    assert.match(applied, /\$13\.1 billion \(AI for Automation\)/);
    await page.locator('.editor-instance .view-line', { hasText: "OpenAI's 2025 revenue reached $13.1 billion" }).waitFor();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'not $14 billion' }).first().waitFor({ state: 'detached', timeout: 10_000 });
    await shots.take(page, 'quick-fix-replaced');

    // The first "$13.1 billion" is a supported figure without a citation.
    const first = positionIn(workspace, ENGLISH, '$13.1 billion');
    await goToPosition(page, first.line, first.column + 1);
    assert.match(await applyQuickFix(page, 'Add a citation footnote'), /AI for Automation/);
    await runCommand(page, 'File: Save');
    const saved = await waitForFile(join(workspace, ENGLISH), (text) => text.includes('[^fc-'));
    assert.match(saved, /OpenAI's 2025 revenue reached \$13\.1 billion/);
    assert.doesNotMatch(saved, /reached \$14 billion/);
    const reference = saved.match(/\$13\.1 billion in 2025\.?\[\^(fc-[\w-]+)\]/);
    assert.ok(reference, 'a footnote reference after the sentence');
    assert.match(saved, new RegExp(`\\n\\[\\^${reference[1]}\\]: AI for Automation`), 'a footnote definition naming the source');
    // The footnote the fix wrote is a citation, not a claim: it must not bring a squiggle of its own.
    const footnoteLine = saved.split('\n').findIndex((l) => l.startsWith(`[^${reference[1]}]:`)) + 1;
    await page.waitForTimeout(2_000); // let the debounced re-check of the edit land
    const rows = await problemsRows(page);
    writeFileSync(join(results, 'problems-after-citation.json'), JSON.stringify(rows, null, 2));
    const onFootnote = rows.filter((r) => r.text.includes(`[Ln ${footnoteLine},`) && r.text.includes('Figure Check'));
    assert.deepEqual(onFootnote.map((r) => r.text), [], 'no diagnostic on the inserted footnote definition');
    await shots.take(page, 'quick-fix-citation');
  });

  it('5. Japanese draft: its diagnostics and a Japanese hover', async () => {
    const expected = expectedCheck(workspace, JAPANESE, dataset);
    assert.equal(expected.lang, 'ja');
    await openFile(page, JAPANESE);
    await statusBarItem(page, expectedStatusText(expected)).waitFor({ timeout: 20_000 });
    const rows = await problemsRows(page);
    const messages = flaggedMessages(expected);
    for (const message of messages) assert.ok(rows.some((r) => r.text.includes(message)), `Problems lists: ${message}`);
    assert.ok(rows.some((r) => r.text.includes('140億ドルではありません')), 'the contradicted 140億ドル is listed');
    const hover = await hoverFigure(page, workspace, JAPANESE, '140億ドル');
    assert.match(hover, /出典と矛盾/);
    assert.match(hover, /出典/);
    const card = hover.slice(hover.indexOf('✗ 出典と矛盾'));
    assert.doesNotMatch(card, /\b(Source|Sourced figure|Read as|Dataset|History|confidence|Difference|Also reported by|data as of)\b/, `English labels in a Japanese card:\n${card}`);
    await shots.take(page, 'japanese-hover');
    // A figure whose company comes from an earlier paragraph: the card says which words gave it.
    const carried = await hoverFigure(page, workspace, JAPANESE, '4億1100万');
    const carriedCard = carried.slice(carried.indexOf('出典なし'));
    assert.match(carriedCard, /対象は前の段落から：「チャットGPT」/, carriedCard);
    assert.match(carriedCard, /2026-06-01時点で判定（フロントマター）/);
    assert.doesNotMatch(carriedCard, /\b(Read as|entity from|Judged as of|front matter)\b/, `English in a Japanese card:\n${carriedCard}`);
    await shots.take(page, 'japanese-hover-reasons');
    // The status bar tooltip speaks Japanese too.
    await page.mouse.move(5, 5);
    await statusBarItem(page, expectedStatusText(expected)).hover();
    const tooltip = page.locator('.workbench-hover, .monaco-hover:not(.hidden)').filter({ hasText: 'Figure Check' }).first();
    await tooltip.waitFor({ timeout: 5_000 });
    const tip = await tooltip.innerText();
    assert.match(tip, /クリックでレポートを開く/);
    assert.match(tip, /出典と矛盾: \d+/);
    assert.doesNotMatch(tip, /click|Contradicted|Supported/, tip);
    await page.mouse.move(5, 5);
  });

  it('6. workspace datasets: the team record supports a figure; the malformed file shows its error; malicious data stays text', async () => {
    await openFile(page, DATASETS_DRAFT);
    await statusBarItem(page, /^Figures \d+✓/).waitFor({ timeout: 20_000 });
    const team = await hoverFigure(page, workspace, DATASETS_DRAFT, '$42 million', 0);
    assert.match(team, /Supported/);
    assert.match(team, /Example Gazette/);
    assert.match(team, /team\.figures\.json/);
    await shots.take(page, 'hover-team-dataset');

    const evil = await hoverFigure(page, workspace, DATASETS_DRAFT, '$42 million', 1);
    assert.ok(evil.includes('[x](command:workbench.action.terminal.sendSequence?%7B%7D)'), `the publisher shows as text:\n${evil}`);
    assert.ok(evil.includes('<img src=x onerror=alert(1)>'), 'the title shows as text');
    const evilLinks = await hoverLinks(page);
    assert.ok(evilLinks.every((href) => /^https?:\/\//.test(href)), `only http(s) links: ${evilLinks.join(', ')}`);
    assert.equal(await page.locator('.monaco-editor .monaco-hover:not(.hidden) img, .monaco-editor .monaco-hover:not(.hidden) script').count(), 0);
    await shots.take(page, 'hover-malicious-dataset');

    const badlink = await hoverFigure(page, workspace, DATASETS_DRAFT, '$42 million', 2);
    assert.doesNotMatch(badlink, /Supported/, 'the record with a javascript: URL is not used');
    assert.ok((await hoverLinks(page)).every((href) => !href.startsWith('javascript:')), 'no javascript: link');

    const rows = await problemsRows(page);
    assert.ok(rows.some((r) => /http\(s\) URL/.test(r.text)), 'badlink.figures.json: the javascript: URL is reported');
    assert.ok(rows.some((r) => /invalid JSON/.test(r.text)), 'broken.figures.json: the malformed JSON is reported');
    const brokenRows = rows.filter((r) => r.text.includes('invalid JSON'));
    const positions = brokenRows.map((r) => r.text.match(/\[Ln \d+, Col \d+\]/)?.[0]);
    assert.equal(new Set(positions).size, positions.length, `one error per position: ${brokenRows.map((r) => r.text).join(' | ')}`);
    await openFile(page, 'broken.figures.json');
    await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor();
    await shots.take(page, 'malformed-dataset');
    // The JSON editor's schema errors say what is expected, never a raw regular expression.
    await openFile(page, 'badlink.figures.json');
    await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor();
    await page.waitForTimeout(1_500); // the JSON language service validates after a pause
    const schemaRows = (await problemsRows(page)).filter((r) => /must be an http\(s\) address/.test(r.text));
    assert.ok(schemaRows.length >= 1, 'the schema message for the bad URL is shown');
    assert.ok((await problemsRows(page)).every((r) => !/\[Hh\]\[Tt\]|does not match the pattern/.test(r.text)), 'no raw pattern');
    await shots.take(page, 'dataset-schema-message');
  });

  it('7. the report view lists the figures; the status bar item shows the counts', async () => {
    const expected = expectedCheck(workspace, JAPANESE, dataset);
    await openFile(page, JAPANESE);
    const status = statusBarItem(page, expectedStatusText(expected));
    await status.waitFor({ timeout: 20_000 });
    await status.click(); // the item opens the report
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await report.locator('tr.row').first().waitFor({ timeout: 20_000 });
    assert.equal(await report.locator('tr.row').count(), expected.claims.length, 'one row per figure');
    assert.ok((await report.locator('tr.row').allInnerTexts()).some((t) => t.includes('140億ドル')));
    await shots.take(page, 'report-view');
  });
});

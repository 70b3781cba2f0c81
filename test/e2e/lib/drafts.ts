// Helpers shared by the UI suites: what the fixture drafts should show (from the same core the
// extension bundles, run on the same files), where a figure is, hovering it, reading the hover.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkDocument, loadDataset, type CheckResult, type Dataset } from '../../../src/core/index';
import { goToPosition, hoverAt, type ProblemRow } from './workbench';

/** The fixture's datasets loaded the way the extension loads them, so expectations match its merge. */
export function fixtureDataset(folder: string): Dataset {
  const files = readdirSync(folder).filter((name) => name.endsWith('.figures.json')).sort();
  return loadDataset(files.map((name) => ({ file: name, text: readFileSync(join(folder, name), 'utf8') })));
}

export function expectedCheck(folder: string, file: string, dataset: Dataset): CheckResult {
  return checkDocument(readFileSync(join(folder, file), 'utf8'), dataset);
}

/** "Figures 26✓ 7✗ 1?" as the status bar item groups the counts. */
export function expectedStatusText(result: CheckResult): string {
  const c = result.counts;
  return `Figures ${c.supported + c.cited}✓ ${c.contradicted + c.inconsistent + c.outdated}✗ ${c.unsourced}?`;
}

export function flaggedMessages(result: CheckResult): string[] {
  return result.claims.filter((claim) => claim.severity !== null).map((claim) => claim.message);
}

/** Problems rows of one file: the panel lists a file row, then its markers, for every file. */
export function rowsMentioning(rows: ProblemRow[], fragments: string[]): ProblemRow[] {
  return rows.filter((row) => fragments.some((f) => row.text.includes(f)));
}

/** 1-based line and column of the nth occurrence of `text` in a fixture file. */
export function positionIn(folder: string, file: string, text: string, occurrence = 0): { line: number; column: number } {
  const content = readFileSync(join(folder, file), 'utf8');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = content.indexOf(text, at + 1);
  assert.ok(at >= 0, `${text} is not in ${file}`);
  const before = content.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export async function hoverFigure(page: Page, folder: string, file: string, figure: string, occurrence = 0): Promise<string> {
  const { line, column } = positionIn(folder, file, figure, occurrence);
  await goToPosition(page, line, column);
  // The same figure may appear on other visible lines; hover the one on the cursor's line.
  const lineText = readFileSync(join(folder, file), 'utf8').split('\n')[line - 1];
  const onLineBefore = lineText.slice(0, column - 1).split(figure).length - 1;
  const visibleBefore = await occurrencesAboveCursor(page, figure);
  const hover = await hoverAt(page, { text: figure, occurrence: visibleBefore + onLineBefore });
  return hover.innerText();
}

/** How many times `figure` occurs on the rendered lines above the cursor's line. */
export async function occurrencesAboveCursor(page: Page, figure: string): Promise<number> {
  const cursorTop = (await page.locator('.editor-instance .monaco-editor .cursor').first().boundingBox())?.y ?? 0;
  const texts = await page.locator('.editor-instance .monaco-editor .view-line').evaluateAll(
    (lines, top) =>
      lines
        .map((l) => ({ y: (l as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top, text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .filter((l) => l.y < (top as number) - 2)
        .map((l) => l.text),
    cursorTop,
  );
  return texts.reduce((n, t) => n + t.split(figure).length - 1, 0);
}

/** Polls a file on disk until `ready` holds (the editor saves asynchronously). */
export async function waitForFile(path: string, ready: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = readFileSync(path, 'utf8');
    if (ready(text) || Date.now() > until) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Targets of the links rendered in the visible hover's content (anchors without a target are not live). */
export async function hoverLinks(page: Page): Promise<string[]> {
  const targets = await page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents a').evaluateAll((links) =>
    links.map((a) => a.getAttribute('data-href') || a.getAttribute('href') || ''),
  );
  return targets.filter((t) => t !== '');
}


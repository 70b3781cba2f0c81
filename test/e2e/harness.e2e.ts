// Self-test of the e2e harness against a throwaway probe extension (test/e2e/fixtures/probe-extension),
// independent of the product: proves install, packaging, code-server, Chromium, hover, palette,
// Problems and screenshots work on this machine. `npm run test:e2e -- --harness`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { startCodeServer, type CodeServer } from './lib/server';
import { packageFolder, REPO_ROOT } from './lib/vsix';
import {
  hoverAt, launchBrowser, notificationToasts, openFile, openWorkbench, problemsRows, resultsDir, runCommand,
  Screenshots, statusBarItem, statusBarProblems, type Browser,
} from './lib/workbench';

const FIXTURES = join(REPO_ROOT, 'test', 'e2e', 'fixtures');
const WORKSPACE = join(FIXTURES, 'probe-workspace');

describe('e2e harness (probe extension)', () => {
  const results = resultsDir(REPO_ROOT, 'harness');
  const shots = new Screenshots(results);
  let server: CodeServer;
  let browser: Browser;

  before(async () => {
    console.log(`screenshots and logs: ${results}`);
    const vsix = packageFolder(join(FIXTURES, 'probe-extension'));
    server = await startCodeServer({ folder: WORKSPACE, vsix: [vsix], copyLogTo: join(results, 'code-server.log') });
    browser = await launchBrowser();
    await openWorkbench(browser.page, server.url, WORKSPACE);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the probe diagnostics as squiggles, in Problems and in the status bar', async () => {
    const { page } = browser;
    await openFile(page, 'probe.md');
    await page.locator('.monaco-editor .squiggly-error').nth(1).waitFor();
    await statusBarItem(page, 'Probe 2').waitFor();
    assert.match(await statusBarProblems(page), /Errors: 2/);
    const rows = await problemsRows(page);
    assert.deepEqual(rows.map((r) => r.text.match(/probe saw \$\d+B/)?.[0]), ['probe saw $115B', 'probe saw $13B']);
    await shots.take(page, 'probe-problems');
  });

  it('shows the hover over a figure', async () => {
    const hover = await hoverAt(browser.page, { text: '$13B' });
    assert.match(await hover.innerText(), /Probe hover for \$13B/);
    await shots.take(browser.page, 'probe-hover');
  });

  it('runs a command from the palette and shows its notification', async () => {
    await runCommand(browser.page, 'Harness Probe: Say Hello');
    await notificationToasts(browser.page).filter({ hasText: 'Hello from the harness probe' }).waitFor();
    await shots.take(browser.page, 'probe-notification');
  });
});

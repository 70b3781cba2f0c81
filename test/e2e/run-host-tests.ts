// `npm run test:host`: runs the extension-host mocha suite (test/suite/) inside a fresh code-server,
// the way @vscode/test-electron would on a desktop: the web `payload` route sets
// extensionDevelopmentPath (the repository) and extensionTestsPath (the bundled suite); the result
// comes back through window.codeAutomationExit and mocha's JSON report. Exits non-zero on any failure,
// when nothing ran, or when the launcher cannot start (with the reason).
//   --probe     run the harness probe's suite instead (self-test of this launcher)
//   --restricted  run the Restricted Mode entry (test/suite/restricted.ts) in an untrusted workspace
//   --no-build  use the existing dist/ and out/ bundles
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer, type CodeServer } from './lib/server';
import { bundleHostSuite, RESTRICTED_BUNDLE, RESTRICTED_ENTRY, readMochaReport, summariseReport, type MochaReport } from './lib/host-suite';
import { REPO_ROOT } from './lib/vsix';
import { launchBrowser, resultsDir, type Browser } from './lib/workbench';

const HOST_TIMEOUT_MS = 5 * 60_000;
const probe = process.argv.includes('--probe');
const restricted = process.argv.includes('--restricted');

interface Target {
  extensionPath: string;
  testsPath: string;
  workspace: string;
}

function prepareTarget(): Target {
  if (probe) {
    const fixtures = join(REPO_ROOT, 'test', 'e2e', 'fixtures');
    return {
      extensionPath: join(fixtures, 'probe-extension'),
      testsPath: join(fixtures, 'probe-extension', 'suite', 'index.js'),
      workspace: join(fixtures, 'probe-workspace'),
    };
  }
  if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { main?: string };
  if (!manifest.main || !existsSync(join(REPO_ROOT, manifest.main))) {
    throw new Error(`the extension is not built: ${manifest.main ?? 'package.json "main"'} is missing (run npm run build)`);
  }
  const testsPath = restricted ? bundleHostSuite(RESTRICTED_ENTRY, RESTRICTED_BUNDLE) : bundleHostSuite();
  return { extensionPath: REPO_ROOT, testsPath, workspace: hostWorkspace() };
}

/**
 * A fresh, empty workspace: the suite writes its own scratch files and settings into it, and the UI
 * tests' fixture datasets (test/e2e/workspace) would collide with its fixtures (same entity ids).
 */
function hostWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'figure-check-host-ws-'));
}

/** The payload URL: the workbench loads the development extension and runs its tests (notes, e2e.md). */
function payloadUrl(server: CodeServer, target: Target): string {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(target.extensionPath)],
    ['extensionTestsPath', remote(target.testsPath)],
  ]);
  const query = new URLSearchParams({ folder: target.workspace, payload });
  return `${server.url}/?${query.toString()}`;
}

async function runSuite(target: Target, results: string): Promise<{ exitCode: number; report: MochaReport | null }> {
  const reportFile = join(results, 'extension-host.json');
  const consoleLog: string[] = [];
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({
      folder: target.workspace,
      workspaceTrust: restricted,
      env: { FIGURE_CHECK_SUITE_REPORT: reportFile },
      copyLogTo: join(results, 'code-server.log'),
    });
    browser = await launchBrowser();
    const page = browser.page;
    page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
    const exited = new Promise<number>((resolve) => {
      // Must exist before the workbench loads: it calls this once the tests finish.
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.goto(payloadUrl(server, target));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the extension-host tests did not finish within ${HOST_TIMEOUT_MS / 1000} s`)), HOST_TIMEOUT_MS);
    });
    const exitCode = await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
    return { exitCode, report: readMochaReport(reportFile) };
  } finally {
    writeFileSync(join(results, 'browser-console.log'), consoleLog.join('\n') + '\n');
    await browser?.close();
    await server?.stop();
  }
}

async function main(): Promise<number> {
  const results = resultsDir(REPO_ROOT, probe ? 'host-probe' : restricted ? 'host-restricted' : 'host');
  console.log(`extension-host tests in code-server; logs and report: ${results}`);
  const target = prepareTarget();
  const started = Date.now();
  const { exitCode, report } = await runSuite(target, results);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!report) {
    console.error(`extension-host tests: no mocha report was written (codeAutomationExit ${exitCode}); see ${results}/browser-console.log and code-server.log`);
    return 1;
  }
  const summary = summariseReport(report);
  for (const line of summary.lines) console.log(line);
  console.log(`extension-host tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.pending} pending (${seconds} s, exit ${exitCode})`);
  if (summary.passed + summary.failed === 0) {
    console.error('extension-host tests: nothing ran');
    return 1;
  }
  return exitCode === 0 && summary.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`extension-host tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

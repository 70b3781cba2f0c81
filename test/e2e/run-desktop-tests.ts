// `npm run test:desktop`: the same extension-host suite as `npm run test:host`, in a desktop VS Code
// downloaded by @vscode/test-electron (for contributors whose machines can reach update.code.visualstudio.com).
// Where VS Code cannot be downloaded or started, this fails with the reason; it never passes silently.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleHostSuite, readMochaReport, summariseReport } from './lib/host-suite';
import { REPO_ROOT } from './lib/vsix';
import { resultsDir } from './lib/workbench';

async function main(): Promise<number> {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const testsPath = bundleHostSuite();
  const results = resultsDir(REPO_ROOT, 'desktop');
  const reportFile = join(results, 'extension-host.json');
  const workspace = mkdtempSync(join(tmpdir(), 'figure-check-desktop-ws-'));
  process.env.FIGURE_CHECK_SUITE_REPORT = reportFile; // inherited by the VS Code it launches
  let exitCode: number;
  try {
    exitCode = await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `test:desktop could not run VS Code through @vscode/test-electron: ${reason}\n` +
        'It downloads VS Code from update.code.visualstudio.com; without that access use `npm run test:host` ' +
        '(the same suite inside code-server).',
    );
    return 1;
  }
  const report = readMochaReport(reportFile);
  if (!report) {
    console.error(`test:desktop: VS Code exited ${exitCode} without a mocha report at ${reportFile}`);
    return 1;
  }
  const summary = summariseReport(report);
  for (const line of summary.lines) console.log(line);
  console.log(`desktop extension-host tests: ${summary.passed} passed, ${summary.failed} failed (exit ${exitCode})`);
  if (summary.passed + summary.failed === 0) {
    console.error('test:desktop: nothing ran');
    return 1;
  }
  return exitCode === 0 && summary.failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:desktop failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

// Extension-host test entry: `run()` is what VS Code (test-electron) or code-server (the `payload`
// route, see /work/shared/notes/e2e.md) calls. Tests are imported statically so one esbuild bundle
// carries them all; mocha writes a JSON report to FIGURE_CHECK_SUITE_REPORT, or to
// <extension>/test-results/extension-host.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { defineCommandTests } from './commands.test';
import { defineDatasetTests } from './datasets.test';
import { defineDiagnosticTests } from './diagnostics.test';
import { defineHoverTests } from './hover.test';
import { defineQuickFixTests } from './quickFixes.test';
import { extensionRoot } from './helpers';

export function reportPath(): string {
  return process.env.FIGURE_CHECK_SUITE_REPORT ?? path.join(extensionRoot(), 'test-results', 'extension-host.json');
}

export function run(): Promise<void> {
  const output = reportPath();
  fs.mkdirSync(path.dirname(output), { recursive: true });
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'json', reporterOptions: { output } });
  mocha.suite.emit('pre-require', globalThis, 'figure-check-suite', mocha);
  describe('Figure Check in the extension host', () => {
    defineDiagnosticTests();
    defineHoverTests();
    defineQuickFixTests();
    defineCommandTests();
    defineDatasetTests();
  });
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`[figure-check suite] ${runner.stats?.passes ?? 0} passed, ${failures} failed; report: ${output}`);
      if (failures) reject(new Error(`${failures} extension-host test(s) failed; see ${output}`));
      else resolve();
    });
    runner.on('fail', (test, err) => console.error(`[figure-check suite] FAIL ${test.fullTitle()}: ${err?.message ?? err}`));
  });
}

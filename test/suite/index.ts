// Extension-host test entry: `run()` is what VS Code (test-electron) or code-server (the `payload`
// route, see /work/shared/notes/e2e.md) calls. Tests are imported statically so one bundle carries
// them all. How to build and run it:
//   npx esbuild test/suite/index.ts --bundle --platform=node --format=cjs --external:vscode \
//     --external:mocha --outfile=out/test/suite/index.js      (mocha resolves from node_modules)
//   extensionDevelopmentPath = the repository (with dist/extension.js built),
//   extensionTestsPath = out/test/suite/index.js, and any workspace folder: the suite writes its
//   files under <folder>/fc-suite-scratch/ and removes them; settings it changes are restored.
// Mocha writes a JSON report to FIGURE_CHECK_SUITE_REPORT (set in code-server's environment), or to
// <extension>/test-results/extension-host.json; failures are also printed to the host's console.
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

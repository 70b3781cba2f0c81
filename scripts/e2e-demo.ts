// `npm run demo:vscode`: packages Figure Check, installs it into a throwaway code-server (a real VS Code
// served locally) and opens a copy of the example drafts. Prints the URL; Ctrl+C stops it and removes
// the temp dirs. FIGURE_CHECK_DEMO_PORT picks the port (default: a free one); it listens on 127.0.0.1 only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCodeServer } from '../test/e2e/lib/server';
import { figureCheckVsix, REPO_ROOT } from '../test/e2e/lib/vsix';
import { workbenchUrl } from '../test/e2e/lib/workbench';

async function main(): Promise<void> {
  const folder = join(mkdtempSync(join(tmpdir(), 'figure-check-demo-')), 'examples');
  execFileSync('cp', ['-r', join(REPO_ROOT, 'examples'), folder]);
  console.log('packaging Figure Check and starting code-server…');
  const port = process.env.FIGURE_CHECK_DEMO_PORT ? Number(process.env.FIGURE_CHECK_DEMO_PORT) : undefined;
  const server = await startCodeServer({ folder, vsix: [figureCheckVsix()], port });
  console.log(`\nFigure Check in VS Code: ${workbenchUrl(server.url, folder)}`);
  console.log(`(a copy of examples/ in ${folder}; Ctrl+C to stop)`);
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => undefined); // serve until stopped
}

main().catch((error: unknown) => {
  console.error(`demo:vscode failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

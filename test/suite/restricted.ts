// Restricted Mode entry (a second launch, in an untrusted workspace): `run()` checks that the
// extension still works there with the bundled dataset, loads the workspace's *.figures.json as
// data, and ignores a workspace-level `figureCheck.datasets` (restrictedConfigurations). The launcher
// must open the folder with workspace trust on and not granted (code-server without
// --disable-workspace-trust, user setting "security.workspace.trust.startupPrompt": "never"). The
// suite writes the files it needs under fc-suite-scratch/, so any empty folder will do. Build it like
// index.ts, with test/suite/restricted.ts as the entry.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { api, diagnosticsSettled, extensionRoot, openDraft, removeScratch, waitFor, writeScratch } from './helpers';

const DATASET = (id: string) =>
  JSON.stringify({
    version: '2026-11-01',
    entities: [{ id: 'acme-ai', name: 'Acme AI', aliases: ['Acme AI'] }],
    metrics: [],
    records: [
      {
        id,
        entity: 'acme-ai',
        metric: 'revenue',
        value: 120000000,
        unit: 'USD',
        period: { text: '2025', from: '2025-01-01', to: '2025-12-31' },
        qualifier: 'approx',
        basis: 'reported',
        source: { publisher: 'Example Times', title: 'Acme AI results', url: 'https://example.com/acme-2025', date: '2026-02-01' },
        confidence: 'medium',
        paraphrase: 'Test fixture.',
      },
    ],
  });

export function run(): Promise<void> {
  const output = process.env.FIGURE_CHECK_SUITE_REPORT ?? path.join(extensionRoot(), 'test-results', 'extension-host-restricted.json');
  fs.mkdirSync(path.dirname(output), { recursive: true });
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'json', reporterOptions: { output } });
  mocha.suite.emit('pre-require', globalThis, 'figure-check-restricted', mocha);
  describe('Figure Check in Restricted Mode', () => {
    after(async () => {
      await vscode.workspace.getConfiguration('figureCheck').update('datasets', undefined, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
      await removeScratch();
    });

    it('runs in an untrusted workspace', () => {
      assert.equal(vscode.workspace.isTrusted, false, 'the launcher must open this folder untrusted');
    });

    it('checks with the bundled dataset', async () => {
      await api();
      const editor = await openDraft('restricted.md', 'OpenAI told investors it could burn $150 billion through 2029.\n');
      const [d] = await diagnosticsSettled(editor.document.uri, (x) => x.length === 1, 'a diagnostic from bundled data');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    });

    it('loads workspace *.figures.json as data, but not files named by the workspace setting', async () => {
      const { datasets } = await api();
      await writeScratch('extra.json', DATASET('acme-from-setting'));
      await writeScratch('here.figures.json', DATASET('acme-from-workspace-file'));
      // Writing a workspace value of a restricted setting is allowed; reading it back must not be.
      await vscode.workspace.getConfiguration('figureCheck').update('datasets', ['fc-suite-scratch/extra.json'], vscode.ConfigurationTarget.Workspace);
      datasets.scheduleReload();
      await waitFor('workspace dataset loaded', () => datasets.dataset.byId.has('acme-from-workspace-file'));
      await new Promise((r) => setTimeout(r, 1000)); // one more reload cycle for the setting change
      assert.equal(datasets.dataset.byId.has('acme-from-setting'), false, 'figureCheck.datasets from the workspace is ignored');
      assert.deepEqual(vscode.workspace.getConfiguration('figureCheck').get('datasets'), [], 'VS Code hides the workspace value');
    });
  });
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} restricted-mode test(s) failed; see ${output}`)) : resolve()));
  });
}

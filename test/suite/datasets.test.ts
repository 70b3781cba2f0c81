// Workspace datasets: a user record is used (and named in the hover), a malformed file gets a
// diagnostic at the exact spot while checking goes on, a malicious file shows text, not links.
// The records here are fictional test data (Acme AI, example.com), never shown as fact.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsSettled, hoverText, openDraft, positionOf, removeScratch, scratchUri, waitFor, withSetting, writeScratch } from './helpers';

const ACME = {
  version: '2026-11-01',
  entities: [{ id: 'acme-ai', name: 'Acme AI', nameJa: 'アクメAI', aliases: ['Acme AI'] }],
  metrics: [],
  records: [
    {
      id: 'acme-revenue-2025',
      entity: 'acme-ai',
      metric: 'revenue',
      value: 120000000,
      unit: 'USD',
      period: { text: '2025', from: '2025-01-01', to: '2025-12-31' },
      qualifier: 'approx',
      basis: 'reported',
      source: { publisher: 'Example Times', title: 'Acme AI results', url: 'https://example.com/acme-2025', date: '2026-02-01' },
      confidence: 'medium',
      paraphrase: 'Test fixture: Acme AI 2025 revenue.',
    },
  ],
};

const COMMAND_LINK = '[click](command:workbench.action.terminal.new)';
const MALICIOUS = {
  ...ACME,
  entities: [{ id: 'evil-corp', name: 'Evil Corp', aliases: ['Evil Corp'] }],
  records: [
    {
      ...ACME.records[0],
      id: 'evil-revenue-2025',
      entity: 'evil-corp',
      source: { publisher: COMMAND_LINK, title: '<img src=x onerror=alert(1)>', url: 'https://example.com/evil', date: '2026-02-01' },
      paraphrase: `${COMMAND_LINK} <script>alert(1)</script>`,
    },
  ],
};

const BROKEN = '{\n  "version": "2026-11-01",\n  "entities": [],\n  "metrics": [],\n  "records": [\n    { "id": "x", }\n  ]\n}\n';

export function defineDatasetTests(): void {
  describe('workspace datasets', () => {
    after(removeScratch);

    it('uses a record from a *.figures.json in the workspace and names the file in the hover', async () => {
      const { datasets } = await api();
      await writeScratch('acme.figures.json', JSON.stringify(ACME, null, 2));
      // Loaded through the file watcher, or (if the watcher missed the new folder's file) through the
      // re-listing that opening a markdown document triggers.
      const editor = await openDraft('acme.md', 'Acme AI had revenue of about $120 million in 2025.\n');
      await waitFor('dataset loaded', () => datasets.userFiles.some((f) => f.name.endsWith('acme.figures.json')) && datasets.dataset.byId.has('acme-revenue-2025'), 20_000);
      const { cache } = await api();
      await waitFor('checked with the dataset', () => cache.peek(editor.document)?.kind === 'checked' && cache.peek(editor.document));
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 0, 'the supported figure has no squiggle');
      const { text } = await hoverText(editor.document, positionOf(editor.document, '$120 million'));
      assert.match(text, /Supported/);
      assert.match(text, /Dataset: .*acme\\\.figures\\\.json/);
    });

    it('loads a file named in figureCheck.datasets (any name, folder-relative)', async () => {
      const { datasets } = await api();
      await writeScratch('extra.json', JSON.stringify({ ...ACME, records: [{ ...ACME.records[0], id: 'acme-from-setting' }] }));
      const restore = await withSetting('datasets', ['fc-suite-scratch/extra.json']);
      try {
        await waitFor('dataset from the setting loaded', () => datasets.dataset.byId.has('acme-from-setting'));
        assert.ok(datasets.userFiles.some((f) => f.name.endsWith('extra.json')));
      } finally {
        await restore();
      }
      await waitFor('unloaded after the setting is removed', () => !datasets.dataset.byId.has('acme-from-setting'));
    });

    it('a malformed dataset gets a diagnostic at its line and column; checking goes on', async () => {
      const uri = await writeScratch('broken.figures.json', BROKEN);
      const [problem] = await diagnosticsSettled(uri, (d) => d.length > 0, 'dataset problem diagnostic');
      assert.equal(problem.range.start.line, 5, 'on the line of the trailing comma');
      const { datasets } = await api();
      assert.ok(datasets.dataset.byId.has('acme-revenue-2025'), 'the good user dataset still loads');
      assert.ok(datasets.dataset.byId.has('openai-cumulative-burn-115b-thru-2029'), 'the bundled data still loads');
      const editor = await openDraft('still-works.md', 'OpenAI told investors it could burn $150 billion through 2029.\n');
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 1, 'drafts are still checked');
    });

    it('a malicious dataset renders as text: no command link, no HTML', async () => {
      const { datasets } = await api();
      await writeScratch('malicious.figures.json', JSON.stringify(MALICIOUS, null, 2));
      const editor = await openDraft('evil.md', 'Evil Corp had revenue of about $120 million in 2025.\n');
      await waitFor('malicious dataset loaded', () => datasets.dataset.byId.has('evil-revenue-2025'), 20_000);
      const { cache } = await api();
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 0, 'checked with the malicious record (supported: no squiggle)');
      await waitFor('checked', () => cache.peek(editor.document)?.kind === 'checked');
      const { text, contents } = await hoverText(editor.document, positionOf(editor.document, '$120 million'));
      assert.match(text, /Supported/);
      assert.ok(!/(^|[^\\])\]\(command:/.test(text), `no command link in:\n${text}`);
      assert.ok(!/(^|[^\\])<(img|script)/.test(text), 'no raw HTML');
      assert.ok(text.includes('\\<img src=x onerror=alert\\(1\\)\\>'), 'the title is escaped text');
      for (const c of contents) assert.notEqual(c.isTrusted, true);
    });

    it('a dataset deleted while in use is dropped; a draft that used it falls back to the bundled data', async () => {
      const { datasets } = await api();
      // Its own (fictional) entity, so no other test dataset can support the figure once it is gone.
      const record = { ...ACME.records[0], id: 'acme-short-lived', entity: 'fleeting-labs' };
      const entities = [{ id: 'fleeting-labs', name: 'Fleeting Labs', aliases: ['Fleeting Labs'] }];
      const uri = await writeScratch('short-lived.figures.json', JSON.stringify({ ...ACME, entities, records: [record] }));
      const editor = await openDraft('short-lived.md', 'Fleeting Labs had revenue of about $120 million in 2025.\n');
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 0, 'supported by the short-lived record');
      await waitFor('dataset loaded', () => datasets.dataset.byId.has('acme-short-lived'), 20_000);
      await vscode.workspace.fs.delete(uri, { useTrash: false });
      await openDraft('after-delete.md', 'OpenAI told investors it could burn $150 billion through 2029.\n');
      await waitFor('dataset unloaded after the delete', () => !datasets.dataset.byId.has('acme-short-lived'), 20_000);
      assert.ok(datasets.dataset.byId.has('openai-cumulative-burn-115b-thru-2029'), 'the bundled data is still there');
      assert.ok(!datasets.userFiles.some((f) => f.name.endsWith('short-lived.figures.json')));
      // The draft is re-checked against what is left: Fleeting Labs is no longer known, so its figure is unsourced.
      await diagnosticsSettled(editor.document.uri, (d) => d.length === 1 && /unsourced/.test(String(typeof d[0].code === 'object' ? d[0].code.value : d[0].code)), 'the Fleeting Labs figure is unsourced now');
    });

    it('a dataset rewritten while being read ends with its last content, and a broken version in between loses nothing', async () => {
      const { datasets } = await api();
      const version = (id: string) => JSON.stringify({ ...ACME, records: [{ ...ACME.records[0], id }] });
      const name = 'churning.figures.json';
      // Writes in quick succession, one of them malformed: reloads overlap with writes.
      await writeScratch(name, version('acme-churn-1'));
      await writeScratch(name, BROKEN);
      await writeScratch(name, version('acme-churn-2'));
      await writeScratch(name, BROKEN);
      await writeScratch(name, version('acme-churn-3'));
      await openDraft('churning.md', 'Acme AI had revenue of about $120 million in 2025.\n');
      await waitFor('the last version is loaded', () => datasets.dataset.byId.has('acme-churn-3'), 20_000);
      assert.ok(!datasets.dataset.byId.has('acme-churn-1') && !datasets.dataset.byId.has('acme-churn-2'), 'earlier versions are gone');
      assert.ok(datasets.dataset.byId.has('openai-cumulative-burn-115b-thru-2029'), 'the bundled data is still there');
      const problems = vscode.languages.getDiagnostics(scratchUri(name)).filter((d) => d.source === 'Figure Check');
      assert.equal(problems.length, 0, 'no stale problem from the broken version in between');
    });
  });
}

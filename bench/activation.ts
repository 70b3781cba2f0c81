// Proxy for "extension activation → first diagnostics", run in a fresh process from a production-style
// bundle (core + bundled dataset + markdown-it + compromise, minified, like dist/extension.js minus the
// vscode adapter). It measures: evaluating the bundle, building the bundled dataset's indexes, reading the
// draft and the first checkDocument. It does not measure the VS Code extension host starting, the
// `vscode` API, or rendering diagnostics.
//
//   node activation.cjs <file>   → one JSON line
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDocument, loadBundledDataset } from './core-entry';

// Imports are hoisted: by this line the whole bundle has been evaluated.
const loadedMs = performance.now();
const file = process.argv[2];
if (!file) throw new Error('usage: activation <file>');
const dataset = loadBundledDataset();
const datasetReadyMs = performance.now();
const result = checkDocument(readFileSync(file, 'utf8'), dataset, {});
const doneMs = performance.now();
// nodeTiming.bootstrapComplete: when Node itself was ready to run user code; the extension host is past that.
const nodeReadyMs = performance.nodeTiming.bootstrapComplete;
process.stdout.write(
  `${JSON.stringify({
    task: 'activation',
    ms: doneMs - nodeReadyMs,
    sinceProcessStartMs: doneMs,
    loadMs: loadedMs - nodeReadyMs,
    datasetMs: datasetReadyMs - loadedMs,
    firstCheckMs: doneMs - datasetReadyMs,
    claims: result.claims.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

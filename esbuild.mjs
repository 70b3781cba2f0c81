// The build: one Node bundle for the extension, one web-worker bundle for vscode.dev, one CLI bundle.
// Everything (core, dataset JSON, markdown-it, numeral, jsonc-parser) is bundled: the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
  target: 'es2022',
};

const builds = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'] },
  { entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } },
  // mainFields: jsonc-parser's default "main" is a UMD build whose inner require('./impl/…') esbuild cannot follow; its "module" build bundles.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', mainFields: ['module', 'main'], banner: { js: '#!/usr/bin/env node' } },
];

// A missing entry point is a broken checkout, not something to skip quietly.
const missing = builds.map((b) => b.entryPoints[0]).filter((entry) => !existsSync(entry));
if (missing.length) {
  console.error(`build: missing entry point(s): ${missing.join(', ')}`);
  process.exit(1);
}

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

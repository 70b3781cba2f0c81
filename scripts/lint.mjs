// `npm run lint`: the project's own rules, which tsc does not check.
// 1. src/core stays pure: no `vscode`, no Node built-ins (it is bundled for the browser too).
// 2. Nothing in src/ writes, deletes or runs anything on its own: edits to drafts and datasets go
//    through WorkspaceEdit (undoable, user-invoked quick fixes); the CLI only prints (and, with
//    --cache, stores entries in its cache directory: src/cli/cache.ts only).
// 3. The README and docs are valid markdown (markdownlint), and their relative links and #anchors
//    resolve, including the anchors the extension and the CLI link to.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, dirname, relative } from 'node:path';
import { lint } from 'markdownlint/sync';

const root = dirname(dirname(new URL(import.meta.url).pathname));
const problems = [];

function walk(dir, keep) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

// 1. Core purity.
const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const importPattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
for (const file of walk(join(root, 'src/core'), (p) => p.endsWith('.ts'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(importPattern)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec === 'vscode' || nodeModules.has(spec)) {
      const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
      problems.push(`${relative(root, file)}:${line}: src/core must not import '${spec}' (pure engine, bundled for the browser)`);
    }
  }
}

// 2. No file writes, deletes or process/code execution anywhere in src/.
const forbidden = [
  [/\b(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|unlink|unlinkSync|rmSync|rmdirSync|renameSync)\s*\(/, 'writes or deletes a file'],
  [/\bworkspace\.fs\.(?:writeFile|delete|rename|copy|createDirectory)\s*\(/, 'writes through workspace.fs (use a WorkspaceEdit from a user-invoked quick fix)'],
  [/['"](?:node:)?child_process['"]|\beval\s*\(|\bnew\s+Function\s*\(/, 'can run code'],
];
// The one exception: the CLI's opt-in --cache stores its entries, only inside --cache-location.
const mayWrite = new Set(['src/cli/cache.ts']);
for (const file of walk(join(root, 'src'), (p) => p.endsWith('.ts'))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const writesAllowed = mayWrite.has(relative(root, file));
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return;
    for (const [pattern, what] of forbidden) {
      if (writesAllowed && what === 'writes or deletes a file') continue;
      if (pattern.test(line)) problems.push(`${relative(root, file)}:${i + 1}: ${what}`);
    }
  });
}

// 3. Markdown: README, CHANGELOG and docs.
const docs = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const config = {
  default: true,
  MD013: false, // long lines: tables and prose are wrapped by hand
  MD024: { siblings_only: true }, // the same subheading under different sections
  MD033: { allowed_elements: ['a'] }, // <a id="verdict-…"> anchors the diagnostics link to
  MD041: false, // docs/*.md are README sections and start at level 2
  MD001: false,
  MD060: false, // table column alignment
};
const strings = Object.fromEntries(docs.map((d) => [d, readFileSync(join(root, d), 'utf8')]));
const results = lint({ strings, config });
for (const [name, list] of Object.entries(results)) {
  for (const r of list) problems.push(`${name}:${r.lineNumber}: ${r.ruleNames.join('/')} ${r.ruleDescription}${r.errorDetail ? ` (${r.errorDetail})` : ''}`);
}

/** GitHub-style heading slugs plus explicit <a id="…"> anchors. */
function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = heading[1].toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      anchors.add(n ? `${base}-${n}` : base);
    }
    for (const m of line.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]);
  }
  return anchors;
}

for (const [name, text] of Object.entries(strings)) {
  const body = text.replace(/```[\s\S]*?```/g, '');
  for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, fragment] = target.split('#');
    const file = path ? join(root, dirname(name), path) : join(root, name);
    if (path && !existsSync(file)) {
      problems.push(`${name}: link to a missing file: ${target}`);
      continue;
    }
    if (fragment && file.endsWith('.md') && statSync(file).isFile() && !anchorsOf(readFileSync(file, 'utf8')).has(fragment)) {
      problems.push(`${name}: link to a missing anchor: ${target}`);
    }
  }
}

// The anchors code links to: diagnostics' code targets and the SARIF rules' help.
const readmeAnchors = anchorsOf(strings['README.md']);
for (const anchor of ['how-verdicts-are-decided', ...['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored'].map((v) => `verdict-${v}`)]) {
  if (!readmeAnchors.has(anchor)) problems.push(`README.md: missing anchor #${anchor} (linked from diagnostics or SARIF)`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint: src/core pure; src/ writes and runs nothing (but the opt-in CLI cache); ${docs.length} markdown files valid, links and anchors resolve`);

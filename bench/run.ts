// `npm run bench`: production build, corpora, peers in fresh processes (alternating, warm-up, median and
// min/max), the one-paragraph edit path, cold starts, bundle sizes; prints the table and writes
// bench/RESULTS.md (and the quoted section of docs/performance.md). Options: --no-build (reuse dist/),
// --quick (fewer runs, a smoke test: writes bench/corpus/RESULTS-quick.md, leaves RESULTS.md and docs alone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBenchBundles } from './build';
import { CORPUS_SIZES, DEFAULT_SEED, generateCorpus, loadDatasetFile, writeCorpora } from './generate';
import { renderResults, renderSummary, replaceDocSection, type BenchResults, type PeerSample } from './report';
import { machineInfo } from './machine';

const ROOT = process.cwd();
const CORPUS_DIR = join(ROOT, 'bench', 'corpus');
const BUILD_DIR = join(CORPUS_DIR, '.build');
const TOOLS = ['regex', 'markdown-it', 'markdownlint', 'check'] as const;
const quick = process.argv.includes('--quick');
/** Timed runs per size (after one discarded warm-up round); fewer for the big files to keep the run short. */
const RUNS: Record<string, number> = quick
  ? { '30KB': 2, '300KB': 2, '1MB': 1, '3MB': 1 }
  : { '30KB': 7, '300KB': 7, '1MB': 5, '3MB': 3 };
const COLD_RUNS = quick ? 2 : 7;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function runNode(args: string[], timeoutMs = 300_000): { stdout: string; stderr: string; status: number | null; wallMs: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, wallMs: performance.now() - start };
}

/** Failed measurements, reported in RESULTS.md instead of aborting the whole run. */
const failures: string[] = [];

function runChild(script: string, args: string[], nodeFlags: string[] = []): Record<string, unknown> | undefined {
  const r = runNode([...nodeFlags, script, ...args]);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    const message = `${args.map((a) => a.replace(ROOT + '/', '')).join(' ')}: exit ${r.status}: ${(r.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? r.stderr.slice(0, 200)).trim()}`;
    if (!failures.includes(message)) failures.push(message);
    log(`  FAILED ${message}`);
    return undefined;
  }
  return { ...(JSON.parse(line) as Record<string, unknown>), wallMs: r.wallMs };
}

/** Runs the production build; returns how it went, so a broken build is reported instead of stale files. */
function productionBuild(): string {
  if (process.argv.includes('--no-build')) return 'skipped (--no-build): dist/ as found';
  log('build: node esbuild.mjs --production');
  const r = runNode(['esbuild.mjs', '--production']);
  if (r.status === 0) return 'production (node esbuild.mjs --production)';
  log(`production build failed; bundle sizes and the CLI are not measured:\n${r.stderr.slice(0, 3000)}`);
  return 'failed';
}

function bundleSizes(): Record<string, number | null> {
  const sizes: Record<string, number | null> = {};
  for (const file of ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js']) {
    sizes[file] = existsSync(file) ? statSync(file).size : null;
  }
  return sizes;
}

function measurePeers(paths: Record<string, string>, warmupPath: string, childScript: string): PeerSample[] {
  const samples: PeerSample[] = [];
  for (const size of CORPUS_SIZES) {
    const runs = RUNS[size.name] ?? 3;
    for (let round = 0; round <= runs; round++) {
      // Alternate the order every round so no tool always runs right after the same neighbour.
      const order = TOOLS.map((_, i) => TOOLS[(i + round) % TOOLS.length] as string);
      for (const tool of order) {
        const r = runChild(childScript, [tool, paths[size.name] as string, warmupPath]);
        if (round === 0 || !r) continue; // warm-up round: file cache, disk, CPU frequency
        samples.push({ tool, size: size.name, bytes: statSync(paths[size.name] as string).size, ms: r.ms as number, maxRssMB: r.maxRssMB as number });
      }
      log(`  ${size.name} round ${round}/${runs}`);
    }
  }
  return samples;
}

function measureColdCli(file: string): { wallMs: number[]; status: number | null; claims: number | null } | null {
  if (!existsSync('dist/cli.js')) return null;
  const wallMs: number[] = [];
  let status: number | null = null;
  let claims: number | null = null;
  for (let i = 0; i <= COLD_RUNS; i++) {
    const r = runNode(['dist/cli.js', file, '--format', 'json']);
    status = r.status;
    if (i === 0) {
      try {
        const json = JSON.parse(r.stdout) as { files?: { claims?: unknown[] }[] };
        claims = json.files?.[0]?.claims?.length ?? null;
      } catch {
        claims = null;
      }
      continue;
    }
    wallMs.push(r.wallMs);
  }
  return { wallMs, status, claims };
}

function measureActivation(activationScript: string, file: string): Record<string, unknown>[] {
  const samples: Record<string, unknown>[] = [];
  for (let i = 0; i <= COLD_RUNS; i++) {
    const r = runChild(activationScript, [file]);
    if (i > 0 && r) samples.push(r);
  }
  return samples;
}

async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo(ROOT); // before any work: the load average then is other people's
  const build = productionBuild();
  const buildOk = build !== 'failed';
  const bundles = buildOk ? bundleSizes() : {};
  mkdirSync(BUILD_DIR, { recursive: true });
  const { childScript, activationScript } = await buildBenchBundles(ROOT, BUILD_DIR);

  log('corpora: seeded generation from data/figures.json');
  const data = loadDatasetFile(join(ROOT, 'data', 'figures.json'));
  const paths = writeCorpora(data, CORPUS_DIR, DEFAULT_SEED);
  const warmupPath = join(CORPUS_DIR, 'warmup.md');
  writeFileSync(warmupPath, generateCorpus(data, { seed: DEFAULT_SEED + 1, targetBytes: 64 * 1024 }));

  log('peers: regex floor, markdown-it, markdownlint, full check');
  const peers = measurePeers(paths, warmupPath, childScript);
  log('edit path: 1 MB draft, 50 one-paragraph edits');
  // --expose-gc: after the edits the child collects garbage once to report the heap the cache keeps.
  const edit = runChild(childScript, ['edit', paths['1MB'] as string, warmupPath], ['--expose-gc']) ?? null;
  log('repeated full checks of the 300 KB draft in one process (3 processes)');
  const repeat = [0, 1, 2].map(() => runChild(childScript, ['repeat', paths['300KB'] as string, warmupPath])).filter((r): r is Record<string, unknown> => r !== undefined);
  log('cold start: CLI and activation proxy on the 30 KB draft');
  const cli = buildOk ? measureColdCli(paths['30KB'] as string) : null;
  const activation = measureActivation(activationScript, paths['30KB'] as string);

  const results: BenchResults = {
    date: startedAt,
    machine,
    corpora: Object.fromEntries(CORPUS_SIZES.map((s) => [s.name, statSync(paths[s.name] as string).size])),
    peers,
    edit,
    repeat,
    cli,
    activation,
    bundles,
    build,
    failures,
    runs: RUNS,
    totalSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(join(CORPUS_DIR, 'results.json'), JSON.stringify(results, null, 2));
  const markdown = renderResults(results);
  // A --quick run is a smoke test: it writes beside the corpora and leaves RESULTS.md and the docs alone.
  const resultsPath = quick ? join(CORPUS_DIR, 'RESULTS-quick.md') : join(ROOT, 'bench', 'RESULTS.md');
  writeFileSync(resultsPath, markdown);
  const docPath = join(ROOT, 'docs', 'performance.md');
  if (!quick && existsSync(docPath)) writeFileSync(docPath, replaceDocSection(readFileSync(docPath, 'utf8'), renderSummary(results)));
  process.stdout.write(markdown);
  log(`wrote ${resultsPath.replace(ROOT + '/', '')} in ${results.totalSeconds.toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

// One measurement in a fresh process. The harness (bench/run.ts) bundles this file with esbuild and
// spawns it once per sample, so every tool starts cold in its own process and peak RSS is its own.
//
//   node child.mjs <task> <file> <warmup-file>
//   task: regex | markdown-it | markdownlint | check | edit | repeat
// Prints one JSON line: { task, ms, loadMs, maxRssMB, ... }.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDocument, createCheckCache, loadBundledDataset } from './core-entry';
import { applyParagraphEdit, proseParagraphs } from './edits';
import { seededRandom } from './random';
import type { CheckedClaim, CheckResult } from '../src/core/types';
import { percentile, median } from './stats';

type Run = (text: string) => unknown;

/** The floor: one linear pass of a figure-shaped regex, no markdown, no context (no nested quantifiers). */
const FIGURE_PATTERN =
  /(?:US)?[$€£¥]?[0-9０-９][0-9０-９,.]*\s?(?:%|％|percent|per cent|billion|million|trillion|bn|tn|[BMT]\b|[兆億万])?/g;

function countFigures(text: string): number {
  let n = 0;
  FIGURE_PATTERN.lastIndex = 0;
  while (FIGURE_PATTERN.exec(text) !== null) n++;
  return n;
}

async function loadTask(task: string): Promise<Run> {
  switch (task) {
    case 'regex':
      return countFigures;
    case 'markdown-it': {
      const { default: MarkdownIt } = await import('markdown-it');
      const md = new MarkdownIt();
      return (text) => md.parse(text, {}).length;
    }
    case 'markdownlint': {
      const { lint } = await import('markdownlint/sync');
      // Default config: every default rule on, as a writer running markdownlint would have it.
      return (text) => lint({ strings: { doc: text } });
    }
    case 'check': {
      const dataset = loadBundledDataset();
      return (text) => checkDocument(text, dataset, {}).claims.length;
    }
    default:
      throw new Error(`unknown task ${task}`);
  }
}

/** The timed calls, in a function of their own so that CPU profiles can tell them from the warm-up. */
function timedRuns(run: Run, text: string, repeat: number): unknown {
  let output: unknown;
  for (let i = 0; i < repeat; i++) output = run(text);
  return output;
}

function rssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measureOnce(task: string, file: string, warmupFile: string): Promise<Record<string, unknown>> {
  const loadStart = performance.now();
  const run = await loadTask(task);
  const loadMs = performance.now() - loadStart;
  // Warm-up on a different document of the same kind, so caches keyed by text do not flatter the timed run.
  const warmup = readFileSync(warmupFile, 'utf8');
  // Five calls bring our check to its steady (JIT-optimised) speed; markdownlint's does not change with more.
  const warmups = Math.max(0, Number(process.env.BENCH_WARMUPS ?? 5));
  for (let i = 0; i < warmups; i++) run(warmup);
  const text = readFileSync(file, 'utf8');
  // BENCH_REPEAT > 1 only for profiling (bench/profile.ts), so the timed work dominates the profile.
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const output = timedRuns(run, text, repeat);
  const ms = (performance.now() - start) / repeat;
  // CPU time of every thread of the process (the main thread, V8's compiler and GC helpers): unlike
  // wall time, it does not grow when the machine is busy with other work.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / repeat;
  return { task, ms, cpuMs, loadMs, maxRssMB: rssMB(), output: typeof output === 'number' ? output : undefined };
}

/**
 * The same draft checked again and again in one process, as an editor re-checks an open document in
 * full (a dataset reloaded, Check Workspace): the first call after the usual warm-up, then the
 * calls after it, once V8 has finished optimising for a document this size.
 */
function measureRepeats(file: string, warmupFile: string, calls: number): Record<string, unknown> {
  const dataset = loadBundledDataset();
  const warmup = readFileSync(warmupFile, 'utf8');
  for (let i = 0; i < 5; i++) checkDocument(warmup, dataset, {});
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    checkDocument(text, dataset, {});
    times.push(performance.now() - start);
  }
  const later = times.slice(Math.floor(calls / 2));
  return { task: 'repeat', ms: median(later), firstMs: times[0], times, maxRssMB: rssMB() };
}

/** How many blocks the last check re-read, if the core's cache reports it (extract.lastRun). */
function blocksParsedLastRun(cache: unknown): number | undefined {
  const parsed = (cache as { extract?: { lastRun?: { parsed?: unknown } } }).extract?.lastRun?.parsed;
  return typeof parsed === 'number' ? parsed : undefined;
}

/** One-paragraph edits of a large draft, re-checked with the same cache, as the extension does on typing. */
function measureEdits(file: string, warmupFile: string, edits: number): Record<string, unknown> {
  const dataset = loadBundledDataset();
  const warm = readFileSync(warmupFile, 'utf8');
  checkDocument(warm, dataset, {});
  let text = readFileSync(file, 'utf8');
  const cache = createCheckCache();
  const firstStart = performance.now();
  checkDocument(text, dataset, { cache });
  const firstMs = performance.now() - firstStart;
  // What one open 1 MB document costs the extension host: heap after its first check, cache included.
  const heapAfterFirstMB = process.memoryUsage().heapUsed / 1024 / 1024;
  const rng = seededRandom(4242);
  const warmupEdits = 5;
  const times: number[] = [];
  const reparsed: number[] = [];
  for (let i = 0; i < warmupEdits + edits; i++) {
    const paragraphs = proseParagraphs(text);
    text = applyParagraphEdit(text, rng.pick(paragraphs), i);
    const start = performance.now();
    checkDocument(text, dataset, { cache });
    const ms = performance.now() - start;
    if (i >= warmupEdits) {
      times.push(ms);
      const parsed = blocksParsedLastRun(cache);
      if (parsed !== undefined) reparsed.push(parsed);
    }
  }
  // Peak memory of the edit loop itself, before the comparison below allocates its own.
  const editLoopRssMB = rssMB();
  // What the document's cache keeps after all the edits (live heap after a full collection, when
  // the harness exposes gc): it must not grow with the number of edits.
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const heapAfterEditsMB = collect ? process.memoryUsage().heapUsed / 1024 / 1024 : null;
  // The incremental result must equal a fresh check of the same text, or the speed is meaningless.
  const cached = checkDocument(text, dataset, { cache });
  const freshStart = performance.now();
  const fresh = checkDocument(text, dataset, {});
  const freshMs = performance.now() - freshStart;
  return {
    task: 'edit',
    ms: median(times),
    p90: percentile(times, 90),
    min: Math.min(...times),
    max: Math.max(...times),
    edits: times.length,
    firstMs,
    freshMs,
    sameAsFresh: sameResult(cached, fresh),
    heapAfterFirstMB,
    heapAfterEditsMB,
    blocksReparsedMedian: reparsed.length > 0 ? median(reparsed) : null,
    maxRssMB: editLoopRssMB,
  };
}

/** Records by id, so that results compare by what they say, claim by claim, without one huge string. */
function claimFingerprint(claim: CheckedClaim): string {
  return JSON.stringify({ ...claim, record: claim.record?.id, newer: claim.newer?.id, history: claim.history.map((r) => r.id) });
}

function sameResult(a: CheckResult, b: CheckResult): boolean {
  if (a.lang !== b.lang || a.claims.length !== b.claims.length || JSON.stringify(a.counts) !== JSON.stringify(b.counts)) return false;
  return a.claims.every((claim, i) => claimFingerprint(claim) === claimFingerprint(b.claims[i] as CheckedClaim));
}

async function main(): Promise<void> {
  const [task, file, warmupFile] = process.argv.slice(2);
  if (!task || !file || !warmupFile) throw new Error('usage: child <task> <file> <warmup-file>');
  const result =
    task === 'edit' ? measureEdits(file, warmupFile, 50) : task === 'repeat' ? measureRepeats(file, warmupFile, 8) : await measureOnce(task, file, warmupFile);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

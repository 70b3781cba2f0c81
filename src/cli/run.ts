// One run of `figure-check`, from arguments to exit code, with the process's streams passed in so
// tests can run it in-process. Exit 0: nothing at or above --fail-on; 1: findings at or above it;
// 2: cannot check (usage error, malformed dataset, a file that could not be read or checked, or
// every file skipped; the last three unless --allow-skipped, except an engine crash).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundledDatasetFile } from '../core/dataset';
import pkg from '../../package.json';
import { HELP_TEXT, parseArgs, type CliOptions } from './args';
import { ResultCache, sha256, type CacheKeyParts, type RecordLookup } from './cache';
import type { CheckSettings } from './checker';
import { formatProblem, loadDataset, type DatasetSpec } from './dataset';
import { collectTargets } from './files';
import { jsonSink } from './formats/json';
import { informationUriFrom, sarifSink } from './formats/sarif';
import type { ReportSink } from './formats/sink';
import { textSink } from './formats/text';
import { runPipeline, type FileOutcome } from './pipeline';
import { inlineChecker, workerPool, type Checker, type WorkerSource } from './pool';
import { fileFails, isFailedRead, reportRecord, type DatasetSummary, type ReportRecord, type SkippedFile } from './report';
import type { Dataset } from '../core/types';
import { inShard } from './shard';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  readStdin: () => Promise<Buffer>;
  /** Returns false when the text was buffered and the caller should wait for `drained`. */
  writeOut: (text: string) => boolean | void;
  writeErr: (text: string) => void;
  /** Resolves when stdout can take more (after writeOut returned false). */
  drained?: () => Promise<void>;
  /** CPUs, for the default --jobs. */
  cpus?: number;
  /** Overrides for tests: the engine's identity in cache keys, and how worker threads start. */
  engineId?: string;
  workerSource?: WorkerSource;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_CHECK = 2;

/** Files in flight per worker thread: enough to keep each busy, few enough that memory stays flat. */
const FILES_IN_FLIGHT_PER_JOB = 4;

/** Colour on a terminal only, never when NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(option: CliOptions['color'], stdoutIsTTY: boolean, env: CliIo['env']): boolean {
  if (option !== 'auto') return option === 'always';
  return stdoutIsTTY && !env.NO_COLOR;
}

/** A thread costs about 0.1 s to start (the bundle and the dataset): by default, one per CPU but no more than one per this many files. */
const FILES_PER_DEFAULT_JOB = 4;

/** Threads for a run: --jobs as given (no more than the files), or by default one per CPU for a run big enough. */
export function jobsFor(requested: number | undefined, cpus: number, files: number): number {
  const wanted = requested ?? Math.min(cpus, Math.ceil(files / FILES_PER_DEFAULT_JOB));
  return Math.max(1, Math.min(wanted, files));
}

function fail(io: CliIo, lines: readonly string[]): number {
  for (const line of lines) io.writeErr(`figure-check: ${line}\n`);
  return EXIT_CANNOT_CHECK;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The engine build: the package version and a hash of the running bundle (any code change is a new engine). */
export function engineIdentity(): string {
  try {
    return `${pkg.version}+${sha256(fs.readFileSync(__filename)).slice(0, 16)}`;
  } catch {
    return `${pkg.version}+unknown-build`;
  }
}

export function cacheKeyParts(engine: string, spec: DatasetSpec, settings: CheckSettings): CacheKeyParts {
  const bundled = spec.bundled ? sha256(JSON.stringify(bundledDatasetFile())) : 'no bundled data';
  const dataset = sha256(bundled, ...spec.files.flatMap((file) => [file.path, file.text]));
  const severities = Object.entries(settings.severities).sort(([a], [b]) => (a < b ? -1 : 1));
  // Without --as-of the engine reads present-tense figures against today, so today is part of the key.
  const options = JSON.stringify({
    lang: settings.lang,
    severities,
    asOf: settings.asOf ?? null,
    staleAfterDays: settings.staleAfterDays ?? null,
    today: settings.asOf ? null : settings.today,
  });
  return { engine, dataset, options };
}

function sinkFor(options: CliOptions, io: CliIo, dataset: DatasetSummary): ReportSink {
  if (options.format === 'json') return jsonSink(dataset);
  if (options.format === 'sarif') return sarifSink(dataset, { version: pkg.version, informationUri: informationUriFrom(pkg), shard: options.shard });
  return textSink({ color: useColor(options.color, io.stdoutIsTTY, io.env), quiet: options.quiet });
}

/** Writes to stdout, waiting for it to drain when it is full, so output never piles up in memory. */
function outputWriter(io: CliIo): (text: string) => Promise<void> {
  return async (text) => {
    if (text === '') return;
    if (io.writeOut(text) === false && io.drained) await io.drained();
  };
}

/** Records of the dataset by id, each made into its report shape once (cached entries name records by id). */
function recordLookup(dataset: Dataset): RecordLookup {
  const made = new Map<string, ReportRecord>();
  return (id) => {
    let record = made.get(id);
    if (!record) {
      const found = dataset.byId.get(id);
      if (!found) return undefined;
      record = reportRecord(found) as ReportRecord;
      made.set(id, record);
    }
    return record;
  };
}

function openCache(options: CliOptions, io: CliIo, parts: () => CacheKeyParts, dataset: Dataset): ResultCache | undefined {
  if (!options.cacheLocation) return undefined;
  const opened = ResultCache.open(path.resolve(io.cwd, options.cacheLocation), parts(), recordLookup(dataset));
  if (opened instanceof ResultCache) return opened;
  io.writeErr(`figure-check: warning: ${opened.error}; checking without a cache\n`);
  return undefined;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.writeOut(HELP_TEXT);
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    io.writeOut(`${pkg.version}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') return fail(io, [parsed.message, 'run figure-check --help for usage']);
  const options = parsed.options;

  const load = loadDataset(options.datasets, options.bundled);
  if (!load.ok) {
    return fail(io, [
      ...load.errors,
      ...load.problems.map(formatProblem),
      'refusing to check with a malformed or unreadable dataset: fix it, or leave it out of --dataset',
    ]);
  }
  if (!options.quiet) for (const warning of load.warnings) io.writeErr(`figure-check: ${formatProblem(warning)}\n`);

  const collected = collectTargets(options.inputs, io.cwd, options.stdinName);
  if (collected.errors.length > 0) return fail(io, collected.errors);
  if (!options.quiet) for (const note of collected.notes) io.writeErr(`figure-check: ${note}\n`);
  const targets = inShard(collected.targets, options.shard);
  // A directory that could not be listed may hold files of every shard: each shard reports it.
  const unlisted = collected.unlisted;
  if (options.shard && targets.length === 0 && !options.quiet) {
    io.writeErr(`figure-check: shard ${options.shard.index}/${options.shard.count} has none of the ${collected.targets.length} files\n`);
  }

  const settings: CheckSettings = {
    lang: options.lang,
    severities: options.severities,
    asOf: options.asOf,
    staleAfterDays: options.staleAfterDays,
    today: todayUtc(),
  };
  const cache = openCache(options, io, () => cacheKeyParts(io.engineId ?? engineIdentity(), load.spec, settings), load.dataset);
  const jobs = jobsFor(options.jobs, io.cpus ?? os.availableParallelism(), targets.length);
  const checker: Checker = jobs > 1 ? workerPool(jobs, load.spec, settings, io.workerSource) : inlineChecker(load.dataset, settings);

  const dataset: DatasetSummary = { records: load.dataset.records.length, version: load.dataset.version, asOf: load.asOf };
  const sink = sinkFor(options, io, dataset);
  const write = outputWriter(io);
  const skips: SkippedFile[] = [];
  let checkedFiles = 0;
  let failures = 0;
  let findingsFail = false;

  const onSkip = async (skip: SkippedFile): Promise<void> => {
    skips.push(skip);
    const level = isFailedRead(skip.reason) && !options.allowSkipped ? 'error' : 'warning';
    io.writeErr(`figure-check: ${level}: ${skip.message}\n`);
    await write(sink.skipped(skip));
  };
  const emit = async (outcome: FileOutcome): Promise<void> => {
    if (outcome.kind === 'skipped') return onSkip(outcome.skip);
    if (outcome.kind === 'failed') {
      failures++;
      io.writeErr(`figure-check: internal error while checking ${outcome.path}: ${outcome.message}\n`);
      return;
    }
    checkedFiles++;
    const { file } = outcome;
    for (const warning of file.warnings) io.writeErr(`figure-check: warning: ${file.path}:${warning.line + 1}:${warning.character + 1}: ${warning.message}\n`);
    if (fileFails(file, options.failOn)) findingsFail = true;
    await write(sink.file(file, outcome.fromCache));
  };

  await write(sink.begin());
  try {
    for (const skip of unlisted) await onSkip(skip);
    await runPipeline(targets, { maxFileBytes: options.maxFileBytes, readStdin: io.readStdin, checker, cache }, checker.parallelism * FILES_IN_FLIGHT_PER_JOB, emit);
  } finally {
    await checker.close();
  }

  const failedReads = skips.filter((skip) => isFailedRead(skip.reason)).length;
  const allSkipped = checkedFiles === 0 && failures === 0 && skips.length > 0;
  const refused = !options.allowSkipped && (failedReads > 0 || allSkipped);
  await write(sink.end({ incomplete: refused || failures > 0 }));

  const cacheProblem = cache?.writeProblem();
  if (cacheProblem) io.writeErr(`figure-check: warning: ${cacheProblem}\n`);
  if (failures > 0) io.writeErr(`figure-check: ${failures === 1 ? '1 file' : `${failures} files`} could not be checked (an internal error): the run fails\n`);
  if (refused) {
    const why = allSkipped ? `every file was skipped (${skips.length}): nothing was checked` : `${failedReads === 1 ? '1 file or directory' : `${failedReads} files or directories`} could not be read`;
    io.writeErr(`figure-check: ${why}; exit 2 (--allow-skipped makes this a warning)\n`);
  }
  if (failures > 0 || refused) return EXIT_CANNOT_CHECK;
  return findingsFail ? EXIT_FINDINGS : EXIT_OK;
}

/** Reads standard input to its end as a stream (readFileSync(0) can fail with EAGAIN on some pipes). */
async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Resolves when stdout drains, or at once when it is gone (a closed pipe never drains). */
function stdoutDrained(): Promise<void> {
  if (process.stdout.destroyed || process.stdout.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
    process.stdout.on('error', done);
  });
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin: readAllStdin,
    writeOut: (text) => (process.stdout.destroyed ? true : process.stdout.write(text)),
    writeErr: (text) => process.stderr.write(text),
    drained: stdoutDrained,
  };
}

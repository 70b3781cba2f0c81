// Loading the dataset for a CLI run: the bundled data (unless --no-bundled) with the --dataset files
// merged over it. A malformed user dataset stops the run (exit 2) instead of being silently dropped:
// in CI a figure "checked" against half a dataset is worse than no check.
import * as fs from 'node:fs';
import {
  BUNDLED_ORIGIN,
  MAX_DATASET_BYTES,
  buildDataset,
  bundledDataset,
  bundledDatasetFile,
  bundledNames,
  parseDatasetText,
  tooLargeProblem,
  type DatasetInput,
  type KnownNames,
} from '../core/dataset';
import type { Dataset, DatasetFile, DatasetProblem } from '../core/types';
import { decodeText } from './decode';

export type DatasetLoad =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[]; asOf: string | null }
  | { ok: false; errors: string[]; problems: DatasetProblem[] };

/** What a dataset is made of: enough to build the same Dataset again in a worker thread, and to hash it for the cache. */
export interface DatasetSpec {
  bundled: boolean;
  /** The --dataset files in order, as read (the path is the records' origin). */
  files: { path: string; text: string }[];
}

/** `file:line:col: error: /records/3/source/url: message`, with 1-based line and column for humans. */
export function formatProblem(problem: DatasetProblem): string {
  const field = problem.field === '' ? '(top level)' : problem.field;
  return `${problem.file}:${problem.line + 1}:${problem.column + 1}: ${problem.severity}: ${field}: ${problem.message}`;
}

type DatasetRead = { text: string } | { error: string } | { problem: DatasetProblem };

function readDatasetFile(file: string): DatasetRead {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { error: `cannot read dataset ${file}: not a regular file` };
    if (stat.size > MAX_DATASET_BYTES) return { problem: tooLargeProblem(file, stat.size) };
    return { text: decodeText(fs.readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    return { error: `cannot read dataset ${file}: ${reason}` };
  }
}

/** Names a later file may use without defining them: the bundled ones and those of earlier files. */
function addNames(known: KnownNames, data: DatasetFile): KnownNames {
  return {
    entities: new Set([...known.entities, ...data.entities.map((e) => e.id)]),
    metrics: new Map([...known.metrics, ...data.metrics.map((m) => [m.id, m] as const)]),
    records: new Set([...known.records, ...data.records.map((r) => r.id)]),
  };
}

const NO_NAMES: KnownNames = { entities: new Set(), metrics: new Map(), records: new Set() };

/** The newest `asOf` (YYYY-MM-DD, the newest source date a dataset file states) of the files used. */
export function newestAsOf(dataset: Dataset, files: readonly DatasetFile[]): string | null {
  // The merged dataset may carry its own (core/dataset decides); otherwise the files' own fields.
  const own = (dataset as { asOf?: unknown }).asOf;
  if (typeof own === 'string') return own;
  let newest: string | null = null;
  for (const file of files) {
    const asOf = (file as { asOf?: unknown }).asOf;
    if (typeof asOf === 'string' && (newest === null || asOf > newest)) newest = asOf;
  }
  return newest;
}

/** Reads the --dataset files exactly as named (nothing a dataset refers to). */
export function readDatasetSpec(files: readonly string[], includeBundled: boolean): { spec: DatasetSpec; errors: string[]; problems: DatasetProblem[] } {
  const spec: DatasetSpec = { bundled: includeBundled, files: [] };
  const errors: string[] = [];
  const problems: DatasetProblem[] = [];
  for (const file of files) {
    const read = readDatasetFile(file);
    if ('error' in read) errors.push(read.error);
    else if ('problem' in read) problems.push(read.problem);
    else spec.files.push({ path: file, text: read.text });
  }
  return { spec, errors, problems };
}

/**
 * Validates the files and merges them over the bundled data in the order given: a later file's record
 * with the same id overrides an earlier one. Any error, in one file or across files (duplicate ids,
 * supersession cycles), refuses the whole load.
 */
export function buildDatasetFromSpec(spec: DatasetSpec): DatasetLoad {
  const problems: DatasetProblem[] = [];
  const bundledFile = bundledDatasetFile();
  if (spec.files.length === 0 && spec.bundled) {
    const dataset = bundledDataset();
    return { ok: true, dataset, warnings: [], asOf: newestAsOf(dataset, [bundledFile]) };
  }
  const inputs: DatasetInput[] = spec.bundled ? [{ origin: BUNDLED_ORIGIN, data: bundledFile }] : [];
  let known = spec.bundled ? bundledNames() : NO_NAMES;
  for (const { path, text } of spec.files) {
    const parsed = parseDatasetText(text, path, { known });
    problems.push(...parsed.problems);
    if (parsed.data) {
      inputs.push({ origin: path, data: parsed.data });
      known = addNames(known, parsed.data);
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, errors: [], problems };
  const dataset = buildDataset(inputs);
  // buildDataset reports only what merging finds; the per-file warnings were collected above.
  const all = [...problems, ...dataset.problems];
  if (all.some((p) => p.severity === 'error')) return { ok: false, errors: [], problems: all };
  return { ok: true, dataset, warnings: all, asOf: newestAsOf(dataset, inputs.map((input) => input.data)) };
}

/** readDatasetSpec then buildDatasetFromSpec: the dataset of a CLI run, or why there is none. */
export function loadDataset(files: readonly string[], includeBundled: boolean): DatasetLoad & { spec: DatasetSpec } {
  const read = readDatasetSpec(files, includeBundled);
  if (read.errors.length > 0 || read.problems.some((p) => p.severity === 'error')) {
    // Still parse what could be read, so every problem is reported in one run.
    const built = buildDatasetFromSpec(read.spec);
    const problems = [...read.problems, ...(built.ok ? [] : built.problems)];
    return { ok: false, errors: read.errors, problems, spec: read.spec };
  }
  return { ...buildDatasetFromSpec(read.spec), spec: read.spec };
}

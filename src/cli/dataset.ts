// Loading the dataset for a CLI run: the bundled data (unless --no-bundled) with the --dataset files
// merged over it. A malformed user dataset stops the run (exit 2) instead of being silently dropped:
// in CI a figure "checked" against half a dataset is worse than no check.
import * as fs from 'node:fs';
import { buildDataset, parseDatasetText } from '../core/dataset';
import type { Dataset, DatasetFile, DatasetProblem } from '../core/types';
import bundledJson from '../../data/figures.json';
import { decodeText } from './files';

/** A dataset file larger than this is refused: no real dataset comes near it. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

export type DatasetLoad =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[] }
  | { ok: false; errors: string[]; problems: DatasetProblem[] };

/** `file:line:col: error: /records/3/source/url: message`, with 1-based line and column for humans. */
export function formatProblem(problem: DatasetProblem): string {
  const field = problem.field === '' ? '(top level)' : problem.field;
  return `${problem.file}:${problem.line + 1}:${problem.column + 1}: ${problem.severity}: ${field}: ${problem.message}`;
}

function readDatasetFile(file: string): { text: string } | { error: string } {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { error: `cannot read dataset ${file}: not a regular file` };
    if (stat.size > MAX_DATASET_BYTES) {
      return { error: `cannot read dataset ${file}: ${stat.size} bytes is over the ${MAX_DATASET_BYTES}-byte limit` };
    }
    return { text: decodeText(fs.readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
    return { error: `cannot read dataset ${file}: ${reason}` };
  }
}

/**
 * Reads exactly the files named (nothing a dataset refers to), validates them, and merges them over the
 * bundled data in the order given: a later file's record with the same id overrides an earlier one.
 */
export function loadDataset(files: readonly string[], includeBundled: boolean): DatasetLoad {
  const errors: string[] = [];
  const problems: DatasetProblem[] = [];
  const parsed: { origin: string; data: DatasetFile }[] = [];
  if (includeBundled) parsed.push({ origin: 'bundled', data: bundledJson as unknown as DatasetFile });
  for (const file of files) {
    const read = readDatasetFile(file);
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    const result = parseDatasetText(read.text, file);
    problems.push(...result.problems);
    if (result.data) parsed.push({ origin: file, data: result.data });
  }
  if (errors.length > 0 || problems.some((p: DatasetProblem) => p.severity === 'error')) return { ok: false, errors, problems };
  const dataset = buildDataset(parsed);
  // Cross-file problems (duplicate ids, supersession cycles) only show up when merging.
  const all = [...problems, ...dataset.problems.filter((p: DatasetProblem) => !problems.includes(p))];
  if (all.some((p: DatasetProblem) => p.severity === 'error')) return { ok: false, errors, problems: all };
  return { ok: true, dataset, warnings: all };
}

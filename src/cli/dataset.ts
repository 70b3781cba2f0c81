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
import { decodeText } from './files';

export type DatasetLoad =
  | { ok: true; dataset: Dataset; warnings: DatasetProblem[] }
  | { ok: false; errors: string[]; problems: DatasetProblem[] };

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

/**
 * Reads exactly the files named (nothing a dataset refers to), validates them, and merges them over the
 * bundled data in the order given: a later file's record with the same id overrides an earlier one.
 * Any error, in one file or across files (duplicate ids, supersession cycles), refuses the whole load.
 */
export function loadDataset(files: readonly string[], includeBundled: boolean): DatasetLoad {
  if (files.length === 0 && includeBundled) return { ok: true, dataset: bundledDataset(), warnings: [] };
  const errors: string[] = [];
  const problems: DatasetProblem[] = [];
  const inputs: DatasetInput[] = includeBundled ? [{ origin: BUNDLED_ORIGIN, data: bundledDatasetFile() }] : [];
  let known = includeBundled ? bundledNames() : NO_NAMES;
  for (const file of files) {
    const read = readDatasetFile(file);
    if ('error' in read) errors.push(read.error);
    else if ('problem' in read) problems.push(read.problem);
    else {
      const parsed = parseDatasetText(read.text, file, { known });
      problems.push(...parsed.problems);
      if (parsed.data) {
        inputs.push({ origin: file, data: parsed.data });
        known = addNames(known, parsed.data);
      }
    }
  }
  if (errors.length > 0 || problems.some((p) => p.severity === 'error')) return { ok: false, errors, problems };
  const dataset = buildDataset(inputs);
  // buildDataset reports only what merging finds; the per-file warnings were collected above.
  const all = [...problems, ...dataset.problems];
  if (all.some((p) => p.severity === 'error')) return { ok: false, errors, problems: all };
  return { ok: true, dataset, warnings: all };
}

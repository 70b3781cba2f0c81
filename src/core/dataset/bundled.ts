// The dataset shipped with Figure Check. data/figures.json is imported statically so every bundle
// (Node extension, web worker, CLI) inlines it; it is validated by `npm run data:check`, not at run time.
import bundledJson from '../../../data/figures.json';
import type { Dataset, DatasetFile, DatasetProblem, MetricDef } from '../types';
import { buildDataset, BUNDLED_ORIGIN, type DatasetInput } from './build';
import { parseDatasetText, type ParseOptions } from './parse';
import type { KnownNames } from './rules';

let cached: Dataset | undefined;

export function bundledDatasetFile(): DatasetFile {
  return bundledJson as unknown as DatasetFile;
}

/** The bundled dataset, built once. */
export function bundledDataset(): Dataset {
  cached ??= buildDataset([{ origin: BUNDLED_ORIGIN, data: bundledDatasetFile() }]);
  return cached;
}

/** What a user file may refer to without defining it: the bundled entities, metrics and records. */
export function bundledNames(): KnownNames {
  const d = bundledDataset();
  return { entities: new Set(d.entityById.keys()), metrics: new Map<string, MetricDef>(d.metricById), records: new Set(d.byId.keys()) };
}

export interface UserDatasetText {
  /** Path shown in problems and as the records' origin. */
  file: string;
  text: string;
}

/**
 * The bundled dataset merged with the user's dataset files, in the order given (later wins).
 * A broken file contributes its problems and whatever records were valid; nothing else is affected.
 */
export function loadDataset(userFiles: readonly UserDatasetText[], options: Omit<ParseOptions, 'known'> = {}): Dataset {
  if (!userFiles.length) return bundledDataset();
  const known = bundledNames();
  const inputs: DatasetInput[] = [{ origin: BUNDLED_ORIGIN, data: bundledDatasetFile() }];
  const unreadable: DatasetProblem[] = [];
  for (const { file, text } of userFiles) {
    const parsed = parseDatasetText(text, file, { ...options, known });
    if (parsed.data) inputs.push({ origin: file, data: parsed.data, problems: parsed.problems });
    else unreadable.push(...parsed.problems);
  }
  const dataset = buildDataset(inputs);
  dataset.problems.push(...unreadable);
  return dataset;
}

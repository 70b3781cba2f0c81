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

/** Names a later file may use without defining them: the bundled ones and those of earlier files. */
function withNamesOf(known: KnownNames, data: DatasetFile): KnownNames {
  return {
    entities: new Set([...known.entities, ...data.entities.map((e) => e.id)]),
    metrics: new Map([...known.metrics, ...data.metrics.map((m) => [m.id, m] as const)]),
    records: new Set([...known.records, ...data.records.map((r) => r.id)]),
  };
}

/**
 * The bundled dataset merged with the user's dataset files, in the order given (later wins); a file
 * may use the entities, metrics and record ids of the bundled data and of the files before it.
 * A broken file contributes its problems and whatever records were valid; nothing else is affected.
 */
export function loadDataset(userFiles: readonly UserDatasetText[], options: Omit<ParseOptions, 'known'> = {}): Dataset {
  if (!userFiles.length) return bundledDataset();
  let known = bundledNames();
  const inputs: DatasetInput[] = [{ origin: BUNDLED_ORIGIN, data: bundledDatasetFile() }];
  const unreadable: DatasetProblem[] = [];
  for (const { file, text } of userFiles) {
    const parsed = parseDatasetText(text, file, { ...options, known });
    if (parsed.data) {
      inputs.push({ origin: file, data: parsed.data, problems: parsed.problems });
      known = withNamesOf(known, parsed.data);
    } else {
      unreadable.push(...parsed.problems);
    }
  }
  const dataset = buildDataset(inputs);
  dataset.problems.push(...unreadable);
  return dataset;
}

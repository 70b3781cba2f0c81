// The one place the benchmark touches the core: the same `checkDocument(text, dataset, options)` entry
// point as the extension and the CLI, the bundled dataset, and the incremental cache.
import { bundledDataset, checkDocument, createCheckCache } from '../src/core/index';
import type { Dataset } from '../src/core/types';

export { checkDocument, createCheckCache };

export function loadBundledDataset(): Dataset {
  return bundledDataset();
}

// Datasets: parse and validate (with file, line, column, field), merge, index; the bundled dataset.
export { parseDatasetText, tooLargeProblem, MAX_DATASET_BYTES, MAX_DATASET_CHARS, type ParseOptions, type ParsedDataset } from './parse';
export { buildDataset, recordsAbout, entityMetricKey, compareBySourceDate, BUNDLED_ORIGIN, type DatasetInput } from './build';
export { bundledDataset, bundledDatasetFile, bundledNames, loadDataset, type UserDatasetText } from './bundled';
export { unitFitsMetric, type KnownNames } from './rules';

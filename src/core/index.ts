// The public entry point of the core: everything the extension, the CLI, the tests and the
// benchmark need. Pure TypeScript: no `vscode`, no Node API.
export * from './types';
export { checkDocument, createCheckCache, emptyCounts, languageSample, VERDICTS, type CheckCache } from './check';
export { summarize } from './messages/summary';
export { verifyClaims, createVerifyCache, DEFAULT_SEVERITIES, severityFor, type VerifyOptions, type VerifyCache } from './verify/index';
export { formatDisplay, formatLikeWriter } from './format/index';
export { messageFor, periodText, recordFigure, sourceNote, subjectOf, entityName, metricName, shortLabel } from './messages/index';
export {
  parseDatasetText,
  buildDataset,
  bundledDataset,
  bundledDatasetFile,
  bundledNames,
  loadDataset,
  BUNDLED_ORIGIN,
  type ParsedDataset,
  type DatasetInput,
  type UserDatasetText,
} from './dataset/index';
export { extractClaims, detectLanguage, createExtractCache } from './extract/index';
export { buildVocabulary } from './context/index';

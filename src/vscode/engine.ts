// The one place the extension touches the core's entry points, so a change of signature there is a
// change here only. Everything that checks goes through checkDocument.
import type { CheckOptions, CheckResult, Dataset, DatasetProblem, Lang, Unit } from '../core/types';
import { checkDocument, createCheckCache, summarize } from '../core/index';
import { buildDataset, bundledDataset, parseDatasetText } from '../core/dataset/index';
import { formatDisplay, formatLikeWriter } from '../core/format/index';

export function runCheck(text: string, dataset: Dataset, options: CheckOptions): CheckResult {
  return checkDocument(text, dataset, options);
}

/** An opaque per-document cache so re-checks after an edit re-read only the changed blocks. */
export function newDocumentCache(): unknown {
  return createCheckCache();
}

export function summaryText(result: CheckResult, lang: Lang): string {
  return summarize(result, lang);
}

export function displayFigure(value: number, unit: Unit, lang: Lang): string {
  return formatDisplay(value, unit, lang);
}

export function figureInWritersStyle(value: number, unit: Unit, writtenText: string, lang: Lang): string {
  return formatLikeWriter(value, unit, writtenText, lang);
}

export type ParsedDatasetFile = ReturnType<typeof parseDatasetText>;

/** Parses one user dataset; `name` is what problems and the hover call the file. */
export function parseUserDataset(text: string, name: string): ParsedDatasetFile {
  return parseDatasetText(text, name);
}

/** The bundled dataset merged with the user's parsed files (a broken file's records are left out). */
export function mergeWithBundled(userFiles: ParsedDatasetFile[]): Dataset {
  return buildDataset(userFiles);
}

export function bundledOnly(): Dataset {
  return bundledDataset();
}

export function problemsOf(dataset: Dataset): DatasetProblem[] {
  return dataset.problems;
}

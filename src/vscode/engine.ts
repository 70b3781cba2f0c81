// The one place the extension touches the core's entry points, so a change of signature there is a
// change here only. Everything that checks goes through checkDocument.
import type { CheckOptions, CheckResult, Dataset, DatasetProblem, Lang, Unit } from '../core/types';
import { checkDocument, createCheckCache, summarize } from '../core/index';
import { bundledDataset, loadDataset, MAX_DATASET_BYTES, tooLargeProblem } from '../core/dataset/index';
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

/** One user dataset as read: `name` is what problems and the hover call the file. */
export interface UserDatasetText {
  name: string;
  /** Undefined when the file was too large to read; it then becomes one problem. */
  text?: string;
  size: number;
}

/** Files larger than this are not read at all (the core would refuse them anyway). */
export const MAX_USER_DATASET_BYTES = MAX_DATASET_BYTES;

/** The bundled dataset merged with the user's files (later wins; a broken file only loses itself). */
export function mergeWithBundled(userFiles: readonly UserDatasetText[]): Dataset {
  const readable = userFiles.filter((f): f is UserDatasetText & { text: string } => f.text !== undefined);
  const dataset = loadDataset(readable.map((f) => ({ file: f.name, text: f.text })));
  const tooLarge = userFiles.filter((f) => f.text === undefined).map((f) => tooLargeProblem(f.name, f.size));
  if (!tooLarge.length) return dataset;
  return { ...dataset, problems: [...dataset.problems, ...tooLarge] };
}

export function bundledOnly(): Dataset {
  return bundledDataset();
}

export function problemsOf(dataset: Dataset): DatasetProblem[] {
  return dataset.problems;
}

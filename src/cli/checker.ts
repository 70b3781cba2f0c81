// Checking one file's text, the same way on the main thread (--jobs 1) and in a worker thread, so the
// two give identical reports: the same dataset built from the same DatasetSpec, the same options.
import { checkDocument } from '../core/check';
import type { CheckOptions, Dataset, Lang, Severity, Verdict } from '../core/types';
import { buildDatasetFromSpec, type DatasetSpec } from './dataset';
import { reportClaims, type ReportClaim } from './report';

/** The check options of a run, fixed once so every thread (and the cache key) sees the same. */
export interface CheckSettings {
  lang: Lang | 'auto';
  severities: Partial<Record<Verdict, Severity | 'off'>>;
  /** --as-of, when given. */
  asOf?: string;
  /** --stale-after, when given. */
  staleAfterDays?: number;
  /** Today (UTC) when the run started: a run that crosses midnight still checks every file alike. */
  today: string;
}

export function checkOptionsOf(settings: CheckSettings): CheckOptions {
  return {
    lang: settings.lang,
    severities: settings.severities,
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    ...(settings.staleAfterDays !== undefined ? { staleAfterDays: settings.staleAfterDays } : {}),
    today: settings.today,
  };
}

export function checkText(text: string, dataset: Dataset, settings: CheckSettings): ReportClaim[] {
  return reportClaims(checkDocument(text, dataset, checkOptionsOf(settings)));
}

/** The dataset a worker checks against, rebuilt from the texts the main thread read and validated. */
export function datasetInWorker(spec: DatasetSpec): Dataset {
  const load = buildDatasetFromSpec(spec);
  // The main thread refused to start on any error, and the texts are the same: this cannot fail.
  if (!load.ok) throw new Error(`the dataset failed to load in a worker thread: ${load.errors.join('; ')}`);
  return load.dataset;
}

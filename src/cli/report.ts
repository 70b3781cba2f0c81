// What the formatters receive: the checked files and a summary of the dataset they were checked against.
import { emptyCounts } from '../core/check';
import type { CheckedClaim, CheckResult, Severity, Verdict } from '../core/types';
import type { FailOn } from './args';

export interface CheckedFile {
  /** As shown to the user: relative to the working directory with forward slashes, or `<stdin>`. */
  path: string;
  result: CheckResult;
}

export interface DatasetSummary {
  records: number;
  version: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** A finding is a claim with a severity: supported and switched-off verdicts are not findings. */
export function isFinding(claim: CheckedClaim): boolean {
  return claim.severity !== null && claim.severity !== undefined;
}

export function isAtOrAbove(severity: Severity | null, threshold: FailOn): boolean {
  return severity !== null && severity !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** Exit code 1 when any claim in any file is at or above the --fail-on level, else 0. */
export function exitCodeFor(files: readonly CheckedFile[], failOn: FailOn): 0 | 1 {
  return files.some((file) => file.result.claims.some((claim) => isAtOrAbove(claim.severity, failOn))) ? 1 : 0;
}

export function countVerdicts(files: readonly CheckedFile[]): Record<Verdict, number> {
  const counts = emptyCounts();
  for (const file of files) for (const claim of file.result.claims) counts[claim.verdict]++;
  return counts;
}

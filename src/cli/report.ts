// What one checked file becomes: the part of each checked claim the three formats print, in a plain,
// JSON-safe shape. Worker threads send it to the main thread and the cache stores it, so it holds no
// records' histories, no Maps and no non-finite numbers.
import type { CheckedClaim, CheckResult, FigureRecord, Severity, SourceKind, Verdict } from '../core/types';
import type { FailOn } from './args';

export interface ReportSource {
  publisher: string;
  title: string | null;
  url: string;
  date: string | null;
}

export interface ReportRecord {
  id: string;
  value: number | null;
  /** "bundled" or the --dataset file the record came from. */
  origin: string | null;
  sourceKind: SourceKind | null;
  source: ReportSource;
}

export interface ReportClaim {
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  text: string;
  value: number | null;
  unit: string;
  qualifier: string;
  entity: string | null;
  metric: string | null;
  period: string | null;
  verdict: Verdict;
  severity: Severity | null;
  message: string;
  /** The record that decided the verdict (for outdated, the older record the figure matched). */
  record: ReportRecord | null;
  /** For outdated: the newest record of the revision chain (SARIF cites it). */
  newer: ReportRecord | null;
}

/** A problem with the file itself that did not stop it being checked (invalid UTF-8). */
export interface FileWarning {
  kind: 'invalid-utf8';
  message: string;
  byteOffset: number;
  /** 0-based, where the first replacement character stands in the decoded text. */
  line: number;
  character: number;
}

/** Everything the outputs need from one file, apart from its path: what the cache stores. */
export interface FileReport {
  claims: ReportClaim[];
  warnings: FileWarning[];
}

export interface CheckedFile extends FileReport {
  /** As shown to the user: relative to the working directory with forward slashes, or `<stdin>`. */
  path: string;
}

export type SkipReason = 'too-large' | 'binary' | 'vanished' | 'unreadable' | 'not-a-file';

/** A file (or directory) that was not checked, and why, in words for stderr and the reports. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  message: string;
}

/** Skips that mean something went wrong (not a choice of the user's limits): exit 2 unless --allow-skipped. */
export function isFailedRead(reason: SkipReason): boolean {
  return reason === 'vanished' || reason === 'unreadable' || reason === 'not-a-file';
}

export interface DatasetSummary {
  records: number;
  version: string;
  /** The newest source date in the dataset (its top-level `asOf`), when the dataset states one. */
  asOf: string | null;
}

/** JSON has no NaN or Infinity: a non-finite number becomes null rather than a lie. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function reportRecord(record: FigureRecord | undefined): ReportRecord | null {
  if (!record) return null;
  return {
    id: record.id,
    value: finiteOrNull(record.value),
    origin: record.origin ?? null,
    sourceKind: record.sourceKind ?? null,
    source: {
      publisher: record.source.publisher,
      title: record.source.title ?? null,
      url: record.source.url,
      date: record.source.date ?? null,
    },
  };
}

export function reportClaim(claim: CheckedClaim): ReportClaim {
  // Every output prints the message: a claim without one is an engine bug, reported against its file
  // (exit 2) rather than crashing the printing of some later line.
  if (typeof claim.message !== 'string') {
    throw new Error(`engine contract: the ${claim.verdict} claim "${claim.text}" at ${claim.line + 1}:${claim.character + 1} has no message`);
  }
  return {
    start: claim.start,
    end: claim.end,
    line: claim.line,
    character: claim.character,
    endLine: claim.endLine,
    endCharacter: claim.endCharacter,
    text: claim.text,
    value: finiteOrNull(claim.value),
    unit: claim.unit,
    qualifier: claim.qualifier,
    entity: claim.entity ?? null,
    metric: claim.metric ?? null,
    period: claim.period?.text ?? null,
    verdict: claim.verdict,
    severity: claim.severity ?? null,
    message: claim.message,
    record: reportRecord(claim.record),
    newer: reportRecord(claim.newer),
  };
}

export function reportClaims(result: CheckResult): ReportClaim[] {
  return result.claims.map(reportClaim);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** A finding is a claim with a severity: supported and switched-off verdicts are not findings. */
export function isFinding(claim: { severity: Severity | null }): boolean {
  return claim.severity !== null && claim.severity !== undefined;
}

export function isAtOrAbove(severity: Severity | null, threshold: FailOn): boolean {
  return severity !== null && severity !== undefined && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** True when a claim of the file is at or above the --fail-on level (exit 1). */
export function fileFails(file: FileReport, failOn: FailOn): boolean {
  return file.claims.some((claim) => isAtOrAbove(claim.severity, failOn));
}

/** Exit code 1 when any claim in any file is at or above the --fail-on level, else 0. */
export function exitCodeFor(files: readonly FileReport[], failOn: FailOn): 0 | 1 {
  return files.some((file) => fileFails(file, failOn)) ? 1 : 0;
}

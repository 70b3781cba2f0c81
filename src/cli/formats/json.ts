// The JSON output: a versioned contract other tools read. Change it only by bumping `version`.
// Offsets (`start`, `end`) are UTF-16 code units into the file's text (after a leading BOM is dropped);
// `line` and `character` are 0-based, as in the Language Server Protocol. Written as a stream: the
// `files` array grows as files finish, and the whole is still one valid JSON document.
import type { SourceKind } from '../../core/types';
import type { CheckedFile, DatasetSummary, FileWarning, ReportClaim, ReportRecord, SkipReason, SkippedFile } from '../report';
import type { ReportSink } from './sink';
import { ArrayWriter, SLOT_HOLDER, splitAtArray } from './stream';

/** 2: version 1 plus `dataset.asOf`, `record.sourceKind`, `files[].warnings` and `skipped`; nothing removed or renamed. */
export const JSON_OUTPUT_VERSION = 2;

export interface JsonSource {
  publisher: string;
  title: string | null;
  url: string;
  date: string | null;
}

export interface JsonRecord {
  id: string;
  value: number | null;
  /** primary, wire, press or secondary; null when the dataset does not say. */
  sourceKind: SourceKind | null;
  source: JsonSource;
}

export interface JsonClaim {
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  value: number | null;
  unit: string;
  qualifier: string;
  entity: string | null;
  metric: string | null;
  /** The period's wording as written ("2026", "H1 2025"), or null when the sentence names none. */
  period: string | null;
  verdict: string;
  severity: string | null;
  message: string;
  record: JsonRecord | null;
}

export interface JsonFile {
  path: string;
  claims: JsonClaim[];
  warnings: FileWarning[];
}

export interface JsonSkipped {
  path: string;
  reason: SkipReason;
  message: string;
}

export interface JsonOutput {
  version: typeof JSON_OUTPUT_VERSION;
  dataset: { records: number; version: string; asOf: string | null };
  files: JsonFile[];
  skipped: JsonSkipped[];
}

function serializeRecord(record: ReportRecord | null): JsonRecord | null {
  if (!record) return null;
  return { id: record.id, value: record.value, sourceKind: record.sourceKind, source: { ...record.source } };
}

export function serializeClaim(claim: ReportClaim): JsonClaim {
  return {
    start: claim.start,
    end: claim.end,
    line: claim.line,
    character: claim.character,
    text: claim.text,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
    entity: claim.entity,
    metric: claim.metric,
    period: claim.period,
    verdict: claim.verdict,
    severity: claim.severity,
    message: claim.message,
    record: serializeRecord(claim.record),
  };
}

export function serializeFile(file: CheckedFile): JsonFile {
  return { path: file.path, claims: file.claims.map(serializeClaim), warnings: file.warnings.map((w) => ({ ...w })) };
}

function document(dataset: DatasetSummary, files: unknown, skipped: readonly SkippedFile[]): unknown {
  return {
    version: JSON_OUTPUT_VERSION,
    dataset: { records: dataset.records, version: dataset.version, asOf: dataset.asOf },
    files,
    skipped: skipped.map((s): JsonSkipped => ({ path: s.path, reason: s.reason, message: s.message })),
  };
}

/** The whole document at once (tests, and small callers); the CLI streams the same text with jsonSink. */
export function buildJsonOutput(files: readonly CheckedFile[], dataset: DatasetSummary, skipped: readonly SkippedFile[] = []): JsonOutput {
  return document(dataset, files.map(serializeFile), skipped) as JsonOutput;
}

export function jsonSink(dataset: DatasetSummary): ReportSink {
  const skipped: SkippedFile[] = [];
  const opening = splitAtArray(document(dataset, SLOT_HOLDER, skipped));
  const files = new ArrayWriter(opening.indent);
  return {
    begin: () => opening.prefix,
    file: (file) => files.element(serializeFile(file)),
    skipped(skip) {
      skipped.push(skip);
      return '';
    },
    // The skipped list comes after `files`, so it can be filled in at the end.
    end: () => `${files.close()}${splitAtArray(document(dataset, SLOT_HOLDER, skipped)).suffix}\n`,
  };
}

// The JSON output: a versioned contract other tools read. Change it only by bumping `version`.
// Offsets (`start`, `end`) are UTF-16 code units into the file's text (after a leading BOM is dropped);
// `line` and `character` are 0-based, as in the Language Server Protocol.
import type { CheckedClaim, FigureRecord } from '../../core/types';
import type { CheckedFile, DatasetSummary } from '../report';

export const JSON_OUTPUT_VERSION = 1;

export interface JsonSource {
  publisher: string;
  title: string | null;
  url: string;
  date: string | null;
}

export interface JsonRecord {
  id: string;
  value: number;
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
}

export interface JsonOutput {
  version: typeof JSON_OUTPUT_VERSION;
  dataset: { records: number; version: string };
  files: JsonFile[];
}

/** JSON has no NaN or Infinity: a non-finite number becomes null rather than a lie. */
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function serializeRecord(record: FigureRecord | undefined): JsonRecord | null {
  if (!record) return null;
  return {
    id: record.id,
    value: record.value,
    source: {
      publisher: record.source.publisher,
      title: record.source.title ?? null,
      url: record.source.url,
      date: record.source.date ?? null,
    },
  };
}

export function serializeClaim(claim: CheckedClaim): JsonClaim {
  return {
    start: claim.start,
    end: claim.end,
    line: claim.line,
    character: claim.character,
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
    record: serializeRecord(claim.record),
  };
}

export function buildJsonOutput(files: readonly CheckedFile[], dataset: DatasetSummary): JsonOutput {
  return {
    version: JSON_OUTPUT_VERSION,
    dataset: { records: dataset.records, version: dataset.version },
    files: files.map((file) => ({ path: file.path, claims: file.result.claims.map(serializeClaim) })),
  };
}

export function formatJson(files: readonly CheckedFile[], dataset: DatasetSummary): string {
  return `${JSON.stringify(buildJsonOutput(files, dataset), null, 2)}\n`;
}

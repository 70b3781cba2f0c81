// "Add to my dataset": a record pre-filled from a claim, appended to a `*.figures.json` text. The
// source fields stay empty on purpose, so the loader rejects the record until the writer sources it.
import { applyEdits, modify, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CheckedClaim } from '../core/types';
import type { OffsetEdit } from './quickFixEdits';

export const DEFAULT_DATASET_FILE = 'my.figures.json';

/** A record as it will be written to JSON: FigureRecord's shape with the source left blank. */
export interface DraftRecord {
  id: string;
  entity: string;
  metric: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  period: { text: string; from?: string; to?: string; cumulative?: boolean };
  qualifier: string;
  basis: 'reported';
  source: { publisher: string; title: string; url: string; date: string };
  confidence: 'medium';
  paraphrase: string;
  notes: string;
}

/** `my-openai-burn-2026`, made unique against ids already in the file. */
export function draftRecordId(claim: CheckedClaim, takenIds: ReadonlySet<string>): string {
  const slug = [claim.entity ?? 'figure', claim.metric ?? 'value', claim.period?.from?.slice(0, 4) ?? '']
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = `my-${slug}`;
  if (!takenIds.has(base)) return base;
  let n = 2;
  while (takenIds.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function draftRecordFromClaim(claim: CheckedClaim, sentence: string, takenIds: ReadonlySet<string>): DraftRecord {
  const period: DraftRecord['period'] = { text: claim.period?.text ?? '' };
  if (claim.period?.from) period.from = claim.period.from;
  if (claim.period?.to) period.to = claim.period.to;
  if (claim.period?.cumulative) period.cumulative = true;
  const record: DraftRecord = {
    id: draftRecordId(claim, takenIds),
    entity: claim.entity ?? '',
    metric: claim.metric ?? '',
    value: claim.value,
    unit: claim.unit,
    period,
    qualifier: claim.qualifier,
    basis: 'reported',
    source: { publisher: '', title: '', url: '', date: '' },
    confidence: 'medium',
    paraphrase: '',
    notes: `From the draft: ${sentence.replace(/\s+/g, ' ').trim().slice(0, 300)}`,
  };
  if (claim.low !== undefined && claim.high !== undefined) {
    record.low = claim.low;
    record.high = claim.high;
  }
  return record;
}

/** Ids of the records already in a dataset text (empty when the text does not parse). */
export function recordIdsIn(text: string): Set<string> {
  const ids = new Set<string>();
  const records = recordsNode(text);
  for (const child of records?.children ?? []) {
    const idNode = child.children?.find((p) => p.children?.[0]?.value === 'id')?.children?.[1];
    if (typeof idNode?.value === 'string') ids.add(idNode.value);
  }
  return ids;
}

function recordsNode(text: string): Node | undefined {
  const root = parseTree(text);
  if (!root || root.type !== 'object') return undefined;
  const prop = root.children?.find((p) => p.children?.[0]?.value === 'records');
  const value = prop?.children?.[1];
  return value?.type === 'array' ? value : undefined;
}

export function emptyDatasetText(today: string): string {
  return JSON.stringify({ version: today, entities: [], metrics: [], records: [] }, null, 2) + '\n';
}

/**
 * Edits that append `record` to the `records` array of a dataset text, or undefined when the text
 * is not a JSON object we can safely edit (the writer then gets a message, nothing is written).
 */
export function appendRecordEdits(text: string, record: DraftRecord): OffsetEdit[] | undefined {
  if (datasetTextProblem(text) !== undefined) return undefined;
  const root = parseTree(text);
  if (!root || root.type !== 'object') return undefined;
  const existing = root.children?.find((p) => p.children?.[0]?.value === 'records')?.children?.[1];
  if (existing && existing.type !== 'array') return undefined;
  const edits = modify(text, ['records', -1], record, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' },
    isArrayInsertion: true,
  });
  return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
}

/** The offset of the new record's id in the edited text, to put the cursor there. */
export function offsetOfRecordId(text: string, edits: OffsetEdit[], id: string): number {
  const after = applyEdits(text, edits.map((e) => ({ offset: e.start, length: e.end - e.start, content: e.newText })));
  const at = after.indexOf(JSON.stringify(id));
  return at === -1 ? 0 : at;
}

/**
 * Why a dataset text cannot take a new record, or undefined when it can: it must be strict JSON (no
 * comments, no trailing commas: the loader reads JSON) whose top level is an object with, if any, a
 * `records` list. jsonc-parser's tree is lenient, so the errors are checked first.
 */
export function datasetTextProblem(text: string): string | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return `invalid JSON at line ${line} (${printParseErrorCode(first.error)})`;
  }
  if (!root || root.type !== 'object') return 'not a JSON object';
  const records = root.children?.find((p) => p.children?.[0]?.value === 'records')?.children?.[1];
  if (records && records.type !== 'array') return '"records" is not a list';
  return undefined;
}

/** One `*.figures.json` the writer may add a record to, as the quick pick lists it. */
export interface DatasetChoice {
  /** The file's URI as a string (the key "last used" is remembered by). */
  key: string;
  name: string;
  /** Last modification, ms since the epoch (0 when unknown). */
  modified: number;
  /** Why nothing can be appended (the file does not parse), or undefined. */
  problem?: string;
}

/**
 * The order of the quick pick: the file used last, then the newest first; files that cannot take a
 * record go last (they are listed, marked, so the writer sees why, but are never written to).
 */
export function orderDatasetChoices<T extends DatasetChoice>(choices: readonly T[], lastUsed: string | undefined): T[] {
  const rank = (c: T) => (c.problem !== undefined ? 2 : c.key === lastUsed ? 0 : 1);
  return [...choices].sort((a, b) => rank(a) - rank(b) || b.modified - a.modified || a.name.localeCompare(b.name));
}

// parseDatasetText: read one dataset file's text into a DatasetFile, with every problem located by
// file, 0-based line and column, and JSON pointer. A record (or entity, metric, event) with an error is
// left out; the rest of the file is kept as long as the file is valid JSON with the right top level.
import { parseTree, printParseErrorCode, getNodeValue, type ParseError, type Node as JsonNode } from 'jsonc-parser';
import type { DatasetFile, DatasetProblem, EntityDef, EventRecord, FigureRecord, MetricDef } from '../types';
import { lineStarts, nodeAtPointer, positionAt } from './positions';
import { checkEntity, checkEvent, checkMetric, checkRecord, checkTopLevel, ISO_DATE_PATTERN, type Issue } from './validate';
import { duplicateIdIssues, eventRules, recordRules, supersessionIssues, todayIso, type KnownNames, EMPTY_KNOWN } from './rules';

/** Files larger than this are refused unread (UTF-16 code units, about the same as bytes for JSON). */
export const MAX_DATASET_CHARS = 10 * 1024 * 1024;
/** The same cap in bytes, for adapters that can stat a file before reading it. */
export const MAX_DATASET_BYTES = MAX_DATASET_CHARS;

export interface ParseOptions {
  /** Names the file may refer to without defining them (the bundled dataset's, normally). */
  known?: KnownNames;
  /** YYYY-MM-DD; source dates after it are errors. Defaults to today (UTC). */
  today?: string;
  /** Size cap in characters; defaults to MAX_DATASET_CHARS. */
  maxChars?: number;
}

export interface ParsedDataset {
  data?: DatasetFile;
  problems: DatasetProblem[];
}

export interface RecordLocation {
  file: string;
  line: number;
  column: number;
  field: string;
}

/** Where each kept record's id sits in its file, so a later merge can point at it (computed on demand). */
const recordLocations = new WeakMap<object, () => RecordLocation>();

export function locationOfRecord(record: object): RecordLocation | undefined {
  const where = recordLocations.get(record)?.();
  return where && { file: where.file, line: where.line, column: where.column, field: where.field };
}

export function tooLargeProblem(file: string, size: number, cap = MAX_DATASET_BYTES): DatasetProblem {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return { file, line: 0, column: 0, field: '', severity: 'error', message: `dataset is ${mb(size)} MB, over the ${mb(cap)} MB limit: not read` };
}

export function parseDatasetText(text: string, file: string, options: ParseOptions = {}): ParsedDataset {
  const cap = options.maxChars ?? MAX_DATASET_CHARS;
  if (text.length > cap) return { problems: [tooLargeProblem(file, text.length, cap)] };
  const today = options.today ?? todayIso();
  const known = options.known ?? EMPTY_KNOWN;
  // A byte-order mark is not JSON; blank it out so offsets stay those of the file.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // JSON.parse is much faster than building a syntax tree; the tree and the line table (for
  // positions) are built only when something has to be located, or when the text is not valid JSON.
  let starts: number[] | undefined;
  const at = (offset: number) => positionAt((starts ??= lineStarts(source)), offset);
  let tree: JsonNode | undefined;
  const syntaxErrors: ParseError[] = [];
  const rootNode = (): JsonNode | undefined =>
    (tree ??= parseTree(source, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }));

  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const root = rootNode();
    if (syntaxErrors.length || !root) {
      const problems = syntaxErrors.map((e): DatasetProblem => ({
        file, ...at(e.offset), field: '', severity: 'error', message: `invalid JSON: ${describeSyntaxError(printParseErrorCode(e.error))}`,
      }));
      if (!problems.length) problems.push({ file, line: 0, column: 0, field: '', severity: 'error', message: 'invalid JSON: the file is empty' });
      return { problems };
    }
    value = getNodeValue(root);
  }

  const locate = (issue: Issue): DatasetProblem => {
    const root = rootNode();
    const offset = root ? nodeAtPointer(root, issue.pointer, issue.atKey).offset : 0;
    return { file, ...at(offset), field: issue.pointer, message: issue.message, severity: issue.severity };
  };
  const top = checkTopLevel(value);
  const fatal = top.some((i) => i.pointer === '' || /^\/(entities|metrics|records|events)$/.test(i.pointer));
  if (fatal) return { problems: top.map(locate) };
  const problems = top.map(locate);
  const obj = value as Record<string, unknown>;

  const entities = keepValid<EntityDef>(obj.entities, 'entities', checkEntity, problems, locate);
  const metrics = keepValid<MetricDef>(obj.metrics, 'metrics', checkMetric, problems, locate);
  const entityIds = new Set([...known.entities, ...entities.map((e) => e.item.id)]);
  const metricById = new Map([...known.metrics, ...metrics.map((m) => [m.item.id, m.item] as const)]);
  for (const { item, index } of entities) {
    if (item.parent !== undefined && !entityIds.has(item.parent)) problems.push(locate({ pointer: `/entities/${index}/parent`, message: `unknown parent entity "${item.parent}"`, severity: 'warning' }));
  }

  let records = keepValid<FigureRecord>(obj.records, 'records', checkRecord, problems, locate);
  records = dropWithIssues(records, (r) => recordRules(r.item, `/records/${r.index}`, entityIds, metricById, today), problems, locate);
  records = dropDuplicates(records, 'records', problems, locate);
  const linkIssues = supersessionIssues(records.map((r) => r.item), known.records);
  records = dropWithIssues(records, (_r, k) => (linkIssues.get(k) ?? []).map((i) => reindex(i, records, k)), problems, locate);

  let events = keepValid<EventRecord>(obj.events, 'events', checkEvent, problems, locate);
  events = dropWithIssues(events, (e) => eventRules(e.item, `/events/${e.index}`, entityIds, today), problems, locate);
  events = dropDuplicates(events, 'events', problems, locate);

  for (const { item, index } of records) {
    recordLocations.set(item, () => ({ ...locate({ pointer: `/records/${index}/id`, message: '', severity: 'warning' }) }));
  }
  const data: DatasetFile = {
    version: typeof obj.version === 'string' ? obj.version : '',
    ...(typeof obj.asOf === 'string' && ISO_DATE_PATTERN.test(obj.asOf) ? { asOf: obj.asOf } : {}),
    entities: dropDuplicates(entities, 'entities', problems, locate).map((e) => e.item),
    metrics: dropDuplicates(metrics, 'metrics', problems, locate).map((m) => m.item),
    records: records.map((r) => r.item),
    ...(events.length || Array.isArray(obj.events) ? { events: events.map((e) => e.item) } : {}),
  };
  return { data, problems };
}

interface Indexed<T> {
  item: T;
  /** Position in the file's array, for pointers. */
  index: number;
}

function keepValid<T>(arr: unknown, collection: string, check: (v: unknown, ptr: string) => Issue[], problems: DatasetProblem[], locate: (i: Issue) => DatasetProblem): Indexed<T>[] {
  if (!Array.isArray(arr)) return [];
  const kept: Indexed<T>[] = [];
  arr.forEach((v, index) => {
    const issues = check(v, `/${collection}/${index}`);
    problems.push(...issues.map(locate));
    if (!issues.some((i) => i.severity === 'error')) kept.push({ item: v as T, index });
  });
  return kept;
}

function dropWithIssues<T>(items: Indexed<T>[], rules: (x: Indexed<T>, k: number) => Issue[], problems: DatasetProblem[], locate: (i: Issue) => DatasetProblem): Indexed<T>[] {
  return items.filter((x, k) => {
    const issues = rules(x, k);
    problems.push(...issues.map(locate));
    return !issues.some((i) => i.severity === 'error');
  });
}

function dropDuplicates<T extends { id: string }>(items: Indexed<T>[], collection: string, problems: DatasetProblem[], locate: (i: Issue) => DatasetProblem): Indexed<T>[] {
  const dupes = duplicateIdIssues(items.map((x) => x.item), collection);
  return items.filter((_x, k) => {
    const issue = dupes.get(k);
    if (issue) problems.push(locate(reindex(issue, items, k)));
    return !issue;
  });
}

/** Issues from helpers that saw the kept items as a compact array: point them at the file's index. */
function reindex<T>(issue: Issue, items: Indexed<T>[], k: number): Issue {
  const fix = (p: string) => p.replace(/^\/(records|entities|metrics|events)\/(\d+)/, (_m, c: string, n: string) => `/${c}/${items[Number(n)]?.index ?? n}`);
  const pointer = fix(issue.pointer);
  const message = issue.message.replace(/\/(records|entities|metrics|events)\/(\d+)/g, (m) => fix(m));
  return { ...issue, pointer: k >= 0 ? pointer : issue.pointer, message };
}

function describeSyntaxError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'expected the end of the file',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return words[code] ?? code;
}

// Structural validation of a dataset value: a hand-written mirror of data/figures.schema.json.
// Hand-written rather than Ajv because this runs in the browser worker too (Ajv compiles validators
// with `new Function`, which a strict CSP forbids, and its messages name schema keywords, not what a
// writer should fix). test/unit/dataset-schema.test.ts runs Ajv with the schema on the fixtures and
// checks that both agree, so the two cannot drift silently.

/** One thing wrong with a value, located by JSON pointer. */
export interface Issue {
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
  /** Point at the property's key rather than its value (unknown fields). */
  atKey?: boolean;
}

export const UNITS = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'percent', 'percentage-points', 'count', 'multiple', 'GW', 'MW'] as const;
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR'] as const;
const QUALIFIERS = ['exact', 'approx', 'at-least', 'up-to', 'less-than', 'range'];
const BASES = ['reported', 'projected', 'guidance', 'estimate', 'target'];
const CONFIDENCES = ['high', 'medium', 'low'];
const SOURCE_KINDS = ['primary', 'wire', 'press', 'secondary'];

// The same patterns as the schema (linear: no nested quantifiers).
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const SOURCE_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*$/;

type Obj = Record<string, unknown>;

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : typeof v === 'object' ? 'an object' : String(v);

class Checker {
  readonly issues: Issue[] = [];
  error(pointer: string, message: string, atKey = false): void {
    this.issues.push({ pointer, message, severity: 'error', ...(atKey ? { atKey } : {}) });
  }

  object(v: unknown, ptr: string, what: string): v is Obj {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return true;
    this.error(ptr, `expected ${what} (an object), got ${describe(v)}`);
    return false;
  }

  array(v: unknown, ptr: string, what: string): v is unknown[] {
    if (Array.isArray(v)) return true;
    this.error(ptr, `expected ${what} (an array), got ${describe(v)}`);
    return false;
  }

  /** Required keys present, no unknown keys. */
  shape(o: Obj, ptr: string, what: string, required: readonly string[], allowed: readonly string[]): void {
    for (const k of required) if (!(k in o)) this.error(`${ptr}/${esc(k)}`, `${what} is missing the required field "${k}"`);
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.error(`${ptr}/${esc(k)}`, `unknown field "${k}" in ${what} (allowed: ${allowed.join(', ')})`, true);
  }

  string(o: Obj, key: string, ptr: string, opts: { nonEmpty?: boolean; pattern?: RegExp; expect?: string; nullable?: boolean } = {}): void {
    if (!(key in o)) return;
    const v = o[key];
    const p = `${ptr}/${esc(key)}`;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string') return this.error(p, `expected ${opts.expect ?? 'a string'}, got ${describe(v)}`);
    if (opts.nonEmpty && v.length === 0) return this.error(p, `expected ${opts.expect ?? 'a non-empty string'}, got an empty string`);
    if (opts.pattern && !opts.pattern.test(v)) this.error(p, `expected ${opts.expect ?? 'a string matching ' + opts.pattern}, got ${describe(v)}`);
  }

  id(o: Obj, key: string, ptr: string): void {
    this.string(o, key, ptr, { pattern: ID_PATTERN, expect: "an id (letters, digits, '.', '_' or '-', at most 128 characters)" });
  }

  number(o: Obj, key: string, ptr: string, range?: [number, number]): void {
    if (!(key in o)) return;
    const v = o[key];
    const p = `${ptr}/${esc(key)}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.error(p, `expected a finite number, got ${describe(v)}`);
    if (range && (v < range[0] || v > range[1])) this.error(p, `expected a number from ${range[0]} to ${range[1]}, got ${v}`);
  }

  boolean(o: Obj, key: string, ptr: string): void {
    if (key in o && typeof o[key] !== 'boolean') this.error(`${ptr}/${esc(key)}`, `expected true or false, got ${describe(o[key])}`);
  }

  oneOf(o: Obj, key: string, ptr: string, values: readonly string[]): void {
    if (key in o && !values.includes(o[key] as string)) this.error(`${ptr}/${esc(key)}`, `expected one of ${values.join(', ')}; got ${describe(o[key])}`);
  }

  strings(o: Obj, key: string, ptr: string, item: (arr: Obj, i: string, p: string) => void): void {
    if (!(key in o)) return;
    const arr = o[key];
    const p = `${ptr}/${esc(key)}`;
    if (!this.array(arr, p, `"${key}"`)) return;
    const asObj = arr as unknown as Obj;
    for (let i = 0; i < arr.length; i++) item(asObj, String(i), p);
  }
}

const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function checkEntity(v: unknown, ptr: string): Issue[] {
  const c = new Checker();
  if (!c.object(v, ptr, 'an entity')) return c.issues;
  c.shape(v, ptr, 'an entity', ['id', 'name', 'aliases'], ['id', 'name', 'nameJa', 'aliases', 'parent']);
  c.id(v, 'id', ptr);
  c.string(v, 'name', ptr, { nonEmpty: true });
  c.string(v, 'nameJa', ptr, { nonEmpty: true });
  c.strings(v, 'aliases', ptr, (a, i, p) => c.string(a, i, p, { nonEmpty: true, expect: 'an alias (a non-empty string)' }));
  c.id(v, 'parent', ptr);
  return c.issues;
}

export function checkMetric(v: unknown, ptr: string): Issue[] {
  const c = new Checker();
  if (!c.object(v, ptr, 'a metric')) return c.issues;
  const fields = ['id', 'label', 'labelJa', 'family', 'unit', 'kind', 'cues'];
  c.shape(v, ptr, 'a metric', fields, [...fields, 'staleAfterDays']);
  c.id(v, 'id', ptr);
  c.number(v, 'staleAfterDays', ptr, [0, 36500]);
  for (const k of ['label', 'labelJa', 'family']) c.string(v, k, ptr, { nonEmpty: true });
  c.oneOf(v, 'unit', ptr, [...UNITS, 'currency']);
  c.oneOf(v, 'kind', ptr, ['flow', 'stock']);
  c.strings(v, 'cues', ptr, (a, i, p) => c.string(a, i, p, { nonEmpty: true, expect: 'a cue word (a non-empty string)' }));
  return c.issues;
}

function checkPeriod(c: Checker, v: unknown, ptr: string): void {
  if (!c.object(v, ptr, 'a period {text, from?, to?, cumulative?}')) return;
  c.shape(v, ptr, 'a period', ['text'], ['text', 'from', 'to', 'cumulative']);
  c.string(v, 'text', ptr);
  c.string(v, 'from', ptr, { pattern: ISO_DATE_PATTERN, expect: 'a date YYYY-MM-DD' });
  c.string(v, 'to', ptr, { pattern: ISO_DATE_PATTERN, expect: 'a date YYYY-MM-DD' });
  c.boolean(v, 'cumulative', ptr);
}

function checkSource(c: Checker, v: unknown, ptr: string): void {
  if (!c.object(v, ptr, 'a source {publisher, url, date}')) return;
  c.shape(v, ptr, 'a source', ['publisher', 'url'], ['publisher', 'title', 'url', 'date', 'undated', 'originalReporter']);
  c.string(v, 'publisher', ptr, { nonEmpty: true, expect: "the publisher's name (a non-empty string)" });
  c.string(v, 'title', ptr, { nullable: true, expect: 'a title (a string) or null' });
  c.string(v, 'url', ptr, { pattern: HTTP_URL_PATTERN, expect: 'an http(s) URL' });
  c.string(v, 'date', ptr, { nullable: true, pattern: SOURCE_DATE_PATTERN, expect: 'a date YYYY-MM-DD, YYYY-MM or YYYY (or null with "undated": true)' });
  c.boolean(v, 'undated', ptr);
  c.string(v, 'originalReporter', ptr);
  if (!(typeof v.date === 'string' || v.undated === true)) {
    c.error(`${ptr}/date`, 'expected the date the source was published (YYYY-MM-DD, YYYY-MM or YYYY), or "undated": true when the page has none');
  }
}

const RECORD_FIELDS = ['id', 'entity', 'counterparty', 'metric', 'value', 'low', 'high', 'unit', 'period', 'qualifier', 'basis', 'tolerance', 'source', 'sourceKind', 'alternateSources', 'confidence', 'paraphrase', 'supersedes', 'supersededBy', 'notes'];
const RECORD_REQUIRED = ['id', 'entity', 'metric', 'value', 'unit', 'period', 'qualifier', 'basis', 'source', 'confidence', 'paraphrase'];

export function checkRecord(v: unknown, ptr: string): Issue[] {
  const c = new Checker();
  if (!c.object(v, ptr, 'a record')) return c.issues;
  c.shape(v, ptr, 'a record', RECORD_REQUIRED, RECORD_FIELDS);
  for (const k of ['id', 'entity', 'counterparty', 'metric', 'supersededBy']) c.id(v, k, ptr);
  for (const k of ['value', 'low', 'high']) c.number(v, k, ptr);
  c.number(v, 'tolerance', ptr, [0, 1]);
  c.oneOf(v, 'unit', ptr, UNITS);
  if ('period' in v) checkPeriod(c, v.period, `${ptr}/period`);
  c.oneOf(v, 'qualifier', ptr, QUALIFIERS);
  c.oneOf(v, 'basis', ptr, BASES);
  if ('source' in v) checkSource(c, v.source, `${ptr}/source`);
  c.strings(v, 'alternateSources', ptr, (a, i, p) => checkSource(c, a[i], `${p}/${i}`));
  c.oneOf(v, 'sourceKind', ptr, SOURCE_KINDS);
  c.oneOf(v, 'confidence', ptr, CONFIDENCES);
  c.string(v, 'paraphrase', ptr, { nonEmpty: true, expect: 'a paraphrase of the source in your own words' });
  c.strings(v, 'supersedes', ptr, (a, i, p) => c.id(a, i, p));
  c.string(v, 'notes', ptr);
  if (v.qualifier === 'range') {
    for (const k of ['low', 'high']) if (!(k in v)) c.error(`${ptr}/${k}`, `a record with qualifier "range" needs "${k}"`);
  }
  return c.issues;
}

export function checkEvent(v: unknown, ptr: string): Issue[] {
  const c = new Checker();
  if (!c.object(v, ptr, 'an event')) return c.issues;
  c.shape(v, ptr, 'an event', ['id', 'entity', 'date', 'description', 'source', 'confidence', 'paraphrase'],
    ['id', 'entity', 'counterparty', 'date', 'description', 'source', 'alternateSources', 'confidence', 'paraphrase', 'notes']);
  for (const k of ['id', 'entity', 'counterparty']) c.id(v, k, ptr);
  c.string(v, 'date', ptr, { pattern: ISO_DATE_PATTERN, expect: 'a date YYYY-MM-DD' });
  c.string(v, 'description', ptr, { nonEmpty: true });
  if ('source' in v) checkSource(c, v.source, `${ptr}/source`);
  c.strings(v, 'alternateSources', ptr, (a, i, p) => checkSource(c, a[i], `${p}/${i}`));
  c.oneOf(v, 'confidence', ptr, CONFIDENCES);
  c.string(v, 'paraphrase', ptr, { nonEmpty: true });
  c.string(v, 'notes', ptr);
  return c.issues;
}

/** The top level: {version, records, asOf?, entities?, metrics?, events?, $schema?}. Items are checked separately. */
export function checkTopLevel(v: unknown): Issue[] {
  const c = new Checker();
  if (!c.object(v, '', 'a dataset {version, records, entities?, metrics?}')) return c.issues;
  c.shape(v, '', 'the dataset', ['version', 'records'], ['$schema', 'version', 'asOf', 'entities', 'metrics', 'records', 'events']);
  c.string(v, '$schema', '');
  c.string(v, 'version', '', { nonEmpty: true, expect: 'a version (a date YYYY-MM-DD or any label)' });
  c.string(v, 'asOf', '', { pattern: ISO_DATE_PATTERN, expect: 'the date the data is current to (YYYY-MM-DD)' });
  for (const k of ['entities', 'metrics', 'records', 'events']) if (k in v) c.array(v[k], `/${k}`, `"${k}"`);
  return c.issues;
}

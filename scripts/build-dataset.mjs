#!/usr/bin/env node
// Builds data/figures.json from the research rows and the hand-written tables in data/build/.
//   inputs:  ../shared/facts/facts.jsonl (the team's research, 187 rows)
//            data/research-*.jsonl        (later research, same fields)
//            data/build/{entities,metrics,mapping}.mjs
//   output:  data/figures.json (committed: the product never reads ../shared at run time)
// Usage: node scripts/build-dataset.mjs [--facts PATH] [--check] [--out PATH]
//   --check: fail if the output would change; --out: write elsewhere (try research rows without touching the bundled file)
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities } from '../data/build/entities.mjs';
import { metrics } from '../data/build/metrics.mjs';
import { mapping } from '../data/build/mapping.mjs';
import { pathToFileURL } from 'node:url';
import { parsePeriod } from '../data/build/periods.mjs';
import { sourceKindOf, SOURCE_KINDS } from '../data/build/sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATASET_VERSION = '2026-11-23';
const args = process.argv.slice(2);
const factsPath = args.includes('--facts') ? args[args.indexOf('--facts') + 1] : resolve(root, '../shared/facts/facts.jsonl');

const UNIT_MAP = { USD: 'USD', EUR: 'EUR', JPY: 'JPY', percent: 'percent', share: 'percent', count: 'count', users: 'count', visits: 'count', GW: 'GW' };
const QUALIFIER_MAP = { approx: 'approx', 'at-least': 'at-least', 'up-to': 'up-to' };
const BASIS_MAP = { projected: 'projected', guidance: 'guidance' };
const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
const KIND_RANK = { primary: 4, wire: 3, press: 2, secondary: 1 };
/** A research title ending "[title from URL slug]" was guessed from the address, not read on the page; one
 *  ending "[title from URL slug and page heading]" was confirmed by the page heading: kept, without the note. */
const GUESSED_TITLE = /\[title from URL slug\]\s*$/;
const CONFIRMED_TITLE_NOTE = /\s*\[title from URL slug and page heading\]\s*$/;

const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return { ...JSON.parse(l), _file: path, _line: i + 1 };
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${e.message}`);
      }
    });
}

function loadRows() {
  if (!existsSync(factsPath)) throw new Error(`research file not found: ${factsPath} (pass --facts PATH)`);
  const rows = readJsonl(factsPath);
  const dataDir = join(root, 'data');
  for (const f of readdirSync(dataDir).filter((n) => /^research-.*\.jsonl$/.test(n)).sort()) rows.push(...readJsonl(join(dataDir, f)));
  return rows;
}

/** "range_low=91e9; range_high=93e9" in the research notes → {low, high}. */
function rangeFromNotes(notes) {
  const low = /range_low=(\d+(?:\.\d+)?(?:e\d+)?)/.exec(notes ?? '');
  const high = /range_high=(\d+(?:\.\d+)?(?:e\d+)?)/.exec(notes ?? '');
  return low && high ? { low: Number(low[1]), high: Number(high[1]) } : undefined;
}

/** A row's mapping: the line in mapping.mjs, else the row's own `map` (later research files carry theirs). */
const mapOf = (row) => mapping[row.id] ?? row.map;

/** primary / wire / press / secondary: the row's own `source_kind`, else the publisher table. */
function kindOf(row) {
  const kind = row.source_kind ?? sourceKindOf(row.publisher);
  if (!SOURCE_KINDS.includes(kind)) fail(row.id, `source kind "${kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
  return kind;
}

/** Confidence follows the kind of source: a secondary page is at most `medium`, whatever the row says. */
function cappedConfidence(row) {
  return row.confidence === 'high' && kindOf(row) === 'secondary' ? 'medium' : row.confidence;
}

function sourceOf(row) {
  // A guessed title is not the page's own: null, so the hover shows the publisher and date instead.
  const title = typeof row.title === 'string' && !GUESSED_TITLE.test(row.title) ? row.title.replace(CONFIRMED_TITLE_NOTE, '') || null : null;
  const source = { publisher: row.publisher, title, url: row.url, date: row.reported_on ?? null };
  if (!row.reported_on) source.undated = true;
  if (row.original_reporter) source.originalReporter = row.original_reporter;
  return source;
}

function periodOf(row, map) {
  const parsed = parsePeriod(String(row.period), map.e);
  if (!parsed && !map.p) fail(row.id, `period "${row.period}" not understood: add p: {...} in mapping.mjs`);
  const p = { text: String(row.period), ...(map.p ? map.p : parsed) };
  if (map.p && parsed && !('from' in map.p) && !('to' in map.p) && Object.keys(map.p).length) Object.assign(p, parsed, map.p);
  if (p.from === undefined) delete p.from;
  if (p.to === undefined) delete p.to;
  if (!p.cumulative) delete p.cumulative;
  return p;
}

/** The research notes, or the mapping's replacement `n` when they say something the dataset no longer holds
 *  (facts.jsonl is read-only: "superseded" wording with no supersession link is rewritten here). */
const notesOf = (row, map) => (typeof map.n === 'string' ? map.n : row.notes);

function joinNotes(...parts) {
  const text = parts.filter((s) => s && s.trim()).map((s) => s.trim()).join(' ');
  return text || undefined;
}

function toRecord(row, map) {
  const unit = UNIT_MAP[row.unit];
  if (!unit) fail(row.id, `unit ${row.unit} has no dataset unit`);
  const range = rangeFromNotes(row.notes);
  const record = {
    id: row.id,
    entity: map.e,
    ...(map.cp ? { counterparty: map.cp } : {}),
    metric: map.m,
    value: Number(row.value),
    ...(range ?? {}),
    unit,
    period: periodOf(row, map),
    qualifier: range ? 'range' : map.q ?? QUALIFIER_MAP[row.qualifier] ?? 'exact',
    basis: map.b ?? BASIS_MAP[row.qualifier] ?? 'reported',
    ...(map.tol !== undefined ? { tolerance: map.tol } : {}),
    source: sourceOf(row),
    sourceKind: kindOf(row),
    confidence: cappedConfidence(row),
    paraphrase: row.paraphrase,
    notes: joinNotes(notesOf(row, map), map.note),
  };
  if (!record.notes) delete record.notes;
  return record;
}

function toEvent(row, map) {
  const d = String(row.value);
  const event = {
    id: row.id,
    entity: map.e,
    ...(map.cp ? { counterparty: map.cp } : {}),
    date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
    description: row.metric,
    source: sourceOf(row),
    confidence: row.confidence,
    paraphrase: row.paraphrase,
    notes: joinNotes((notesOf(row, map) ?? '').replace(/date value encoded as YYYYMMDD integer\.?/, ''), map.note),
  };
  if (!event.notes) delete event.notes;
  return event;
}

/** Higher confidence wins; at equal confidence the better kind of page (primary > wire > press > secondary). */
function isBetterSource(row, record) {
  const c = CONFIDENCE_RANK[cappedConfidence(row)] - CONFIDENCE_RANK[record.confidence];
  return c > 0 || (c === 0 && KIND_RANK[kindOf(row)] > KIND_RANK[record.sourceKind]);
}

/** Merge alternates into their primary record; the primary must be the better source. */
function attachAlternates(items, rows, byId) {
  for (const row of rows) {
    const map = mapOf(row);
    if (!map?.alt) continue;
    const primary = byId.get(map.alt);
    if (!primary) { fail(row.id, `alt target ${map.alt} is not a record`); continue; }
    if (primary.sourceKind && isBetterSource(row, primary)) {
      // The better source of the same figure becomes the record's source; the weaker page an alternate.
      (primary.alternateSources ??= []).push(primary.source);
      primary.notes = joinNotes(primary.notes, `Also researched from ${primary.source.publisher}; ${row.publisher} (${row.id}) is the better source.`);
      Object.assign(primary, { source: sourceOf(row), sourceKind: kindOf(row), confidence: cappedConfidence(row) });
      continue;
    }
    (primary.alternateSources ??= []).push(sourceOf(row));
    primary.notes = joinNotes(primary.notes, `Also researched as ${row.id} (${row.publisher}).`);
  }
  return items;
}

function linkSupersession(records, byId, rowsById) {
  for (const r of records) {
    const map = mapOf(rowsById.get(r.id));
    for (const older of map?.sup ?? []) {
      const o = byId.get(older);
      if (!o) { fail(r.id, `supersedes unknown record ${older}`); continue; }
      if (o.supersededBy && o.supersededBy !== r.id) fail(r.id, `${older} is already superseded by ${o.supersededBy}`);
      // A revision re-reports the same figure: never across entities or metrics (a burn forecast does not revise a loss).
      if (o.entity !== r.entity) fail(r.id, `supersedes ${older}, a record about another entity (${o.entity})`);
      if (o.metric !== r.metric) fail(r.id, `supersedes ${older}, a record of another metric (${o.metric} is not ${r.metric})`);
      o.supersededBy = r.id;
      (r.supersedes ??= []).push(older);
    }
  }
}

/** data/build/extra-*.mjs: entities and metrics added by later research, each file exporting both arrays. */
async function loadExtras() {
  const dir = join(root, 'data/build');
  const all = { entities: [...entities], metrics: [...metrics] };
  for (const f of readdirSync(dir).filter((n) => /^extra-.*\.mjs$/.test(n)).sort()) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    all.entities.push(...(mod.entities ?? []));
    all.metrics.push(...(mod.metrics ?? []));
  }
  for (const kind of ['entities', 'metrics']) {
    const seen = new Set();
    for (const x of all[kind]) { if (seen.has(x.id)) fail(x.id, `${kind}: id defined twice`); seen.add(x.id); }
  }
  return all;
}
const extras = await loadExtras();

/** The newest full source date (YYYY-MM-DD) among the records: what the bundled data knows up to. */
function asOfDate(records) {
  let newest = '';
  for (const r of records) {
    const d = r.source.date;
    if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d > newest) newest = d;
  }
  return newest || undefined;
}

function build() {
  const rows = loadRows();
  const seen = new Set();
  const records = [];
  const events = [];
  for (const row of rows) {
    if (seen.has(row.id)) fail(row.id, 'duplicate research id');
    seen.add(row.id);
    if (!row.url || !row.publisher) { fail(row.id, 'row has no source: never becomes a record'); continue; }
    const map = mapOf(row);
    if (!map) { fail(row.id, 'no mapping: add a line in data/build/mapping.mjs or a "map" field to the row'); continue; }
    if (map.alt) continue;
    if (row.unit === 'date') events.push(toEvent(row, map));
    else records.push(toRecord(row, map));
  }
  const byId = new Map([...records, ...events].map((r) => [r.id, r]));
  attachAlternates([...records, ...events], rows, byId);
  linkSupersession(records, byId, new Map(rows.map((r) => [r.id, r])));
  for (const id of Object.keys(mapping)) if (!seen.has(id)) fail(id, 'mapping entry has no research row');
  const order = (a, b) => a.entity.localeCompare(b.entity) || a.metric.localeCompare(b.metric) || (a.period.from ?? '').localeCompare(b.period.from ?? '') || a.id.localeCompare(b.id);
  records.sort(order);
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { rows: rows.length, data: { version: DATASET_VERSION, asOf: asOfDate(records), entities: extras.entities, metrics: extras.metrics, records, events } };
}

const { rows, data } = build();
if (errors.length) {
  console.error(`build-dataset: ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const out = JSON.stringify(data, null, 1) + '\n';
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(root, 'data/figures.json');
if (args.includes('--check')) {
  const same = existsSync(outPath) && readFileSync(outPath, 'utf8') === out;
  console.log(same ? 'data/figures.json is up to date' : 'data/figures.json is stale: run node scripts/build-dataset.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(outPath, out);
const merged = rows - data.records.length - data.events.length;
console.log(`data/figures.json: ${data.records.length} records, ${data.events.length} events from ${rows} research rows (${merged} merged as alternate sources), ${data.entities.length} entities, ${data.metrics.length} metrics`);

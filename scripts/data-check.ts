// npm run data:check — validates the bundled dataset (data/figures.json) against its JSON Schema and
// the dataset rules, then prints how many records each entity has for each metric.
// Exit code 1 on any problem (warnings included: the bundled file must be clean).
//   node --import tsx scripts/data-check.ts [--markdown] [--today YYYY-MM-DD] [--file PATH]   (--file: check another build)
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { parseDatasetText } from '../src/core/dataset/parse';
import { buildDataset, BUNDLED_ORIGIN } from '../src/core/dataset/build';
import { todayIso } from '../src/core/dataset/rules';
import type { DatasetFile } from '../src/core/types';

const root = resolve(__dirname, '..');

export interface DataCheckResult {
  errors: string[];
  data?: DatasetFile;
}

/** Every check of the bundled file; returns messages, empty when the file is clean. */
export function checkBundledDataset(today = todayIso(), file = join(root, 'data/figures.json')): DataCheckResult {
  const errors: string[] = [];
  const text = readFileSync(file, 'utf8');
  const raw = JSON.parse(text) as DatasetFile;

  const ajv = new Ajv({ allErrors: true });
  ajv.addKeyword('patternErrorMessage'); // read by VS Code's JSON editor, not a validation rule
  const schema = JSON.parse(readFileSync(join(root, 'data/figures.schema.json'), 'utf8'));
  const validate = ajv.compile(schema);
  if (!validate(raw)) for (const e of validate.errors ?? []) errors.push(`schema: ${e.instancePath || '/'} ${e.message}`);

  const parsed = parseDatasetText(text, 'data/figures.json', { today });
  for (const p of parsed.problems) errors.push(`${p.severity}: ${p.file}:${p.line + 1}:${p.column + 1} ${p.field} ${p.message}`);
  const data = parsed.data;
  if (!data) return { errors };
  if (data.records.length !== raw.records.length) errors.push(`rules: ${raw.records.length - data.records.length} record(s) would be dropped when loading`);
  errors.push(...bundledOnlyRules(data));
  return { errors, data };
}

/** Rules the bundled file is held to beyond what a user file must meet. */
export function bundledOnlyRules(data: DatasetFile): string[] {
  const errors: string[] = [];
  const byId = new Map(data.records.map((r) => [r.id, r]));
  const entityIds = new Set(data.entities.map((e) => e.id));
  const growthMetrics = new Set(data.metrics.filter((m) => m.family.endsWith('-growth')).map((m) => m.id));
  for (const e of data.entities) {
    if (!e.nameJa) errors.push(`entity ${e.id}: no Japanese name`);
    if (!e.aliases.length) errors.push(`entity ${e.id}: no aliases`);
    if (e.parent && !entityIds.has(e.parent)) errors.push(`entity ${e.id}: parent ${e.parent} is not an entity`);
  }
  for (const m of data.metrics) {
    if (!m.cues.some((c) => /[A-Za-z]/.test(c)) || !m.cues.some((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c))) errors.push(`metric ${m.id}: needs cues in English and in Japanese`);
  }
  const newest = data.records.reduce((d, r) => (r.source.date && /^\d{4}-\d{2}-\d{2}$/.test(r.source.date) && r.source.date > d ? r.source.date : d), '');
  if (!data.asOf) errors.push('dataset: no asOf (the newest source date among the records)');
  else if (newest && data.asOf !== newest) errors.push(`dataset: asOf ${data.asOf} is not the newest source date among the records (${newest})`);
  for (const r of data.records) {
    for (const older of r.supersedes ?? []) {
      const o = byId.get(older);
      if (o?.supersededBy !== r.id) errors.push(`record ${r.id}: supersedes ${older}, but ${older}.supersededBy is ${o?.supersededBy ?? 'missing'}`);
      if (o && o.entity !== r.entity) errors.push(`record ${r.id}: supersedes ${older}, a record about another entity`);
      // A revision is the same figure re-reported: a cash-burn forecast does not revise a net-loss projection.
      if (o && o.metric !== r.metric) errors.push(`record ${r.id}: supersedes ${older}, a record of another metric (${o.metric}, not ${r.metric})`);
    }
    if (r.supersededBy) {
      const n = byId.get(r.supersededBy);
      if (!n?.supersedes?.includes(r.id)) errors.push(`record ${r.id}: supersededBy ${r.supersededBy}, which does not list it in supersedes`);
    }
    if (!/^https?:\/\//.test(r.source.url)) errors.push(`record ${r.id}: source URL is not http(s)`);
    if (r.source.date === null && r.source.undated !== true) errors.push(`record ${r.id}: no source date and not marked undated`);
    if (r.unit === 'percent' && r.metric.startsWith('stake') && (r.value < 0 || r.value > 100)) errors.push(`record ${r.id}: a stake outside 0–100%`);
    if (!r.sourceKind) errors.push(`record ${r.id}: no sourceKind (primary, wire, press or secondary)`);
    if (r.confidence === 'high' && r.sourceKind === 'secondary') errors.push(`record ${r.id}: high confidence on a secondary source (at most medium)`);
    // Losses and burn are positive amounts; only a growth rate (family "...-growth") may fall below zero.
    if (r.value < 0 && !growthMetrics.has(r.metric)) errors.push(`record ${r.id}: negative value (the bundled data states losses and burn as positive amounts)`);
  }
  return errors;
}

/** entity → metric → number of records. */
export function coverage(data: DatasetFile): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of data.records) {
    const row = out.get(r.entity) ?? new Map<string, number>();
    row.set(r.metric, (row.get(r.metric) ?? 0) + 1);
    out.set(r.entity, row);
  }
  return out;
}

function coverageText(data: DatasetFile, markdown: boolean): string {
  const cov = coverage(data);
  const names = new Map(data.entities.map((e) => [e.id, e.name]));
  const entities = [...cov.keys()].sort((a, b) => sum(cov.get(b)!) - sum(cov.get(a)!) || a.localeCompare(b));
  const lines: string[] = [];
  if (markdown) lines.push('| entity | records | metrics (records) |', '|---|---:|---|');
  for (const e of entities) {
    const row = cov.get(e)!;
    const metrics = [...row.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m, n]) => `${m} ${n}`).join(', ');
    lines.push(markdown ? `| ${names.get(e) ?? e} | ${sum(row)} | ${metrics} |` : `${(names.get(e) ?? e).padEnd(24)} ${String(sum(row)).padStart(3)}  ${metrics}`);
  }
  return lines.join('\n');
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** When the research file is next to the repository, the committed output must match a rebuild. */
function buildIsFresh(): string[] {
  if (!existsSync(resolve(root, '../shared/facts/facts.jsonl'))) return [];
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build-dataset.mjs'), '--check'], { stdio: 'pipe' });
    return [];
  } catch (e) {
    const out = (e as { stdout?: Buffer; stderr?: Buffer });
    return [`build: ${String(out.stdout ?? '')}${String(out.stderr ?? '')}`.trim()];
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : todayIso();
  const file = args.includes('--file') ? resolve(args[args.indexOf('--file') + 1]) : undefined;
  const { errors, data } = checkBundledDataset(today, file);
  if (!file) errors.push(...buildIsFresh());
  if (data) {
    const ds = buildDataset([{ origin: BUNDLED_ORIGIN, data }]);
    const superseded = data.records.filter((r) => r.supersededBy).length;
    const undated = data.records.filter((r) => r.source.undated).length;
    const alternates = data.records.reduce((n, r) => n + (r.alternateSources?.length ?? 0), 0);
    const kinds = data.records.reduce<Record<string, number>>((m, r) => ({ ...m, [r.sourceKind ?? 'none']: (m[r.sourceKind ?? 'none'] ?? 0) + 1 }), {});
    console.log(`data/figures.json ${data.version} (as of ${data.asOf ?? 'unknown'}): ${data.records.length} records, ${data.events?.length ?? 0} events, ${data.entities.length} entities, ${data.metrics.length} metrics`);
    console.log(`  sources: ${['primary', 'wire', 'press', 'secondary'].map((k) => `${kinds[k] ?? 0} ${k}`).join(', ')}`);
    console.log(`  ${superseded} superseded by a newer version, ${alternates} alternate sources, ${undated} undated sources, ${ds.byEntityMetric.size} entity × metric pairs\n`);
    console.log(coverageText(data, args.includes('--markdown')));
  }
  if (errors.length) {
    console.error(`\ndata:check FAILED with ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\ndata:check passed');
}

if (/data-check\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) main();

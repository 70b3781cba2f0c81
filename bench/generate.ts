// Deterministic, seeded corpus of financial-news markdown about the AI industry's money, for the benchmark.
// Entities, metrics and figures come from the bundled dataset so claims hit real records; ~70% of figures
// are the record's value, the rest rounded or deliberately wrong (so every verdict path is exercised).
// The text is synthetic benchmark input, not reporting: its front matter says so.
//
// Run: node --import tsx bench/generate.ts [--seed N] [--out bench/corpus]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile, EntityDef, FigureRecord, MetricDef } from '../src/core/types';
import { figureEn, figureJa, type FigureSpec, trimNumber } from './figure-forms';
import { type Random, seededRandom } from './random';

export const CORPUS_SIZES = [
  { name: '30KB', bytes: 30 * 1024 },
  { name: '300KB', bytes: 300 * 1024 },
  { name: '1MB', bytes: 1024 * 1024 },
  { name: '3MB', bytes: 3 * 1024 * 1024 },
] as const;

export const DEFAULT_SEED = 20261123;

/** Share of prose sentences (paragraphs, list items) that hold a figure, and of paragraphs in Japanese. */
export const FIGURE_SENTENCE_SHARE = 0.88;
export const JAPANESE_PARAGRAPH_SHARE = 0.08;

const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/;

interface Vocab {
  records: FigureRecord[];
  entity: (id: string) => EntityDef | undefined;
  metric: (id: string) => MetricDef | undefined;
}

function buildVocab(data: DatasetFile): Vocab {
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const usable = data.records.filter(
    (r) => Number.isFinite(r.value) && r.value > 0 && entities.has(r.entity) && metrics.has(r.metric),
  );
  if (usable.length === 0) throw new Error('the dataset has no usable records for the corpus');
  return { records: usable, entity: (id) => entities.get(id), metric: (id) => metrics.get(id) };
}

function cues(metric: MetricDef | undefined, japanese: boolean): string[] {
  const all = metric?.cues ?? [];
  const wanted = all.filter((c) => JAPANESE_CHAR.test(c) === japanese);
  if (wanted.length > 0) return wanted;
  if (japanese) return [metric?.labelJa ?? '数字'];
  return [metric?.label.toLowerCase() ?? 'figure'];
}

/** The writer's figure: mostly the record's value, sometimes rounded, sometimes wrong. */
function figureSpecFor(record: FigureRecord, rng: Random, metric: MetricDef | undefined): FigureSpec {
  let value = record.value;
  const roll = rng.next();
  if (roll > 0.85) value = value * rng.pick([0.5, 0.7, 1.3, 1.6, 2]);
  else if (roll > 0.7) value = Number(value.toPrecision(2));
  const hasRange = record.low !== undefined || rng.chance(0.05);
  const low = record.low ?? (hasRange ? value * 0.8 : undefined);
  const spec: FigureSpec = { value, unit: record.unit, qualifier: hasRange ? 'range' : record.qualifier };
  if (hasRange && low !== undefined) spec.low = Number(low.toPrecision(2));
  if (record.unit === 'count') {
    spec.nounEn = cues(metric, false)[0];
    spec.nounJa = '人';
  }
  return spec;
}

function yearOf(record: FigureRecord): string | undefined {
  return (record.period.to ?? record.period.from)?.slice(0, 4);
}

function periodEn(record: FigureRecord, rng: Random): string {
  const year = yearOf(record);
  if (!year) return '';
  if (record.period.cumulative) return rng.pick([`through ${year}`, `by ${year}`]);
  const from = record.period.from ?? '';
  if (from.endsWith('-01-01') && (record.period.to ?? '').endsWith('-06-30')) return `in the first half of ${year}`;
  return rng.pick([`in ${year}`, `for ${year}`, `in fiscal ${year}`]);
}

function periodJa(record: FigureRecord): string {
  const year = yearOf(record);
  if (!year) return '';
  if (record.period.cumulative) return `${year}年までに`;
  const from = record.period.from ?? '';
  if (from.endsWith('-01-01') && (record.period.to ?? '').endsWith('-06-30')) return `${year}年上半期に`;
  return `${year}年に`;
}

interface Context {
  rng: Random;
  vocab: Vocab;
  /** Footnote definitions in first-use order, keyed by record id, and their size once written. */
  footnotes: Map<string, string>;
  footnoteBytes: number;
}

function citationEn(ctx: Context, record: FigureRecord): string {
  const { rng } = ctx;
  const roll = rng.next();
  if (roll < 0.12) return ` ([${record.source.publisher}](${record.source.url}))`;
  if (roll < 0.22) {
    if (!ctx.footnotes.has(record.id)) {
      const definition = `${record.source.publisher}, ${record.source.url}`;
      ctx.footnotes.set(record.id, definition);
      ctx.footnoteBytes += utf8Length(`[^${record.id}]: ${definition}\n`);
    }
    return `[^${record.id}]`;
  }
  if (roll < 0.26) return ` (Source: ${record.source.publisher})`;
  return '';
}

function nameEn(e: EntityDef | undefined): string {
  return e?.name ?? 'The company';
}
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
function nameJa(e: EntityDef | undefined): string {
  return e?.nameJa ?? e?.name ?? '同社';
}

function figureSentenceEn(ctx: Context): string {
  const { rng, vocab } = ctx;
  const record = rng.pick(vocab.records);
  const metric = vocab.metric(record.metric);
  const entity = nameEn(vocab.entity(record.entity));
  const counterparty = record.counterparty ? nameEn(vocab.entity(record.counterparty)) : undefined;
  const cue = rng.pick(cues(metric, false));
  const fig = figureEn(figureSpecFor(record, rng, metric), rng);
  const period = periodEn(record, rng);
  const cite = citationEn(ctx, record);
  const templates = record.unit === 'count'
    ? [`${entity} reached ${fig} ${period}${cite}.`, `${entity} had ${fig} ${period}, the company said${cite}.`]
    : counterparty
    ? [
        `${entity} committed ${fig} to ${counterparty} ${period}, its ${cue}${cite}.`,
        `The ${cue} between ${entity} and ${counterparty} came to ${fig} ${period}${cite}.`,
      ]
    : [
        `${possessive(entity)} ${cue} reached ${fig} ${period}${cite}.`,
        `${entity} reported ${cue} of ${fig} ${period}, people familiar with the matter said${cite}.`,
        `Analysts put ${possessive(entity)} ${cue} at ${fig} ${period}${cite}.`,
        `According to filings, ${entity} expects ${cue} of ${fig} ${period}${cite}.`,
        `That leaves ${entity} with ${cue} of ${fig}${cite}.`,
      ];
  return rng.pick(templates).replace(/ +/g, ' ').replace(/ ([.,])/g, '$1');
}

function figureSentenceJa(ctx: Context): string {
  const { rng, vocab } = ctx;
  const record = rng.pick(vocab.records);
  const metric = vocab.metric(record.metric);
  const entity = nameJa(vocab.entity(record.entity));
  const cue = rng.pick(cues(metric, true));
  const fig = figureJa(figureSpecFor(record, rng, metric), rng);
  const period = periodJa(record);
  const cite = rng.chance(0.1) ? `（出典: ${record.source.publisher}）` : '';
  return rng.pick([
    `${entity}の${cue}は${period}${fig}に達した${cite}。`,
    `${period}${entity}は${fig}の${cue}を見込む${cite}。`,
    `関係者によると、${entity}の${cue}は${fig}だった${cite}。`,
    `${fig}の${cue}が${period}計上された${cite}。`,
  ]);
}

const FILLER_EN = [
  'Investors have grown more cautious about the pace of spending.',
  'The company declined to comment on the figures.',
  'Executives said the plan could change as demand evolves.',
  'The deal was first reported in 2025 and finalised later.',
  'Critics question whether the returns will justify the outlay.',
  'The numbers were shared with staff at an all-hands meeting in October.',
];
const FILLER_JA = ['同社はコメントを控えた。', '投資家の間では慎重な見方が広がっている。', '計画は需要次第で変わる可能性がある。', '2025年の発表以降、状況は大きく変わった。'];

function paragraph(ctx: Context, japanese: boolean): string {
  const { rng } = ctx;
  const sentences: string[] = [];
  const count = rng.int(3, 6);
  for (let i = 0; i < count; i++) {
    const hasFigure = rng.chance(FIGURE_SENTENCE_SHARE);
    if (japanese) sentences.push(hasFigure ? figureSentenceJa(ctx) : rng.pick(FILLER_JA));
    else sentences.push(hasFigure ? figureSentenceEn(ctx) : rng.pick(FILLER_EN));
  }
  return sentences.join(japanese ? '' : ' ');
}

function list(ctx: Context): string {
  const { rng } = ctx;
  const ordered = rng.chance(0.3);
  const items: string[] = [];
  const count = rng.int(3, 5);
  for (let i = 0; i < count; i++) {
    const sentence = rng.chance(FIGURE_SENTENCE_SHARE) ? figureSentenceEn(ctx) : rng.pick(FILLER_EN);
    items.push(`${ordered ? `${i + 1}.` : '-'} ${sentence}`);
  }
  return items.join('\n');
}

function table(ctx: Context): string {
  const { rng, vocab } = ctx;
  const rows = ['| Company | Metric | Figure | Year |', '|---|---|---|---|'];
  const count = rng.int(3, 6);
  for (let i = 0; i < count; i++) {
    const record = rng.pick(vocab.records);
    const metric = vocab.metric(record.metric);
    const fig = figureEn(figureSpecFor(record, rng, metric), rng);
    rows.push(`| ${nameEn(vocab.entity(record.entity))} | ${metric?.label ?? record.metric} | ${fig} | ${yearOf(record) ?? ''} |`);
  }
  return rows.join('\n');
}

/** Code is not prose: the numbers inside must never become claims. */
function codeFence(ctx: Context): string {
  const { rng, vocab } = ctx;
  const record = rng.pick(vocab.records);
  return [
    '```json',
    `{ "entity": "${record.entity}", "value": ${record.value}, "note": "$${trimNumber(record.value / 1e9)}B in code is not a claim" }`,
    '```',
  ].join('\n');
}

function blockquote(ctx: Context): string {
  return `> ${figureSentenceEn(ctx)}`;
}

function heading(ctx: Context): string {
  const { rng, vocab } = ctx;
  const record = rng.pick(vocab.records);
  const level = rng.chance(0.25) ? '###' : '##';
  return `${level} ${nameEn(vocab.entity(record.entity))}: ${vocab.metric(record.metric)?.label ?? 'figures'}`;
}

function section(ctx: Context): string {
  const { rng } = ctx;
  const blocks = [heading(ctx)];
  const count = rng.int(3, 6);
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    if (roll < 0.62) blocks.push(paragraph(ctx, rng.chance(JAPANESE_PARAGRAPH_SHARE)));
    else if (roll < 0.77) blocks.push(list(ctx));
    else if (roll < 0.87) blocks.push(table(ctx));
    else if (roll < 0.93) blocks.push(codeFence(ctx));
    else blocks.push(blockquote(ctx));
  }
  return blocks.join('\n\n');
}

const FRONT_MATTER = [
  '---',
  'title: "Figure Check benchmark corpus"',
  'note: "Synthetic text generated from the bundled dataset for benchmarking; not reporting."',
  'lang: en',
  '---',
].join('\n');

/** One markdown document of at least `targetBytes` UTF-8 bytes (it stops at the first section that reaches it). */
export function generateCorpus(data: DatasetFile, options: { seed: number; targetBytes: number }): string {
  const ctx: Context = { rng: seededRandom(options.seed), vocab: buildVocab(data), footnotes: new Map(), footnoteBytes: 0 };
  const chunks = [FRONT_MATTER, '# The money behind AI'];
  let bytes = chunks.reduce((n, c) => n + utf8Length(c) + 2, 0);
  while (bytes + ctx.footnoteBytes < options.targetBytes) {
    const s = section(ctx);
    chunks.push(s);
    bytes += utf8Length(s) + 2;
  }
  const notes = [...ctx.footnotes].map(([id, text]) => `[^${id}]: ${text}`);
  if (notes.length > 0) chunks.push(notes.join('\n'));
  return chunks.join('\n\n') + '\n';
}

/** UTF-8 length without Node's Buffer, so this file stays usable from any runtime. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function loadDatasetFile(path: string): DatasetFile {
  return JSON.parse(readFileSync(path, 'utf8')) as DatasetFile;
}

/** Writes bench/corpus/<size>.md for every size; returns the paths. */
export function writeCorpora(data: DatasetFile, outDir: string, seed = DEFAULT_SEED): Record<string, string> {
  mkdirSync(outDir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const size of CORPUS_SIZES) {
    const path = join(outDir, `${size.name}.md`);
    writeFileSync(path, generateCorpus(data, { seed, targetBytes: size.bytes }));
    paths[size.name] = path;
  }
  return paths;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const seed = Number(argValue('--seed') ?? DEFAULT_SEED);
  const out = argValue('--out') ?? join('bench', 'corpus');
  const data = loadDatasetFile(argValue('--dataset') ?? join('data', 'figures.json'));
  const paths = writeCorpora(data, out, seed);
  for (const [name, path] of Object.entries(paths)) console.log(`${name}\t${path}`);
}

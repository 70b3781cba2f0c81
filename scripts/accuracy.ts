// Accuracy of verdicts against hand annotations: precision and recall per verdict.
//   npx tsx scripts/accuracy.ts                       # checks the annotated drafts in-process
//   node dist/cli.js --format json <files> > out.json && npx tsx scripts/accuracy.ts --json out.json
//   npm run accuracy -- --dir PATH                    # a real-text set (docs/, labels.jsonl, score.mjs, planted.mjs)
//     runs the set's own scorers against dist/cli.js (build first): entity, metric family, false red
//     squiggles, figures backed by a record, planted errors caught. Sets of other people's words stay
//     outside the repository; this only points the scorers at the CLI.
// Annotation files map a draft's path to its figures in order: [{ "text", "verdict", "line"? }].
// Figures are aligned in order by their text (and line when given); an annotated figure the engine
// did not find counts as "missed", a figure found but not annotated as "extra".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bundledDataset, checkDocument } from '../src/core/index';

const root = join(__dirname, '..');
const DEFAULT_ANNOTATIONS = [
  'test/fixtures/verify/examples.expected.json',
  'test/fixtures/verify/heldout/heldout.expected.json',
  'test/fixtures/verify/heldout2/heldout2.expected.json',
];
const VERDICTS = ['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored'] as const;

interface Annotated { text: string; verdict: string; line?: number }
interface Found { text: string; verdict: string; line: number }

function parseArgs(argv: string[]): { json?: string; annotations: string[] } {
  const out: { json?: string; annotations: string[] } = { annotations: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') out.json = argv[++i];
    else out.annotations.push(argv[i]!);
  }
  if (out.annotations.length === 0) out.annotations = DEFAULT_ANNOTATIONS;
  return out;
}

/** Claims per file: from the CLI's JSON (format version 1) or by checking in-process. */
function foundFor(file: string, cliJson: unknown): Found[] {
  if (cliJson) {
    const files = (cliJson as { files: Array<{ path: string; claims: Array<{ text: string; verdict: string; line: number }> }> }).files;
    const entry = files.find((f) => resolve(root, f.path) === resolve(root, file) || f.path.endsWith(file));
    if (!entry) throw new Error(`${file} is not in the CLI output`);
    return entry.claims.map((c) => ({ text: c.text, verdict: c.verdict, line: c.line + 1 }));
  }
  const result = checkDocument(readFileSync(join(root, file), 'utf8'), bundledDataset());
  return result.claims.map((c) => ({ text: c.text, verdict: c.verdict, line: c.line + 1 }));
}

/** Pairs of (annotated verdict, found verdict); "missed" / "extra" where one side has no figure. */
function align(expected: Annotated[], found: Found[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const used = new Set<number>();
  let cursor = 0;
  for (const e of expected) {
    let hit = -1;
    for (let i = cursor; i < found.length; i++) {
      if (!used.has(i) && found[i]!.text === e.text && (e.line === undefined || found[i]!.line === e.line)) { hit = i; break; }
    }
    if (hit < 0) { pairs.push([e.verdict, 'missed']); continue; }
    used.add(hit);
    cursor = hit + 1;
    pairs.push([e.verdict, found[hit]!.verdict]);
  }
  found.forEach((f, i) => { if (!used.has(i)) pairs.push(['extra', f.verdict]); });
  return pairs;
}

function pct(n: number, d: number): string {
  return d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function report(title: string, pairs: Array<[string, string]>): void {
  const annotated = pairs.filter(([e]) => e !== 'extra');
  const correct = annotated.filter(([e, f]) => e === f).length;
  console.log(`\n## ${title}: ${correct}/${annotated.length} annotated figures got the annotated verdict (${pct(correct, annotated.length).trim()})`);
  console.log(`missed (not found): ${pairs.filter(([, f]) => f === 'missed').length}, extra (found, not annotated): ${pairs.filter(([e]) => e === 'extra').length}\n`);
  console.log('| verdict | annotated | predicted | correct | precision | recall |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const v of VERDICTS) {
    const expectedN = pairs.filter(([e]) => e === v).length;
    const predictedN = pairs.filter(([, f]) => f === v).length;
    const tp = pairs.filter(([e, f]) => e === v && f === v).length;
    console.log(`| ${v} | ${expectedN} | ${predictedN} | ${tp} | ${pct(tp, predictedN)} | ${pct(tp, expectedN)} |`);
  }
  const wrong = annotated.filter(([e, f]) => e !== f);
  if (wrong.length) console.log(`\nconfusions (annotated → got): ${wrong.map(([e, f]) => `${e}→${f}`).join(', ')}`);
}

/** A real-text set: its own score.mjs and planted.mjs, run on the bundled CLI. */
function scoreSet(dir: string): void {
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
  for (const script of ['score.mjs', 'planted.mjs']) {
    const path = join(dir, script);
    if (!existsSync(path)) throw new Error(`${path} not found: a real-text set holds docs/, labels.jsonl, score.mjs and planted.mjs`);
    console.log(`## ${script}`);
    process.stdout.write(execFileSync(process.execPath, [path, dir, '--cli', cli], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const dirAt = argv.indexOf('--dir');
  if (dirAt >= 0) {
    const dir = argv[dirAt + 1];
    if (!dir) throw new Error('--dir needs a path');
    scoreSet(resolve(dir));
    return;
  }
  const args = parseArgs(argv);
  const cliJson = args.json ? JSON.parse(readFileSync(args.json, 'utf8')) : undefined;
  for (const annotationFile of args.annotations) {
    const annotations = JSON.parse(readFileSync(resolve(root, annotationFile), 'utf8')) as Record<string, Annotated[]>;
    const all: Array<[string, string]> = [];
    for (const [file, expected] of Object.entries(annotations)) {
      const pairs = align(expected, foundFor(file, cliJson));
      report(relative(root, resolve(root, file)), pairs);
      all.push(...pairs);
    }
    report(`all of ${annotationFile}`, all);
  }
}

main();

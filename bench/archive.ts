// The CLI on an archive: N seeded drafts of about 10 KB, checked with --jobs 1 and --jobs 2, a first run
// with --cache and its re-run, each format, against markdownlint-cli2 on the same files when it is
// installed (it is not a dependency: set MARKDOWNLINT_CLI2 to its binary, or have it on node_modules/.bin).
// Wall time, user CPU and peak RSS come from GNU time (/usr/bin/time -v). Not part of `npm run bench`:
// 10,000 drafts take minutes.
//
// Run: npm run build && node --import tsx bench/archive.ts [--files 2000] [--rounds 2] [--out /tmp/archive]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, loadDatasetFile } from './generate';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const ROOT = process.cwd();
const FILES = Number(option('--files', '2000'));
const ROUNDS = Number(option('--rounds', '2'));
const OUT = option('--out', join(ROOT, 'bench', 'corpus', `archive-${FILES}`));
const CLI = join(ROOT, 'dist', 'cli.js');
/** Distinct drafts; each file adds its own first line, so every file's bytes (and cache key) differ. */
const DISTINCT = 200;
const DRAFT_TARGET_BYTES = 8900; // the generator overshoots a little: about 10 KB a file

function writeArchive(): void {
  if (existsSync(join(OUT, 'done'))) return;
  rmSync(OUT, { recursive: true, force: true });
  const data = loadDatasetFile(join(ROOT, 'data', 'figures.json'));
  const texts = Array.from({ length: DISTINCT }, (_, i) => generateCorpus(data, { seed: 1000 + i, targetBytes: DRAFT_TARGET_BYTES }));
  for (let i = 0; i < FILES; i++) {
    const dir = join(OUT, 'drafts', `d${Math.floor(i / 500)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `draft-${i}.md`), `<!-- draft ${i} -->\n${texts[i % DISTINCT]}`);
  }
  writeFileSync(join(OUT, 'done'), '');
}

interface Sample {
  label: string;
  wallS: number;
  userS: number;
  peakMB: number;
  exit: number;
}

/** Runs a command under GNU time; stdout is thrown away (but fully written, as a reader would get it). */
function timed(label: string, command: string[]): Sample {
  const run = spawnSync('/usr/bin/time', ['-v', ...command], { cwd: OUT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const field = (name: string): string => new RegExp(`${name}: (.+)`).exec(run.stderr ?? '')?.[1]?.trim() ?? '';
  const [m, s] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2).map(Number);
  const sample = { label, wallS: m * 60 + s, userS: Number(field('User time \\(seconds\\)')), peakMB: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, exit: Number(field('Exit status')) };
  process.stderr.write(`  ${label}: ${sample.wallS.toFixed(2)} s, ${sample.peakMB.toFixed(0)} MB\n`);
  return sample;
}

function markdownlintCli2(): string | undefined {
  const candidates = [process.env.MARKDOWNLINT_CLI2, join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2')];
  return candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
}

function main(): void {
  if (!existsSync(CLI)) throw new Error('build first: npm run build');
  if (!existsSync('/usr/bin/time')) throw new Error('needs GNU time at /usr/bin/time');
  process.stderr.write(`archive: ${FILES} drafts in ${OUT}\n`);
  writeArchive();
  const peer = markdownlintCli2();
  const samples: Sample[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Interleaved, so a busy neighbour slows every tool of a round alike.
    samples.push(timed(`--jobs 1, text`, ['node', CLI, '-q', '--jobs', '1', 'drafts']));
    samples.push(timed(`--jobs 2, text`, ['node', CLI, '-q', '--jobs', '2', 'drafts']));
    if (peer) samples.push(timed('markdownlint-cli2', [peer, 'drafts/**/*.md']));
  }
  samples.push(timed('--jobs 2, json', ['node', CLI, '--format', 'json', '--jobs', '2', 'drafts']));
  samples.push(timed('--jobs 2, sarif', ['node', CLI, '--format', 'sarif', '--jobs', '2', 'drafts']));
  rmSync(join(OUT, 'cache'), { recursive: true, force: true });
  samples.push(timed('--cache, first run', ['node', CLI, '-q', '--cache-location', 'cache', 'drafts']));
  for (let round = 1; round <= ROUNDS; round++) samples.push(timed('--cache, re-run', ['node', CLI, '-q', '--cache-location', 'cache', 'drafts']));
  const lines = ['| run | wall | user CPU | peak RSS | exit |', '|---|---:|---:|---:|---:|'];
  for (const s of samples) lines.push(`| ${s.label} | ${s.wallS.toFixed(2)} s | ${s.userS.toFixed(2)} s | ${s.peakMB.toFixed(0)} MB | ${s.exit} |`);
  if (!peer) lines.push('', 'markdownlint-cli2 not found: set MARKDOWNLINT_CLI2 to compare.');
  process.stdout.write(`${FILES} drafts of about 10 KB\n\n${lines.join('\n')}\n`);
}

main();

// Command-line arguments of `figure-check`: a small hand-written parser, so that every mistake gets a
// precise message and exit code 2 (node:util parseArgs on Node 20 has no `--no-x` negation).
import { VERDICTS } from '../core/check';
import type { Lang, Severity, Verdict } from '../core/types';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'information';

// The engine's list, so a new verdict reaches --severity and the SARIF rules without edits here.
export { VERDICTS };
const SEVERITY_LEVELS: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Files over this size are skipped unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CliOptions {
  inputs: string[];
  format: OutputFormat;
  datasets: string[];
  bundled: boolean;
  failOn: FailOn;
  lang: Lang | 'auto';
  quiet: boolean;
  severities: Partial<Record<Verdict, Severity | 'off'>>;
  maxFileBytes: number;
  /** Name shown for standard input in every format. */
  stdinName: string;
  color: 'auto' | 'always' | 'never';
  /** Worker threads checking files; undefined: one per CPU. 1 checks on the main thread. */
  jobs: number | undefined;
  /** Where cache entries live when caching is on (--cache or --cache-location), else undefined. */
  cacheLocation: string | undefined;
  /** --shard i/n: check only the files whose path hash falls in shard `index` (1-based) of `count`. */
  shard: Shard | undefined;
  /** --allow-skipped: skipped, vanished and unreadable files do not make the run exit 2. */
  allowSkipped: boolean;
  /** --as-of YYYY-MM-DD: the drafts' date, passed to the engine. */
  asOf: string | undefined;
  /** --stale-after DAYS: every metric's staleness window, passed to the engine (undefined: each metric's own). */
  staleAfterDays: number | undefined;
}

export interface Shard {
  index: number;
  count: number;
}

/** Where --cache keeps its entries unless --cache-location says otherwise (relative to the working directory). */
export const DEFAULT_CACHE_LOCATION = '.figure-check-cache';
/** More shards than this is a typo, not a CI matrix. */
export const MAX_SHARDS = 1000;
/** More worker threads than this costs memory and buys nothing on any machine we know. */
export const MAX_JOBS = 256;

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

function defaultOptions(): CliOptions {
  return {
    inputs: [],
    format: 'text',
    datasets: [],
    bundled: true,
    failOn: 'error',
    lang: 'auto',
    quiet: false,
    severities: {},
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    stdinName: '<stdin>',
    color: 'auto',
    jobs: undefined,
    cacheLocation: undefined,
    shard: undefined,
    allowSkipped: false,
    asOf: undefined,
    staleAfterDays: undefined,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

/** Parses `verdict=level` (as in `--severity unsourced=off`). */
export function parseSeverityOverride(
  spec: string,
): { verdict: Verdict; level: Severity | 'off' } | { error: string } {
  const eq = spec.indexOf('=');
  const verdict = eq < 0 ? spec : spec.slice(0, eq);
  const level = eq < 0 ? '' : spec.slice(eq + 1);
  if (!oneOf(verdict, VERDICTS)) {
    return { error: `--severity: unknown verdict "${verdict}" (expected one of ${VERDICTS.join(', ')})` };
  }
  if (!oneOf(level, SEVERITY_LEVELS)) {
    return { error: `--severity: "${spec}" needs a level: ${verdict}=${SEVERITY_LEVELS.join('|')}` };
  }
  return { verdict, level };
}

/** Parses a byte count: "5000000", "5MB", "512KB" (1 KB = 1024 bytes). */
export function parseByteSize(text: string): number | undefined {
  const m = /^(\d+)\s*(B|KB|MB|GB)?$/i.exec(text.trim());
  if (!m) return undefined;
  const scale: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
  const bytes = Number(m[1]) * scale[(m[2] ?? 'B').toUpperCase()];
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** Parses `i/n` with 1 <= i <= n <= MAX_SHARDS. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const OPTIONS_WITH_VALUE = new Set([
  '--jobs',
  '-j',
  '--cache-location',
  '--shard',
  '--as-of',
  '--stale-after',
  '--format',
  '--dataset',
  '--fail-on',
  '--lang',
  '--severity',
  '--max-file-size',
  '--stdin-filename',
  '--color',
  '-f',
]);

/** Splits `--name=value` into name and value; leaves everything else alone. */
function splitInlineValue(arg: string): { name: string; inline?: string } {
  if (!arg.startsWith('--')) return { name: arg };
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg } : { name: arg.slice(0, eq), inline: arg.slice(eq + 1) };
}

/** Applies one option that takes a value; returns an error message or undefined. */
function applyValueOption(options: CliOptions, name: string, value: string): string | undefined {
  switch (name) {
    case '-f':
    case '--format':
      if (!oneOf(value, ['text', 'json', 'sarif'] as const)) return `--format must be text, json or sarif, not "${value}"`;
      options.format = value;
      return undefined;
    case '--dataset':
      if (value === '') return '--dataset needs a file path';
      options.datasets.push(value);
      return undefined;
    case '--fail-on':
      if (!oneOf(value, ['error', 'warning', 'information'] as const)) {
        return `--fail-on must be error, warning or information, not "${value}"`;
      }
      options.failOn = value;
      return undefined;
    case '--lang':
      if (!oneOf(value, ['en', 'ja', 'auto'] as const)) return `--lang must be en, ja or auto, not "${value}"`;
      options.lang = value;
      return undefined;
    case '--severity': {
      const parsed = parseSeverityOverride(value);
      if ('error' in parsed) return parsed.error;
      options.severities[parsed.verdict] = parsed.level;
      return undefined;
    }
    case '--max-file-size': {
      const bytes = parseByteSize(value);
      if (bytes === undefined) return `--max-file-size must be a size like 5000000, 512KB or 5MB, not "${value}"`;
      options.maxFileBytes = bytes;
      return undefined;
    }
    case '--stdin-filename':
      if (value === '') return '--stdin-filename needs a name';
      options.stdinName = value;
      return undefined;
    case '--color':
      if (!oneOf(value, ['auto', 'always', 'never'] as const)) return `--color must be auto, always or never, not "${value}"`;
      options.color = value;
      return undefined;
    case '-j':
    case '--jobs': {
      const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(jobs >= 1 && jobs <= MAX_JOBS)) return `--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${value}"`;
      options.jobs = jobs;
      return undefined;
    }
    case '--cache-location':
      if (value === '') return '--cache-location needs a directory';
      options.cacheLocation = value;
      return undefined;
    case '--shard': {
      const shard = parseShard(value);
      if (!shard) return `--shard must be i/n with 1 <= i <= n <= ${MAX_SHARDS} (e.g. 2/4), not "${value}"`;
      options.shard = shard;
      return undefined;
    }
    case '--as-of':
      if (!isIsoDate(value)) return `--as-of must be a date written YYYY-MM-DD, not "${value}"`;
      options.asOf = value;
      return undefined;
    case '--stale-after':
      if (!/^\d{1,6}$/.test(value)) return `--stale-after must be a whole number of days (0 or more), not "${value}"`;
      options.staleAfterDays = Number(value);
      return undefined;
    default:
      return `unknown option ${name}`;
  }
}

/** Parses argv (without `node` and the script). Never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options = defaultOptions();
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const { name, inline } = splitInlineValue(arg);
    if (OPTIONS_WITH_VALUE.has(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined) return { kind: 'error', message: `${name} needs a value` };
      if (inline === undefined) i++;
      const error = applyValueOption(options, name, value);
      if (error) return { kind: 'error', message: error };
      continue;
    }
    if (inline !== undefined) return { kind: 'error', message: `${name} takes no value` };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '-q':
      case '--quiet':
        options.quiet = true;
        break;
      case '--no-bundled':
        options.bundled = false;
        break;
      case '--no-color':
        options.color = 'never';
        break;
      case '--cache':
        options.cacheLocation ??= DEFAULT_CACHE_LOCATION;
        break;
      case '--allow-skipped':
        options.allowSkipped = true;
        break;
      default:
        return { kind: 'error', message: `unknown option ${name}` };
    }
  }
  if (options.inputs.length === 0) {
    return { kind: 'error', message: 'no input: give files, directories, globs, or - for standard input' };
  }
  if (!options.bundled && options.datasets.length === 0) {
    return { kind: 'error', message: '--no-bundled needs at least one --dataset FILE' };
  }
  if (options.inputs.filter((input) => input === '-').length > 1) {
    return { kind: 'error', message: 'standard input (-) can be given only once' };
  }
  return { kind: 'run', options };
}

export const HELP_TEXT = `Usage: figure-check [options] <file|dir|glob|->...

Fact-checks the numeric claims in markdown drafts (English and Japanese) against a sourced dataset.
Directories are searched for .md and .markdown files (respecting .gitignore files inside them,
skipping node_modules and .git); globs are expanded; - reads standard input.

Options:
  -f, --format text|json|sarif   output format (default: text)
      --dataset FILE             add a dataset file, merged over the bundled data (repeatable)
      --no-bundled               use only the --dataset files, not the bundled dataset
      --fail-on LEVEL            exit 1 when a finding is at or above LEVEL:
                                 error|warning|information (default: error)
      --lang en|ja|auto          language of the drafts (default: auto, per file)
      --severity VERDICT=LEVEL   override a verdict's severity (repeatable), LEVEL one of
                                 error|warning|information|hint|off, e.g. --severity unsourced=off
      --max-file-size SIZE       skip larger files with a warning (default: 5MB)
      --stdin-filename NAME      name shown for standard input (default: <stdin>)
      --color auto|always|never  colour the text output (default: auto: only on a terminal, never
                                 when NO_COLOR is set); --no-color is --color never
  -j, --jobs N                   check files on N worker threads (default: one per CPU)
      --cache                    keep results in .figure-check-cache/ and reuse them for files
                                 whose content, engine, dataset and options are unchanged
      --cache-location DIR       keep the cache in DIR instead (implies --cache)
      --shard i/n                check only shard i of n (files split by a hash of their path),
                                 for a CI matrix; the shards together check every file once
      --allow-skipped            skipped, vanished or unreadable files are warnings, not exit 2
      --as-of YYYY-MM-DD         the drafts' date, for figures written in the present tense
      --stale-after DAYS         a sourced level (valuation, users) older than DAYS no longer
                                 proves a present-tense figure wrong (default: per metric)
  -q, --quiet                    print only the findings: no summary, no notes on stderr
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
            2 usage error, malformed dataset, or a file that could not be checked (unreadable,
            vanished, every file skipped) unless --allow-skipped.
Text output: path:line:col  severity  verdict  message  [record-id]   (line and column 1-based)
`;

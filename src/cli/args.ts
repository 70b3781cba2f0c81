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
}

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

const OPTIONS_WITH_VALUE = new Set([
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
  -q, --quiet                    print only the findings: no summary, no notes on stderr
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
            2 usage error, unreadable file, or malformed dataset.
Text output: path:line:col  severity  verdict  message  [record-id]   (line and column 1-based)
`;

// One run of `figure-check`, from arguments to exit code, with the process's streams passed in so
// tests can run it in-process. Exit 0: nothing at or above --fail-on; 1: findings at or above it;
// 2: cannot check (usage error, unreadable file, malformed dataset).
import { checkDocument } from '../core/check';
import pkg from '../../package.json';
import { HELP_TEXT, parseArgs, type CliOptions } from './args';
import { formatProblem, loadDataset } from './dataset';
import { collectTargets, readTarget } from './files';
import { formatJson } from './formats/json';
import { formatSarif, informationUriFrom } from './formats/sarif';
import { formatText } from './formats/text';
import { exitCodeFor, type CheckedFile } from './report';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  readStdin: () => Promise<Buffer>;
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_CHECK = 2;

/** Colour on a terminal only, never when NO_COLOR is set to anything non-empty (no-color.org). */
export function useColor(option: CliOptions['color'], stdoutIsTTY: boolean, env: CliIo['env']): boolean {
  if (option !== 'auto') return option === 'always';
  return stdoutIsTTY && !env.NO_COLOR;
}

function fail(io: CliIo, lines: readonly string[]): number {
  for (const line of lines) io.writeErr(`figure-check: ${line}\n`);
  return EXIT_CANNOT_CHECK;
}

function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.writeOut(HELP_TEXT);
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    io.writeOut(`${pkg.version}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'error') return fail(io, [parsed.message, 'run figure-check --help for usage']);
  const options = parsed.options;

  const load = loadDataset(options.datasets, options.bundled);
  if (!load.ok) {
    return fail(io, [
      ...load.errors,
      ...load.problems.map(formatProblem),
      'refusing to check with a malformed or unreadable dataset: fix it, or leave it out of --dataset',
    ]);
  }
  if (!options.quiet) for (const warning of load.warnings) io.writeErr(`figure-check: ${formatProblem(warning)}\n`);

  const collected = collectTargets(options.inputs, io.cwd, options.stdinName);
  if (collected.errors.length > 0) return fail(io, collected.errors);
  if (!options.quiet) for (const note of collected.notes) io.writeErr(`figure-check: ${note}\n`);

  // Read everything first: an unreadable file stops the run before any report is printed.
  const texts: { path: string; text: string }[] = [];
  const unreadable: string[] = [];
  let skipped = 0;
  for (const target of collected.targets) {
    const outcome = await readTarget(target, options.maxFileBytes, io.readStdin);
    if (outcome.kind === 'error') unreadable.push(outcome.message);
    else if (outcome.kind === 'text') texts.push({ path: target.display, text: outcome.text });
    else {
      skipped++;
      io.writeErr(
        `figure-check: warning: skipped ${target.display}: ${humanSize(outcome.bytes)} is over --max-file-size ${humanSize(options.maxFileBytes)}\n`,
      );
    }
  }
  if (unreadable.length > 0) return fail(io, unreadable);

  const checked: CheckedFile[] = [];
  for (const { path, text } of texts) {
    try {
      checked.push({ path, result: checkDocument(text, load.dataset, { lang: options.lang, severities: options.severities }) });
    } catch (error) {
      // A crash in the engine is a bug; say where, and do not pretend the file passed.
      return fail(io, [`internal error while checking ${path}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`]);
    }
  }

  const datasetSummary = { records: load.dataset.records.length, version: load.dataset.version };
  if (options.format === 'json') io.writeOut(formatJson(checked, datasetSummary));
  else if (options.format === 'sarif') {
    io.writeOut(formatSarif(checked, datasetSummary, { version: pkg.version, informationUri: informationUriFrom(pkg) }));
  } else {
    const color = useColor(options.color, io.stdoutIsTTY, io.env);
    io.writeOut(formatText(checked, { color, quiet: options.quiet }, skipped));
  }
  return exitCodeFor(checked, options.failOn);
}

/** Reads standard input to its end as a stream (readFileSync(0) can fail with EAGAIN on some pipes). */
async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin: readAllStdin,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  };
}

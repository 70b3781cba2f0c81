// `figure-check`: the same check as the editor, for CI and scripts (see docs/cli.md).
import { EXIT_CANNOT_CHECK, processIo, runCli } from './run';

// exitCode rather than exit(): lets a piped stdout drain before the process ends.
runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`figure-check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_CANNOT_CHECK;
  },
);

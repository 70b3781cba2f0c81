// `figure-check`: the same check as the editor, for CI and scripts (see docs/cli.md). The same bundle
// is the entry of the worker threads of --jobs (see pool.ts), so it checks which one it is first.
import { isMainThread } from 'node:worker_threads';
import { EXIT_CANNOT_CHECK, processIo, runCli } from './run';
import { runWorker } from './worker';

function runMain(): void {
  // `figure-check … | head` closes the pipe early: drop the rest of the output instead of crashing with
  // EPIPE, and still end with the exit code the findings call for.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });

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
}

if (isMainThread) runMain();
else runWorker();

// The files of a run, from bytes to report, in input order with bounded memory: at most `window` files
// are read and in flight at once, each finished file is handed to the caller in order and dropped.
// A file is read, looked up in the cache by its bytes, decoded (UTF-8, or UTF-16/32 by BOM; binary
// skipped), checked on the Checker, and stored in the cache.
import { decodeBytes, type InvalidUtf8 } from './decode';
import { readTarget, type Target } from './files';
import type { Checker } from './pool';
import type { ResultCache } from './cache';
import type { CheckedFile, FileReport, FileWarning, SkippedFile } from './report';

export type FileOutcome =
  | { kind: 'checked'; file: CheckedFile; fromCache: boolean }
  | { kind: 'skipped'; skip: SkippedFile }
  | { kind: 'failed'; path: string; message: string };

export interface PipelineSettings {
  maxFileBytes: number;
  readStdin: () => Promise<Buffer>;
  checker: Checker;
  cache: ResultCache | undefined;
}

export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

export function invalidUtf8Warning(invalid: InvalidUtf8): FileWarning {
  const bytes = invalid.invalidBytes === 1 ? '1 invalid byte' : `${invalid.invalidBytes} invalid bytes`;
  return {
    kind: 'invalid-utf8',
    message: `invalid UTF-8 at byte ${invalid.byteOffset} (${bytes} in the file, read as U+FFFD): is it in another encoding?`,
    byteOffset: invalid.byteOffset,
    line: invalid.line,
    character: invalid.character,
  };
}

async function processTarget(target: Target, settings: PipelineSettings): Promise<FileOutcome> {
  const read = await readTarget(target, settings.maxFileBytes, settings.readStdin);
  if (read.kind === 'skipped') return { kind: 'skipped', skip: read.skip };
  if (read.kind === 'too-large') {
    const message = `skipped ${target.display}: ${humanSize(read.bytes)} is over --max-file-size ${humanSize(settings.maxFileBytes)}`;
    return { kind: 'skipped', skip: { path: target.display, reason: 'too-large', message } };
  }
  const key = settings.cache?.keyOf(read.bytes);
  const cached = key === undefined ? undefined : settings.cache?.get(key);
  if (cached) return { kind: 'checked', file: { path: target.display, ...cached }, fromCache: true };
  const decoded = decodeBytes(read.bytes);
  if (decoded.kind === 'binary') {
    const message = `skipped ${target.display}: a binary file (a NUL byte at byte ${decoded.nulOffset}), not text`;
    return { kind: 'skipped', skip: { path: target.display, reason: 'binary', message } };
  }
  let report: FileReport;
  try {
    const claims = await settings.checker.check(decoded.text);
    report = { claims, warnings: decoded.invalidUtf8 ? [invalidUtf8Warning(decoded.invalidUtf8)] : [] };
  } catch (error) {
    // A crash in the engine is a bug: say where, and never let the file pass.
    return { kind: 'failed', path: target.display, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (key !== undefined) settings.cache?.set(key, report);
  return { kind: 'checked', file: { path: target.display, ...report }, fromCache: false };
}

/**
 * Runs every target through processTarget with at most `window` in flight, and awaits `emit` for each
 * outcome in input order (so a slow reader of stdout slows the run instead of filling memory).
 */
export async function runPipeline(
  targets: readonly Target[],
  settings: PipelineSettings,
  window: number,
  emit: (outcome: FileOutcome) => Promise<void>,
): Promise<void> {
  const inFlight: Promise<FileOutcome>[] = [];
  let next = 0;
  const fill = (): void => {
    while (inFlight.length < window && next < targets.length) inFlight.push(processTarget(targets[next++], settings));
  };
  fill();
  while (inFlight.length > 0) {
    const outcome = await (inFlight.shift() as Promise<FileOutcome>);
    fill(); // keep the checker busy while this file is printed
    await emit(outcome);
  }
}

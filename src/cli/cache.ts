// --cache: a file whose bytes, engine, dataset and check options are all unchanged is not checked
// again. Entries are addressed by a SHA-256 of exactly those four things, so an entry can never be
// read for a different engine build, dataset or option set: a change there is simply a miss. The
// path is not in the key (two copies of a draft share an entry; the path is added when printing).
//
// The one place in src/ that writes files (scripts/lint.mjs allows it): only with --cache, and only
// inside the cache directory. Each entry is written to a temporary name and renamed, so parallel CI
// jobs sharing a directory, or a run stopped midway, never leave a torn entry.
import { createHash, type Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileReport, ReportClaim, ReportRecord } from './report';

/** Bumped when the entry format changes; entries of other formats live in other directories. */
export const CACHE_FORMAT = 1;


export interface CacheKeyParts {
  /** The engine build: package version and a hash of the running CLI bundle. */
  engine: string;
  /** A hash of the dataset: the bundled data (if used) and every --dataset file's name and text. */
  dataset: string;
  /** The options that change a file's report: language, severities, as-of date (or today). */
  options: string;
}

export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/** Finds a record of the run's dataset by id (the dataset is in the key, so the id means the same record). */
export type RecordLookup = (id: string) => ReportRecord | undefined;

// An entry stores each claim as a tuple and its records by id: a tenth of the size of the report
// itself (records and key names were most of it), and reading entries is most of a cached run.
type ClaimTuple = [
  number, number, number, number, number, number, string, number | null, string, string,
  string | null, string | null, string | null, ReportClaim['verdict'], ReportClaim['severity'], string, string | null, string | null,
];
interface Entry {
  claims: ClaimTuple[];
  warnings: FileReport['warnings'];
}

function toTuple(c: ReportClaim): ClaimTuple {
  return [
    c.start, c.end, c.line, c.character, c.endLine, c.endCharacter, c.text, c.value, c.unit, c.qualifier,
    c.entity, c.metric, c.period, c.verdict, c.severity, c.message, c.record?.id ?? null, c.newer?.id ?? null,
  ];
}

/** The claim back from its tuple, or undefined when the entry does not fit this dataset (a miss). */
function fromTuple(t: ClaimTuple, records: RecordLookup): ReportClaim | undefined {
  if (!Array.isArray(t) || t.length !== 18) return undefined;
  const record = t[16] === null ? null : records(t[16]);
  const newer = t[17] === null ? null : records(t[17]);
  if (record === undefined || newer === undefined) return undefined;
  const [start, end, line, character, endLine, endCharacter, text, value, unit, qualifier, entity, metric, period, verdict, severity, message] = t;
  return { start, end, line, character, endLine, endCharacter, text, value, unit, qualifier, entity, metric, period, verdict, severity, message, record, newer };
}

export function encodeEntry(report: FileReport): string {
  return JSON.stringify({ claims: report.claims.map(toTuple), warnings: report.warnings } satisfies Entry);
}

/** The report an entry holds; undefined when it is damaged, foreign or names a record this dataset lacks. */
export function decodeEntry(text: string, records: RecordLookup): FileReport | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(text) as Entry;
  } catch {
    return undefined; // damaged: checked again and overwritten
  }
  if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.claims) || !Array.isArray(entry.warnings)) return undefined;
  const claims: ReportClaim[] = [];
  for (const tuple of entry.claims) {
    const claim = fromTuple(tuple, records);
    if (!claim) return undefined;
    claims.push(claim);
  }
  return { claims, warnings: entry.warnings };
}

export class ResultCache {
  private readonly root: string;
  private readonly keyed: Hash;
  private readonly madeDirs = new Set<string>();
  /** Set when the directory cannot be written: the run goes on without storing. */
  private writeError: string | undefined;

  private constructor(root: string, parts: CacheKeyParts, private readonly records: RecordLookup) {
    this.root = root;
    this.keyed = createHash('sha256').update(JSON.stringify([CACHE_FORMAT, parts.engine, parts.dataset, parts.options])).update('\u0000');
  }

  /** Opens (creating if needed) the cache directory; an error message when it cannot be created. */
  static open(location: string, parts: CacheKeyParts, records: RecordLookup): ResultCache | { error: string } {
    const root = path.join(location, `v${CACHE_FORMAT}`);
    try {
      fs.mkdirSync(root, { recursive: true });
      // Keeps the default location (in the working directory) out of commits, as .pytest_cache does.
      const gitignore = path.join(location, '.gitignore');
      if (!fs.existsSync(gitignore)) fs.writeFileSync(gitignore, '# figure-check --cache: safe to delete\n*\n');
    } catch (error) {
      return { error: `cannot use the cache directory ${location}: ${(error as Error).message}` };
    }
    return new ResultCache(root, parts, records);
  }

  keyOf(bytes: Uint8Array): string {
    return this.keyed.copy().update(bytes).digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.root, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  get(key: string): FileReport | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return undefined; // not cached yet
    }
    return decodeEntry(text, this.records);
  }

  /** Stores a report; a failure is remembered (see writeProblem) and later stores are not tried. */
  set(key: string, report: FileReport): void {
    if (this.writeError) return;
    const file = this.fileOf(key);
    const dir = path.dirname(file);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!this.madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      fs.writeFileSync(temporary, encodeEntry(report));
      fs.renameSync(temporary, file);
    } catch (error) {
      this.writeError = `cannot write to the cache (${(error as Error).message}); going on without storing results`;
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // nothing left to clean up
      }
    }
  }

  /** Why storing stopped, once, for a warning at the end of the run. */
  writeProblem(): string | undefined {
    return this.writeError;
  }
}

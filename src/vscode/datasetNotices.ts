// How dataset problems reach the writer: one diagnostic per position (a parser can report two errors
// at one spot of broken JSON) and one notification per broken file, naming that file's first problem.
// Pure, so both rules are unit-tested without VS Code.
import type { DatasetProblem } from '../core/types';

/** The problems with at most one per file, line and column: the first reported there wins. */
export function onePerPosition(problems: readonly DatasetProblem[]): DatasetProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\n${p.line}\n${p.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each file with errors and its first error (in file order, then position), for one notification per file. */
export function firstErrorPerFile(problems: readonly DatasetProblem[]): DatasetProblem[] {
  const first = new Map<string, DatasetProblem>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const had = first.get(p.file);
    if (!had || p.line < had.line || (p.line === had.line && p.column < had.column)) first.set(p.file, p);
  }
  return [...first.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** What a notification is about, so a reload that finds the same first problem does not notify again. */
export function noticeKey(p: DatasetProblem): string {
  return `${p.file}\n${p.line}\n${p.column}\n${p.message}`;
}

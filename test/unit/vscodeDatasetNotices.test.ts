// Dataset problems: one diagnostic per position, one notification per broken file (issue 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DatasetProblem } from '../../src/core/types';
import { firstErrorPerFile, noticeKey, onePerPosition } from '../../src/vscode/datasetNotices';

const problem = (file: string, line: number, column: number, message: string, severity: 'error' | 'warning' = 'error'): DatasetProblem => ({
  file, line, column, message, severity, field: '',
});

test('two errors at one position of broken JSON become one diagnostic (the first)', () => {
  const out = onePerPosition([
    problem('broken.figures.json', 5, 29, 'invalid JSON: expected a property name in double quotes'),
    problem('broken.figures.json', 5, 29, 'invalid JSON: expected a value'),
    problem('broken.figures.json', 7, 2, 'invalid JSON: expected a comma'),
    problem('other.figures.json', 5, 29, 'same spot, other file'),
  ]);
  assert.deepEqual(out.map((p) => p.message), ['invalid JSON: expected a property name in double quotes', 'invalid JSON: expected a comma', 'same spot, other file']);
});

test('each broken file gets its own notice with its own first error; warnings alone do not notify', () => {
  const firsts = firstErrorPerFile([
    problem('evil.figures.json', 53, 4, 'expected an http(s) URL'),
    problem('broken.figures.json', 9, 1, 'later one'),
    problem('broken.figures.json', 5, 29, 'invalid JSON'),
    problem('team.figures.json', 2, 2, 'a style note', 'warning'),
  ]);
  assert.deepEqual(firsts.map((p) => [p.file, p.line, p.message]), [
    ['broken.figures.json', 5, 'invalid JSON'],
    ['evil.figures.json', 53, 'expected an http(s) URL'],
  ]);
  assert.notEqual(noticeKey(firsts[0]!), noticeKey(firsts[1]!));
});

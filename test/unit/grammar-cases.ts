// Shared table helpers for the grammar tests: each case is an input and the figures expected in it.
import assert from 'node:assert/strict';
import { scanFigures, type FigureMatch } from '../../src/core/grammar';

export type Expected = Partial<Omit<FigureMatch, 'start' | 'end' | 'hedgeRange' | 'nounRange'>> & { text: string };
export type Case = [input: string, expected: Expected | Expected[]];

/** Scans `input` and checks every expected figure field by field, in order, and their number. */
export function checkCase([input, expected]: Case): void {
  const want = Array.isArray(expected) ? expected : [expected];
  const got = scanFigures(input);
  assert.equal(got.length, want.length, `${input}: found ${JSON.stringify(got.map((g) => g.text))}`);
  want.forEach((w, k) => {
    const g = got[k]!;
    assert.equal(input.slice(g.start, g.end), g.text, `${input}: offsets slice to text`);
    for (const key of Object.keys(w) as Array<keyof Expected>) {
      assert.deepEqual(g[key], w[key], `${input}: ${String(key)} of ${g.text}`);
    }
    // Defaults the table leaves implicit: no hedge means exact, no range means no bounds.
    if (w.qualifier === undefined) assert.equal(g.qualifier, 'exact', `${input}: qualifier of ${g.text}`);
    if (w.low === undefined) assert.equal(g.low, undefined, `${input}: low of ${g.text}`);
    if (w.nounText === undefined) assert.equal(g.nounText, undefined, `${input}: nounText of ${g.text}`);
    if (w.direction === undefined) assert.equal(g.direction, undefined, `${input}: direction of ${g.text}`);
  });
}

/** Asserts that none of `notClaims` (substrings of `input`) is read as a figure or part of one. */
export function checkNotClaim(input: string, notClaims: string[] = [input]): void {
  const got = scanFigures(input);
  for (const n of notClaims) {
    const at = input.indexOf(n);
    assert.ok(at >= 0, `${n} is in ${input}`);
    const overlapping = got.filter((g) => g.start < at + n.length && g.end > at);
    assert.deepEqual(overlapping.map((g) => g.text), [], `${input}: "${n}" must not be a claim`);
  }
}

// Whatever text a dataset file holds, the loader answers with problems, never an exception, and every
// position it reports lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDatasetText, bundledNames, loadDataset } from '../../src/core/dataset/index';
import { lineStarts } from '../../src/core/dataset/positions';

const TODAY = '2026-11-23';
const valid = readFileSync(join(__dirname, '../fixtures/datasets/valid.figures.json'), 'utf8');
const known = bundledNames();

function assertPositionsInside(text: string, problems: { line: number; column: number }[]): void {
  const starts = lineStarts(text);
  for (const p of problems) {
    assert.ok(p.line >= 0 && p.line < starts.length, `line ${p.line} of ${starts.length}`);
    const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
    assert.ok(p.column >= 0 && starts[p.line] + p.column <= lineEnd, `column ${p.column} on line ${p.line}`);
  }
}

test('arbitrary text never throws and positions stay inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      const { problems } = parseDatasetText(text, 'x.json', { known, today: TODAY });
      assertPositionsInside(text, problems);
    }),
    { numRuns: 300 },
  );
});

test('a valid file cut or spliced anywhere never throws', () => {
  fc.assert(
    fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 8 }), (a, b, insert) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const text = valid.slice(0, from) + insert + valid.slice(to);
      const { data, problems } = parseDatasetText(text, 'x.json', { known, today: TODAY });
      assertPositionsInside(text, problems);
      if (data) for (const r of data.records) assert.equal(typeof r.id, 'string');
    }),
    { numRuns: 300 },
  );
});

test('any JSON value in place of a record gives problems, not exceptions', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
      const text = JSON.stringify({ version: '1', records: [value], entities: [value], metrics: [value], events: [value] }, null, 2);
      const { data, problems } = parseDatasetText(text, 'x.json', { known, today: TODAY });
      assert.ok(data, 'the top level is fine, so the file is read');
      assert.equal(data.records.length + problems.filter((p) => p.field.startsWith('/records/0')).length > 0, true);
      assertPositionsInside(text, problems);
    }),
    { numRuns: 200 },
  );
});

test('loadDataset with random files keeps every bundled record', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }), (texts) => {
      const ds = loadDataset(texts.map((text, i) => ({ file: `f${i}.json`, text })), { today: TODAY });
      assert.ok(ds.byId.has('openai-revenue-2025'));
      assert.ok(ds.problems.length >= texts.length, 'each random file is reported');
    }),
    { numRuns: 50 },
  );
});

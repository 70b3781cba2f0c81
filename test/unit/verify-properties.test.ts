// Properties of the verifier over random claims on the fixture dataset: it never throws, every
// message is one non-empty line, and a cached re-check gives exactly what a fresh one gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createVerifyCache, verifyClaims } from '../../src/core/verify/index';
import type { Claim, Qualifier, Unit } from '../../src/core/types';
import { claim, fixtureDataset, h1, month, through, year } from '../fixtures/verify/helpers';

const dataset = fixtureDataset();
const entityIds = [...dataset.entityById.keys()];
const metricIds = [...dataset.metricById.keys()];
const units: Unit[] = ['USD', 'EUR', 'percent', 'percentage-points', 'count', 'multiple', 'GW', 'MW'];
const qualifiers: Qualifier[] = ['exact', 'approx', 'at-least', 'up-to', 'less-than', 'range'];
const periods = [undefined, year(2025), year(2026), h1(2025), month(2025, 10), through(2029), { text: 'Series F' }];

const arbitraryClaim = fc.record({
  value: fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.constantFrom(0, 27, 49, 13.1e9, 800e6, 1e12)),
  unit: fc.constantFrom(...units),
  qualifier: fc.constantFrom(...qualifiers),
  precision: fc.constantFrom(0, 1, 0.1, 1e6, 1e8, 1e9),
  entity: fc.option(fc.constantFrom(...entityIds), { nil: undefined }),
  others: fc.subarray(entityIds, { maxLength: 3 }),
  metric: fc.option(fc.constantFrom(...metricIds), { nil: undefined }),
  period: fc.constantFrom(...periods),
  cited: fc.boolean(),
  ignored: fc.boolean(),
  lang: fc.constantFrom('en' as const, 'ja' as const),
});

type Spec = typeof arbitraryClaim extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): Claim[] {
  return specs.map((s, i) => {
    const text = s.lang === 'ja' ? `${Math.round(s.value / 1e8)}億ドル` : `$${s.value}`;
    return claim({
      id: `c${i}`, start: i * 10, text, value: s.value, unit: s.unit, qualifier: s.qualifier, precision: s.precision,
      low: s.qualifier === 'range' ? s.value * 0.8 : undefined, high: s.qualifier === 'range' ? s.value : undefined,
      entity: s.entity, entities: [...new Set([...(s.entity ? [s.entity] : []), ...s.others])], metric: s.metric,
      period: s.period, lang: s.lang, ignored: s.ignored || undefined,
      citation: s.cited ? { kind: 'link', text: 'source', url: 'https://example.com/' } : undefined,
      sentence: { start: Math.floor(i / 3) * 30, end: Math.floor(i / 3) * 30 + 30 },
    });
  });
}

describe('verifyClaims properties', () => {
  it('never throws; one verdict and a one-line message per claim', () => {
    fc.assert(fc.property(fc.array(arbitraryClaim, { maxLength: 12 }), fc.constantFrom('en' as const, 'ja' as const), (specs, lang) => {
      const claims = build(specs);
      const out = verifyClaims(claims, dataset, { lang, text: ' '.repeat(400) });
      assert.equal(out.length, claims.length);
      for (const c of out) {
        assert.ok(['supported', 'contradicted', 'outdated', 'unsourced', 'cited', 'inconsistent', 'ignored'].includes(c.verdict));
        assert.ok(c.message.length > 0 && !c.message.includes('\n'));
        assert.ok(!/NaN|undefined|\[object/.test(c.message), c.message);
        if (c.verdict === 'ignored') assert.equal(c.severity, null);
      }
    }), { numRuns: 300 });
  });
  it('a cached check equals a fresh one, however claims repeat and move', () => {
    fc.assert(fc.property(fc.array(arbitraryClaim, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(9), { maxLength: 10 }), (specs, order) => {
      const cache = createVerifyCache();
      const first = build(specs);
      verifyClaims(first, dataset, { lang: 'en', cache });
      // Re-check with claims reordered, repeated and shifted, as after an edit.
      const second = build(order.map((k) => specs[k % specs.length]!)).map((c, i) => ({ ...c, start: c.start + 5 * i }));
      const cached = verifyClaims(second, dataset, { lang: 'en', cache });
      const fresh = verifyClaims(second, dataset, { lang: 'en' });
      assert.deepEqual(cached.map((c) => [c.start, c.verdict, c.message, c.record?.id, c.newer?.id]), fresh.map((c) => [c.start, c.verdict, c.message, c.record?.id, c.newer?.id]));
    }), { numRuns: 200 });
  });
});

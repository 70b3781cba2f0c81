// When does a writer's figure agree with a sourced one? Both become intervals of values they allow,
// and they agree when the intervals meet. See docs/verdicts.md, "The tolerance rule".
import type { Claim, FigureRecord, Unit } from '../types';

/** How far "about" / "roughly" / 約 widens a writer's figure, relative. */
export const APPROX_HEDGE = 0.05;
/** How far past a source's bound ("more than 800 million", "up to $100B") a writer may go. */
export const BOUND_SLACK = 0.1;
/** How far beyond a writer's bound ("more than X", "less than X") a source's figure may lie: 2× / ½. */
export const BOUND_REACH = 2;
/** A source's own rounding never counts for more than this, relative (100e9 is not "±50e9"). */
export const MAX_RECORD_ROUNDING = 0.025;
/** A range is its own imprecision: its ends are widened by at most this, relative. */
export const MAX_RANGE_ROUNDING = 0.01;

export interface Interval {
  lo: number;
  hi: number;
}

/** Powers of ten from 1e-6 to 1e15, by exponent + 6 (computed once, as before: `10 ** exponent`). */
const POWERS_OF_TEN = Array.from({ length: 22 }, (_, i) => 10 ** (i - 6));

/** The unit of the last written digit of a number: 115e9 → 1e9, 46.24 → 0.01, 27 → 1. */
export function roundingStep(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 1;
  // Start at the value's own order of magnitude (one above, against log10's rounding): the steps
  // above it are larger than the value and never divide it.
  const top = Math.min(15, Math.floor(Math.log10(magnitude)) + 1);
  for (let exponent = top; exponent >= -6; exponent--) {
    const step = POWERS_OF_TEN[exponent + 6]!;
    if (step > magnitude) continue;
    const quotient = magnitude / step;
    if (Math.abs(quotient - Math.round(quotient)) <= 1e-9 * quotient) return step;
  }
  return 1e-6;
}

/** GW and MW compare; everything else must be the same unit. Returns the factor to GW, or 1. */
function powerFactor(unit: Unit): number {
  return unit === 'MW' ? 1e-3 : 1;
}

export function unitsCompatible(claimUnit: Unit, recordUnit: Unit): boolean {
  if (claimUnit === recordUnit) return true;
  return (claimUnit === 'GW' || claimUnit === 'MW') && (recordUnit === 'GW' || recordUnit === 'MW');
}

/** The claim in the record's unit (MW → GW), as value, low, high, precision. */
export function claimInUnit(claim: Claim, unit: Unit): Pick<Claim, 'value' | 'low' | 'high' | 'precision'> {
  const factor = powerFactor(claim.unit) / powerFactor(unit);
  return {
    value: claim.value * factor,
    low: claim.low === undefined ? undefined : claim.low * factor,
    high: claim.high === undefined ? undefined : claim.high * factor,
    precision: (claim.precision > 0 ? claim.precision : roundingStep(claim.value)) * factor,
  };
}

/** Values the writer's figure allows: its own rounding, widened by a hedge, open past a bound. */
export function claimInterval(claim: Claim, unit: Unit): Interval {
  const c = claimInUnit(claim, unit);
  const halfStep = c.precision / 2;
  const epsilon = Math.abs(c.value) * 1e-9;
  switch (claim.qualifier) {
    case 'at-least':
      // "over 1 billion": values from the bound up (the writer's rounding does not lower a bound),
      // but not without end: "more than $10B" says nothing true about an $852B figure.
      return { lo: c.value - epsilon, hi: c.value > 0 ? c.value * BOUND_REACH : Infinity };
    case 'less-than':
      return { lo: c.value > 0 ? c.value / BOUND_REACH : -Infinity, hi: c.value + epsilon };
    case 'range': {
      const low = c.low ?? c.value;
      const high = c.high ?? c.value;
      return { lo: Math.min(low, high) - halfStep, hi: Math.max(low, high) + halfStep };
    }
    case 'approx': {
      const widen = Math.max(halfStep, Math.abs(c.value) * APPROX_HEDGE);
      return { lo: c.value - widen, hi: c.value + widen };
    }
    default:
      // exact, and "up to X" read as its figure X (an up-to record is compared by its cap).
      return { lo: c.value - halfStep - epsilon, hi: c.value + halfStep + epsilon };
  }
}

/** Half the source's rounding step, or its stated tolerance. */
export function recordSlack(record: FigureRecord, value: number, cap = MAX_RECORD_ROUNDING): number {
  if (record.tolerance !== undefined && record.tolerance >= 0) return Math.abs(value) * record.tolerance;
  return Math.min(roundingStep(value) / 2, Math.abs(value) * cap);
}

/** Values the source allows: its figure (or range) and rounding; a bound reaches a little past itself. */
export function recordInterval(record: FigureRecord): Interval {
  const value = record.value;
  if (record.qualifier === 'range' || (record.low !== undefined && record.high !== undefined)) {
    const low = record.low ?? value;
    const high = record.high ?? value;
    return { lo: low - recordSlack(record, low, MAX_RANGE_ROUNDING), hi: high + recordSlack(record, high, MAX_RANGE_ROUNDING) };
  }
  const slack = recordSlack(record, value);
  const bound = Math.abs(value) * BOUND_SLACK;
  switch (record.qualifier) {
    case 'at-least':
      return { lo: value - slack, hi: value + Math.max(slack, bound) };
    case 'up-to':
    case 'less-than':
      return { lo: value - Math.max(slack, bound), hi: value + slack };
    default:
      return { lo: value - slack, hi: value + slack };
  }
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Whether the writer's figure agrees with the record, under the tolerance rule. */
export function agrees(claim: Claim, record: FigureRecord): boolean {
  if (!unitsCompatible(claim.unit, record.unit)) return false;
  return intervalsMeet(claimInterval(claim, record.unit), recordInterval(record));
}

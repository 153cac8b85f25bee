import type { Condition, Range } from '../schema/index.js';

function describeRange(meter: string, range: Range): string {
  if (range.min !== undefined && range.max !== undefined) {
    return `${range.min} ≤ ${meter} ≤ ${range.max}`;
  }
  if (range.min !== undefined) return `${meter} ≥ ${range.min}`;
  if (range.max !== undefined) return `${meter} ≤ ${range.max}`;
  return `any ${meter}`;
}

/** A meter condition as a facilitator reads it: "resistance ≥ 75 and trust ≤ 30". */
export function describeCondition(condition: Condition | undefined): string {
  if (!condition) return 'always';
  const parts = Object.entries(condition).map(([meter, range]) => describeRange(meter, range));
  return parts.length > 0 ? parts.join(' and ') : 'always';
}

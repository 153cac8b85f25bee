import type { Condition } from '@rapport/engine';

/** A meter condition in words for a diagram: `resistance ≥ 70, 20 ≤ trust ≤ 40`. */
export function describeCondition(condition: Condition): string {
  return Object.entries(condition)
    .map(([meter, range]) => {
      if (range.min !== undefined && range.max !== undefined) {
        return `${range.min} ≤ ${meter} ≤ ${range.max}`;
      }
      if (range.min !== undefined) return `${meter} ≥ ${range.min}`;
      if (range.max !== undefined) return `${meter} ≤ ${range.max}`;
      return `any ${meter}`;
    })
    .join(', ');
}

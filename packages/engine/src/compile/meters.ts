import type { Condition, Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';

/** The two meters every scenario has. */
export const CORE_METERS = ['resistance', 'trust'] as const;
export const DEFAULT_METER_START = 50;

export function meterNames(scenario: Scenario): readonly string[] {
  const names = new Set<string>(CORE_METERS);
  for (const name of Object.keys(scenario.meters)) names.add(name);
  return [...names];
}

/** The start values of every meter, with the facilitator's chosen values on top. */
export function initialMeters(scenario: Scenario, chosen: Readonly<Meters> = {}): Meters {
  const meters: Meters = {};
  for (const name of meterNames(scenario)) {
    meters[name] = clampMeter(chosen[name] ?? scenario.meters[name] ?? DEFAULT_METER_START);
  }
  return meters;
}

export function clampMeter(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** True when every range in the condition holds; an absent condition always holds. */
export function conditionHolds(
  condition: Condition | undefined,
  meters: Readonly<Meters>,
): boolean {
  if (!condition) return true;
  // for...in, not Object.entries: the analysis checks conditions millions of times.
  for (const name in condition) {
    const range = condition[name];
    if (!range) continue;
    const value = meters[name] ?? DEFAULT_METER_START;
    if (range.min !== undefined && value < range.min) return false;
    if (range.max !== undefined && value > range.max) return false;
  }
  return true;
}

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

/** A condition as a test of meters, worked out once: the machine tests conditions on every choice. */
export type MeterTest = (meters: Readonly<Meters>) => boolean;

const always: MeterTest = () => true;

/** The same test as `conditionHolds`, with the ranges read once instead of on every call. */
export function compileCondition(condition: Condition | undefined): MeterTest {
  if (!condition) return always;
  const names: string[] = [];
  const mins: number[] = [];
  const maxes: number[] = [];
  for (const name in condition) {
    const range = condition[name];
    if (!range) continue;
    names.push(name);
    mins.push(range.min ?? Number.NEGATIVE_INFINITY);
    maxes.push(range.max ?? Number.POSITIVE_INFINITY);
  }
  if (names.length === 0) return always;
  return (meters) => {
    for (let i = 0; i < names.length; i++) {
      const value = meters[names[i] as string] ?? DEFAULT_METER_START;
      if (value < (mins[i] as number) || value > (maxes[i] as number)) return false;
    }
    return true;
  };
}

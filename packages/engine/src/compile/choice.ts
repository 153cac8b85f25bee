import { effectiveFamily, type MoveFamily } from '../moves.js';
import type { Option, Scenario, ScenarioNode } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { clampMeter, conditionHolds } from './meters.js';

/** What each move family does to the core meters before persona and overrides. */
export const FAMILY_EFFECTS: Readonly<Record<MoveFamily, Readonly<Record<string, number>>>> = {
  listening: { resistance: -6, trust: 5 },
  neutral: { resistance: 0, trust: 1 },
  insistence: { resistance: 10, trust: -6 },
  directive: { resistance: 3, trust: 4 },
};

export type ChoiceOutcome = {
  readonly family: MoveFamily;
  /** An insistence move made at or above the reactance threshold. */
  readonly reactance: boolean;
  readonly after: Meters;
  /** The node or ending the conversation goes to. */
  readonly target: string;
};

export function getNode(scenario: Scenario, nodeId: string): ScenarioNode | undefined {
  return Object.hasOwn(scenario.nodes, nodeId) ? scenario.nodes[nodeId] : undefined;
}

export function findOption(
  scenario: Scenario,
  nodeId: string,
  optionId: string,
): Option | undefined {
  return getNode(scenario, nodeId)?.options.find((option) => option.id === optionId);
}

export function isAvailable(option: Option, meters: Readonly<Meters>): boolean {
  return conditionHolds(option.when, meters);
}

/**
 * The meter change of an option before reactance: the family default scaled by the persona, with
 * the option's override on top. It depends only on the scenario, so it can be worked out once.
 */
export function baseDelta(
  scenario: Scenario,
  node: ScenarioNode,
  option: Option,
): { family: MoveFamily; delta: Readonly<Record<string, number>> } {
  const family = effectiveFamily(option.move, node.nonNegotiable !== undefined);
  const scale = scenario.stakeholder.sensitivity[family] ?? 1;
  const delta: Record<string, number> = {};
  for (const [name, amount] of Object.entries(FAMILY_EFFECTS[family])) {
    delta[name] = Math.round(amount * scale);
  }
  for (const [name, amount] of Object.entries(option.effects ?? {})) delta[name] = amount;
  return { family, delta };
}

/** The meters after a choice: the option's base change, plus reactance, clamped. */
export function applyDelta(
  scenario: Scenario,
  family: MoveFamily,
  delta: Readonly<Record<string, number>>,
  meters: Readonly<Meters>,
): Pick<ChoiceOutcome, 'family' | 'reactance' | 'after'> {
  const reactance =
    family === 'insistence' && (meters.resistance ?? 0) >= scenario.reactance.threshold;
  // One pass over the meters: every choice of every conversation and of the analysis comes here.
  const after: Meters = {};
  for (const name in meters) {
    let value = (meters[name] ?? 0) + (delta[name] ?? 0);
    if (reactance && name === 'resistance') value += scenario.reactance.resistance;
    if (reactance && name === 'trust') value += scenario.reactance.trust;
    after[name] = clampMeter(value);
  }
  return { family, reactance, after };
}

/** The meters after a choice: family default scaled by the persona, the option's override, reactance. */
export function applyEffects(
  scenario: Scenario,
  node: ScenarioNode,
  option: Option,
  meters: Readonly<Meters>,
): Pick<ChoiceOutcome, 'family' | 'reactance' | 'after'> {
  const { family, delta } = baseDelta(scenario, node, option);
  return applyDelta(scenario, family, delta, meters);
}

/** Where a choice leads: an ending whose conditions the new meters meet, else the option's `next`. */
export function resolveTarget(scenario: Scenario, option: Option, after: Readonly<Meters>): string {
  for (const [id, ending] of Object.entries(scenario.endings)) {
    if (ending.when && conditionHolds(ending.when, after)) return id;
  }
  if (typeof option.next === 'string') return option.next;
  const branch = option.next.find((candidate) => conditionHolds(candidate.when, after));
  // The loader guarantees a last branch without conditions; stay put rather than crash if not.
  return branch?.to ?? option.next[option.next.length - 1]?.to ?? '';
}

export function resolveChoice(
  scenario: Scenario,
  node: ScenarioNode,
  option: Option,
  meters: Readonly<Meters>,
): ChoiceOutcome {
  const effects = applyEffects(scenario, node, option, meters);
  return { ...effects, target: resolveTarget(scenario, option, effects.after) };
}

/** Every place a choice could lead, whatever the meters: the edges of the conversation graph. */
export function possibleTargets(scenario: Scenario, option: Option): readonly string[] {
  // The option's own targets first: the machine tries its transitions in this order, and most
  // choices go where the option says rather than to an ending the meters trigger.
  const targets = new Set<string>();
  if (typeof option.next === 'string') targets.add(option.next);
  else for (const branch of option.next) targets.add(branch.to);
  for (const [id, ending] of Object.entries(scenario.endings)) {
    if (ending.when) targets.add(id);
  }
  return [...targets];
}

import { codesOf, effectiveFamily, type MoveFamily } from '../moves.js';
import type { Option, Scenario, ScenarioNode, Talk } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { clampMeter, conditionHolds } from './meters.js';

/** What each move family does to the core meters before persona and overrides. */
export const FAMILY_EFFECTS: Readonly<Record<MoveFamily, Readonly<Record<string, number>>>> = {
  listening: { resistance: -6, trust: 5 },
  neutral: { resistance: 0, trust: 1 },
  insistence: { resistance: 10, trust: -6 },
  directive: { resistance: 3, trust: 4 },
};

/**
 * How the kind of talk being answered scales a listening move's default effect (docs/scoring.md,
 * "Change talk and sustain talk"): reflecting change talk strengthens it; a simple reflection of
 * sustain talk tends to draw more of it, while a complex reflection or a word for their autonomy
 * softens it.
 */
export const CHANGE_TALK_REFLECTION = 1.5;
export const SUSTAIN_TALK_SIMPLE_REFLECTION = 0.5;

/** What answering this kind of talk with this option does to the move family's default effect. */
export type TalkEffect = {
  /** The factor on the family default. */
  readonly scale: number;
  /** True when the option pushes against sustain talk: reactance at any resistance. */
  readonly provokes: boolean;
};

export function talkEffect(option: Option, family: MoveFamily, talk: Talk): TalkEffect {
  const codes = codesOf(option);
  const reflects = codes.includes('simple-reflection') || codes.includes('complex-reflection');
  if (talk === 'change') {
    return {
      scale: family === 'listening' && reflects ? CHANGE_TALK_REFLECTION : 1,
      provokes: false,
    };
  }
  if (talk === 'sustain') {
    if (family === 'insistence') return { scale: 1, provokes: true };
    // a complex reflection or a word for their autonomy softens it, at the full listening effect
    const softens = codes.includes('complex-reflection') || codes.includes('emphasizing-autonomy');
    if (!softens && codes.includes('simple-reflection')) {
      return { scale: SUSTAIN_TALK_SIMPLE_REFLECTION, provokes: false };
    }
  }
  return { scale: 1, provokes: false };
}

export type ChoiceOutcome = {
  readonly family: MoveFamily;
  /**
   * An insistence move made at or above the reactance threshold, or made against sustain talk:
   * either way it costs the reactance extra.
   */
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

export type BaseDelta = {
  readonly family: MoveFamily;
  readonly delta: Readonly<Record<string, number>>;
  /** Pushing against sustain talk: reactance whatever the resistance. */
  readonly provokes: boolean;
};

/**
 * The meter change of an option before reactance: the family default scaled by the persona and by
 * the kind of talk it answers, with the option's override on top. It depends only on the scenario
 * and the talk, so it can be worked out once per kind of talk.
 */
export function baseDelta(
  scenario: Scenario,
  node: ScenarioNode,
  option: Option,
  talk: Talk = node.talk ?? 'neutral',
): BaseDelta {
  const family = effectiveFamily(option.move, node.nonNegotiable !== undefined);
  const effect = talkEffect(option, family, talk);
  const scale = (scenario.stakeholder.sensitivity[family] ?? 1) * effect.scale;
  const delta: Record<string, number> = {};
  for (const [name, amount] of Object.entries(FAMILY_EFFECTS[family])) {
    delta[name] = Math.round(amount * scale);
  }
  for (const [name, amount] of Object.entries(option.effects ?? {})) delta[name] = amount;
  return { family, delta, provokes: effect.provokes };
}

/** The kind of talk of what the stakeholder says at a node with these meters. */
export function talkAt(node: ScenarioNode, meters: Readonly<Meters>): Talk {
  const variant = node.variants.find((candidate) => conditionHolds(candidate.when, meters));
  return variant ? (variant.talk ?? node.talk ?? 'neutral') : (node.talk ?? 'neutral');
}

/** The meters after a choice: the option's base change, plus reactance, clamped. */
export function applyDelta(
  scenario: Scenario,
  family: MoveFamily,
  delta: Readonly<Record<string, number>>,
  meters: Readonly<Meters>,
  provokes = false,
): Pick<ChoiceOutcome, 'family' | 'reactance' | 'after'> {
  const reactance =
    family === 'insistence' &&
    (provokes || (meters.resistance ?? 0) >= scenario.reactance.threshold);
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
  const { family, delta, provokes } = baseDelta(scenario, node, option, talkAt(node, meters));
  return applyDelta(scenario, family, delta, meters, provokes);
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

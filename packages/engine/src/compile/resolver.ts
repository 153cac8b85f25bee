import type { MoveFamily } from '../moves.js';
import type { Option, Scenario, ScenarioNode, Talk } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { applyDelta, type BaseDelta, baseDelta, type ChoiceOutcome } from './choice.js';
import { compileCondition, type MeterTest } from './meters.js';

/** What a choice does whatever the meters: worked out once per option when a scenario compiles. */
export type ChoicePlan = {
  readonly nodeId: string;
  readonly node: ScenarioNode;
  readonly option: Option;
  readonly family: MoveFamily;
  /** The change per kind of talk answered: the line, and so its talk, can depend on the meters. */
  readonly deltas: Readonly<Record<Talk, BaseDelta>>;
  /** The kind of talk of the node's line with these meters. */
  readonly talk: (meters: Readonly<Meters>) => Talk;
};

export type ChoiceResolver = {
  /** Every option of every node, in file order; a plan's place here is its number. */
  readonly plans: readonly ChoicePlan[];
  /** The number of the plan for an option at a node, or -1 when the node has no such option. */
  readonly planIndex: (nodeId: string, optionId: string) => number;
  /** Whether the plan's option is offered with these meters. */
  readonly offered: (plan: number, meters: Readonly<Meters>) => boolean;
  /** The outcome of a plan with these meters; undefined when the option is not offered. */
  readonly outcome: (plan: number, meters: Readonly<Meters>) => ChoiceOutcome | undefined;
  /** The same, by ids: for callers that hold ids rather than plan numbers. */
  readonly resolve: (
    nodeId: string,
    optionId: string,
    meters: Readonly<Meters>,
  ) => ChoiceOutcome | undefined;
};

/** The kind of talk of a node's line, with its variants' conditions read once. */
function talkTest(node: ScenarioNode): (meters: Readonly<Meters>) => Talk {
  const own = node.talk ?? 'neutral';
  if (node.variants.length === 0) return () => own;
  const variants = node.variants.map((variant) => ({
    talk: variant.talk ?? own,
    holds: compileCondition(variant.when),
  }));
  return (meters) => {
    for (const variant of variants) if (variant.holds(meters)) return variant.talk;
    return own;
  };
}

/**
 * Resolves choices for one scenario. What depends only on the scenario is worked out once. The
 * last outcome is remembered, because the machine asks the same question of the same meters
 * object in each guard it tries and again in the action that applies the choice; one remembered
 * answer is cheaper to check than a table of them.
 */
export function createChoiceResolver(scenario: Scenario): ChoiceResolver {
  const plans: ChoicePlan[] = [];
  /** Per plan: when the option is offered, and where it leads once the meters are known. */
  const offered: MeterTest[] = [];
  const branches: { readonly to: string; readonly holds: MeterTest }[][] = [];
  const byNode = new Map<string, Map<string, number>>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const numbers = new Map<string, number>();
    const talk = talkTest(node);
    for (const option of node.options) {
      // The loader rejects repeated option ids; the first one wins if one slips through.
      if (!numbers.has(option.id)) numbers.set(option.id, plans.length);
      const deltas = {
        change: baseDelta(scenario, node, option, 'change'),
        sustain: baseDelta(scenario, node, option, 'sustain'),
        neutral: baseDelta(scenario, node, option, 'neutral'),
      };
      plans.push({ nodeId, node, option, family: deltas.neutral.family, deltas, talk });
      offered.push(compileCondition(option.when));
      branches.push(
        typeof option.next === 'string'
          ? [{ to: option.next, holds: compileCondition(undefined) }]
          : option.next.map((branch) => ({ to: branch.to, holds: compileCondition(branch.when) })),
      );
    }
    byNode.set(nodeId, numbers);
  }
  const autoEndings = Object.entries(scenario.endings).flatMap(([id, ending]) =>
    ending.when ? [{ id, holds: compileCondition(ending.when) }] : [],
  );

  let lastPlan = -1;
  let lastMeters: Readonly<Meters> | undefined;
  let lastOutcome: ChoiceOutcome | undefined;

  const planIndex = (nodeId: string, optionId: string): number =>
    byNode.get(nodeId)?.get(optionId) ?? -1;

  const outcome = (number: number, meters: Readonly<Meters>): ChoiceOutcome | undefined => {
    if (number === lastPlan && meters === lastMeters) return lastOutcome;
    const plan = plans[number];
    let result: ChoiceOutcome | undefined;
    if (plan && offered[number]?.(meters)) {
      const base = plan.deltas[plan.talk(meters)];
      const { family, reactance, after } = applyDelta(
        scenario,
        base.family,
        base.delta,
        meters,
        base.provokes,
      );
      result = { family, reactance, after, target: targetOf(number, after) };
    }
    lastPlan = number;
    lastMeters = meters;
    lastOutcome = result;
    return result;
  };

  /** An ending whose conditions the new meters meet, else the option's `next`. */
  const targetOf = (number: number, after: Readonly<Meters>): string => {
    for (const ending of autoEndings) if (ending.holds(after)) return ending.id;
    const next = branches[number] ?? [];
    for (const branch of next) if (branch.holds(after)) return branch.to;
    // The loader guarantees a last branch without conditions; stay put rather than crash if not.
    return next[next.length - 1]?.to ?? '';
  };

  return {
    plans,
    planIndex,
    offered: (number, meters) => offered[number]?.(meters) ?? false,
    outcome,
    resolve: (nodeId, optionId, meters) => outcome(planIndex(nodeId, optionId), meters),
  };
}

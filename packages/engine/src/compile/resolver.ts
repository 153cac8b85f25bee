import type { MoveFamily } from '../moves.js';
import type { Option, Scenario, ScenarioNode } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { applyDelta, baseDelta, type ChoiceOutcome } from './choice.js';
import { conditionHolds } from './meters.js';

type Plan = {
  readonly node: ScenarioNode;
  readonly option: Option;
  readonly family: MoveFamily;
  readonly delta: Readonly<Record<string, number>>;
};

export type ChoiceResolver = (
  nodeId: string,
  optionId: string,
  meters: Readonly<Meters>,
) => ChoiceOutcome | undefined;

/**
 * Resolves choices for one scenario. What depends only on the scenario is worked out once, and
 * the last outcome is remembered per meters object, because the machine asks the same question
 * in each guard it tries and again in the action that applies the choice.
 */
export function createChoiceResolver(scenario: Scenario): ChoiceResolver {
  const plans = new Map<string, Plan>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    for (const option of node.options) {
      plans.set(`${nodeId}\u0000${option.id}`, {
        node,
        option,
        ...baseDelta(scenario, node, option),
      });
    }
  }
  const autoEndings = Object.entries(scenario.endings).filter(([, ending]) => ending.when);
  const recent = new WeakMap<Readonly<Meters>, { key: string; outcome: ChoiceOutcome }>();

  return (nodeId, optionId, meters) => {
    const key = `${nodeId}\u0000${optionId}`;
    const remembered = recent.get(meters);
    if (remembered?.key === key) return remembered.outcome;
    const plan = plans.get(key);
    if (!plan || !conditionHolds(plan.option.when, meters)) return undefined;
    const effects = applyDelta(scenario, plan.family, plan.delta, meters);
    let target = autoEndings.find(([, ending]) => conditionHolds(ending.when, effects.after))?.[0];
    if (target === undefined) {
      const next = plan.option.next;
      target =
        typeof next === 'string'
          ? next
          : (
              next.find((branch) => conditionHolds(branch.when, effects.after)) ??
              next[next.length - 1]
            )?.to;
    }
    const outcome: ChoiceOutcome = { ...effects, target: target ?? '' };
    recent.set(meters, { key, outcome });
    return outcome;
  };
}

import type { Option, Scenario, ScenarioNode } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { getNode, isAvailable } from './choice.js';
import { compileCondition, conditionHolds } from './meters.js';
import { orderOptions } from './option-order.js';

/** What the stakeholder says at a node: the first variant whose conditions hold, else the default. */
export function stakeholderLine(
  scenario: Scenario,
  nodeId: string,
  meters: Readonly<Meters>,
): string {
  const node = getNode(scenario, nodeId);
  if (!node) return '';
  return node.variants.find((variant) => conditionHolds(variant.when, meters))?.says ?? node.says;
}

/** The options offered at a node right now: in the order the seed draws, else in file order. */
export function availableOptions(
  scenario: Scenario,
  nodeId: string,
  meters: Readonly<Meters>,
  seed?: number,
): readonly Option[] {
  const node = getNode(scenario, nodeId);
  if (!node) return [];
  return orderOptions(node, nodeId, seed, (option) => isAvailable(option, meters));
}

export type CompiledNodeView = {
  readonly line: (meters: Readonly<Meters>) => string;
  /** The ids of the options offered now, in a list of the caller's own. */
  readonly offered: (meters: Readonly<Meters>) => string[];
};

/**
 * `stakeholderLine` and `availableOptions` for one node, with its conditions read once: the
 * machine records both on every turn.
 */
export function compileNodeView(node: ScenarioNode): CompiledNodeView {
  const variants = node.variants.map((variant) => ({
    says: variant.says,
    holds: compileCondition(variant.when),
  }));
  const options = node.options.map((option) => ({
    id: option.id,
    holds: compileCondition(option.when),
  }));
  const everyOption = node.options.every((option) => option.when === undefined)
    ? options.map((option) => option.id)
    : undefined;
  return {
    line:
      variants.length === 0
        ? () => node.says
        : (meters) => {
            for (const variant of variants) if (variant.holds(meters)) return variant.says;
            return node.says;
          },
    offered: everyOption
      ? () => everyOption.slice()
      : (meters) => options.filter((option) => option.holds(meters)).map((option) => option.id),
  };
}

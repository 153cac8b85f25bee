import type { Option, Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { getNode, isAvailable } from './choice.js';
import { conditionHolds } from './meters.js';

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

/** The options offered at a node right now, in file order. */
export function availableOptions(
  scenario: Scenario,
  nodeId: string,
  meters: Readonly<Meters>,
): readonly Option[] {
  return getNode(scenario, nodeId)?.options.filter((option) => isAvailable(option, meters)) ?? [];
}

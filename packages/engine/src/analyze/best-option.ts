import { resolveChoice } from '../compile/choice.js';
import { availableOptions, type ScenarioMachine } from '../compile/index.js';
import type { Option, Outcome, Scenario } from '../schema/index.js';
import { OUTCOMES } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { exploreStates } from './explore.js';

/** States explored after each option when looking for the best outcome it keeps open. */
export const BEST_OPTION_STATE_LIMIT = 5_000;

export type RankedOption = {
  readonly option: Option;
  /** The best outcome still reachable after choosing it; null when no ending is. */
  readonly outcome: Outcome | null;
};

/** The best outcome reachable from a node or ending with these meters. */
function bestReachable(
  scenario: Scenario,
  machine: ScenarioMachine,
  at: string,
  meters: Readonly<Meters>,
): Outcome | null {
  const direct = Object.hasOwn(scenario.endings, at) ? scenario.endings[at] : undefined;
  if (direct) return direct.outcome;
  const graph = exploreStates(scenario, machine, {
    limit: BEST_OPTION_STATE_LIMIT,
    from: { at, meters },
  });
  let best: number = OUTCOMES.length;
  for (const state of graph.states.values()) {
    const outcome = state.ending ? scenario.endings[state.at]?.outcome : undefined;
    if (outcome) best = Math.min(best, OUTCOMES.indexOf(outcome));
  }
  return OUTCOMES[best] ?? null;
}

/**
 * The best of the options offered at a node with these meters: the one that keeps the best
 * outcome reachable (breakthrough, then partial, stalemate, escalation); on a tie, set-boundary
 * at a non-negotiable moment, then the smallest immediate cost (Δresistance − Δtrust), then file
 * order. `among` limits the options to those a transcript says were on offer.
 */
export function bestOptionAt(
  scenario: Scenario,
  machine: ScenarioMachine,
  nodeId: string,
  meters: Readonly<Meters>,
  among?: readonly string[],
): RankedOption | null {
  const node = Object.hasOwn(scenario.nodes, nodeId) ? scenario.nodes[nodeId] : undefined;
  if (!node) return null;
  const offered = availableOptions(scenario, nodeId, meters).filter(
    (option) => !among || among.includes(option.id),
  );
  const ranked = offered.map((option, order) => {
    const choice = resolveChoice(scenario, node, option, meters);
    const outcome = bestReachable(scenario, machine, choice.target, choice.after);
    const cost =
      (choice.after.resistance ?? 0) -
      (meters.resistance ?? 0) -
      ((choice.after.trust ?? 0) - (meters.trust ?? 0));
    const firm = node.nonNegotiable !== undefined && option.move === 'set-boundary' ? 0 : 1;
    const rank = outcome === null ? OUTCOMES.length : OUTCOMES.indexOf(outcome);
    return { option, outcome, rank, firm, cost, order };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.firm - b.firm || a.cost - b.cost || a.order - b.order);
  const best = ranked[0];
  return best ? { option: best.option, outcome: best.outcome } : null;
}

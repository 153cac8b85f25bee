import { resolveChoice } from '../compile/choice.js';
import { availableOptions, meterNames } from '../compile/index.js';
import { createChoiceResolver } from '../compile/resolver.js';
import { OUTCOMES } from '../schema/constants.js';
import type { Option, Outcome, Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';

/**
 * (node, meters) states searched after a node's options before the search gives up: far more than
 * any flagship scenario has from its start, and each costs a few microseconds.
 */
export const BEST_OPTION_STATE_LIMIT = 50_000;

export type RankedOption = {
  readonly option: Option;
  /** The best outcome still reachable after choosing it; null when no ending is. */
  readonly outcome: Outcome | null;
};

/**
 * The best outcome reachable from each of several (node or ending, meters) states. The states
 * reachable from all of them are searched once, through the same choice resolver the compiled
 * machine's guards and actions use, and the best outcome of each state is then worked out once,
 * backwards from the endings, best outcome first. States past the limit count as reaching nothing.
 */
function bestReachable(
  scenario: Scenario,
  from: readonly { readonly at: string; readonly meters: Readonly<Meters> }[],
): (Outcome | null)[] {
  const { resolve } = createChoiceResolver(scenario);
  const names = meterNames(scenario);
  const keyOf = (at: string, meters: Readonly<Meters>): string => {
    let key = at;
    for (const name of names) key += `|${meters[name]}`;
    return key;
  };
  const index = new Map<string, number>();
  const states: { at: string; meters: Readonly<Meters> }[] = [];
  const predecessors: number[][] = [];
  const add = (at: string, meters: Readonly<Meters>): number => {
    const key = keyOf(at, meters);
    let found = index.get(key);
    if (found === undefined) {
      found = states.length;
      index.set(key, found);
      states.push({ at, meters });
      predecessors.push([]);
    }
    return found;
  };
  const starts = from.map(({ at, meters }) => add(at, meters));
  for (let i = 0; i < states.length && i < BEST_OPTION_STATE_LIMIT; i++) {
    const { at, meters } = states[i] as (typeof states)[number];
    if (Object.hasOwn(scenario.endings, at)) continue;
    for (const option of availableOptions(scenario, at, meters)) {
      const choice = resolve(at, option.id, meters);
      if (choice) predecessors[add(choice.target, choice.after)]?.push(i);
    }
  }

  // rank[i]: the index in OUTCOMES of the best outcome reachable from state i.
  const rank = new Array<number>(states.length).fill(OUTCOMES.length);
  OUTCOMES.forEach((outcome, r) => {
    const queue: number[] = [];
    states.forEach((state, i) => {
      const ending = Object.hasOwn(scenario.endings, state.at) ? scenario.endings[state.at] : null;
      if (ending?.outcome === outcome && rank[i] === OUTCOMES.length) {
        rank[i] = r;
        queue.push(i);
      }
    });
    for (let q = 0; q < queue.length; q++) {
      for (const before of predecessors[queue[q] as number] ?? []) {
        if (rank[before] !== OUTCOMES.length) continue;
        rank[before] = r;
        queue.push(before);
      }
    }
  });
  return starts.map((start) => OUTCOMES[rank[start] ?? OUTCOMES.length] ?? null);
}

/**
 * The best of the options offered at a node with these meters: the one that keeps the best
 * outcome reachable (breakthrough, then partial, stalemate, escalation); on a tie, set-boundary
 * at a non-negotiable moment, then the smallest immediate cost (Δresistance − Δtrust), then file
 * order. `among` limits the options to those a transcript says were on offer.
 */
export function bestOptionAt(
  scenario: Scenario,
  nodeId: string,
  meters: Readonly<Meters>,
  among?: readonly string[],
): RankedOption | null {
  const node = Object.hasOwn(scenario.nodes, nodeId) ? scenario.nodes[nodeId] : undefined;
  if (!node) return null;
  const offered = availableOptions(scenario, nodeId, meters).filter(
    (option) => !among || among.includes(option.id),
  );
  const choices = offered.map((option) => resolveChoice(scenario, node, option, meters));
  const outcomes = bestReachable(
    scenario,
    choices.map((choice) => ({ at: choice.target, meters: choice.after })),
  );
  const ranked = offered.map((option, order) => {
    const choice = choices[order] as (typeof choices)[number];
    const outcome = outcomes[order] ?? null;
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

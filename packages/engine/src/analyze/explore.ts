import { getAdjacencyMap } from '@xstate/graph';
import { fromTransition, type SnapshotFrom } from 'xstate';
import type { ChooseEvent } from '../compile/index.js';
import { initialMeters, meterNames, startNode } from '../compile/index.js';
import { createChoiceResolver } from '../compile/resolver.js';
import type { Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';

/**
 * Reachable (node, meters) states explored before the analysis gives up and says so. Each costs
 * a few microseconds; the flagship scenarios need under 3,000, and a 2,000-node scenario must
 * still check in well under two seconds.
 */
export const DEFAULT_STATE_LIMIT = 5_000;

/** One reachable moment of the conversation: where it stands and with what meters. */
export type ExploredState = {
  /**
   * Its position in `StateGraph.states`. The passes after the walk index arrays by it: hashing
   * string keys for thousands of states was most of the analysis's time.
   */
  readonly index: number;
  /** A node or an ending id. */
  readonly at: string;
  readonly ending: boolean;
  readonly meters: Meters;
  /** False for states found after the limit: their choices were not followed. */
  readonly expanded: boolean;
  /** The choices available here and the number of the state each leads to. */
  readonly edges: readonly { readonly option: string; readonly to: number }[];
};

export type StateGraph = {
  /** In the order the walk found them, fewest turns first: the start state is number 0. */
  readonly states: readonly ExploredState[];
  /** False when the state limit was hit: what is missing may still be reachable. */
  readonly complete: boolean;
};

export type ExploreOptions = {
  readonly limit?: number;
};

/** Where a conversation stands: the node or ending it is at, the meters, and both as one key. */
type Moment = { readonly at: string; readonly meters: Meters; readonly key: string };

/**
 * The conversation as XState actor logic made from its transition function alone: the same
 * choice resolver the compiled machine's guards and actions call, without the machine's
 * snapshots. A property test checks that both go to the same places with the same meters.
 */
export function conversationLogic(scenario: Scenario, resolver = createChoiceResolver(scenario)) {
  const names = meterNames(scenario);
  // The key is made once, with the moment: the walk asks for it at every step.
  const moment = (at: string, meters: Meters): Moment => {
    let key = at;
    for (const name of names) key += `|${meters[name]}`;
    return { at, meters, key };
  };
  return fromTransition(
    (current: Moment, event: ChooseEvent): Moment => {
      const outcome = resolver.resolve(current.at, event.option, current.meters);
      return outcome ? moment(outcome.target, outcome.after) : current;
    },
    moment(startNode(scenario), initialMeters(scenario)),
  );
}

/**
 * Every (node, meters) state a learner can reach, walked by @xstate/graph over the scenario's
 * transition function with only the choices on offer at each state as events.
 */
export function exploreStates(scenario: Scenario, options: ExploreOptions = {}): StateGraph {
  const limit = options.limit ?? DEFAULT_STATE_LIMIT;
  const resolver = createChoiceResolver(scenario);
  const logic = conversationLogic(scenario, resolver);
  type Snapshot = SnapshotFrom<typeof logic>;
  const keyOf = (snapshot: Snapshot): string => snapshot.context.key;
  // Each node's choices as events, made once; the walk offers those whose conditions hold.
  const choices = new Map<string, { event: ChooseEvent; plan: number }[]>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    choices.set(
      nodeId,
      node.options.map((option) => ({
        event: { type: 'CHOOSE', option: option.id },
        plan: resolver.planIndex(nodeId, option.id),
      })),
    );
  }
  const isEnding = (at: string): boolean => Object.hasOwn(scenario.endings, at);
  let seen = 0;
  const map = getAdjacencyMap(logic, {
    serializeState: (snapshot) => keyOf(snapshot),
    serializeEvent: (event) => event.option,
    events: ({ context: { at, meters } }) => {
      const offered: ChooseEvent[] = [];
      for (const choice of choices.get(at) ?? []) {
        if (resolver.offered(choice.plan, meters)) offered.push(choice.event);
      }
      return offered;
    },
    // Counting new states here stops the walk at the limit without losing what it found.
    stopWhen: () => {
      seen += 1;
      return seen > limit;
    },
  });
  // The map holds the states in the order the walk met them, which is also the order it asked
  // stopWhen about them: state `index` was counted as number `index + 1`.
  const found = Object.values(map);
  const numbers = new Map<string, number>();
  found.forEach((value, index) => {
    numbers.set(keyOf(value.state), index);
  });
  const states = found.map((value, index): ExploredState => {
    const { at, meters } = value.state.context;
    const transitions: { event: ChooseEvent; state: Snapshot }[] = Object.values(value.transitions);
    const edges = transitions.map((transition) => ({
      option: transition.event.option,
      // Every state the walk reaches is in the map, expanded or not.
      to: numbers.get(keyOf(transition.state)) as number,
    }));
    return { index, at, ending: isEnding(at), meters, expanded: index + 1 <= limit, edges };
  });
  return { states, complete: seen <= limit };
}

import { getAdjacencyMap } from '@xstate/graph';
import { fromTransition, type SnapshotFrom } from 'xstate';
import type { ChooseEvent } from '../compile/index.js';
import { availableOptions, initialMeters, meterNames, startNode } from '../compile/index.js';
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
  readonly key: string;
  /** A node or an ending id. */
  readonly at: string;
  readonly ending: boolean;
  readonly meters: Meters;
  /** False for states found after the limit: their choices were not followed. */
  readonly expanded: boolean;
  /** The choices available here and the state each leads to. */
  readonly edges: { readonly option: string; readonly to: string }[];
};

export type StateGraph = {
  readonly start: string;
  readonly states: ReadonlyMap<string, ExploredState>;
  /** False when the state limit was hit: what is missing may still be reachable. */
  readonly complete: boolean;
};

export type ExploreOptions = {
  readonly limit?: number;
};

/** Where a conversation stands: the node or ending it is at, and the meters. */
type Moment = { readonly at: string; readonly meters: Meters };

/**
 * The conversation as XState actor logic made from its transition function alone: the same
 * choice resolver the compiled machine's guards and actions call, without the machine's
 * snapshots. A property test checks that both go to the same places with the same meters.
 */
export function conversationLogic(scenario: Scenario, resolver = createChoiceResolver(scenario)) {
  const start: Moment = {
    at: startNode(scenario),
    meters: initialMeters(scenario),
  };
  return fromTransition((moment: Moment, event: ChooseEvent): Moment => {
    const outcome = resolver.resolve(moment.at, event.option, moment.meters);
    return outcome ? { at: outcome.target, meters: outcome.after } : moment;
  }, start);
}

/**
 * Every (node, meters) state a learner can reach, walked by @xstate/graph over the scenario's
 * transition function with only the choices on offer at each state as events.
 */
export function exploreStates(scenario: Scenario, options: ExploreOptions = {}): StateGraph {
  const limit = options.limit ?? DEFAULT_STATE_LIMIT;
  const names = meterNames(scenario);
  const resolver = createChoiceResolver(scenario);
  const logic = conversationLogic(scenario, resolver);
  type Snapshot = SnapshotFrom<typeof logic>;
  // The walk asks for each snapshot's key several times (queue, limit, edges): build it once.
  const keys = new WeakMap<Snapshot, string>();
  const keyOf = (snapshot: Snapshot): string => {
    let key = keys.get(snapshot);
    if (key !== undefined) return key;
    const { at, meters } = snapshot.context;
    key = at;
    for (const name of names) key += `|${meters[name]}`;
    keys.set(snapshot, key);
    return key;
  };
  const isEnding = (at: string): boolean => Object.hasOwn(scenario.endings, at);
  let seen = 0;
  const unexpanded = new Set<string>();
  const map = getAdjacencyMap(logic, {
    serializeState: (snapshot) => keyOf(snapshot),
    serializeEvent: (event) => event.option,
    events: ({ context: { at, meters } }) =>
      isEnding(at)
        ? []
        : availableOptions(scenario, at, meters).map(
            (option): ChooseEvent => ({ type: 'CHOOSE', option: option.id }),
          ),
    // Counting new states here stops the walk at the limit without losing what it found.
    stopWhen: (snapshot) => {
      seen += 1;
      if (seen <= limit) return false;
      unexpanded.add(keyOf(snapshot));
      return true;
    },
  });
  const states = new Map<string, ExploredState>();
  let start = '';
  for (const [key, value] of Object.entries(map)) {
    if (start === '') start = key;
    const { at, meters } = value.state.context;
    const transitions: { event: ChooseEvent; state: Snapshot }[] = Object.values(value.transitions);
    const edges = transitions.map((transition) => ({
      option: transition.event.option,
      to: keyOf(transition.state),
    }));
    states.set(key, {
      key,
      at,
      ending: isEnding(at),
      meters,
      expanded: !unexpanded.has(key),
      edges,
    });
  }
  return { start, states, complete: seen <= limit };
}

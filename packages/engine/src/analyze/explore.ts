import { getAdjacencyMap } from '@xstate/graph';
import type { ChooseEvent, ConversationSnapshot, ScenarioMachine } from '../compile/index.js';
import { availableOptions, initialMeters, meterNames } from '../compile/index.js';
import type { Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';

/**
 * Reachable (node, meters) states explored before the analysis gives up and says so. Each costs
 * a few XState transitions (tens of microseconds); the flagship scenarios need under 3,000, and
 * a 2,000-node scenario must still check in well under two seconds.
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
  /** Start from this node or ending with these meters instead of the scenario's start. */
  readonly from?: { readonly at: string; readonly meters: Readonly<Meters> };
};

/**
 * Every (node, meters) state a learner can reach, walked by @xstate/graph on the compiled
 * machine with only the choices on offer at each state as events.
 */
export function exploreStates(
  scenario: Scenario,
  machine: ScenarioMachine,
  options: ExploreOptions = {},
): StateGraph {
  const limit = options.limit ?? DEFAULT_STATE_LIMIT;
  const names = meterNames(scenario);
  const from = options.from;
  const fromState = from
    ? machine.resolveState({
        value: from.at,
        context: {
          meters: initialMeters(scenario, from.meters),
          turns: null,
          ignored: [],
          start: { node: from.at, meters: initialMeters(scenario, from.meters) },
        },
      })
    : undefined;
  // The walk asks for each snapshot's key several times (queue, limit, edges): build it once.
  const keys = new WeakMap<ConversationSnapshot, string>();
  const keyOf = (snapshot: ConversationSnapshot): string => {
    let key = keys.get(snapshot);
    if (key !== undefined) return key;
    const meters = snapshot.context.meters;
    key = String(snapshot.value);
    for (const name of names) key += `|${meters[name]}`;
    keys.set(snapshot, key);
    return key;
  };
  let seen = 0;
  const unexpanded = new Set<string>();
  const map = getAdjacencyMap(machine, {
    input: {},
    fromState,
    serializeState: (snapshot) => keyOf(snapshot),
    serializeEvent: (event) => (event as ChooseEvent).option,
    events: (snapshot) =>
      snapshot.status === 'active'
        ? availableOptions(scenario, String(snapshot.value), snapshot.context.meters).map(
            (option): ChooseEvent => ({ type: 'CHOOSE', option: option.id }),
          )
        : [],
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
    const snapshot = value.state;
    const transitions: { event: ChooseEvent; state: ConversationSnapshot }[] = Object.values(
      value.transitions,
    );
    const edges = transitions.map((transition) => ({
      option: transition.event.option,
      to: keyOf(transition.state),
    }));
    states.set(key, {
      key,
      at: String(snapshot.value),
      ending: Object.hasOwn(scenario.endings, String(snapshot.value)),
      meters: snapshot.context.meters,
      expanded: !unexpanded.has(key),
      edges,
    });
  }
  return { start, states, complete: seen <= limit };
}

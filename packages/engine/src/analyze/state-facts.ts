import { conditionHolds } from '../compile/index.js';
import type { Scenario } from '../schema/index.js';
import type { ExploredState, StateGraph } from './explore.js';

/** What the explored (node, meters) states prove about the scenario. */
export type StateFacts = {
  /** Node and ending ids seen in some reachable state. */
  readonly reached: ReadonlySet<string>;
  /** Per node, the first reachable state where no option is offered. */
  readonly deadEnds: ReadonlyMap<string, ExploredState>;
  /** Per node, the first reachable state from which no ending can be reached. */
  readonly traps: ReadonlyMap<string, ExploredState>;
  /** `node option` pairs offered in some reachable state. */
  readonly offered: ReadonlySet<string>;
  /** `node index` pairs of variants shown in some reachable state. */
  readonly shownVariants: ReadonlySet<string>;
  /** The option ids that lead from the start to a state, fewest turns first. */
  readonly pathTo: (key: string) => readonly string[];
  /** States from which an ending can be reached (or that the walk did not expand). */
  readonly canEnd: ReadonlySet<string>;
  /** Per ending, the first state (fewest turns) that reaches it. */
  readonly firstEnding: ReadonlyMap<string, ExploredState>;
};

export const pairKey = (node: string, item: string | number): string => `${node} ${item}`;

export function stateFacts(scenario: Scenario, graph: StateGraph): StateFacts {
  const parents = new Map<string, { from: string; option: string }>();
  const order: ExploredState[] = [];
  const seen = new Set<string>([graph.start]);
  const queue = [graph.start];
  for (let i = 0; i < queue.length; i++) {
    const state = graph.states.get(queue[i] as string);
    if (!state) continue;
    order.push(state);
    for (const edge of state.edges) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      parents.set(edge.to, { from: state.key, option: edge.option });
      queue.push(edge.to);
    }
  }

  const reached = new Set<string>();
  const deadEnds = new Map<string, ExploredState>();
  const offered = new Set<string>();
  const shownVariants = new Set<string>();
  const firstEnding = new Map<string, ExploredState>();
  for (const state of order) {
    reached.add(state.at);
    if (state.ending) {
      if (!firstEnding.has(state.at)) firstEnding.set(state.at, state);
      continue;
    }
    if (!state.expanded) continue;
    if (state.edges.length === 0 && !deadEnds.has(state.at)) deadEnds.set(state.at, state);
    for (const edge of state.edges) offered.add(pairKey(state.at, edge.option));
    const variants = scenario.nodes[state.at]?.variants ?? [];
    const shown = variants.findIndex((variant) => conditionHolds(variant.when, state.meters));
    if (shown >= 0) shownVariants.add(pairKey(state.at, shown));
  }

  // Backwards from the endings, and from the states the walk did not expand (they may go on).
  const predecessors = new Map<string, string[]>();
  for (const state of order) {
    for (const edge of state.edges) {
      const list = predecessors.get(edge.to);
      if (list) list.push(state.key);
      else predecessors.set(edge.to, [state.key]);
    }
  }
  const hopeful = order.filter((state) => state.ending || !state.expanded).map((s) => s.key);
  const canEnd = new Set<string>(hopeful);
  for (let i = 0; i < hopeful.length; i++) {
    for (const key of predecessors.get(hopeful[i] as string) ?? []) {
      if (!canEnd.has(key)) {
        canEnd.add(key);
        hopeful.push(key);
      }
    }
  }
  const traps = new Map<string, ExploredState>();
  for (const state of order) {
    // A dead end is reported as such; a trap is a state that can go on but never finish.
    if (canEnd.has(state.key) || state.edges.length === 0) continue;
    if (!traps.has(state.at)) traps.set(state.at, state);
  }

  const pathTo = (key: string): readonly string[] => {
    const options: string[] = [];
    let at = key;
    for (let parent = parents.get(at); parent; parent = parents.get(at)) {
      options.push(parent.option);
      at = parent.from;
    }
    return options.reverse();
  };
  return { reached, deadEnds, traps, offered, shownVariants, pathTo, canEnd, firstEnding };
}

import { compileCondition, type MeterTest } from '../compile/meters.js';
import type { Scenario } from '../schema/index.js';
import { breadthFirst } from './breadth-first.js';
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
  /** The option ids that lead from the start to a state (by its number), fewest turns first. */
  readonly pathTo: (state: number) => readonly string[];
  /**
   * By state number, 1 where an ending can be reached (or the walk did not expand the state),
   * else 0.
   */
  readonly canEnd: Uint8Array;
  /** Per ending, the first state (fewest turns) that reaches it. */
  readonly firstEnding: ReadonlyMap<string, ExploredState>;
};

export const pairKey = (node: string, item: string | number): string => `${node} ${item}`;

export function stateFacts(scenario: Scenario, graph: StateGraph): StateFacts {
  const { states } = graph;
  const { order, pathTo } = breadthFirst(graph);

  const reached = new Set<string>();
  const deadEnds = new Map<string, ExploredState>();
  // Per node, the options offered there: the ids the edges already hold, so no pair key is made
  // for each of thousands of edges, only once per pair at the end.
  const offeredAt = new Map<string, Set<string>>();
  // Per node, its variants' conditions as tests, worked out once rather than read per state, and
  // which of them some state shows (the first whose condition holds there).
  const variantsAt = new Map<string, { tests: MeterTest[]; shown: Uint8Array }>();
  const firstEnding = new Map<string, ExploredState>();
  for (const state of order) {
    reached.add(state.at);
    if (state.ending) {
      if (!firstEnding.has(state.at)) firstEnding.set(state.at, state);
      continue;
    }
    if (!state.expanded) continue;
    if (state.edges.length === 0) {
      if (!deadEnds.has(state.at)) deadEnds.set(state.at, state);
    } else {
      let options = offeredAt.get(state.at);
      if (!options) {
        options = new Set();
        offeredAt.set(state.at, options);
      }
      for (const edge of state.edges) options.add(edge.option);
    }
    let variants = variantsAt.get(state.at);
    if (!variants) {
      const tests = (scenario.nodes[state.at]?.variants ?? []).map((variant) =>
        compileCondition(variant.when),
      );
      variants = { tests, shown: new Uint8Array(tests.length) };
      variantsAt.set(state.at, variants);
    }
    for (let v = 0; v < variants.tests.length; v++) {
      if ((variants.tests[v] as MeterTest)(state.meters)) {
        variants.shown[v] = 1;
        break;
      }
    }
  }
  const shownVariants = new Set<string>();
  for (const [nodeId, { shown }] of variantsAt) {
    shown.forEach((isShown, v) => {
      if (isShown) shownVariants.add(pairKey(nodeId, v));
    });
  }

  const offered = new Set<string>();
  for (const [nodeId, options] of offeredAt) {
    for (const option of options) offered.add(pairKey(nodeId, option));
  }

  const canEnd = statesThatCanEnd(order, states.length);
  const traps = new Map<string, ExploredState>();
  for (const state of order) {
    // A dead end is reported as such; a trap is a state that can go on but never finish.
    if (canEnd[state.index] || state.edges.length === 0) continue;
    if (!traps.has(state.at)) traps.set(state.at, state);
  }

  return { reached, deadEnds, traps, offered, shownVariants, pathTo, canEnd, firstEnding };
}

/**
 * Backwards from the endings, and from the states the walk did not expand (they may go on). Each
 * state's incoming edges are kept as a list threaded through flat arrays, so thousands of states
 * do not each need a list of their own.
 */
function statesThatCanEnd(order: readonly ExploredState[], count: number): Uint8Array {
  // Per state, its last incoming edge (-1 for none); per edge, where it comes from and the
  // incoming edge of the same state before it.
  const lastIn = new Int32Array(count).fill(-1);
  const edgeFrom: number[] = [];
  const previousIn: number[] = [];
  for (const state of order) {
    for (const edge of state.edges) {
      previousIn.push(lastIn[edge.to] as number);
      edgeFrom.push(state.index);
      lastIn[edge.to] = edgeFrom.length - 1;
    }
  }

  const canEnd = new Uint8Array(count);
  const hopeful: number[] = [];
  for (const state of order) {
    if (state.ending || !state.expanded) {
      canEnd[state.index] = 1;
      hopeful.push(state.index);
    }
  }
  for (let i = 0; i < hopeful.length; i++) {
    for (let e = lastIn[hopeful[i] as number] as number; e >= 0; e = previousIn[e] as number) {
      const from = edgeFrom[e] as number;
      if (canEnd[from]) continue;
      canEnd[from] = 1;
      hopeful.push(from);
    }
  }
  return canEnd;
}

import type { Scenario } from '../schema/index.js';
import { holds, packCondition, type StateGraph } from './explore.js';

/** What the walked (node, meters) states prove about the scenario. States are by number. */
export type StateFacts = {
  /** Node and ending ids seen in some reachable state. */
  readonly reached: ReadonlySet<string>;
  /** Per node, the first reachable state where no option is offered. */
  readonly deadEnds: ReadonlyMap<string, number>;
  /** Per node, the first reachable state from which no ending can be reached. */
  readonly traps: ReadonlyMap<string, number>;
  /** `node option` pairs offered in some reachable state. */
  readonly offered: ReadonlySet<string>;
  /** `node index` pairs of variants shown in some reachable state. */
  readonly shownVariants: ReadonlySet<string>;
  /**
   * By state number, 1 where an ending can be reached (or the walk did not expand the state),
   * else 0.
   */
  readonly canEnd: Uint8Array;
  /** Per ending, the first state (fewest turns) that reaches it. */
  readonly firstEnding: ReadonlyMap<string, number>;
};

export const pairKey = (node: string, item: string | number): string => `${node} ${item}`;

export function stateFacts(scenario: Scenario, graph: StateGraph): StateFacts {
  const { count, expanded, ids, endingIds, at, first, plan, meterNames } = graph;
  const width = meterNames.length;
  const reachedIds = new Uint8Array(ids.length);
  // Per id number, the first state (or -1) that is a dead end there, or an ending.
  const deadEndAt = new Int32Array(ids.length).fill(-1);
  const endingAt = new Int32Array(ids.length).fill(-1);
  const offeredPlan = new Uint8Array(graph.optionIds.length);
  // Per node id number, its variants' conditions packed once, and which of them some state shows
  // (the first whose condition holds there).
  const variantsAt: ({ tests: ReturnType<typeof packCondition>[]; shown: Uint8Array } | null)[] =
    ids.map((id) => {
      const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
      if (!node) return null;
      const tests = node.variants.map((variant) => packCondition(variant.when, meterNames));
      return { tests, shown: new Uint8Array(tests.length) };
    });
  // States are numbered breadth first, so the first state met of each kind has the fewest turns.
  for (let s = 0; s < count; s++) {
    const where = at[s] as number;
    reachedIds[where] = 1;
    if (endingIds[where]) {
      if ((endingAt[where] as number) < 0) endingAt[where] = s;
      continue;
    }
    if (s >= expanded) continue;
    const from = first[s] as number;
    const end = first[s + 1] as number;
    if (from === end) {
      if ((deadEndAt[where] as number) < 0) deadEndAt[where] = s;
    } else {
      for (let e = from; e < end; e++) offeredPlan[plan[e] as number] = 1;
    }
    const variants = variantsAt[where];
    if (!variants) continue;
    for (let v = 0; v < variants.tests.length; v++) {
      if (holds(variants.tests[v] as ReturnType<typeof packCondition>, graph.values, s * width)) {
        variants.shown[v] = 1;
        break;
      }
    }
  }
  const reached = new Set<string>();
  reachedIds.forEach((seen, n) => {
    if (seen) reached.add(ids[n] as string);
  });
  const shownVariants = new Set<string>();
  variantsAt.forEach((variants, n) => {
    variants?.shown.forEach((isShown, v) => {
      if (isShown) shownVariants.add(pairKey(ids[n] as string, v));
    });
  });
  const offered = new Set<string>();
  const nodeOfPlan = planNodes(scenario);
  offeredPlan.forEach((isOffered, p) => {
    const planNode = nodeOfPlan[p];
    if (isOffered && planNode) offered.add(pairKey(planNode, graph.optionIds[p] as string));
  });

  const canEnd = statesThatCanEnd(graph);
  const trapAt = new Int32Array(ids.length).fill(-1);
  for (let s = 0; s < count; s++) {
    // A dead end is reported as such; a trap is a state that can go on but never finish.
    if (canEnd[s] || first[s] === first[s + 1]) continue;
    const where = at[s] as number;
    if ((trapAt[where] as number) < 0) trapAt[where] = s;
  }
  const byId = (firsts: Int32Array): Map<string, number> => {
    const found = new Map<string, number>();
    // In the order the walk met them, as the states are numbered.
    const order = [...firsts.keys()].filter((n) => (firsts[n] as number) >= 0);
    order.sort((a, b) => (firsts[a] as number) - (firsts[b] as number));
    for (const n of order) found.set(ids[n] as string, firsts[n] as number);
    return found;
  };
  return {
    reached,
    deadEnds: byId(deadEndAt),
    traps: byId(trapAt),
    offered,
    shownVariants,
    canEnd,
    firstEnding: byId(endingAt),
  };
}

/** Per plan number (the resolver's: every option of every node in file order), its node id. */
function planNodes(scenario: Scenario): string[] {
  const nodes: string[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    for (let i = 0; i < node.options.length; i++) nodes.push(nodeId);
  }
  return nodes;
}

/** Sweeps backwards over the states before the reversed edges are built instead. */
const MAX_SWEEPS = 6;

/**
 * Backwards from the endings, and from the states the walk did not expand (they may go on).
 * States are numbered breadth first, so most edges lead to a higher number and a sweep from the
 * last state to the first carries "can end" back along them; a sweep that changes nothing
 * proves the answer. A graph whose loops need more sweeps gets its edges reversed and a
 * breadth-first pass back from the endings instead.
 */
export function statesThatCanEnd(graph: StateGraph): Uint8Array {
  const { count, first, to, expanded, endingIds, at } = graph;
  const canEnd = new Uint8Array(count);
  for (let s = 0; s < count; s++) {
    if (endingIds[at[s] as number] || s >= expanded) canEnd[s] = 1;
  }
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let changed = false;
    for (let s = count - 1; s >= 0; s--) {
      if (canEnd[s]) continue;
      const end = first[s + 1] as number;
      for (let e = first[s] as number; e < end; e++) {
        if (canEnd[to[e] as number]) {
          canEnd[s] = 1;
          changed = true;
          break;
        }
      }
    }
    if (!changed) return canEnd;
  }
  return reversedCanEnd(graph, canEnd);
}

/** The same, over the edges reversed and laid out flat, from what the sweeps found. */
function reversedCanEnd(graph: StateGraph, canEnd: Uint8Array): Uint8Array {
  const { count, first, to } = graph;
  const edges = first[count] as number;
  const inFirst = new Int32Array(count + 1);
  for (let e = 0; e < edges; e++) {
    const slot = (to[e] as number) + 1;
    inFirst[slot] = (inFirst[slot] as number) + 1;
  }
  for (let s = 0; s < count; s++)
    inFirst[s + 1] = (inFirst[s + 1] as number) + (inFirst[s] as number);
  const fill = inFirst.slice(0, count);
  const inFrom = new Int32Array(edges);
  for (let s = 0; s < count; s++) {
    const end = first[s + 1] as number;
    for (let e = first[s] as number; e < end; e++) {
      const target = to[e] as number;
      inFrom[fill[target] as number] = s;
      fill[target] = (fill[target] as number) + 1;
    }
  }
  const hopeful = new Int32Array(count);
  let tail = 0;
  for (let s = 0; s < count; s++) if (canEnd[s]) hopeful[tail++] = s;
  for (let head = 0; head < tail; head++) {
    const s = hopeful[head] as number;
    const end = inFirst[s + 1] as number;
    for (let i = inFirst[s] as number; i < end; i++) {
      const from = inFrom[i] as number;
      if (canEnd[from]) continue;
      canEnd[from] = 1;
      hopeful[tail++] = from;
    }
  }
  return canEnd;
}

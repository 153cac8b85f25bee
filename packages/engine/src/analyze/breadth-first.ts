import type { ExploredState, StateGraph } from './explore.js';

/** The states a walk from the start reaches, and the choices that lead to each. */
export type BreadthFirst = {
  /** The states met, fewest turns from the start first. */
  readonly order: readonly ExploredState[];
  /** The option ids that lead from the start to a state met (by its number), fewest turns. */
  readonly pathTo: (state: number) => readonly string[];
};

/**
 * Breadth first from the start (state number 0) along the edges `follow` allows, remembering for
 * each state the state and option it was first reached by.
 */
export function breadthFirst(
  graph: StateGraph,
  follow: (state: ExploredState, option: string) => boolean = () => true,
): BreadthFirst {
  const { states } = graph;
  const parent = new Int32Array(states.length).fill(-1);
  const parentOption: string[] = new Array(states.length).fill('');
  const visited = new Uint8Array(states.length);
  const order: ExploredState[] = [];
  const queue = [0];
  visited[0] = 1;
  for (let i = 0; i < queue.length; i++) {
    const state = states[queue[i] as number];
    if (!state) continue;
    order.push(state);
    for (const edge of state.edges) {
      if (visited[edge.to] || !follow(state, edge.option)) continue;
      visited[edge.to] = 1;
      parent[edge.to] = state.index;
      parentOption[edge.to] = edge.option;
      queue.push(edge.to);
    }
  }
  const pathTo = (state: number): readonly string[] => {
    const options: string[] = [];
    for (let at = state; (parent[at] as number) >= 0; at = parent[at] as number) {
      options.push(parentOption[at] as string);
    }
    return options.reverse();
  };
  return { order, pathTo };
}

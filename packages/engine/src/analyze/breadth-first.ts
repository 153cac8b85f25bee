import type { StateGraph } from './explore.js';

/** The states a walk from the start reaches along some edges, and the choices that lead to each. */
export type BreadthFirst = {
  /** The state numbers met, fewest turns from the start first. */
  readonly order: Int32Array;
  /** The option ids that lead from the start to a state met (by its number), fewest turns. */
  readonly pathTo: (state: number) => readonly string[];
  /** Per state, the edge it was first reached by (-1 for the start and for states not met). */
  readonly parentEdge: Int32Array;
  /** Per state, the state it was first reached from (-1 likewise). */
  readonly parent: Int32Array;
};

/**
 * The arrays one breadth-first walk needs, for several walks over one graph in turn, and how
 * many states the last walk met (the first `met` in `queue`): only their entries are set, so
 * only theirs are cleared for the next walk, not the whole graph's.
 */
export type Scratch = {
  readonly parentEdge: Int32Array;
  readonly parent: Int32Array;
  readonly visited: Uint8Array;
  readonly queue: Int32Array;
  met: number;
};

export function scratchFor(graph: StateGraph): Scratch {
  const { count } = graph;
  return {
    parentEdge: new Int32Array(count).fill(-1),
    parent: new Int32Array(count).fill(-1),
    visited: new Uint8Array(count),
    queue: new Int32Array(count),
    met: 0,
  };
}

/** Clears what the last walk with this scratch set: as new again. */
function cleared(scratch: Scratch): Scratch {
  const { parentEdge, parent, visited, queue } = scratch;
  for (let i = 0; i < scratch.met; i++) {
    const s = queue[i] as number;
    visited[s] = 0;
    parent[s] = -1;
    parentEdge[s] = -1;
  }
  scratch.met = 0;
  return scratch;
}

/**
 * Breadth first from the start (state number 0) along the edges `follow` allows (by state and
 * edge number), remembering for each state the edge it was first reached by. A plain index walks
 * the queue: no array is shifted.
 */
export function breadthFirst(
  graph: StateGraph,
  follow: (state: number, edge: number) => boolean,
  scratch?: Scratch,
): BreadthFirst {
  const { count, first, to } = graph;
  // Arrays the size of the graph, reused from one walk to the next when the caller keeps them:
  // each large allocation can set off a full garbage collection.
  const { parentEdge, parent, visited, queue } = scratch ? cleared(scratch) : scratchFor(graph);
  let tail = 0;
  if (count > 0) {
    queue[tail++] = 0;
    visited[0] = 1;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head] as number;
    const end = first[s + 1] as number;
    for (let e = first[s] as number; e < end; e++) {
      const next = to[e] as number;
      if (visited[next] || !follow(s, e)) continue;
      visited[next] = 1;
      parent[next] = s;
      parentEdge[next] = e;
      queue[tail++] = next;
    }
  }
  if (scratch) scratch.met = tail;
  const pathTo = (state: number): readonly string[] => {
    const options: string[] = [];
    for (let at = state; (parent[at] as number) >= 0; at = parent[at] as number) {
      options.push(graph.optionIds[graph.plan[parentEdge[at] as number] as number] as string);
    }
    return options.reverse();
  };
  return { order: queue.subarray(0, tail), pathTo, parentEdge, parent };
}

import { possibleTargets, startNode } from '../compile/index.js';
import type { Scenario } from '../schema/index.js';

/** The conversation graph over node and ending ids, whatever the meters: one edge per way a choice can go. */
export type Structure = {
  readonly start: string;
  /** For each node, the choices and where each can lead (several targets when it branches). */
  readonly successors: ReadonlyMap<
    string,
    readonly { readonly option: string; readonly to: string }[]
  >;
  readonly endings: ReadonlySet<string>;
};

/**
 * The graph from `possibleTargets`, the function the compiler builds each node's transitions from,
 * so the analysis sees the edges the trainers run; a test checks it against the compiled machine.
 */
export function structureOf(scenario: Scenario): Structure {
  const successors = new Map<string, { option: string; to: string }[]>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    successors.set(
      id,
      node.options.flatMap((option) =>
        possibleTargets(scenario, option).map((to) => ({ option: option.id, to })),
      ),
    );
  }
  return {
    start: startNode(scenario),
    successors,
    endings: new Set(Object.keys(scenario.endings)),
  };
}

/** Every id reachable from `from` over the graph's edges. */
export function reachableIds(structure: Structure, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of structure.successors.get(queue[i] as string) ?? []) {
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}

/** Every id from which some ending can be reached, found backwards from the endings. */
export function idsReachingAnEnding(structure: Structure): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const [id, edges] of structure.successors) {
    for (const edge of edges) {
      const list = predecessors.get(edge.to);
      if (list) list.push(id);
      else predecessors.set(edge.to, [id]);
    }
  }
  const seen = new Set<string>(structure.endings);
  const queue = [...structure.endings];
  for (let i = 0; i < queue.length; i++) {
    for (const id of predecessors.get(queue[i] as string) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

import { toDirectedGraph } from '@xstate/graph';
import type { ScenarioMachine } from '../compile/index.js';

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

/** Reads the graph off the compiled machine, so the analysis sees exactly what the trainers run. */
export function structureOf(machine: ScenarioMachine): Structure {
  const graph = toDirectedGraph(machine);
  const successors = new Map<string, { option: string; to: string }[]>();
  const endings = new Set<string>();
  for (const child of graph.children) {
    const id = child.stateNode.key;
    if (child.stateNode.type === 'final') {
      endings.add(id);
      continue;
    }
    const edges: { option: string; to: string }[] = [];
    for (const edge of child.edges) {
      // The last transition of each node only reports an ignored event: it has no target.
      if (!edge.transition.target) continue;
      const params = (edge.transition.guard as { params?: { option?: string } } | undefined)
        ?.params;
      if (params?.option) edges.push({ option: params.option, to: edge.target.key });
    }
    successors.set(id, edges);
  }
  return { start: String(machine.config.initial), successors, endings };
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

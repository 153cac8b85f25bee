import {
  codesOf,
  effectiveFamily,
  type MitiCode,
  type MoveFamily,
  type MoveId,
  REFLECTION_CODES,
} from '../moves.js';
import type { Scenario } from '../schema/index.js';
import {
  bandOf,
  MIN_MATERIAL,
  MITI_COMPLEX_REFLECTIONS,
  reflectionToQuestionBand,
} from '../score/thresholds.js';
import { breadthFirst } from './breadth-first.js';
import type { ExploredState, StateGraph } from './explore.js';

/** Paths (state and running counts) searched for per-path figures before the search gives up. */
export const DEFAULT_PATH_BUDGET = 50_000;
/**
 * The per-path figures cover conversations of up to this many turns: a workshop conversation
 * is far shorter, and a loop the learner can circle forever would otherwise never end the search.
 */
export const MAX_PATH_TURNS = 30;

export type Step = {
  readonly family: MoveFamily;
  readonly move: MoveId;
  readonly codes: readonly MitiCode[];
};

/** What a learner can score on the way to an ending, over every path the search covered. */
export type PathFigures = {
  /** The best and worst listening ratio at an ending; null when no path to an ending has one. */
  readonly listeningRatio: { readonly best: number | null; readonly worst: number | null };
  /** The fewest choices to a breakthrough at the good MITI thresholds and listening band. */
  readonly goodMitiPath: readonly string[] | null;
  /** False when the budget ran out (or the states were partial): a missing path may exist. */
  readonly complete: boolean;
};

/**
 * Per node, per option, the move and the family it counts as there. Looked up by the ids the
 * states already hold, so no key is built per edge.
 */
export type Steps = ReadonlyMap<string, ReadonlyMap<string, Step>>;

export function stepsOf(scenario: Scenario): Steps {
  const steps = new Map<string, Map<string, Step>>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const nodeSteps = new Map<string, Step>();
    for (const option of node.options) {
      nodeSteps.set(option.id, {
        move: option.move,
        codes: codesOf(option),
        family: effectiveFamily(option.move, node.nonNegotiable !== undefined),
      });
    }
    steps.set(nodeId, nodeSteps);
  }
  return steps;
}

/**
 * The counts so far: listening, insistence, reflections, questions, complex reflections. Each
 * fits in five bits (a path is at most MAX_PATH_TURNS < 32 turns long), so the five
 * pack into one small whole number: the search remembers tens of thousands of them, and such
 * numbers are far cheaper to build and hash than strings.
 */
const COUNT_BITS = 5;
const BASE = 2 ** COUNT_BITS;
/** What one of each count adds to the packed number, in that order. */
const PLACES = [1, BASE, BASE ** 2, BASE ** 3, BASE ** 4] as const;

/** What a step adds to the packed counts. */
function stepIncrement(step: Step | undefined, listeningOnly: boolean): number {
  if (!step) return 0;
  // At most one of each per option, so a count stays within its five bits on the longest path:
  // an option with two questions in it is rare, and counting it once errs on the strict side.
  const reflection = step.codes.some((code) => REFLECTION_CODES.has(code));
  const question = step.codes.includes('question');
  let increment =
    (step.family === 'listening' ? PLACES[0] : 0) + (step.family === 'insistence' ? PLACES[1] : 0);
  if (listeningOnly) return increment;
  if (reflection) increment += PLACES[2];
  if (question) increment += PLACES[3];
  if (step.codes.includes('complex-reflection')) increment += PLACES[4];
  return increment;
}

/** The count in the given place of the packed counts (0 listening, 1 insistence, and so on). */
function countAt(packed: number, place: 0 | 1 | 2 | 3 | 4): number {
  return Math.floor(packed / PLACES[place]) % BASE;
}

function meetsGoodMiti(counts: number, good: number): boolean {
  const l = countAt(counts, 0);
  const i = countAt(counts, 1);
  const r = countAt(counts, 2);
  const q = countAt(counts, 3);
  const c = countAt(counts, 4);
  const complex = r === 0 ? null : c / r;
  const listening = l + i === 0 ? null : l / (l + i);
  return (
    reflectionToQuestionBand(r, q) === 'good' &&
    r >= MIN_MATERIAL.complexReflections &&
    bandOf(complex, MITI_COMPLEX_REFLECTIONS.fair, MITI_COMPLEX_REFLECTIONS.good) === 'good' &&
    listening !== null &&
    listening >= good
  );
}

/**
 * The (state, counts) pairs the search met, in the order it met them, as parallel arrays rather
 * than an object each: a search holds tens of thousands of them.
 */
type Search = {
  /** Per pair, the pair it was reached from (-1 for the start) and the edge taken (-1 likewise). */
  readonly parent: readonly number[];
  readonly edge: readonly number[];
  /** The pair at the ending the search stopped at; -1 when it did not stop at one. */
  readonly found: number;
  readonly complete: boolean;
};

/**
 * The edges worth following, by state number, laid out flat: those of state `s` are at `first[s]`
 * up to `first[s + 1]`, each with its target, its option, and what it adds to the listening counts
 * alone and to every count. Worked out once for both searches.
 */
type FollowedEdges = {
  readonly first: Int32Array;
  readonly to: readonly number[];
  readonly option: readonly string[];
  readonly listening: readonly number[];
  readonly all: readonly number[];
};

function followedEdges(graph: StateGraph, canEnd: Uint8Array, steps: Steps): FollowedEdges {
  const first = new Int32Array(graph.states.length + 1);
  const to: number[] = [];
  const option: string[] = [];
  const listening: number[] = [];
  const all: number[] = [];
  graph.states.forEach((state, s) => {
    const nodeSteps = steps.get(state.at);
    for (const edge of state.edges) {
      // Paths that can never finish score nothing; following them only burns the budget.
      if (!canEnd[edge.to]) continue;
      const step = nodeSteps?.get(edge.option);
      to.push(edge.to);
      option.push(edge.option);
      listening.push(stepIncrement(step, true));
      all.push(stepIncrement(step, false));
    }
    first[s + 1] = to.length;
  });
  return { first, to, option, listening, all };
}

/**
 * A breadth-first search over (state, running counts): the counts make the figures exact per
 * path, and remembering each (state, counts) pair once keeps loops and shared tails cheap.
 * `listeningOnly` drops the MITI counts, so paths that differ only there are searched once.
 * Stops at the first ending for which `found` says yes.
 */
function searchCounts(
  graph: StateGraph,
  edges: FollowedEdges,
  listeningOnly: boolean,
  budget: number,
  atEnding: (state: ExploredState, counts: number) => boolean,
): Search {
  // From the start state, number 0, with nothing counted yet.
  const states = [0];
  const counts = [0];
  const parent = [-1];
  const edge = [-1];
  // Per state, the counts it has been met with: small whole numbers, cheap to hash, where a key
  // for the pair would not fit in one.
  const seen: (Set<number> | undefined)[] = new Array(graph.states.length);
  seen[0] = new Set([0]);
  let size = 1;
  const adds = listeningOnly ? edges.listening : edges.all;
  let complete = graph.complete;
  // Breadth first, so the pairs are met a turn at a time: those before `turnEnd` are `turns` in.
  let turns = 0;
  let turnEnd = 1;
  for (let index = 0; index < states.length; index++) {
    if (index === turnEnd) {
      turns += 1;
      turnEnd = states.length;
    }
    const from = states[index] as number;
    const state = graph.states[from];
    if (!state) continue;
    const packed = counts[index] as number;
    if (state.ending) {
      if (atEnding(state, packed)) return { parent, edge, found: index, complete };
      continue;
    }
    if (turns >= MAX_PATH_TURNS) continue;
    const end = edges.first[from + 1] as number;
    for (let e = edges.first[from] as number; e < end; e++) {
      const to = edges.to[e] as number;
      const next = packed + (adds[e] as number);
      let met = seen[to];
      if (met?.has(next)) continue;
      if (size >= budget) {
        complete = false;
        break;
      }
      if (!met) {
        met = new Set();
        seen[to] = met;
      }
      met.add(next);
      size += 1;
      states.push(to);
      counts.push(next);
      parent.push(index);
      edge.push(e);
    }
  }
  return { parent, edge, found: -1, complete };
}

function choicesTo(search: Search, edges: FollowedEdges): string[] | null {
  if (search.found < 0) return null;
  const path: string[] = [];
  for (let at = search.found; at > 0; at = search.parent[at] as number) {
    path.push(edges.option[search.edge[at] as number] as string);
  }
  return path.reverse();
}

/** The listening-ratio extremes at an ending, and the shortest path at the good MITI thresholds. */
export function searchPathFigures(
  scenario: Scenario,
  graph: StateGraph,
  canEnd: Uint8Array,
  budget: number = DEFAULT_PATH_BUDGET,
): PathFigures {
  const edges = followedEdges(graph, canEnd, stepsOf(scenario));
  let best: number | null = null;
  let worst: number | null = null;
  const listening = searchCounts(graph, edges, true, budget, (_, counts) => {
    const l = countAt(counts, 0);
    const i = countAt(counts, 1);
    if (l + i > 0) {
      const ratio = l / (l + i);
      best = best === null ? ratio : Math.max(best, ratio);
      worst = worst === null ? ratio : Math.min(worst, ratio);
    }
    return false;
  });
  const good = searchCounts(
    graph,
    edges,
    false,
    budget,
    (state, counts) =>
      scenario.endings[state.at]?.outcome === 'breakthrough' &&
      meetsGoodMiti(counts, scenario.bands.good),
  );
  const goodMitiPath = choicesTo(good, edges);
  return {
    listeningRatio: { best, worst },
    goodMitiPath,
    // A path found is proof enough; only a search for one that is missing must be complete.
    complete: listening.complete && (goodMitiPath !== null || good.complete),
  };
}

/**
 * The fewest choices to a breakthrough using only insistence: options that count as insistence
 * where they are made. A path through a non-negotiable boundary is not pure insistence, so a
 * scenario that rewards a firm, decisive stance there is not flagged.
 */
export function pureInsistencePath(
  scenario: Scenario,
  graph: StateGraph,
): { readonly ending: string; readonly path: readonly string[] } | null {
  const steps = stepsOf(scenario);
  const { order, pathTo } = breadthFirst(
    graph,
    (state, option) => steps.get(state.at)?.get(option)?.family === 'insistence',
  );
  const win = order.find(
    (state) => state.ending && scenario.endings[state.at]?.outcome === 'breakthrough',
  );
  return win ? { ending: win.at, path: pathTo(win.index) } : null;
}

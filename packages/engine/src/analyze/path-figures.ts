import { effectiveFamily, type MoveFamily, type MoveId } from '../moves.js';
import type { Scenario } from '../schema/index.js';
import { bandOf, MITI_COMPLEX_REFLECTIONS, reflectionToQuestionBand } from '../score/thresholds.js';
import type { ExploredState, StateGraph } from './explore.js';

/** Paths (state and running counts) searched for per-path figures before the search gives up. */
export const DEFAULT_PATH_BUDGET = 50_000;
/**
 * The per-path figures cover conversations of up to this many turns: a workshop conversation
 * is far shorter, and a loop the learner can circle forever would otherwise never end the search.
 */
export const MAX_PATH_TURNS = 30;

type Step = { readonly family: MoveFamily; readonly move: MoveId };

/** What a learner can score on the way to an ending, over every path the search covered. */
export type PathFigures = {
  /** The best and worst listening ratio at an ending; null when no path to an ending has one. */
  readonly listeningRatio: { readonly best: number | null; readonly worst: number | null };
  /** The fewest choices to a breakthrough at the good MITI thresholds and listening band. */
  readonly goodMitiPath: readonly string[] | null;
  /** False when the budget ran out (or the states were partial): a missing path may exist. */
  readonly complete: boolean;
};

function stepsOf(scenario: Scenario): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    for (const option of node.options) {
      steps.set(`${nodeId} ${option.id}`, {
        move: option.move,
        family: effectiveFamily(option.move, node.nonNegotiable !== undefined),
      });
    }
  }
  return steps;
}

/** Listening, insistence, reflections, questions, complex reflections so far. */
type Counts = readonly [number, number, number, number, number];

/**
 * Each count fits in five bits (a path is at most MAX_PATH_TURNS < 32 turns long), so the five
 * pack into one number, and a (state, counts) pair into another: the search remembers hundreds of
 * thousands of them, and numbers are far cheaper to build and hash than strings.
 */
const COUNT_BITS = 5;
const BASE = 2 ** COUNT_BITS;
const PACKED_COUNTS = BASE ** 5;

/** What a step adds to the packed counts. */
function stepIncrement(step: Step | undefined, listeningOnly: boolean): number {
  if (!step) return 0;
  const move = step.move;
  const reflection =
    move === 'simple-reflection' || move === 'complex-reflection' || move === 'summarize';
  const question = move === 'open-question' || move === 'closed-question';
  let increment = (step.family === 'listening' ? 1 : 0) + (step.family === 'insistence' ? BASE : 0);
  if (listeningOnly) return increment;
  if (reflection) increment += BASE ** 2;
  if (question) increment += BASE ** 3;
  if (move === 'complex-reflection') increment += BASE ** 4;
  return increment;
}

function unpack(packed: number): Counts {
  const at = (i: number): number => Math.floor(packed / BASE ** i) % BASE;
  return [at(0), at(1), at(2), at(3), at(4)];
}

function meetsGoodMiti(counts: Counts, good: number): boolean {
  const [l, i, r, q, c] = counts;
  const complex = r === 0 ? null : c / r;
  const listening = l + i === 0 ? null : l / (l + i);
  return (
    reflectionToQuestionBand(r, q) === 'good' &&
    bandOf(complex, MITI_COMPLEX_REFLECTIONS.fair, MITI_COMPLEX_REFLECTIONS.good) === 'good' &&
    listening !== null &&
    listening >= good
  );
}

type Entry = {
  readonly state: number;
  readonly counts: number;
  readonly parent: number;
  readonly option: string;
  readonly turns: number;
};

type Search = {
  readonly entries: readonly Entry[];
  readonly found: number;
  readonly complete: boolean;
};

/**
 * The explored states by number, each edge with its target's number and what it adds: to the
 * listening counts alone, and to every count.
 */
type IndexedGraph = {
  readonly states: readonly ExploredState[];
  readonly edges: readonly (readonly {
    option: string;
    to: number;
    listening: number;
    all: number;
  }[])[];
};

function indexGraph(
  graph: StateGraph,
  canEnd: ReadonlySet<string>,
  steps: ReadonlyMap<string, Step>,
): IndexedGraph {
  const numbers = new Map<string, number>();
  const states = [...graph.states.values()];
  states.forEach((state, i) => {
    numbers.set(state.key, i);
  });
  const edges = states.map((state) =>
    state.edges.flatMap((edge) => {
      const to = numbers.get(edge.to);
      // Paths that can never finish score nothing; following them only burns the budget.
      if (to === undefined || !canEnd.has(edge.to)) return [];
      const step = steps.get(`${state.at} ${edge.option}`);
      return [
        {
          option: edge.option,
          to,
          listening: stepIncrement(step, true),
          all: stepIncrement(step, false),
        },
      ];
    }),
  );
  return { states, edges };
}

/**
 * A breadth-first search over (state, running counts): the counts make the figures exact per
 * path, and remembering each (state, counts) pair once keeps loops and shared tails cheap.
 * `listeningOnly` drops the MITI counts, so paths that differ only there are searched once.
 * Stops at the first ending for which `found` says yes.
 */
function searchCounts(
  graph: StateGraph,
  indexed: IndexedGraph,
  listeningOnly: boolean,
  budget: number,
  atEnding: (state: ExploredState, counts: Counts) => boolean,
): Search {
  const start = indexed.states.findIndex((state) => state.key === graph.start);
  const entries: Entry[] = [{ state: start, counts: 0, parent: -1, option: '', turns: 0 }];
  const seen = new Set<number>([start * PACKED_COUNTS]);
  let complete = graph.complete;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Entry;
    const state = indexed.states[entry.state];
    if (!state) continue;
    if (state.ending) {
      if (atEnding(state, unpack(entry.counts))) return { entries, found: index, complete };
      continue;
    }
    if (entry.turns >= MAX_PATH_TURNS) continue;
    for (const edge of indexed.edges[entry.state] ?? []) {
      const counts = entry.counts + (listeningOnly ? edge.listening : edge.all);
      const key = edge.to * PACKED_COUNTS + counts;
      if (seen.has(key)) continue;
      if (seen.size >= budget) {
        complete = false;
        break;
      }
      seen.add(key);
      entries.push({
        state: edge.to,
        counts,
        parent: index,
        option: edge.option,
        turns: entry.turns + 1,
      });
    }
  }
  return { entries, found: -1, complete };
}

function choicesTo(search: Search): string[] | null {
  if (search.found < 0) return null;
  const path: string[] = [];
  for (let at = search.found; at > 0; at = (search.entries[at] as Entry).parent) {
    path.push((search.entries[at] as Entry).option);
  }
  return path.reverse();
}

/** The listening-ratio extremes at an ending, and the shortest path at the good MITI thresholds. */
export function searchPathFigures(
  scenario: Scenario,
  graph: StateGraph,
  canEnd: ReadonlySet<string>,
  budget: number = DEFAULT_PATH_BUDGET,
): PathFigures {
  const indexed = indexGraph(graph, canEnd, stepsOf(scenario));
  let best: number | null = null;
  let worst: number | null = null;
  const listening = searchCounts(graph, indexed, true, budget, (_, [l, i]) => {
    if (l + i > 0) {
      const ratio = l / (l + i);
      best = best === null ? ratio : Math.max(best, ratio);
      worst = worst === null ? ratio : Math.min(worst, ratio);
    }
    return false;
  });
  const good = searchCounts(
    graph,
    indexed,
    false,
    budget,
    (state, counts) =>
      scenario.endings[state.at]?.outcome === 'breakthrough' &&
      meetsGoodMiti(counts, scenario.bands.good),
  );
  const goodMitiPath = choicesTo(good);
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
  const parents = new Map<string, { from: string; option: string }>();
  const seen = new Set<string>([graph.start]);
  const queue = [graph.start];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    const state = graph.states.get(key);
    if (!state) continue;
    if (state.ending && scenario.endings[state.at]?.outcome === 'breakthrough') {
      const path: string[] = [];
      for (let at = key, parent = parents.get(at); parent; parent = parents.get(at)) {
        path.push(parent.option);
        at = parent.from;
      }
      return { ending: state.at, path: path.reverse() };
    }
    for (const edge of state.edges) {
      if (steps.get(`${state.at} ${edge.option}`)?.family !== 'insistence' || seen.has(edge.to))
        continue;
      seen.add(edge.to);
      parents.set(edge.to, { from: key, option: edge.option });
      queue.push(edge.to);
    }
  }
  return null;
}

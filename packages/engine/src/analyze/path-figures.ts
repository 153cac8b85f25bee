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
import { idAt, isEnding, type StateGraph } from './explore.js';
import { GrowingInt32 } from './growing.js';

/** Paths (state and running counts) searched for per-path figures before the search gives up. */
export const DEFAULT_PATH_BUDGET = 10_000_000;
/**
 * The per-path figures cover conversations of up to this many turns: a workshop conversation
 * is far shorter, and a loop the learner can circle forever would otherwise never end the search.
 */
export const MAX_PATH_TURNS = 30;

type Step = {
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
  /** Whether the listening-ratio extremes cover every path (else they are null). */
  readonly listeningDecided: boolean;
  /** Whether a good-MITI path was found or every path was searched for one. */
  readonly goodMitiDecided: boolean;
  /** Whether the search for a good-MITI path left paths longer than MAX_PATH_TURNS unscored. */
  readonly cutAtTurns: boolean;
};

/** Per plan number (the resolver's: every option of every node, in file order), its step. */
function stepsOf(scenario: Scenario): Step[] {
  const steps: Step[] = [];
  for (const node of Object.values(scenario.nodes)) {
    for (const option of node.options) {
      steps.push({
        move: option.move,
        codes: codesOf(option),
        family: effectiveFamily(option.move, node.nonNegotiable !== undefined),
      });
    }
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

/** The (state, counts) pairs the search met, in the order it met them, in typed arrays. */
type Search = {
  /** Per pair, the pair it was reached from (-1 for the start) and the edge taken (-1 likewise). */
  readonly parent: Int32Array;
  readonly edge: Int32Array;
  /** The pair at the ending the search stopped at; -1 when it did not stop at one. */
  readonly found: number;
  readonly complete: boolean;
  /** Whether some path went on past MAX_PATH_TURNS, unscored. */
  readonly cut: boolean;
};

/**
 * The edges worth following, by state number, laid out flat: those of state `s` are at `first[s]`
 * up to `first[s + 1]`, each with its target, its option's plan, and what it adds to the
 * listening counts alone and to every count. Worked out once for both searches.
 */
type FollowedEdges = {
  readonly first: Int32Array;
  readonly to: Int32Array;
  readonly plan: Int32Array;
  readonly listening: Int32Array;
  readonly all: Int32Array;
};

function followedEdges(
  graph: StateGraph,
  canEnd: Uint8Array,
  steps: readonly Step[],
): FollowedEdges {
  const listeningOf = Int32Array.from(steps, (step) => stepIncrement(step, true));
  const allOf = Int32Array.from(steps, (step) => stepIncrement(step, false));
  const { count } = graph;
  const first = new Int32Array(count + 1);
  let kept = 0;
  for (let e = 0; e < (graph.first[count] as number); e++)
    if (canEnd[graph.to[e] as number]) kept++;
  const to = new Int32Array(kept);
  const plan = new Int32Array(kept);
  const listening = new Int32Array(kept);
  const all = new Int32Array(kept);
  let n = 0;
  for (let s = 0; s < count; s++) {
    const end = graph.first[s + 1] as number;
    for (let e = graph.first[s] as number; e < end; e++) {
      const target = graph.to[e] as number;
      // Paths that can never finish score nothing; following them only burns the budget.
      if (!canEnd[target]) continue;
      const p = graph.plan[e] as number;
      to[n] = target;
      plan[n] = p;
      listening[n] = listeningOf[p] ?? 0;
      all[n] = allOf[p] ?? 0;
      n++;
    }
    first[s + 1] = n;
  }
  return { first, to, plan, listening, all };
}

/**
 * A breadth-first search over (state, running counts): the counts make the figures exact per
 * path, and remembering each (state, counts) pair once keeps loops and shared tails cheap. The
 * pairs are kept in typed arrays and found again through an open-addressed table of pair numbers.
 * `listeningOnly` drops the MITI counts, so paths that differ only there are searched once.
 * Stops at the first ending for which `atEnding` says yes.
 */
function searchCounts(
  graph: StateGraph,
  edges: FollowedEdges,
  listeningOnly: boolean,
  budget: number,
  atEnding: (state: number, counts: number) => boolean,
): Search {
  const states = new GrowingInt32();
  const counts = new GrowingInt32();
  const parent = new GrowingInt32();
  const edge = new GrowingInt32();
  let slots = new Int32Array(1 << 12).fill(-1);
  let mask = slots.length - 1;
  const hash = (state: number, packed: number): number => {
    let h = Math.imul(state ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ packed, 0xcc9e2d51);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & mask;
  };
  const file = (pair: number) => {
    let slot = hash(states.get(pair), counts.get(pair));
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    slots[slot] = pair;
  };
  /** Adds the pair unless it was met already; false when it was. */
  const add = (state: number, packed: number, from: number, by: number): boolean => {
    let slot = hash(state, packed);
    for (; ; slot = (slot + 1) & mask) {
      const pair = slots[slot] as number;
      if (pair < 0) break;
      if (states.get(pair) === state && counts.get(pair) === packed) return false;
    }
    const pair = states.length;
    states.push(state);
    counts.push(packed);
    parent.push(from);
    edge.push(by);
    if (states.length * 2 > slots.length) {
      slots = new Int32Array(slots.length * 2).fill(-1);
      mask = slots.length - 1;
      for (let p = 0; p < states.length; p++) file(p);
    } else slots[slot] = pair;
    return true;
  };
  // From the start state, number 0, with nothing counted yet.
  add(0, 0, -1, -1);
  const adds = listeningOnly ? edges.listening : edges.all;
  let complete = graph.complete;
  let cut = false;
  const done = (found: number): Search => ({
    parent: parent.view(),
    edge: edge.view(),
    found,
    complete,
    cut,
  });
  // Breadth first, so the pairs are met a turn at a time: those before `turnEnd` are `turns` in.
  let turns = 0;
  let turnEnd = 1;
  for (let index = 0; index < states.length; index++) {
    if (index === turnEnd) {
      turns += 1;
      turnEnd = states.length;
    }
    const from = states.get(index);
    const packed = counts.get(index);
    if (isEnding(graph, from)) {
      if (atEnding(from, packed)) return done(index);
      continue;
    }
    if (turns >= MAX_PATH_TURNS) {
      if ((edges.first[from] as number) < (edges.first[from + 1] as number)) cut = true;
      continue;
    }
    const end = edges.first[from + 1] as number;
    for (let e = edges.first[from] as number; e < end; e++) {
      const next = packed + (adds[e] as number);
      if (states.length >= budget) {
        if (hasPair(edges.to[e] as number, next)) continue;
        complete = false;
        break;
      }
      add(edges.to[e] as number, next, index, e);
    }
  }
  return done(-1);

  function hasPair(state: number, packed: number): boolean {
    for (let slot = hash(state, packed); ; slot = (slot + 1) & mask) {
      const pair = slots[slot] as number;
      if (pair < 0) return false;
      if (states.get(pair) === state && counts.get(pair) === packed) return true;
    }
  }
}

function choicesTo(search: Search, edges: FollowedEdges, graph: StateGraph): string[] | null {
  if (search.found < 0) return null;
  const path: string[] = [];
  for (let at = search.found; at > 0; at = search.parent[at] as number) {
    path.push(graph.optionIds[edges.plan[search.edge[at] as number] as number] as string);
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
      scenario.endings[idAt(graph, state)]?.outcome === 'breakthrough' &&
      meetsGoodMiti(counts, scenario.bands.good),
  );
  const goodMitiPath = choicesTo(good, edges, graph);
  // A path found is proof enough; only a search for one that is missing must be complete.
  const goodMitiDecided = goodMitiPath !== null || good.complete;
  return {
    // Extremes over part of the paths are bounds, not figures: none is given.
    listeningRatio: listening.complete ? { best, worst } : { best: null, worst: null },
    goodMitiPath,
    complete: listening.complete && goodMitiDecided,
    listeningDecided: listening.complete,
    goodMitiDecided,
    cutAtTurns: good.cut,
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
  const insists = Uint8Array.from(stepsOf(scenario), (step) =>
    step.family === 'insistence' ? 1 : 0,
  );
  const { order, pathTo } = breadthFirst(graph, (_, e) => insists[graph.plan[e] as number] === 1);
  const win = order.find(
    (s) => isEnding(graph, s) && scenario.endings[idAt(graph, s)]?.outcome === 'breakthrough',
  );
  return win === undefined ? null : { ending: idAt(graph, win), path: pathTo(win) };
}

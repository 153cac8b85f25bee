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
 * What each plan adds to the listening counts alone and to every count, and which states can
 * still end: paths that can never finish score nothing, so their edges are not followed.
 */
type FollowedEdges = {
  readonly canEnd: Uint8Array;
  readonly listening: Int32Array;
  readonly all: Int32Array;
};

function followedEdges(canEnd: Uint8Array, steps: readonly Step[]): FollowedEdges {
  return {
    canEnd,
    listening: Int32Array.from(steps, (step) => stepIncrement(step, true)),
    all: Int32Array.from(steps, (step) => stepIncrement(step, false)),
  };
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
  // The pairs filed by one exact number, state × 2^25 + counts (the counts take 25 bits), with
  // the pair's number beside it: a look-up reads one place in memory.
  const EMPTY = -1;
  let entries = new Float64Array(2 << 12).fill(EMPTY);
  let mask = (entries.length >> 1) - 1;
  const hashOf = (k: number): number => {
    let h =
      Math.imul((k % 4294967296) | 0, 0x85ebca6b) ^ Math.imul((k / 4294967296) | 0, 0xcc9e2d51);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  };
  const keyOf = (state: number, packed: number): number => state * 2 ** 25 + packed;
  /** The slot of the pair, or -1 - the slot it would go in. */
  const slotOf = (k: number): number => {
    for (let slot = hashOf(k) & mask; ; slot = (slot + 1) & mask) {
      const found = entries[slot * 2] as number;
      if (found === EMPTY) return -1 - slot;
      if (found === k) return slot;
    }
  };
  const hasPair = (state: number, packed: number): boolean => slotOf(keyOf(state, packed)) >= 0;
  /** Adds the pair unless it was met already; false when it was. */
  const add = (state: number, packed: number, from: number, by: number): boolean => {
    const k = keyOf(state, packed);
    const slot = slotOf(k);
    if (slot >= 0) return false;
    const pair = states.length;
    states.push(state);
    counts.push(packed);
    parent.push(from);
    edge.push(by);
    entries[(-1 - slot) * 2] = k;
    entries[(-1 - slot) * 2 + 1] = pair;
    if (states.length * 2 > mask + 1) {
      const old = entries;
      entries = new Float64Array(old.length * 2).fill(EMPTY);
      mask = (entries.length >> 1) - 1;
      for (let i = 0; i < old.length; i += 2) {
        const known = old[i] as number;
        if (known === EMPTY) continue;
        let at = hashOf(known) & mask;
        while (entries[at * 2] !== EMPTY) at = (at + 1) & mask;
        entries[at * 2] = known;
        entries[at * 2 + 1] = old[i + 1] as number;
      }
    }
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
      for (let e = graph.first[from] as number; e < (graph.first[from + 1] as number); e++) {
        if (edges.canEnd[graph.to[e] as number]) cut = true;
      }
      continue;
    }
    const end = graph.first[from + 1] as number;
    for (let e = graph.first[from] as number; e < end; e++) {
      const target = graph.to[e] as number;
      if (!edges.canEnd[target]) continue;
      const next = packed + (adds[graph.plan[e] as number] as number);
      if (states.length >= budget) {
        if (hasPair(target, next)) continue;
        complete = false;
        break;
      }
      add(target, next, index, e);
    }
  }
  return done(-1);
}

function choicesTo(search: Search, graph: StateGraph): string[] | null {
  if (search.found < 0) return null;
  const path: string[] = [];
  for (let at = search.found; at > 0; at = search.parent[at] as number) {
    path.push(graph.optionIds[graph.plan[search.edge[at] as number] as number] as string);
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
  const edges = followedEdges(canEnd, stepsOf(scenario));
  let best: number | null = null;
  let worst: number | null = null;
  // Extremes over part of the states could only be bounds, never figures: over a walk the
  // budget stopped, the listening search is not run at all.
  const listening = graph.complete
    ? searchCounts(graph, edges, true, budget, (_, counts) => {
        const l = countAt(counts, 0);
        const i = countAt(counts, 1);
        if (l + i > 0) {
          const ratio = l / (l + i);
          best = best === null ? ratio : Math.max(best, ratio);
          worst = worst === null ? ratio : Math.min(worst, ratio);
        }
        return false;
      })
    : { complete: false };
  const good = searchCounts(
    graph,
    edges,
    false,
    budget,
    (state, counts) =>
      scenario.endings[idAt(graph, state)]?.outcome === 'breakthrough' &&
      meetsGoodMiti(counts, scenario.bands.good),
  );
  const goodMitiPath = choicesTo(good, graph);
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

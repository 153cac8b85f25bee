import { baseDelta } from '../compile/choice.js';
import { MOVE_IDS, type MoveId } from '../moves.js';
import type { Outcome, Scenario } from '../schema/index.js';
import { breadthFirst, type Scratch, scratchFor } from './breadth-first.js';
import { idAt, isEnding, type StateGraph } from './explore.js';

/**
 * How a probe's path stops: at an ending; going round a loop for ever; at a state where no option
 * is offered; or past the state limit, where the analysis did not look.
 */
export type ProbeEnd = 'ending' | 'loop' | 'dead-end' | 'unexplored';

/** What one blind strategy reaches, and the choices (option ids) on the way. */
export type PathProbe = {
  readonly ending: string | null;
  readonly outcome: Outcome | null;
  readonly end: ProbeEnd;
  readonly path: readonly string[];
};

/** Always the option in file position `position` among those offered (the last when fewer). */
export type PositionProbe = PathProbe & { readonly position: number };
/** The best a learner reaches who takes an option of `move` wherever one is offered. */
export type MoveProbe = PathProbe & {
  readonly move: MoveId;
  /** How many of the example path's choices are that move: the rest is the learner's pick. */
  readonly taken: number;
};
/**
 * The moves a learner who plays by kind takes wherever one is offered: any reflection (simple,
 * complex or a summary), the habit a listening course teaches first. (Not the whole listening
 * family: choosing between an open question, a reflection and an autonomy line by what was said
 * is the skill itself.)
 */
export const MOVE_KINDS = {
  reflection: ['simple-reflection', 'complex-reflection', 'summarize'],
} as const satisfies Record<string, readonly MoveId[]>;
export type MoveKind = keyof typeof MOVE_KINDS;
/** The best a learner reaches who takes a move of `kind` wherever one is offered. */
export type KindProbe = PathProbe & {
  readonly kind: MoveKind;
  /** How many of the example path's choices are of that kind: the rest is the learner's pick. */
  readonly taken: number;
};
/** Always the longest option, or always the one with the most second-person words. */
export type WordingProbe = PathProbe & { readonly rule: 'longest' | 'second-person' };

/** The chance of each ending class for a learner who picks uniformly among the options offered. */
export type RandomLearner = Readonly<Record<Outcome, number>> & {
  /** Never ends: caught in a loop or at a state with no option. */
  readonly unended: number;
  /** Went past the state limit, where the analysis did not look. */
  readonly unexplored: number;
  /** True when worked out exactly (a complete state graph without cycles), false when iterated. */
  readonly exact: boolean;
};

export type Probes = {
  readonly position: readonly PositionProbe[];
  readonly move: readonly MoveProbe[];
  readonly kind: readonly KindProbe[];
  readonly wording: readonly WordingProbe[];
  readonly random: RandomLearner;
  /** False when the state limit was hit: a strategy may do better beyond it. */
  readonly complete: boolean;
};

/** A moves "better than the engine's default" finding: the tell is in the effects. */
export type NumbersTell = {
  readonly move: MoveId;
  readonly better: number;
  readonly total: number;
  /** Where the first such option's effects are written. */
  readonly at: readonly (string | number)[];
};

const RANK: Readonly<Record<Outcome, number>> = {
  escalation: 0,
  stalemate: 1,
  partial: 2,
  breakthrough: 3,
};

/** The second-person words the wording probe counts, whole words, any case. */
const SECOND_PERSON = /\b(?:you(?:['’](?:re|ve|ll|d))?|yours|yourself|your)\b/gi;

export function secondPersonWords(text: string): number {
  return text.match(SECOND_PERSON)?.length ?? 0;
}

/** Per plan number (every option of every node, in file order): its move and its text. */
type OptionFacts = { readonly move: MoveId; readonly text: string };

function optionFacts(scenario: Scenario): OptionFacts[] {
  const facts: OptionFacts[] = [];
  for (const node of Object.values(scenario.nodes)) {
    for (const option of node.options) facts.push({ move: option.move, text: option.text });
  }
  return facts;
}

/**
 * Follows one deterministic rule from the start until an ending, a loop, a dead end or the
 * budget. `pick` gets the state's edges (in file order of their options, as the walk made them)
 * and returns one of them.
 */
function followRule(
  scenario: Scenario,
  graph: StateGraph,
  pick: (from: number, end: number) => number,
): PathProbe {
  const path: string[] = [];
  const visited = new Set<number>();
  let at = 0;
  for (;;) {
    if (isEnding(graph, at)) {
      const ending = idAt(graph, at);
      const outcome = scenario.endings[ending]?.outcome ?? null;
      return { ending, outcome, end: 'ending', path };
    }
    if (at >= graph.expanded) return { ending: null, outcome: null, end: 'unexplored', path };
    if (visited.has(at)) return { ending: null, outcome: null, end: 'loop', path };
    visited.add(at);
    const from = graph.first[at] as number;
    const end = graph.first[at + 1] as number;
    if (from === end) return { ending: null, outcome: null, end: 'dead-end', path };
    const edge = pick(from, end);
    path.push(graph.optionIds[graph.plan[edge] as number] as string);
    at = graph.to[edge] as number;
  }
}

/** Per state, the moves on offer as bits (MOVE_IDS order). */
function movesOffered(graph: StateGraph, moveBit: Int32Array): Int32Array {
  const offered = new Int32Array(graph.count);
  for (let s = 0; s < graph.count; s++) {
    let bits = 0;
    const end = graph.first[s + 1] as number;
    for (let e = graph.first[s] as number; e < end; e++)
      bits |= moveBit[graph.plan[e] as number] as number;
    offered[s] = bits;
  }
  return offered;
}

/** The best a learner reaches who takes a move of the set (bits in MOVE_IDS order) wherever one is offered. */
function setProbe(
  scenario: Scenario,
  graph: StateGraph,
  offered: Int32Array,
  moveBit: Int32Array,
  bit: number,
  scratch: Scratch,
): PathProbe & { readonly taken: number } {
  const isMove = (e: number) => ((moveBit[graph.plan[e] as number] as number) & bit) !== 0;
  const { order, pathTo, parent, parentEdge } = breadthFirst(
    graph,
    (s, e) => ((offered[s] as number) & bit) === 0 || isMove(e),
    scratch,
  );
  let best = -1;
  let bestRank = -1;
  let unexplored = false;
  let deadEnd = false;
  for (const s of order) {
    const ending = isEnding(graph, s);
    if (!ending && s >= graph.expanded) unexplored = true;
    else if (!ending && graph.first[s] === graph.first[s + 1]) deadEnd = true;
    if (!ending) continue;
    const outcome = scenario.endings[idAt(graph, s)]?.outcome;
    // Breadth first: the first state met with the best outcome has the fewest choices.
    if (outcome && RANK[outcome] > bestRank) {
      best = s;
      bestRank = RANK[outcome];
    }
  }
  if (best < 0) {
    const end: ProbeEnd = unexplored ? 'unexplored' : deadEnd ? 'dead-end' : 'loop';
    return { taken: 0, ending: null, outcome: null, end, path: [] };
  }
  const ending = idAt(graph, best);
  const outcome = scenario.endings[ending]?.outcome ?? null;
  // The choices along the example path that were that move.
  let taken = 0;
  for (let at = best; (parentEdge[at] as number) >= 0; at = parent[at] as number) {
    if (isMove(parentEdge[at] as number)) taken += 1;
  }
  return { taken, ending, outcome, end: 'ending', path: pathTo(best) };
}

/** Mass left moving below this is taken as settled; sweeps stop after MAX_SWEEPS regardless. */
const SETTLED = 1e-12;
const MAX_SWEEPS = 10_000;

/**
 * The random learner's odds. Probability mass starts at the start state and is pushed along every
 * offered option in equal shares; it settles at endings, at dead ends, at states from which no
 * ending can be reached (unended), and at states past the budget (unexplored). Without cycles one
 * pass in topological order is exact; with cycles the passes repeat until the mass still moving
 * is negligible, (what is left when they are cut off counts as unended).
 *
 * The pass in topological order pushes each state's mass as Kahn's algorithm takes the state,
 * reading its edges once for both; only when a cycle stops the order part way is everything
 * started over with sweeps. The sums are made in the same order as by a separate order and pass.
 */
export function randomLearner(
  scenario: Scenario,
  graph: StateGraph,
  canEnd: Uint8Array,
): RandomLearner {
  const { count, first, to } = graph;
  const settled: Record<Outcome | 'unended' | 'unexplored', number> = {
    breakthrough: 0,
    partial: 0,
    stalemate: 0,
    escalation: 0,
    unended: 0,
    unexplored: 0,
  };
  // Per id number, the outcome of an ending there.
  const outcomeAt = graph.ids.map((id) =>
    Object.hasOwn(scenario.endings, id) ? scenario.endings[id]?.outcome : undefined,
  );
  const mass = new Float64Array(count);
  mass[0] = 1;
  /** Settles amount at s when s is an ending, a dead end, unended or unexplored; says whether. */
  const settles = (s: number, amount: number): boolean => {
    if (isEnding(graph, s)) {
      const outcome = outcomeAt[graph.at[s] as number];
      if (outcome) settled[outcome] += amount;
      else settled.unended += amount;
      return true;
    }
    if (s >= graph.expanded) {
      settled.unexplored += amount;
      return true;
    }
    if (first[s] === first[s + 1] || !canEnd[s]) {
      settled.unended += amount;
      return true;
    }
    return false;
  };
  /** Takes the mass at a state: settles it there, or pushes it on. Returns the mass pushed on. */
  const push = (s: number): number => {
    const amount = mass[s] as number;
    if (amount === 0) return 0;
    mass[s] = 0;
    if (settles(s, amount)) return 0;
    const from = first[s] as number;
    const end = first[s + 1] as number;
    const share = amount / (end - from);
    for (let e = from; e < end; e++) {
      const target = to[e] as number;
      mass[target] = (mass[target] as number) + share;
    }
    return amount;
  };

  // Kahn's algorithm, each state pushed as it is taken.
  const incoming = new Int32Array(count);
  const edges = first[count] as number;
  for (let e = 0; e < edges; e++) {
    const target = to[e] as number;
    incoming[target] = (incoming[target] as number) + 1;
  }
  const queue = new Int32Array(count);
  let tail = 0;
  for (let s = 0; s < count; s++) if (incoming[s] === 0) queue[tail++] = s;
  for (let i = 0; i < tail; i++) {
    const s = queue[i] as number;
    const from = first[s] as number;
    const end = first[s + 1] as number;
    const amount = mass[s] as number;
    let share = 0;
    if (amount !== 0) {
      mass[s] = 0;
      if (!settles(s, amount)) share = amount / (end - from);
    }
    for (let e = from; e < end; e++) {
      const target = to[e] as number;
      if (share !== 0) mass[target] = (mass[target] as number) + share;
      incoming[target] = (incoming[target] as number) - 1;
      if (incoming[target] === 0) queue[tail++] = target;
    }
  }
  const ordered = tail === count;
  if (!ordered) {
    // A cycle: start over.
    mass.fill(0);
    mass[0] = 1;
    for (const key of Object.keys(settled) as (keyof typeof settled)[]) settled[key] = 0;
    let moving = 1;
    for (let sweep = 0; sweep < MAX_SWEEPS && moving >= SETTLED; sweep++) {
      moving = 0;
      // In the walk's order, fewest turns first, so most mass goes all the way in one sweep.
      for (let s = 0; s < count; s++) moving += push(s);
    }
    // Converged, the mass still moving is negligible; cut off early, it counts as unended.
    if (moving >= SETTLED) for (let s = 0; s < count; s++) settled.unended += mass[s] as number;
  }
  return { ...settled, exact: ordered && graph.complete };
}

/** Every blind-strategy probe over the walked state graph. */
export function probeStrategies(scenario: Scenario, graph: StateGraph, canEnd: Uint8Array): Probes {
  const facts = optionFacts(scenario);
  const textOf = (e: number) => (facts[graph.plan[e] as number] as OptionFacts).text;
  const maxOptions = Math.max(0, ...Object.values(scenario.nodes).map((n) => n.options.length));
  const position: PositionProbe[] = [];
  for (let k = 1; k <= maxOptions; k++) {
    const probe = followRule(scenario, graph, (from, end) => from + Math.min(k, end - from) - 1);
    position.push({ position: k, ...probe });
  }
  const used = new Set(Object.values(scenario.nodes).flatMap((n) => n.options.map((o) => o.move)));
  const moveBit = Int32Array.from(facts, (fact) => 1 << MOVE_IDS.indexOf(fact.move));
  const offered = movesOffered(graph, moveBit);
  // Each move's walk is done with before the next starts: they share one set of arrays.
  const scratch = scratchFor(graph);
  const bitOf = (moves: readonly MoveId[]) =>
    moves.reduce((bits, id) => bits | (1 << MOVE_IDS.indexOf(id)), 0);
  const move = MOVE_IDS.filter((id) => used.has(id)).map(
    (id): MoveProbe => ({
      move: id,
      ...setProbe(scenario, graph, offered, moveBit, bitOf([id]), scratch),
    }),
  );
  const kind = (Object.keys(MOVE_KINDS) as MoveKind[]).map(
    (id): KindProbe => ({
      kind: id,
      ...setProbe(scenario, graph, offered, moveBit, bitOf(MOVE_KINDS[id]), scratch),
    }),
  );
  const longest = followRule(scenario, graph, (from, end) => {
    let best = from;
    for (let e = from; e < end; e++) if (textOf(e).length > textOf(best).length) best = e;
    return best;
  });
  const secondPerson = followRule(scenario, graph, (from, end) => {
    let best = from;
    let bestCount = secondPersonWords(textOf(best));
    for (let e = from; e < end; e++) {
      const words = secondPersonWords(textOf(e));
      if (words > bestCount || (words === bestCount && textOf(e).length > textOf(best).length)) {
        best = e;
        bestCount = words;
      }
    }
    return best;
  });
  return {
    position,
    move,
    kind,
    wording: [
      { rule: 'longest', ...longest },
      { rule: 'second-person', ...secondPerson },
    ],
    random: randomLearner(scenario, graph, canEnd),
    complete: graph.complete,
  };
}

/** The cost of a meter change for the learner's purposes: resistance up is bad, trust up good. */
const cost = (delta: Readonly<Record<string, number>>): number =>
  (delta.resistance ?? 0) - (delta.trust ?? 0);

/**
 * Moves whose options carry effects better than the engine's defaults more often than not: a
 * learner who reads the numbers (or learns which move pays) wins without the skill.
 */
export function numbersTells(scenario: Scenario): NumbersTell[] {
  const byMove = new Map<
    MoveId,
    { total: number; withEffects: number; better: number; at: (string | number)[] | null }
  >();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.options.forEach((option, i) => {
      const entry = byMove.get(option.move) ?? { total: 0, withEffects: 0, better: 0, at: null };
      byMove.set(option.move, entry);
      entry.total += 1;
      if (!option.effects || Object.keys(option.effects).length === 0) return;
      entry.withEffects += 1;
      const own = baseDelta(scenario, node, option).delta;
      const plain = baseDelta(scenario, node, { ...option, effects: undefined }).delta;
      if (cost(own) < cost(plain)) {
        entry.better += 1;
        entry.at ??= ['nodes', nodeId, 'options', i, 'effects'];
      }
    });
  }
  const tells: NumbersTell[] = [];
  for (const move of MOVE_IDS) {
    const entry = byMove.get(move);
    if (!entry || entry.withEffects < 3 || entry.better * 2 <= entry.total || !entry.at) continue;
    tells.push({ move, better: entry.better, total: entry.total, at: entry.at });
  }
  return tells;
}

/** How a strategy is named in warnings and in the check table. */
export function strategyLabel(probe: PositionProbe | MoveProbe | KindProbe | WordingProbe): string {
  if ('position' in probe) return `always option ${probe.position} in file order`;
  if ('move' in probe) return `always ${probe.move} when offered`;
  if ('kind' in probe) return 'always a reflection (simple, complex or a summary) when offered';
  return probe.rule === 'longest'
    ? 'always the longest option'
    : 'always the most second-person words';
}

import { baseDelta } from '../compile/choice.js';
import { MOVE_IDS, type MoveId } from '../moves.js';
import type { Outcome, Scenario } from '../schema/index.js';
import { breadthFirst } from './breadth-first.js';
import type { ExploredState, StateGraph } from './explore.js';

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

type OptionFacts = { readonly index: number; readonly move: MoveId; readonly text: string };

function optionFacts(scenario: Scenario): Map<string, Map<string, OptionFacts>> {
  const facts = new Map<string, Map<string, OptionFacts>>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const options = new Map<string, OptionFacts>();
    node.options.forEach((option, index) => {
      if (!options.has(option.id))
        options.set(option.id, { index, move: option.move, text: option.text });
    });
    facts.set(nodeId, options);
  }
  return facts;
}

type Edge = ExploredState['edges'][number];

/** A state's edges in file order of their options. */
function edgesInFileOrder(
  state: ExploredState,
  facts: Map<string, Map<string, OptionFacts>>,
): { edge: Edge; option: OptionFacts }[] {
  const options = facts.get(state.at);
  return state.edges
    .map((edge) => ({ edge, option: options?.get(edge.option) as OptionFacts }))
    .filter((entry) => entry.option !== undefined)
    .sort((a, b) => a.option.index - b.option.index);
}

/** Follows one deterministic rule from the start until an ending, a loop, a dead end or the limit. */
function followRule(
  scenario: Scenario,
  graph: StateGraph,
  facts: Map<string, Map<string, OptionFacts>>,
  pick: (offered: readonly { edge: Edge; option: OptionFacts }[]) => Edge,
): PathProbe {
  const path: string[] = [];
  const visited = new Uint8Array(graph.states.length);
  let at = 0;
  for (;;) {
    const state = graph.states[at] as ExploredState;
    if (state.ending) {
      const outcome = scenario.endings[state.at]?.outcome ?? null;
      return { ending: state.at, outcome, end: 'ending', path };
    }
    if (!state.expanded) return { ending: null, outcome: null, end: 'unexplored', path };
    if (visited[at]) return { ending: null, outcome: null, end: 'loop', path };
    visited[at] = 1;
    const offered = edgesInFileOrder(state, facts);
    if (offered.length === 0) return { ending: null, outcome: null, end: 'dead-end', path };
    const edge = pick(offered);
    path.push(edge.option);
    at = edge.to;
  }
}

/** Per state, the moves on offer, and the move of an option there: looked up once for every move. */
type EdgeMoves = {
  readonly offered: readonly ReadonlySet<MoveId>[];
  readonly at: (state: ExploredState, option: string) => MoveId | undefined;
};

function edgeMoves(graph: StateGraph, facts: Map<string, Map<string, OptionFacts>>): EdgeMoves {
  const offered = graph.states.map((state) => {
    const options = facts.get(state.at);
    const moves = new Set<MoveId>();
    for (const edge of state.edges) {
      const move = options?.get(edge.option)?.move;
      if (move) moves.add(move);
    }
    return moves;
  });
  return { offered, at: (state, option) => facts.get(state.at)?.get(option)?.move };
}

/** The best a learner reaches who takes a move of `set` wherever one is offered. */
function setProbe(
  scenario: Scenario,
  graph: StateGraph,
  moves: EdgeMoves,
  set: ReadonlySet<MoveId>,
): PathProbe & { readonly taken: number } {
  const inSet = (state: ExploredState, option: string) => {
    const move = moves.at(state, option);
    return move !== undefined && set.has(move);
  };
  const offersSet = new Uint8Array(graph.states.length);
  for (const state of graph.states) {
    const offered = moves.offered[state.index];
    if (offered && [...offered].some((move) => set.has(move))) offersSet[state.index] = 1;
  }
  const { order, pathTo } = breadthFirst(
    graph,
    (state, option) => !offersSet[state.index] || inSet(state, option),
  );
  let best: ExploredState | null = null;
  let bestRank = -1;
  let unexplored = false;
  let deadEnd = false;
  for (const state of order) {
    if (!state.expanded && !state.ending) unexplored = true;
    else if (!state.ending && state.edges.length === 0) deadEnd = true;
    if (!state.ending) continue;
    const outcome = scenario.endings[state.at]?.outcome;
    // Breadth first: the first state met with the best outcome has the fewest choices.
    if (outcome && RANK[outcome] > bestRank) {
      best = state;
      bestRank = RANK[outcome];
    }
  }
  if (!best) {
    const end: ProbeEnd = unexplored ? 'unexplored' : deadEnd ? 'dead-end' : 'loop';
    return { taken: 0, ending: null, outcome: null, end, path: [] };
  }
  const outcome = scenario.endings[best.at]?.outcome ?? null;
  // The choices along the example path that were of the set.
  const path = pathTo(best.index);
  let taken = 0;
  let at = 0;
  for (const option of path) {
    const state = graph.states[at] as ExploredState;
    if (inSet(state, option)) taken += 1;
    at = state.edges.find((edge) => edge.option === option)?.to ?? at;
  }
  return { taken, ending: best.at, outcome, end: 'ending', path };
}

/** States in an order where every edge goes forward, or null when the graph has a cycle. */
function topologicalOrder(graph: StateGraph): number[] | null {
  const count = graph.states.length;
  const incoming = new Int32Array(count);
  for (const state of graph.states)
    for (const edge of state.edges) incoming[edge.to] = (incoming[edge.to] as number) + 1;
  const order: number[] = [];
  for (let s = 0; s < count; s++) if (incoming[s] === 0) order.push(s);
  for (let i = 0; i < order.length; i++) {
    for (const edge of (graph.states[order[i] as number] as ExploredState).edges) {
      const left = (incoming[edge.to] as number) - 1;
      incoming[edge.to] = left;
      if (left === 0) order.push(edge.to);
    }
  }
  return order.length === count ? order : null;
}

/** Mass left moving below this is taken as settled; sweeps stop after MAX_SWEEPS regardless. */
const SETTLED = 1e-12;
const MAX_SWEEPS = 10_000;

/**
 * The random learner's odds. Probability mass starts at the start state and is pushed along every
 * offered option in equal shares; it settles at endings, at dead ends, at states from which no
 * ending can be reached (unended), and at states past the limit (unexplored). Without cycles one
 * pass in topological order is exact; with cycles the passes repeat until the mass still moving
 * is negligible, (what is left when they are cut off counts as unended).
 */
export function randomLearner(
  scenario: Scenario,
  graph: StateGraph,
  canEnd: Uint8Array,
): RandomLearner {
  const count = graph.states.length;
  const settled: Record<Outcome | 'unended' | 'unexplored', number> = {
    breakthrough: 0,
    partial: 0,
    stalemate: 0,
    escalation: 0,
    unended: 0,
    unexplored: 0,
  };
  const mass = new Float64Array(count);
  mass[0] = 1;
  /** Takes the mass at a state: settles it there, or pushes it on. Returns the mass pushed on. */
  const push = (s: number): number => {
    const amount = mass[s] as number;
    if (amount === 0) return 0;
    mass[s] = 0;
    const state = graph.states[s] as ExploredState;
    if (state.ending) {
      const outcome = scenario.endings[state.at]?.outcome;
      if (outcome) settled[outcome] += amount;
      else settled.unended += amount;
      return 0;
    }
    if (!state.expanded) {
      settled.unexplored += amount;
      return 0;
    }
    if (state.edges.length === 0 || !canEnd[s]) {
      settled.unended += amount;
      return 0;
    }
    const share = amount / state.edges.length;
    for (const edge of state.edges) mass[edge.to] = (mass[edge.to] as number) + share;
    return amount;
  };
  const order = topologicalOrder(graph);
  if (order) {
    for (const s of order) push(s);
  } else {
    let moving = 1;
    for (let sweep = 0; sweep < MAX_SWEEPS && moving >= SETTLED; sweep++) {
      moving = 0;
      // In the walk's order, fewest turns first, so most mass goes all the way in one sweep.
      for (let s = 0; s < count; s++) moving += push(s);
    }
    // Converged, the mass still moving is negligible; cut off early, it counts as unended.
    if (moving >= SETTLED) for (let s = 0; s < count; s++) settled.unended += mass[s] as number;
  }
  return { ...settled, exact: order !== null && graph.complete };
}

/** Every blind-strategy probe over the explored state graph. */
export function probeStrategies(scenario: Scenario, graph: StateGraph, canEnd: Uint8Array): Probes {
  const facts = optionFacts(scenario);
  const maxOptions = Math.max(0, ...Object.values(scenario.nodes).map((n) => n.options.length));
  const position: PositionProbe[] = [];
  for (let k = 1; k <= maxOptions; k++) {
    const probe = followRule(
      scenario,
      graph,
      facts,
      (offered) => (offered[Math.min(k, offered.length) - 1] as (typeof offered)[number]).edge,
    );
    position.push({ position: k, ...probe });
  }
  const used = new Set(Object.values(scenario.nodes).flatMap((n) => n.options.map((o) => o.move)));
  const moves = edgeMoves(graph, facts);
  const move = MOVE_IDS.filter((id) => used.has(id)).map(
    (id): MoveProbe => ({ move: id, ...setProbe(scenario, graph, moves, new Set([id])) }),
  );
  const kind = (Object.keys(MOVE_KINDS) as MoveKind[]).map(
    (id): KindProbe => ({ kind: id, ...setProbe(scenario, graph, moves, new Set(MOVE_KINDS[id])) }),
  );
  const longest = followRule(scenario, graph, facts, (offered) => {
    let best = offered[0] as (typeof offered)[number];
    for (const entry of offered)
      if (entry.option.text.length > best.option.text.length) best = entry;
    return best.edge;
  });
  const secondPerson = followRule(scenario, graph, facts, (offered) => {
    let best = offered[0] as (typeof offered)[number];
    let bestCount = secondPersonWords(best.option.text);
    for (const entry of offered) {
      const words = secondPersonWords(entry.option.text);
      if (
        words > bestCount ||
        (words === bestCount && entry.option.text.length > best.option.text.length)
      ) {
        best = entry;
        bestCount = words;
      }
    }
    return best.edge;
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

import { fromTransition } from 'xstate';
import type { ChooseEvent } from '../compile/index.js';
import { initialMeters, meterNames, startNode } from '../compile/index.js';
import { DEFAULT_METER_START } from '../compile/meters.js';
import { type ChoiceResolver, createChoiceResolver } from '../compile/resolver.js';
import type { Condition, Scenario, Talk } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { GrowingInt32 } from './growing.js';

/**
 * Reachable (node, meters) states the walk takes before it stops and the check names what it
 * could not decide. A state costs about 50 bytes while it is walked (its node, meters, parent
 * and three edges) and as much again for the questions asked of it afterwards: some 300 MB
 * here, and about a microsecond a state. The bundled scenarios need under 6,000; a generated
 * 2,000-node scenario with two meters read needs 2.58 million.
 */
export const DEFAULT_STATE_BUDGET = 3_000_000;

/**
 * The reachable (node, meters) states, packed: per state a number for where it is and one byte
 * per meter, per edge the state it leads to and the option (its plan number) taken. States are
 * numbered in the order the walk met them, fewest turns first: the start state is number 0.
 */
export type StateGraph = {
  /** States met. */
  readonly count: number;
  /** States numbered below this had their choices followed; the rest were met past the budget. */
  readonly expanded: number;
  /** False when the budget stopped the walk: what is missing may still be reachable. */
  readonly complete: boolean;
  /** Node ids, then ending ids, then any target that is neither (a dead end if ever reached). */
  readonly ids: readonly string[];
  /** Per id number, 1 for an ending. */
  readonly endingIds: Uint8Array;
  /** Per state, the number of its node or ending in `ids`. */
  readonly at: Int32Array;
  /** The meters in the order `values` holds them. */
  readonly meterNames: readonly string[];
  /** Per state, its meter values: `meterNames.length` bytes each, 0 to 100. */
  readonly values: Uint8Array;
  /** The edges of state `s` are numbered `first[s]` up to `first[s + 1]`, in file order. */
  readonly first: Int32Array;
  readonly to: Int32Array;
  /** Per edge, the plan (resolver numbering) of the option taken. */
  readonly plan: Int32Array;
  /** Per plan, the option id. */
  readonly optionIds: readonly string[];
  /**
   * Per state, the state it was first reached from (-1 for the start); the edge it came by is
   * that state's first edge to it (`pathTo`).
   */
  readonly parent: Int32Array;
  /**
   * Meters no condition, ending or reactance reads: states that differ only there behave alike,
   * so the walk keeps one of them (with the values its own path gives).
   */
  readonly merged: readonly string[];
};

export type ExploreOptions = {
  /** States to walk before stopping (see DEFAULT_STATE_BUDGET). */
  readonly budget?: number;
  /**
   * How states are found again: the first that fits of a dense table per node, a hash table
   * per node, one hash table. Tests name one, to check that each finds the same states.
   */
  readonly table?: 'dense' | 'node' | 'hash';
};

/** Where a conversation stands: the node or ending it is at, the meters, and both as one key. */
type Moment = { readonly at: string; readonly meters: Meters; readonly key: string };

/**
 * The conversation as XState actor logic made from its transition function alone: the same
 * choice resolver the compiled machine's guards and actions call, without the machine's
 * snapshots. Property tests check that it goes where the machine goes, and that the packed walk
 * below finds exactly the states @xstate/graph finds over it.
 */
export function conversationLogic(scenario: Scenario, resolver = createChoiceResolver(scenario)) {
  const names = meterNames(scenario);
  const moment = (at: string, meters: Meters): Moment => {
    let key = at;
    for (const name of names) key += `|${meters[name]}`;
    return { at, meters, key };
  };
  return fromTransition(
    (current: Moment, event: ChooseEvent): Moment => {
      const outcome = resolver.resolve(current.at, event.option, current.meters);
      return outcome ? moment(outcome.target, outcome.after) : current;
    },
    moment(startNode(scenario), initialMeters(scenario)),
  );
}

/** A condition over packed meters: per range, the meter's place, lowest and highest value. */
export type PackedTest = {
  readonly never: boolean;
  readonly place: Int32Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
};

/** The same test as `compileCondition`; a meter the scenario lacks reads as its default start. */
export function packCondition(
  condition: Condition | undefined,
  names: readonly string[],
): PackedTest {
  const { never, place, min, max } = conditionRanges(condition, names);
  return {
    never,
    place: Int32Array.from(place),
    min: Float64Array.from(min),
    max: Float64Array.from(max),
  };
}

function conditionRanges(condition: Condition | undefined, names: readonly string[]) {
  const place: number[] = [];
  const min: number[] = [];
  const max: number[] = [];
  let never = false;
  for (const name in condition ?? {}) {
    const range = condition?.[name];
    if (!range) continue;
    const low = range.min ?? Number.NEGATIVE_INFINITY;
    const high = range.max ?? Number.POSITIVE_INFINITY;
    const i = names.indexOf(name);
    if (i < 0) {
      if (DEFAULT_METER_START < low || DEFAULT_METER_START > high) never = true;
      continue;
    }
    place.push(i);
    min.push(low);
    max.push(high);
  }
  return { never, place, min, max };
}

/**
 * Many conditions packed side by side, as the walk reads them: test `t` never holds where
 * `never[t]` is 1, else it reads the ranges `first[t]` up to `first[t + 1]`. A few flat arrays
 * instead of an object and three small typed arrays per condition: a 2,000-node scenario has
 * some 20,000 conditions, kept alive (and marked by every full garbage collection) all walk long.
 */
class TestTable {
  private readonly never: number[] = [];
  private readonly first: number[] = [0];
  private readonly place: number[] = [];
  private readonly min: number[] = [];
  private readonly max: number[] = [];

  constructor(private readonly names: readonly string[]) {}

  /** Packs a condition; its test number. */
  add(condition: Condition | undefined): number {
    const ranges = conditionRanges(condition, this.names);
    this.never.push(ranges.never ? 1 : 0);
    this.place.push(...ranges.place);
    this.min.push(...ranges.min);
    this.max.push(...ranges.max);
    this.first.push(this.place.length);
    return this.never.length - 1;
  }

  packed() {
    return {
      never: Uint8Array.from(this.never),
      first: Int32Array.from(this.first),
      place: Int32Array.from(this.place),
      min: Float64Array.from(this.min),
      max: Float64Array.from(this.max),
    };
  }
}

export function holds(test: PackedTest, values: Uint8Array, at: number): boolean {
  if (test.never) return false;
  const { place, min, max } = test;
  for (let i = 0; i < place.length; i++) {
    const value = values[at + (place[i] as number)] as number;
    if (value < (min[i] as number) || value > (max[i] as number)) return false;
  }
  return true;
}

const TALKS: readonly Talk[] = ['change', 'sustain', 'neutral'];

/** Meters read anywhere: by a condition, an ending, or (resistance) the reactance threshold. */
function readMeters(scenario: Scenario, resolver: ChoiceResolver): Set<string> {
  const read = new Set<string>();
  const add = (condition: Condition | undefined) => {
    for (const name in condition ?? {}) if (condition?.[name]) read.add(name);
  };
  for (const node of Object.values(scenario.nodes)) {
    for (const variant of node.variants) add(variant.when);
    for (const option of node.options) {
      add(option.when);
      if (typeof option.next !== 'string') for (const branch of option.next) add(branch.when);
    }
  }
  for (const ending of Object.values(scenario.endings)) add(ending.when);
  if (resolver.plans.some((plan) => plan.family === 'insistence')) read.add('resistance');
  return read;
}

/** Finds a state by where it is and the meters that count, or says where to file a new one. */
type StateTable = {
  /** The state's number, or -1 - the slot a new state goes in (for `add`, called next). */
  find(at: number, values: Uint8Array, offset: number): number;
  /** Files the next state (stored in the graph already) in the slot `find` just gave. */
  add(slot: number): void;
};

/** Dense tables, at 4 bytes a cell, may take this much: one cell per (node, counted meters). */
const DENSE_CELLS = 64 * 2 ** 20;

/**
 * Where every node can have a table with a cell per combination of the counted meters (two at
 * most) within DENSE_CELLS, each node gets one when first reached: a look-up is one read, and the states of
 * one node (whose successors are mostly at a few nodes) stay close in memory.
 */
type DenseTable = StateTable & {
  /** Per id number, its cells (made when first needed): a state's number + 1, or 0. */
  readonly tables: (Int32Array | undefined)[];
  readonly span: number;
};

function denseTable(counted: Int32Array, ids: number): DenseTable | null {
  const span = 101 ** counted.length;
  // Two counted meters at most (40 KB a node): with three, a node's table would be 4 MB however
  // few of its cells a scenario fills.
  if (counted.length > 2 || ids * span > DENSE_CELLS) return null;
  const tables: (Int32Array | undefined)[] = new Array(ids);
  let size = 0;
  let pending: Int32Array = new Int32Array(0);
  let cell = 0;
  return {
    tables,
    span,
    find(at, values, offset) {
      let c = 0;
      for (let i = counted.length - 1; i >= 0; i--) {
        c = c * 101 + (values[offset + (counted[i] as number)] as number);
      }
      let table = tables[at];
      if (!table) {
        // A cell holds its state's number + 1, so a new table needs no filling: pages of it
        // that no state reaches are never written (nor counted in the peak memory).
        table = new Int32Array(span);
        tables[at] = table;
      }
      const found = table[c] as number;
      if (found > 0) return found - 1;
      pending = table;
      cell = c;
      return -1;
    },
    add() {
      size += 1;
      pending[cell] = size;
    },
  };
}

/**
 * Otherwise, where the counted meters pack into one 32-bit number (four meters at most), each
 * node gets a small open-addressed table of its own, keyed by that number: the tables of the
 * few nodes a state leads to stay in cache while their states are met.
 */
function nodeTables(counted: Int32Array, ids: number): StateTable | null {
  if (101 ** counted.length >= 2 ** 31) return null;
  /** Per node: keys and states side by side, -1 for an empty slot; and how many are filed. */
  const tables: (Int32Array | undefined)[] = new Array(ids);
  const sizes = new Int32Array(ids);
  let size = 0;
  let pendingAt = 0;
  let pendingKey = 0;
  // murmur3's finaliser: every bit of the key reaches the low bits the mask keeps.
  const hashOf = (key: number): number => {
    let h = key ^ (key >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  };
  const file = (table: Int32Array, key: number, state: number) => {
    const mask = (table.length >> 1) - 1;
    let slot = hashOf(key) & mask;
    while ((table[slot * 2] as number) >= 0) slot = (slot + 1) & mask;
    table[slot * 2] = key;
    table[slot * 2 + 1] = state;
  };
  return {
    find(at, values, offset) {
      let key = 0;
      for (let i = counted.length - 1; i >= 0; i--) {
        key = key * 101 + (values[offset + (counted[i] as number)] as number);
      }
      pendingAt = at;
      pendingKey = key;
      const table = tables[at];
      if (!table) return -1;
      const mask = (table.length >> 1) - 1;
      for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
        const found = table[slot * 2] as number;
        if (found < 0) return -1;
        if (found === key) return table[slot * 2 + 1] as number;
      }
    },
    add() {
      let table = tables[pendingAt];
      if (!table) {
        table = new Int32Array(2 * 16).fill(-1);
        tables[pendingAt] = table;
      }
      const filed = (sizes[pendingAt] as number) + 1;
      sizes[pendingAt] = filed;
      if (filed * 2 > table.length >> 1) {
        const bigger = new Int32Array(table.length * 2).fill(-1);
        for (let i = 0; i < table.length; i += 2) {
          if ((table[i] as number) >= 0) file(bigger, table[i] as number, table[i + 1] as number);
        }
        table = bigger;
        tables[pendingAt] = table;
      }
      file(table, pendingKey, size);
      size += 1;
    },
  };
}

/**
 * Otherwise (many meters), states are filed by number under a hash of (where, counted meters)
 * and compared against the graph's own arrays; each state's hash is kept for growing.
 */
function hashTable(
  graph: { at: Int32Array; values: Uint8Array },
  counted: Int32Array,
  width: number,
): StateTable {
  let slots = new Int32Array(1 << 16).fill(-1);
  let mask = slots.length - 1;
  let size = 0;
  const hashes = new GrowingInt32();
  let hash = 0;
  const same = (state: number, at: number, values: Uint8Array, offset: number): boolean => {
    if (graph.at[state] !== at) return false;
    const base = state * width;
    const stored = graph.values;
    for (let i = 0; i < counted.length; i++) {
      const place = counted[i] as number;
      if (stored[base + place] !== values[offset + place]) return false;
    }
    return true;
  };
  return {
    find(at, values, offset) {
      let h = Math.imul(at ^ 0x9e3779b9, 0x85ebca6b);
      for (let i = 0; i < counted.length; i++) {
        h = Math.imul(h ^ (values[offset + (counted[i] as number)] as number), 0xcc9e2d51);
        h ^= h >>> 15;
      }
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      hash = h;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const state = slots[slot] as number;
        if (state < 0) return -1 - slot;
        if (hashes.get(state) === h && same(state, at, values, offset)) return state;
      }
    },
    add(slot) {
      hashes.push(hash);
      slots[slot] = size;
      size += 1;
      if (size * 2 <= slots.length) return;
      slots = new Int32Array(slots.length * 2).fill(-1);
      mask = slots.length - 1;
      for (let state = 0; state < size; state++) {
        let at = hashes.get(state) & mask;
        while ((slots[at] as number) >= 0) at = (at + 1) & mask;
        slots[at] = state;
      }
    },
  };
}

/**
 * Every (node, meters) state a learner can reach, breadth first from the start, with the choices
 * on offer at each state as its edges. The step is the choice resolver's, packed: the plans it
 * works out once per option (deltas per kind of talk, family, provocation), the conditions read
 * as ranges over meter places, reactance, clamping, endings before branches. A property test
 * checks it against the compiled machine and against @xstate/graph over `conversationLogic`.
 */
export function exploreStates(scenario: Scenario, options: ExploreOptions = {}): StateGraph {
  const budget = Math.max(1, options.budget ?? DEFAULT_STATE_BUDGET);
  const resolver = createChoiceResolver(scenario);
  const names = meterNames(scenario);
  const width = names.length;
  const read = readMeters(scenario, resolver);
  const counted = Int32Array.from(names.flatMap((name, i) => (read.has(name) ? [i] : [])));
  const merged = names.filter((name) => !read.has(name));

  const ids: string[] = [];
  const idNumber = new Map<string, number>();
  const idOf = (id: string): number => {
    let n = idNumber.get(id);
    if (n === undefined) {
      n = ids.length;
      ids.push(id);
      idNumber.set(id, n);
    }
    return n;
  };
  const nodeIds = Object.keys(scenario.nodes);
  for (const id of nodeIds) idOf(id);
  for (const id of Object.keys(scenario.endings)) idOf(id);

  const place = (name: string): number => names.indexOf(name);
  const resistanceAt = place('resistance');
  const trustAt = place('trust');
  const tests = new TestTable(names);
  const autoTo: number[] = [];
  const autoTest: number[] = [];
  for (const [id, ending] of Object.entries(scenario.endings)) {
    if (!ending.when) continue;
    autoTo.push(idOf(id));
    autoTest.push(tests.add(ending.when));
  }

  // Every option of every node, packed side by side in flat arrays ("plans" in node order):
  // the walk reads numbers, and the garbage collector has a few arrays to mark, not thousands
  // of small objects. Per plan: its resolver number, the test of its condition, per kind of talk
  // (TALKS order) the change per meter place and whether it provokes, whether it insists, its
  // branches (the first that holds is taken) and where it goes when none holds (the loader
  // makes the last branch unconditional).
  const planNumber: number[] = [];
  const planOffered: number[] = [];
  const planDelta: number[] = [];
  const planProvokes: number[] = [];
  const planInsists: number[] = [];
  const planFallback: number[] = [];
  const planBranches: number[] = [0];
  const branchTo: number[] = [];
  const branchTest: number[] = [];
  // Per node: its plans, its variants (the first that holds sets the talk) and its own talk.
  const variantTest: number[] = [];
  const variantTalk: number[] = [];
  const nodePlans: [number, number][] = [];
  const nodeVariants: [number, number][] = [];
  const nodeTalk: number[] = [];
  for (const nodeId of nodeIds) {
    const node = scenario.nodes[nodeId];
    if (!node) continue;
    const n = idNumber.get(nodeId) as number;
    const firstPlan = planNumber.length;
    for (const option of node.options) {
      const number = resolver.planIndex(nodeId, option.id);
      // A repeated option id resolves to its first plan, as the machine does.
      const plan = resolver.plans[number] ?? resolver.plans[0];
      for (const talk of TALKS) {
        const base = plan?.deltas[talk].delta ?? {};
        for (const name of names) planDelta.push(base[name] ?? 0);
        planProvokes.push(plan?.deltas[talk].provokes ? 1 : 0);
      }
      if (typeof option.next === 'string') {
        branchTo.push(idOf(option.next));
        branchTest.push(tests.add(undefined));
      } else {
        for (const branch of option.next) {
          branchTo.push(idOf(branch.to));
          branchTest.push(tests.add(branch.when));
        }
      }
      planBranches.push(branchTo.length);
      const last = typeof option.next === 'string' ? option.next : option.next.at(-1)?.to;
      planNumber.push(number);
      planOffered.push(tests.add(plan?.option.when));
      planInsists.push(plan?.family === 'insistence' ? 1 : 0);
      planFallback.push(idOf(last ?? ''));
    }
    const firstVariant = variantTest.length;
    for (const variant of node.variants) {
      variantTest.push(tests.add(variant.when));
      variantTalk.push(TALKS.indexOf(variant.talk ?? node.talk ?? 'neutral'));
    }
    nodePlans[n] = [firstPlan, planNumber.length];
    nodeVariants[n] = [firstVariant, variantTest.length];
    nodeTalk[n] = TALKS.indexOf(node.talk ?? 'neutral');
  }
  const startId = idOf(startNode(scenario));
  const endings = new Set(Object.keys(scenario.endings));
  // Every id is numbered by now: the nodes', the endings' and every target's.
  const endingIds = new Uint8Array(ids.length);
  ids.forEach((id, n) => {
    if (endings.has(id)) endingIds[n] = 1;
  });
  // Per id number, its plans are firstPlanOf[n] up to endPlanOf[n] (none for an ending or a
  // target that is no node), and likewise its variants.
  const firstPlanOf = new Int32Array(ids.length);
  const endPlanOf = new Int32Array(ids.length);
  const firstVariantOf = new Int32Array(ids.length);
  const endVariantOf = new Int32Array(ids.length);
  const talkOf = new Int32Array(ids.length);
  const isNode = new Uint8Array(ids.length);
  nodePlans.forEach((range, n) => {
    if (!range || endingIds[n] === 1) return;
    isNode[n] = 1;
    [firstPlanOf[n], endPlanOf[n]] = range;
    [firstVariantOf[n], endVariantOf[n]] = nodeVariants[n] as [number, number];
    talkOf[n] = nodeTalk[n] as number;
  });
  const test = tests.packed();
  const testNever = test.never;
  const testFirst = test.first;
  const testPlace = test.place;
  const testMin = test.min;
  const testMax = test.max;
  /** Whether test `t` holds for the meters at `offset` of `meters`. */
  const holdsAt = (t: number, meters: Uint8Array, offset: number): boolean => {
    if (testNever[t] === 1) return false;
    const end = testFirst[t + 1] as number;
    for (let r = testFirst[t] as number; r < end; r++) {
      const value = meters[offset + (testPlace[r] as number)] as number;
      if (value < (testMin[r] as number) || value > (testMax[r] as number)) return false;
    }
    return true;
  };
  const planNumbers = Int32Array.from(planNumber);
  const planTests = Int32Array.from(planOffered);
  const deltas = Float64Array.from(planDelta);
  const provokes = Uint8Array.from(planProvokes);
  const insists = Uint8Array.from(planInsists);
  const fallbacks = Int32Array.from(planFallback);
  const branchesOf = Int32Array.from(planBranches);
  const branchTargets = Int32Array.from(branchTo);
  const branchTests = Int32Array.from(branchTest);
  const variantTests = Int32Array.from(variantTest);
  const variantTalks = Int32Array.from(variantTalk);
  const autoTargets = Int32Array.from(autoTo);
  const autoTests = Int32Array.from(autoTest);

  // The states and edges, in typed arrays that double as they fill.
  let at = new Int32Array(1024);
  let values = new Uint8Array(1024 * Math.max(1, width));
  let parent = new Int32Array(1024);
  let first = new Int32Array(1024);
  let to = new Int32Array(1024);
  let plan = new Int32Array(1024);
  let edges = 0;
  const store = { at, values };
  const kind = options.table;
  const dense = kind === undefined || kind === 'dense' ? denseTable(counted, ids.length) : null;
  const table =
    dense ??
    (kind !== 'hash' ? nodeTables(counted, ids.length) : null) ??
    hashTable(store, counted, width);
  // The dense tables are read in the walk's own loop below (the common case, and the hottest
  // line of the walk); `table` is called otherwise.
  const cellsOf = dense?.tables ?? [];
  const span = dense?.span ?? 0;
  const countedLength = counted.length;
  const after = new Uint8Array(width);
  let count = 0;
  /** Stores a new state under the next number, in the slot `find` just gave. */
  const addState = (where: number, from: Uint8Array, by: number, slot: number) => {
    if (count === at.length) {
      at = doubled(at);
      parent = doubled(parent);
      store.at = at;
    }
    if ((count + 1) * width > values.length) {
      const bigger = new Uint8Array(values.length * 2);
      bigger.set(values);
      values = bigger;
      store.values = bigger;
    }
    const base = count * width;
    for (let i = 0; i < width; i++) values[base + i] = from[i] as number;
    at[count] = where;
    parent[count] = by;
    if (!dense) table.add(slot);
    count += 1;
  };

  const start = new Uint8Array(width);
  const startMeters = initialMeters(scenario);
  names.forEach((name, i) => {
    start[i] = startMeters[name] ?? DEFAULT_METER_START;
  });
  const startSlot = -1 - table.find(startId, start, 0);
  addState(startId, start, -1, startSlot);
  // Filed through the table's own `add`, like every state where the table is not dense.
  if (dense) dense.add(startSlot);

  const { threshold, resistance: pushResistance, trust: pushTrust } = scenario.reactance;
  const autoCount = autoTargets.length;
  let expanded = 0;
  for (let s = 0; s < count; s++) {
    if (s >= budget) break;
    expanded = s + 1;
    if (s === first.length) first = doubled(first);
    first[s] = edges;
    const where = at[s] as number;
    if (isNode[where] !== 1) continue;
    const offset = s * width;
    let talk = talkOf[where] as number;
    const lastVariant = endVariantOf[where] as number;
    for (let v = firstVariantOf[where] as number; v < lastVariant; v++) {
      if (holdsAt(variantTests[v] as number, values, offset)) {
        talk = variantTalks[v] as number;
        break;
      }
    }
    const lastPlan = endPlanOf[where] as number;
    for (let p = firstPlanOf[where] as number; p < lastPlan; p++) {
      if (!holdsAt(planTests[p] as number, values, offset)) continue;
      const delta = (p * 3 + talk) * width;
      const pushed =
        insists[p] === 1 &&
        (provokes[p * 3 + talk] === 1 ||
          (resistanceAt >= 0 && (values[offset + resistanceAt] as number) >= threshold));
      for (let i = 0; i < width; i++) {
        let value = (values[offset + i] as number) + (deltas[delta + i] as number);
        if (pushed && i === resistanceAt) value += pushResistance;
        if (pushed && i === trustAt) value += pushTrust;
        after[i] = Math.min(100, Math.max(0, Math.round(value)));
      }
      let target = -1;
      for (let a = 0; a < autoCount; a++) {
        if (holdsAt(autoTests[a] as number, after, 0)) {
          target = autoTargets[a] as number;
          break;
        }
      }
      if (target < 0) {
        const end = branchesOf[p + 1] as number;
        for (let b = branchesOf[p] as number; b < end; b++) {
          if (holdsAt(branchTests[b] as number, after, 0)) {
            target = branchTargets[b] as number;
            break;
          }
        }
      }
      if (target < 0) target = fallbacks[p] as number;
      let next: number;
      if (dense) {
        let c = 0;
        for (let i = countedLength - 1; i >= 0; i--) {
          c = c * 101 + (after[counted[i] as number] as number);
        }
        let cells = cellsOf[target];
        if (!cells) {
          cells = new Int32Array(span);
          cellsOf[target] = cells;
        }
        next = (cells[c] as number) - 1;
        if (next < 0) {
          next = count;
          cells[c] = count + 1;
          addState(target, after, s, -1);
        }
      } else {
        next = table.find(target, after, 0);
        if (next < 0) {
          const slot = -1 - next;
          next = count;
          addState(target, after, s, slot);
        }
      }
      if (edges === to.length) {
        to = doubled(to);
        plan = doubled(plan);
      }
      to[edges] = next;
      plan[edges] = planNumbers[p] as number;
      edges += 1;
    }
  }
  // States met past the budget have no edges.
  if (count + 1 > first.length) first = doubled(first, count + 1);
  for (let s = expanded; s <= count; s++) first[s] = edges;

  return {
    count,
    expanded,
    complete: expanded === count,
    ids,
    endingIds,
    at: at.subarray(0, count),
    meterNames: names,
    values: values.subarray(0, count * width),
    first: first.subarray(0, count + 1),
    to: to.subarray(0, edges),
    plan: plan.subarray(0, edges),
    optionIds: resolver.plans.map((p) => p.option.id),
    parent: parent.subarray(0, count),
    merged,
  };
}

/** A copy of `array` in one twice as long (or `size` long, if that is more). */
function doubled(array: Int32Array<ArrayBuffer>, size = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(array.length * 2, size));
  bigger.set(array);
  return bigger;
}

/** Whether state `s` is at an ending. */
export const isEnding = (graph: StateGraph, s: number): boolean =>
  graph.endingIds[graph.at[s] as number] === 1;

/** The node or ending id of state `s`. */
export const idAt = (graph: StateGraph, s: number): string =>
  graph.ids[graph.at[s] as number] as string;

/** The meters of state `s` as the rest of the engine names them. */
export function metersOf(graph: StateGraph, s: number): Meters {
  const meters: Meters = {};
  const width = graph.meterNames.length;
  graph.meterNames.forEach((name, i) => {
    meters[name] = graph.values[s * width + i] as number;
  });
  return meters;
}

/** The option ids from the start to state `s` along the walk's first discoveries: fewest turns. */
export function pathTo(graph: StateGraph, s: number): string[] {
  const options: string[] = [];
  for (let at = s; (graph.parent[at] as number) >= 0; at = graph.parent[at] as number) {
    // The edge a state was first reached by is its parent's first edge to it.
    const from = graph.parent[at] as number;
    let edge = graph.first[from] as number;
    while (graph.to[edge] !== at) edge += 1;
    options.push(graph.optionIds[graph.plan[edge] as number] as string);
  }
  return options.reverse();
}

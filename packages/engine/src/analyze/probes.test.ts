import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryScenario } from '../../test/arbitrary-scenario.js';
import { fixtureScenario } from '../../test/load-fixture.js';
import { availableOptions, initialMeters, resolveChoice, startNode } from '../compile/index.js';
import { OUTCOMES, type Outcome, type Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import { analyzeScenario } from './analyze-scenario.js';
import { exploreStates, isEnding, type StateGraph } from './explore.js';
import { type Probes, randomLearner, secondPersonWords } from './probes.js';
import { stateFacts } from './state-facts.js';

const probesOf = (name: string) => analyzeScenario(fixtureScenario('analyze', name)).probes;

/** One line per strategy: what it is, where it ends, and the choices on the way. */
function table(probes: Probes): string[] {
  return [...probes.position, ...probes.move, ...probes.kind, ...probes.wording].map((probe) => {
    const name =
      'position' in probe
        ? `position ${probe.position}`
        : 'move' in probe
          ? probe.move
          : 'kind' in probe
            ? `any ${probe.kind}`
            : probe.rule;
    return `${name}: ${probe.outcome ?? probe.end} (${probe.path.join(', ')})`;
  });
}

const blindWarnings = (name: string) =>
  analyzeScenario(fixtureScenario('analyze', name))
    .problems.filter((p) => /blind strategy|in the numbers/.test(p.message))
    .map((p) => `${p.path.join('.')}: ${p.message}`);

describe('blind-strategy probes', () => {
  it('finds the file position that wins, and warns at the nodes', () => {
    expect(table(probesOf('position-wins'))).toMatchInlineSnapshot(`
      [
        "position 1: breakthrough (ask, thanks)",
        "position 2: stalemate (praise)",
        "position 3: escalation (push)",
        "open-question: stalemate (ask, slow)",
        "affirm: stalemate (praise)",
        "insist: escalation (push)",
        "any reflection: breakthrough (ask, thanks)",
        "longest: stalemate (praise)",
        "second-person: stalemate (praise)",
      ]
    `);
    expect(blindWarnings('position-wins')).toMatchInlineSnapshot(`
      [
        "nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask, thanks): a learner can win without the skill",
      ]
    `);
  });

  it('finds the one move that wins wherever it sits, and the effects that give it away', () => {
    expect(table(probesOf('move-wins'))).toMatchInlineSnapshot(`
      [
        "position 1: stalemate (opening-ask)",
        "position 2: escalation (opening-push)",
        "position 3: escalation (opening-deeper, middle-push)",
        "open-question: stalemate (opening-ask)",
        "complex-reflection: breakthrough (opening-deeper, middle-deeper, last-deeper)",
        "insist: escalation (opening-push)",
        "any reflection: breakthrough (opening-deeper, middle-deeper, last-deeper)",
        "longest: stalemate (opening-ask)",
        "second-person: stalemate (opening-ask)",
      ]
    `);
    expect(blindWarnings('move-wins')).toMatchInlineSnapshot(`
      [
        "nodes: the blind strategy "always complex-reflection when offered" reaches the breakthrough "agreed" (choosing opening-deeper, middle-deeper, last-deeper): a learner can win without the skill",
        "nodes: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "agreed" (choosing opening-deeper, middle-deeper, last-deeper): a learner can win without the skill",
        "nodes.opening.options.2.effects: the answer is in the numbers: complex-reflection: 3 of 3 options carry effects better than the engine's default",
      ]
    `);
  });

  it('finds that reflecting at every turn wins where no single move does', () => {
    expect(table(probesOf('kind-wins'))).toMatchInlineSnapshot(`
      [
        "position 1: stalemate (opening-ask)",
        "position 2: escalation (opening-push)",
        "position 3: escalation (opening-echo, middle-push)",
        "position 4: stalemate (opening-guess)",
        "open-question: stalemate (opening-ask)",
        "simple-reflection: stalemate (opening-echo, middle-echo)",
        "complex-reflection: stalemate (opening-guess)",
        "insist: escalation (opening-push)",
        "any reflection: breakthrough (opening-echo, middle-deeper)",
        "longest: stalemate (opening-ask)",
        "second-person: stalemate (opening-ask)",
      ]
    `);
    expect(blindWarnings('kind-wins')).toMatchInlineSnapshot(`
      [
        "nodes: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "agreed" (choosing opening-echo, middle-deeper): a learner can win without the skill",
      ]
    `);
  });

  it('warns about nothing when only reading each line finds the breakthrough', () => {
    expect(table(probesOf('no-blind-win'))).toMatchInlineSnapshot(`
      [
        "position 1: stalemate (ask, why)",
        "position 2: stalemate (deeper)",
        "position 3: escalation (push)",
        "open-question: stalemate (ask, why)",
        "complex-reflection: stalemate (deeper)",
        "insist: escalation (push)",
        "any reflection: stalemate (deeper)",
        "longest: escalation (push)",
        "second-person: stalemate (deeper)",
      ]
    `);
    expect(blindWarnings('no-blind-win')).toEqual([]);
    expect(probesOf('no-blind-win').random).toEqual({
      breakthrough: 1 / 9,
      partial: 0,
      stalemate: 4 / 9,
      escalation: 4 / 9,
      unended: 0,
      unexplored: 0,
      exact: true,
    });
  });

  it('says a strategy that goes round a loop never ends, and iterates the odds there', () => {
    const probes = probesOf('loops');
    expect(probes.position[0]).toMatchObject({ end: 'loop', outcome: null, path: ['again'] });
    const { random } = probes;
    expect(random.exact).toBe(false);
    for (const outcome of ['breakthrough', 'stalemate', 'escalation'] as const) {
      expect(random[outcome]).toBeCloseTo(1 / 3, 9);
    }
  });

  it('counts second-person words as whole words, in any case', () => {
    expect(
      secondPersonWords("You're sure? YOUR call, yours; you've, you'll, you’d. Youth, bayou."),
    ).toBe(6);
    expect(secondPersonWords('It is up to you, yourself.')).toBe(2);
  });
});

/**
 * Every path of up to `depth` choices, played on the compiled scenario's own functions rather than
 * the state graph: the chance of each outcome class, and the chance still in play at the depth.
 */
function bruteForce(scenario: Scenario, depth: number) {
  const odds: Record<Outcome | 'stuck' | 'open', number> = {
    breakthrough: 0,
    partial: 0,
    stalemate: 0,
    escalation: 0,
    stuck: 0,
    open: 0,
  };
  const walk = (at: string, meters: Meters, chance: number, left: number) => {
    const ending = scenario.endings[at];
    if (Object.hasOwn(scenario.endings, at) && ending) {
      odds[ending.outcome] += chance;
      return;
    }
    const node = scenario.nodes[at];
    const offered = node ? availableOptions(scenario, at, meters) : [];
    if (!node || offered.length === 0) {
      odds.stuck += chance;
      return;
    }
    if (left === 0) {
      odds.open += chance;
      return;
    }
    for (const option of offered) {
      const next = resolveChoice(scenario, node, option, meters);
      walk(next.target, next.after, chance / offered.length, left - 1);
    }
  };
  walk(startNode(scenario), initialMeters(scenario), 1, depth);
  return odds;
}

/** The random learner as it was before the order and the pass were one loop: a topological order, then a pass. */
function twoPassLearner(scenario: Scenario, graph: StateGraph, canEnd: Uint8Array) {
  const { count, first, to } = graph;
  const settled = {
    breakthrough: 0,
    partial: 0,
    stalemate: 0,
    escalation: 0,
    unended: 0,
    unexplored: 0,
  };
  const incoming = new Int32Array(count);
  for (let e = 0; e < (first[count] as number); e++) {
    const target = to[e] as number;
    incoming[target] = (incoming[target] as number) + 1;
  }
  const order: number[] = [];
  for (let s = 0; s < count; s++) if (incoming[s] === 0) order.push(s);
  for (let i = 0; i < order.length; i++) {
    const s = order[i] as number;
    for (let e = first[s] as number; e < (first[s + 1] as number); e++) {
      const target = to[e] as number;
      incoming[target] = (incoming[target] as number) - 1;
      if (incoming[target] === 0) order.push(target);
    }
  }
  if (order.length < count) return undefined;
  const mass = new Float64Array(count);
  mass[0] = 1;
  for (const s of order) {
    const amount = mass[s] as number;
    if (amount === 0) continue;
    mass[s] = 0;
    if (isEnding(graph, s)) {
      const id = graph.ids[graph.at[s] as number] as string;
      const outcome = Object.hasOwn(scenario.endings, id)
        ? scenario.endings[id]?.outcome
        : undefined;
      settled[outcome ?? 'unended'] += amount;
    } else if (s >= graph.expanded) settled.unexplored += amount;
    else if (first[s] === first[s + 1] || !canEnd[s]) settled.unended += amount;
    else {
      const share = amount / ((first[s + 1] as number) - (first[s] as number));
      for (let e = first[s] as number; e < (first[s + 1] as number); e++) {
        mass[to[e] as number] = (mass[to[e] as number] as number) + share;
      }
    }
  }
  return settled;
}

describe('randomLearner', () => {
  it('gives, without cycles, the very numbers of a separate topological order and pass', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const graph = exploreStates(scenario);
        const { canEnd } = stateFacts(scenario, graph);
        const reference = twoPassLearner(scenario, graph, canEnd);
        if (!reference) return;
        compared += 1;
        const { exact: _, ...random } = randomLearner(scenario, graph, canEnd);
        for (const key of Object.keys(reference) as (keyof typeof reference)[]) {
          expect(Object.is(random[key], reference[key]), key).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(20);
  });

  it('agrees with every path enumerated, exactly when the states do not loop', () => {
    let exhaustive = 0;
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const graph = exploreStates(scenario);
        const random = randomLearner(scenario, graph, stateFacts(scenario, graph).canEnd);
        const brute = bruteForce(scenario, 6);
        const total =
          OUTCOMES.reduce((sum, outcome) => sum + random[outcome], 0) +
          random.unended +
          random.unexplored;
        expect(total).toBeCloseTo(1, 9);
        for (const outcome of OUTCOMES) {
          // Paths longer than the enumeration can only add to what it found.
          expect(random[outcome]).toBeGreaterThanOrEqual(brute[outcome] - 1e-9);
          expect(random[outcome]).toBeLessThanOrEqual(
            brute[outcome] + brute.open + random.unexplored + 1e-9,
          );
        }
        if (!graph.complete) return;
        if (random.exact && brute.open === 0) {
          exhaustive += 1;
          for (const outcome of OUTCOMES) expect(random[outcome]).toBeCloseTo(brute[outcome], 9);
          expect(random.unended).toBeCloseTo(brute.stuck, 9);
        }
      }),
      { numRuns: 100 },
    );
    // Enough of the scenarios are small and loop-free for the enumeration to cover every path.
    expect(exhaustive).toBeGreaterThan(10);
  });
});

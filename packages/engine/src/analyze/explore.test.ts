import { getAdjacencyMap } from '@xstate/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { arbitraryChoices, arbitraryScenario } from '../../test/arbitrary-scenario.js';
import { fixtureScenario } from '../../test/load-fixture.js';
import {
  availableOptions,
  type ChooseEvent,
  compileScenario,
  initialMeters,
  playChoices,
  startNode,
} from '../compile/index.js';
import { createChoiceResolver } from '../compile/resolver.js';
import type { Scenario } from '../schema/index.js';
import type { Meters } from '../transcript.js';
import {
  conversationLogic,
  exploreStates,
  idAt,
  isEnding,
  metersOf,
  pathTo,
  type StateGraph,
} from './explore.js';

/** Where a state is and the meters that count, as one key: what the walk tells states apart by. */
const keyOf = (at: string, meters: Readonly<Meters>, merged: readonly string[]): string =>
  JSON.stringify([at, Object.entries(meters).filter(([name]) => !merged.includes(name))]);

type Transition = {
  readonly event: ChooseEvent;
  readonly state: { readonly context: { readonly at: string; readonly meters: Meters } };
};

/** @xstate/graph's walk over `conversationLogic`: the reference the packed walk must match. */
function referenceStates(scenario: Scenario) {
  const resolver = createChoiceResolver(scenario);
  const logic = conversationLogic(scenario, resolver);
  const map = getAdjacencyMap(logic, {
    serializeState: (snapshot) => snapshot.context.key,
    serializeEvent: (event) => event.option,
    events: ({ context: { at, meters } }) =>
      Object.hasOwn(scenario.endings, at)
        ? []
        : availableOptions(scenario, at, meters).map(
            (option): ChooseEvent => ({ type: 'CHOOSE', option: option.id }),
          ),
  });
  return Object.values(map).map((value) => ({
    at: value.state.context.at,
    meters: value.state.context.meters,
    edges: (Object.values(value.transitions) as Transition[]).map((transition) => ({
      option: transition.event.option,
      at: transition.state.context.at,
      meters: transition.state.context.meters,
    })),
  }));
}

function edgesOf(graph: StateGraph, s: number) {
  const edges: { option: string; to: number }[] = [];
  for (let e = graph.first[s] as number; e < (graph.first[s + 1] as number); e++) {
    edges.push({
      option: graph.optionIds[graph.plan[e] as number] as string,
      to: graph.to[e] as number,
    });
  }
  return edges;
}

describe('conversationLogic', () => {
  it('goes where the compiled machine goes, with the same meters, whatever is chosen', () => {
    // The analysis walks this logic instead of the machine; if they ever disagreed, `rapport
    // check` would vouch for conversations the trainers do not run.
    fc.assert(
      fc.property(arbitraryScenario, arbitraryChoices, (scenario, choices) => {
        const machine = createActor(compileScenario(scenario), { input: {} }).start();
        const logic = createActor(conversationLogic(scenario)).start();
        for (const option of choices) {
          if (machine.getSnapshot().status !== 'active') break;
          machine.send({ type: 'CHOOSE', option });
          logic.send({ type: 'CHOOSE', option });
          const { value, context } = machine.getSnapshot();
          const { at, meters } = logic.getSnapshot().context;
          expect({ at, meters }).toEqual({ at: value, meters: context.meters });
        }
        machine.stop();
        logic.stop();
      }),
    );
  });
});

describe('exploreStates', () => {
  it('finds the states and edges @xstate/graph finds, merging only meters nothing reads', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const graph = exploreStates(scenario);
        const reference = referenceStates(scenario);
        expect(graph.complete).toBe(true);
        const byKey = new Map<string, number>();
        for (let s = 0; s < graph.count; s++) {
          const key = keyOf(idAt(graph, s), metersOf(graph, s), graph.merged);
          expect(byKey.has(key)).toBe(false);
          byKey.set(key, s);
        }
        const keys = new Set(reference.map((r) => keyOf(r.at, r.meters, graph.merged)));
        expect([...byKey.keys()].sort()).toEqual([...keys].sort());
        // Every reference state, merged or not, has the edges of the state standing for it.
        for (const state of reference) {
          const s = byKey.get(keyOf(state.at, state.meters, graph.merged)) as number;
          const ours = edgesOf(graph, s).map((edge) => ({
            option: edge.option,
            key: keyOf(idAt(graph, edge.to), metersOf(graph, edge.to), graph.merged),
          }));
          const theirs = state.edges.map((edge) => ({
            option: edge.option,
            key: keyOf(edge.at, edge.meters, graph.merged),
          }));
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 150 },
    );
    // 150 reference walks through @xstate/graph take about 4 s here; on a loaded machine the
    // default 5 s cut it off once. The limit guards against a hang, not against slowness.
  }, 30_000);

  it('finds the same graph whichever table it finds states again with', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const dense = exploreStates(scenario, { table: 'dense' });
        for (const table of ['node', 'hash'] as const) {
          const other = exploreStates(scenario, { table });
          expect([other.count, [...other.at], [...other.values], [...other.to]]).toEqual([
            dense.count,
            [...dense.at],
            [...dense.values],
            [...dense.to],
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('goes where the compiled machine goes along any choices, in the meters that count', () => {
    fc.assert(
      fc.property(arbitraryScenario, arbitraryChoices, (scenario, choices) => {
        const graph = exploreStates(scenario);
        const machine = createActor(compileScenario(scenario), { input: {} }).start();
        let s = 0;
        for (const option of choices) {
          if (machine.getSnapshot().status !== 'active') break;
          const edge = edgesOf(graph, s).find((candidate) => candidate.option === option);
          machine.send({ type: 'CHOOSE', option });
          const { value, context } = machine.getSnapshot();
          if (!edge) {
            // Not on offer: the machine stays where it is.
            expect(value).toBe(idAt(graph, s));
            continue;
          }
          s = edge.to;
          expect(keyOf(idAt(graph, s), metersOf(graph, s), graph.merged)).toBe(
            keyOf(String(value), context.meters, graph.merged),
          );
        }
        machine.stop();
      }),
    );
  });

  it('follows exactly the options on offer at each state, and none from an ending', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const graph = exploreStates(scenario);
    expect(graph.complete).toBe(true);
    for (let s = 0; s < graph.count; s++) {
      const offered = isEnding(graph, s)
        ? []
        : availableOptions(scenario, idAt(graph, s), metersOf(graph, s)).map((o) => o.id);
      expect(edgesOf(graph, s).map((edge) => edge.option)).toEqual(offered);
    }
  });

  it('numbers states breadth first from the start, and each path replays on the machine', () => {
    // The analysis after the walk finds states and paths by these numbers alone.
    const scenario = fixtureScenario('compile', 'two-roads');
    const graph = exploreStates(scenario);
    expect(graph.merged).toEqual([]);
    expect({ at: idAt(graph, 0), meters: metersOf(graph, 0) }).toEqual({
      at: startNode(scenario),
      meters: initialMeters(scenario),
    });
    let turns = 0;
    for (let s = 0; s < graph.count; s++) {
      const path = pathTo(graph, s);
      expect(path.length).toBeGreaterThanOrEqual(turns);
      turns = path.length;
      for (const edge of edgesOf(graph, s)) {
        const { snapshot } = playChoices(scenario, [...path, edge.option]);
        expect({ at: idAt(graph, edge.to), meters: metersOf(graph, edge.to) }).toEqual({
          at: snapshot.value,
          meters: snapshot.context.meters,
        });
      }
    }
  });

  it('merges a meter nothing reads, keeping for each state the values of its own path', () => {
    // trust is in no condition and nothing here insists: two-roads without its trust condition.
    const scenario = fixtureScenario('analyze', 'merged-trust');
    const graph = exploreStates(scenario);
    expect(graph.merged).toEqual(['trust']);
    const reference = referenceStates(scenario);
    expect(graph.count).toBeLessThan(reference.length);
    for (let s = 0; s < graph.count; s++) {
      const { snapshot } = playChoices(scenario, pathTo(graph, s));
      expect(metersOf(graph, s)).toEqual(snapshot.context.meters);
    }
  });

  it('stops at the budget, keeps what it found and says the walk is partial', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const whole = exploreStates(scenario);
    const partial = exploreStates(scenario, { budget: 2 });
    expect(whole.complete).toBe(true);
    expect(partial.complete).toBe(false);
    expect(partial.expanded).toBe(2);
    expect(partial.count).toBeLessThan(whole.count);
    // Past the budget a state is met but not followed.
    expect(partial.first[partial.count]).toBe(partial.first[2]);
  });
});

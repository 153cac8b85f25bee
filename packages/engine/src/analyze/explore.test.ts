import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { arbitraryChoices, arbitraryScenario } from '../../test/arbitrary-scenario.js';
import { fixtureScenario } from '../../test/load-fixture.js';
import {
  availableOptions,
  compileScenario,
  initialMeters,
  playChoices,
  startNode,
} from '../compile/index.js';
import { conversationLogic, exploreStates } from './explore.js';
import { stateFacts } from './state-facts.js';

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
  it('follows exactly the options on offer at each state, and none from an ending', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const graph = exploreStates(scenario);
    expect(graph.complete).toBe(true);
    for (const state of graph.states) {
      const offered = state.ending
        ? []
        : availableOptions(scenario, state.at, state.meters).map((option) => option.id);
      expect(state.edges.map((edge) => edge.option)).toEqual(offered);
      for (const edge of state.edges) expect(graph.states[edge.to]).toBeDefined();
    }
  });

  it('numbers each state by its place, the start first, and each edge by its target', () => {
    // The analysis after the walk finds states and paths by these numbers alone.
    const scenario = fixtureScenario('compile', 'two-roads');
    const graph = exploreStates(scenario);
    expect(graph.states.map((state) => state.index)).toEqual(graph.states.map((_, i) => i));
    expect(graph.states[0]).toMatchObject({
      at: startNode(scenario),
      meters: initialMeters(scenario),
    });
    const { pathTo } = stateFacts(scenario, graph);
    const keys = graph.states.map((state) => JSON.stringify([state.at, state.meters]));
    expect(new Set(keys).size).toBe(keys.length);
    for (const state of graph.states) {
      for (const edge of state.edges) {
        const { snapshot } = playChoices(scenario, [...pathTo(state.index), edge.option]);
        expect(graph.states[edge.to]).toMatchObject({
          at: snapshot.value,
          meters: snapshot.context.meters,
        });
      }
    }
  });

  it('stops at the limit, keeps what it found and says the walk is partial', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const whole = exploreStates(scenario);
    const partial = exploreStates(scenario, { limit: 2 });
    expect(partial.complete).toBe(false);
    expect(partial.states.length).toBeLessThan(whole.states.length);
    expect(partial.states.filter((state) => state.expanded)).toHaveLength(2);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { arbitraryScenario, arbitraryChoices as choices } from '../../test/arbitrary-scenario.js';
import { fixtureScenario } from '../../test/load-fixture.js';
import type { Scenario } from '../schema/index.js';
import { findOption, resolveChoice } from './choice.js';
import { viewConversation } from './conversation.js';
import { compileScenario } from './scenario-machine.js';
import { availableOptions, stakeholderLine } from './view.js';

const twoRoadsChoices = fc.array(
  fc.oneof(fc.constantFrom('ask', 'push', 'extra', 'hold', 'reflect'), fc.string()),
  { maxLength: 30 },
);

function play(scenario: Scenario, options: readonly string[], machine = compileScenario(scenario)) {
  const actor = createActor(machine, { input: {} }).start();
  for (const option of options) {
    if (actor.getSnapshot().status !== 'active') break;
    actor.send({ type: 'CHOOSE', option });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return viewConversation(scenario, snapshot);
}

function expectSound(view: ReturnType<typeof play>, endings: readonly string[]) {
  for (const value of Object.values(view.meters)) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  }
  for (const turn of view.turns) {
    for (const value of Object.values(turn.after)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(turn.after)) expect(value).toBeLessThanOrEqual(100);
  }
  return view.kind === 'ending' ? endings.includes(view.ending.id) : view.options.length > 0;
}

describe('the compiled machine, under any sequence of choices', () => {
  it('keeps two-roads meters in 0..100 and never strands the learner', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const machine = compileScenario(scenario);
    fc.assert(
      fc.property(twoRoadsChoices, (options) => {
        const view = play(scenario, options, machine);
        expect(expectSound(view, Object.keys(scenario.endings))).toBe(true);
      }),
    );
  });

  it('keeps meters in 0..100 in any generated scenario and never strands the learner', () => {
    fc.assert(
      fc.property(arbitraryScenario, choices, (scenario, options) => {
        expect(expectSound(play(scenario, options), Object.keys(scenario.endings))).toBe(true);
      }),
    );
  });

  it('records every turn as the plain reading of the rules says, whatever the scenario', () => {
    // The machine works its rules out once per scenario; resolveChoice, stakeholderLine and
    // availableOptions read the scenario afresh each time. Both must always agree.
    fc.assert(
      fc.property(arbitraryScenario, choices, (scenario, options) => {
        const view = play(scenario, options);
        let at = Object.keys(scenario.nodes)[0] as string;
        let meters = view.turns[0]?.before;
        for (const turn of view.turns) {
          const node = scenario.nodes[at];
          const option = findOption(scenario, at, turn.option);
          if (!node || !option) throw new Error(`turn ${turn.index} names no option at "${at}"`);
          const expected = resolveChoice(scenario, node, option, turn.before);
          expect(turn.before).toEqual(meters);
          expect(turn.node).toBe(at);
          expect(turn.line).toBe(stakeholderLine(scenario, at, turn.before));
          expect(turn.available).toEqual(
            availableOptions(scenario, at, turn.before).map((offered) => offered.id),
          );
          expect([turn.family, turn.reactance, turn.after]).toEqual([
            expected.family,
            expected.reactance,
            expected.after,
          ]);
          at = expected.target;
          meters = expected.after;
        }
        expect(view.kind === 'ending' ? view.ending.id : view.node).toBe(at);
      }),
    );
  });
});

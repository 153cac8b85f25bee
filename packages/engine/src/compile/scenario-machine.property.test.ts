import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fixtureScenario } from '../../test/load-fixture.js';
import { MOVE_IDS } from '../moves.js';
import { Scenario } from '../schema/index.js';
import { findOption, resolveChoice } from './choice.js';
import { viewConversation } from './conversation.js';
import { compileScenario } from './scenario-machine.js';
import { availableOptions, stakeholderLine } from './view.js';

const meterInRange = fc.integer({ min: 0, max: 100 });
const id = (prefix: string, i: number) => `${prefix}-${i}`;

/** A random scenario: nodes with options of random moves, effects, conditions and branches. */
const arbitraryScenario = fc
  .record({ nodes: fc.integer({ min: 1, max: 6 }), endings: fc.integer({ min: 1, max: 3 }) })
  .chain(({ nodes, endings }) => {
    const targets = [
      ...Array.from({ length: nodes }, (_, i) => id('node', i)),
      ...Array.from({ length: endings }, (_, i) => id('end', i)),
    ];
    const range = fc.record(
      { min: fc.integer({ min: -10, max: 110 }), max: fc.integer({ min: -10, max: 110 }) },
      { requiredKeys: [] },
    );
    const condition = fc.option(fc.dictionary(fc.constantFrom('resistance', 'trust'), range), {
      nil: undefined,
    });
    const option = (i: number) =>
      fc.record({
        id: fc.constant(id('option', i)),
        text: fc.constant('Something to say.'),
        coach: fc.constant('Why it lands.'),
        move: fc.constantFrom(...MOVE_IDS),
        effects: fc.option(
          fc.dictionary(
            fc.constantFrom('resistance', 'trust'),
            fc.integer({ min: -100, max: 100 }),
          ),
          { nil: undefined },
        ),
        // The first option is always offered, so a node can never leave the learner stuck.
        when: i === 0 ? fc.constant(undefined) : condition,
        next: fc.oneof(
          fc.constantFrom(...targets),
          fc
            .array(fc.record({ when: condition, to: fc.constantFrom(...targets) }), {
              maxLength: 2,
            })
            .chain((branches) => fc.constantFrom(...targets).map((to) => [...branches, { to }])),
        ),
      });
    const node = fc.record({
      says: fc.constant('A line.'),
      variants: fc.array(
        fc.record({
          when: condition.map((when) => when ?? {}),
          says: fc.constantFrom('Another line.', 'A third line.'),
        }),
        { maxLength: 2 },
      ),
      nonNegotiable: fc.option(fc.constant('A safety line.'), { nil: undefined }),
      options: fc
        .integer({ min: 1, max: 4 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => option(i)))),
    });
    return fc.record({
      meters: fc.record({ resistance: meterInRange, trust: meterInRange }),
      nodes: fc.tuple(...Array.from({ length: nodes }, () => node)),
      endings: fc.tuple(
        ...Array.from({ length: endings }, () =>
          fc.record({
            outcome: fc.constantFrom('breakthrough', 'partial', 'stalemate', 'escalation'),
            title: fc.constant('An ending'),
            text: fc.constant('What happened.'),
            when: condition,
          }),
        ),
      ),
    });
  })
  .map(({ meters, nodes, endings }) =>
    Scenario.parse(
      JSON.parse(
        JSON.stringify({
          id: 'random',
          title: 'Random',
          summary: 'A generated scenario.',
          skills: ['listening'],
          minutes: 1,
          difficulty: 'introductory',
          briefing: { situation: 'Generated.', goal: 'None.' },
          stakeholder: { name: 'R', role: 'R', cares: 'R', history: 'R' },
          meters,
          nodes: Object.fromEntries(nodes.map((node, i) => [id('node', i), node])),
          endings: Object.fromEntries(endings.map((ending, i) => [id('end', i), ending])),
        }),
      ),
    ),
  );

/** Option ids as a learner or a hostile caller might send them: real ones and unknown ones. */
const choices = fc.array(
  fc.oneof(fc.constantFrom('option-0', 'option-1', 'option-2', 'option-3'), fc.string()),
  { maxLength: 30 },
);
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

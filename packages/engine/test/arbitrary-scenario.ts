import fc from 'fast-check';
import { MOVE_IDS } from '../src/moves.js';
import { Scenario } from '../src/schema/index.js';

const meterInRange = fc.integer({ min: 0, max: 100 });
const id = (prefix: string, i: number) => `${prefix}-${i}`;

/** A random scenario: nodes with options of random moves, effects, conditions and branches. */
export const arbitraryScenario = fc
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
export const arbitraryChoices = fc.array(
  fc.oneof(fc.constantFrom('option-0', 'option-1', 'option-2', 'option-3'), fc.string()),
  { maxLength: 30 },
);

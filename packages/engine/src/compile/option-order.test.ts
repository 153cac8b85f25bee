import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fixtureScenario } from '../../test/load-fixture.js';
import { playChoices, viewConversation } from './conversation.js';
import { MAX_SEED, optionPermutation, orderOptions, randomSeed } from './option-order.js';
import { compileScenario } from './scenario-machine.js';

const scenario = fixtureScenario('score', 'four-steps');
const seed = fc.integer({ min: 0, max: MAX_SEED });

/** The option ids shown at the first node of four-steps under a seed. */
function shownAtStart(withSeed: number | undefined): string[] {
  const actor = createActor(compileScenario(scenario), {
    input: withSeed === undefined ? {} : { seed: withSeed },
  }).start();
  const view = viewConversation(scenario, actor.getSnapshot());
  actor.stop();
  return view.kind === 'node' ? view.options.map((option) => option.id) : [];
}

describe('the order options are shown in', () => {
  it('is the same for the same seed, node and options, every time it is drawn', () => {
    fc.assert(
      fc.property(seed, fc.string(), fc.integer({ min: 0, max: 9 }), (s, node, count) => {
        const order = optionPermutation(s, node, count);
        expect(optionPermutation(s, node, count)).toEqual(order);
        expect([...order].sort((a, b) => a - b)).toEqual(
          Array.from({ length: count }, (_, i) => i),
        );
      }),
    );
  });

  it('can be any permutation: all 24 orders of four options are drawn', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 2_000 && seen.size < 24; s++) {
      seen.add(optionPermutation(s, 'opening', 4).join(''));
    }
    expect(seen.size).toBe(24);
  });

  it('puts each option first about equally often', () => {
    const first = [0, 0, 0];
    for (let s = 0; s < 3_000; s++) {
      const i = optionPermutation(s, 'ask', 3)[0] as number;
      first[i] = (first[i] ?? 0) + 1;
    }
    for (const count of first) expect(count).toBeGreaterThan(900);
  });

  it('is file order without a seed, and for a node that keeps its order on purpose', () => {
    expect(shownAtStart(undefined)).toEqual(['open', 'closed', 'push']);
    const node = scenario.nodes.ask;
    if (!node) throw new Error('fixture changed');
    for (let s = 0; s < 50; s++) {
      expect(orderOptions({ ...node, order: 'keep' }, 'ask', s).map((o) => o.id)).toEqual([
        'open',
        'closed',
        'push',
      ]);
    }
  });

  it('differs between attempts: some seed shows another option first', () => {
    const firsts = new Set(Array.from({ length: 20 }, (_, s) => shownAtStart(s)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('is recorded in the transcript, which replays to the same turns from its seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const first = playChoices(scenario, ['closed', 'deep', 'hold', 'sum'], { seed: s });
        expect(first.transcript.seed).toBe(s);
        const again = playChoices(
          scenario,
          first.transcript.turns.map((t) => t.option),
          {
            seed: first.transcript.seed,
          },
        );
        expect(again.transcript).toEqual(first.transcript);
      }),
      { numRuns: 30 },
    );
  });

  it('draws fresh seeds within range', () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.999_999_999_99)).toBe(MAX_SEED);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import { bandsByOutcome } from './bands-by-outcome.js';

describe('bandsByOutcome', () => {
  it('counts every path once and how many earn each good band, by outcome', () => {
    // Three turns of reflecting or asking, then a reflection (breakthrough) or a push
    // (escalation): 8 paths each. R:Q is good at 2:1 with a question on at least four of them, so
    // only breakthrough paths with two reflections of the first three (a push adds nothing, and
    // three is too few to rate); %CR (every reflection is complex) needs three reflections.
    const { byOutcome, complete } = bandsByOutcome(fixtureScenario('analyze', 'bands'));
    expect(complete).toBe(true);
    expect(byOutcome.breakthrough).toEqual({
      paths: 8,
      goodReflectionToQuestion: 3,
      goodComplexReflections: 4,
    });
    expect(byOutcome.escalation).toEqual({
      paths: 8,
      goodReflectionToQuestion: 0,
      goodComplexReflections: 1,
    });
    expect(byOutcome.partial.paths + byOutcome.stalemate.paths).toBe(0);
  });
});

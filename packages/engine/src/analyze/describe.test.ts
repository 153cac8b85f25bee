import { describe, expect, it } from 'vitest';
import { describeChoices, describeMeters } from './describe.js';

describe('problem wording', () => {
  it('names meters and short paths in full', () => {
    expect(describeMeters({ resistance: 80, trust: 20, energy: 5 })).toBe(
      'resistance 80, trust 20 and energy 5',
    );
    expect(describeChoices([])).toBe('at the start');
    expect(describeChoices(['ask', 'hold'])).toBe('after choosing ask, hold');
  });

  it('shortens a long path to its first choices and a count', () => {
    const choices = Array.from({ length: 11 }, (_, i) => `c${i + 1}`);
    expect(describeChoices(choices)).toBe(
      'after choosing c1, c2, c3, c4, c5, c6, c7, c8 and 3 more',
    );
  });
});

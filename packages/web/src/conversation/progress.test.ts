import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { moodOf } from './portrait';
import { progressCue, turnsLeft } from './progress';

describe('the progress cue', () => {
  const left = turnsLeft(twoRoadsScenario());

  it('counts the fewest turns to the best ending from where the learner is', () => {
    expect(progressCue(left, 'opening', 0)).toBe('Turn 1 of about 2');
    expect(progressCue(left, 'story', 1)).toBe('Turn 2 of about 2');
    // Insisting loops back to the opening: the estimate grows with the detour.
    expect(progressCue(left, 'opening', 2)).toBe('Turn 3 of about 4');
  });

  it('says just the turn where no ending can be counted', () => {
    expect(progressCue(left, 'nowhere', 3)).toBe('Turn 4');
  });
});

describe('the portrait’s expression', () => {
  it('follows the meters: guarded when resistance is high, open once trust is high', () => {
    expect(moodOf({ resistance: 75, trust: 70 })).toBe('guarded');
    expect(moodOf({ resistance: 30, trust: 70 })).toBe('open');
    expect(moodOf({ resistance: 55, trust: 40 })).toBe('wary');
    expect(moodOf({ resistance: 20, trust: 40 })).toBe('neutral');
  });
});

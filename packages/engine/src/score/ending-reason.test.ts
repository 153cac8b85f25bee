import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import { playChoices } from '../compile/index.js';
import { endingReason } from './ending-reason.js';

const storm = fixtureScenario('score', 'storm');
const twoRoads = fixtureScenario('score', 'two-roads');
const reason = (scenario: typeof storm, choices: string[]) =>
  endingReason(scenario, playChoices(scenario, choices).transcript);

describe('endingReason', () => {
  it('names the meter that missed the better ending and the condition that held', () => {
    // jargon leaves clarity at 15: the breakthrough needs 40
    expect(reason(storm, ['jargon', 'update'])).toMatchInlineSnapshot(
      `"clarity 15, 40 needed for Straight through the storm; trust 46 (34 or more): enough for Cards back, trust bruised."`,
    );
  });

  it('gives the condition of the ending reached when the first branch holds', () => {
    expect(reason(storm, ['plain', 'update'])).toMatchInlineSnapshot(
      `"trust 50 (45 or more) and clarity 40 (40 or more): enough for Straight through the storm."`,
    );
  });

  it('names the ending that comes at any turn, and when it came', () => {
    expect(reason(storm, ['jargon', 'shrug'])).toMatchInlineSnapshot(
      `"resistance 50 (50 or more) after turn 2 ends the conversation here, whatever the answer."`,
    );
  });

  it('says so when the last answer leads to the ending whatever the meters', () => {
    expect(reason(twoRoads, ['ask', 'reflect'])).toBe(
      'your last answer leads to this ending whatever the meters.',
    );
  });

  it('lists each missed range, and the fallback without naming a condition', () => {
    // push, ask, hold: trust 40 at the end, short of the 45 the agreement needs
    expect(reason(twoRoads, ['push', 'ask', 'hold'])).toBe('trust 40, 45 needed for Agreed.');
  });

  it('says nothing for an unfinished conversation', () => {
    expect(reason(twoRoads, ['ask'])).toBeUndefined();
  });
});

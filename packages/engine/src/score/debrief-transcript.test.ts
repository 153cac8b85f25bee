import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import { playChoices } from '../compile/index.js';
import { debriefTranscript } from './debrief-transcript.js';

describe('debriefTranscript', () => {
  it('names the option that kept a breakthrough within reach at the weakest turn', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    // push costs 15 resistance and 9 trust; after it, trust can no longer reach 45 at the line
    const { transcript } = playChoices(scenario, ['push', 'ask', 'hold']);
    expect(transcript.ending?.outcome).toBe('stalemate');
    expect(debriefTranscript(scenario, transcript).weakestTurn).toEqual({
      turn: 1,
      option: 'push',
      move: 'insist',
      best: {
        option: 'ask',
        text: 'What gets in the way?',
        move: 'open-question',
        outcome: 'breakthrough',
        why: 'Open question: An open question invites the story. It keeps a breakthrough within reach.',
      },
    });
  });

  it('prefers the boundary at a non-negotiable moment when outcomes tie', () => {
    const scenario = fixtureScenario('score', 'four-steps');
    // the dismissal at the data-protection line cost the most; every option there can still win
    const { transcript } = playChoices(scenario, ['push', 'insist', 'shrug-off', 'blame']);
    expect(debriefTranscript(scenario, transcript).weakestTurn).toMatchObject({
      turn: 3,
      option: 'shrug-off',
      best: { option: 'hold', move: 'set-boundary', outcome: 'breakthrough' },
    });
  });

  it('does not repeat the move name when the coaching note starts with it', () => {
    const scenario = fixtureScenario('compile', 'two-roads');
    const coached = {
      ...scenario,
      nodes: Object.fromEntries(
        Object.entries(scenario.nodes).map(([id, node]) => [
          id,
          {
            ...node,
            options: node.options.map((option) =>
              option.id === 'ask'
                ? { ...option, coach: 'Open questions invite the story.' }
                : option,
            ),
          },
        ]),
      ),
    };
    const { transcript } = playChoices(coached, ['push', 'ask', 'hold']);
    expect(debriefTranscript(coached, transcript).weakestTurn?.best?.why).toBe(
      'Open questions invite the story. It keeps a breakthrough within reach.',
    );
  });

  it('has no weakest turn, so no best option, before the first turn', () => {
    const scenario = fixtureScenario('score', 'four-steps');
    const { transcript } = playChoices(scenario, []);
    expect(debriefTranscript(scenario, transcript).weakestTurn).toBeNull();
  });
});

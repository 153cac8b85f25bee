import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fixtureScenario } from '../../test/load-fixture.js';
import { playChoices, viewConversation } from './conversation.js';
import { compileScenario } from './scenario-machine.js';

const scenario = fixtureScenario('compile', 'two-roads');

describe('compileScenario', () => {
  it('starts at the first node with the scenario meters', () => {
    const actor = createActor(compileScenario(scenario), { input: {} }).start();
    const view = viewConversation(scenario, actor.getSnapshot());
    expect(view).toMatchObject({
      kind: 'node',
      node: 'opening',
      line: "I don't use it. Why would I?",
      meters: { resistance: 60, trust: 40 },
    });
    expect(view.kind === 'node' && view.options.map((o) => o.id)).toEqual(['ask', 'push']);
  });

  it('applies family effects scaled by the persona, then reactance, and records the turn', () => {
    const { transcript } = playChoices(scenario, ['push', 'push']);
    // insist: +10 resistance x1.5 = +15, trust -6 x1.5 = -9; the second push is at 75 >= 70: +6 / -4
    expect(transcript.turns.map((t) => [t.option, t.after, t.reactance])).toEqual([
      ['push', { resistance: 75, trust: 31 }, false],
      ['push', { resistance: 96, trust: 18 }, true],
    ]);
    // resistance 96 meets the walk-out condition, which ends the conversation at once
    expect(transcript.ending?.id).toBe('walkout');
  });

  it('varies the stakeholder line with the meters', () => {
    const snapshot = playChoices(scenario, ['push']).snapshot;
    const view = viewConversation(scenario, snapshot);
    expect(view.kind === 'node' && view.line).toBe("I've told you already. No.");
  });

  it('follows branches on the meters after the choice', () => {
    expect(playChoices(scenario, ['ask', 'hold']).transcript.ending?.id).toBe('agreed');
    expect(playChoices(scenario, ['push', 'ask', 'hold']).transcript.ending?.id).toBe('shrug');
  });

  it('counts set-boundary as directive at a non-negotiable node', () => {
    const { transcript } = playChoices(scenario, ['ask', 'hold']);
    expect(transcript.turns[1]).toMatchObject({
      move: 'set-boundary',
      family: 'directive',
      nonNegotiable: true,
    });
  });

  it('offers an option only while its condition holds', () => {
    // trust 40 < 45: "extra" is not offered yet; after a listening move trust is 45
    const first = playChoices(scenario, ['extra']);
    expect(first.ignored).toEqual([
      { node: 'opening', option: 'extra', reason: 'unavailable-option' },
    ]);
    expect(first.transcript.turns).toEqual([]);
  });

  it('ignores and reports unknown options and choices after the end, never crashing', () => {
    const result = playChoices(scenario, ['nope', 'ask', 'reflect', 'ask']);
    expect(result.transcript.ending?.id).toBe('shrug');
    expect(result.ignored).toEqual([
      { node: 'opening', option: 'nope', reason: 'unknown-option' },
      { node: 'shrug', option: 'ask', reason: 'after-end' },
    ]);
  });

  it('can start anywhere with chosen meters, for the facilitator preview', () => {
    const { transcript } = playChoices(scenario, ['hold'], {
      start: 'story',
      meters: { trust: 90 },
    });
    expect(transcript.start).toEqual({ node: 'story', meters: { resistance: 60, trust: 90 } });
    expect(transcript.ending?.id).toBe('agreed');
  });
});

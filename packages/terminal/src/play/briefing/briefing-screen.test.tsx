import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import { playFixture } from '../../../test/load-play-fixture.js';
import { BriefingScreen } from './briefing-screen.js';

const scenario = await playFixture('two-roads');

describe('BriefingScreen', () => {
  it('shows the situation, the goal and the mode, then who the learner will meet', async () => {
    const { stdin, lastFrame } = render(
      <BriefingScreen scenario={scenario} mode="coach" send={vi.fn()} />,
    );
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Two roads

      Situation
      A colleague has stopped using the new planning tool that arrived last month.

      Your goal
      Find out why, and agree a next step.

      Mode: coach. You see the meters, and a coaching note after every choice.

      Enter next: meet Sam · q quit"
    `);
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "You are meeting Sam, Planner

      What they care about
      Getting the plan out on time.

      What happened before
      The tool arrived without warning.

      Enter start the conversation · ← back · q quit"
    `);
    await press(stdin, KEYS.left);
    expect(lastFrame()).toContain('Situation');
  });

  it('says what assess mode hides', () => {
    const { lastFrame } = render(
      <BriefingScreen scenario={scenario} mode="assess" send={vi.fn()} />,
    );
    expect(lastFrame()).toContain(
      'Mode: assess. The meters and the coaching notes wait for the debrief.',
    );
  });

  it('starts on the second Enter and quits on q', async () => {
    const send = vi.fn();
    const { stdin } = render(<BriefingScreen scenario={scenario} mode="coach" send={send} />);
    await press(stdin, 'x', KEYS.enter);
    expect(send).not.toHaveBeenCalled();
    await press(stdin, KEYS.enter, 'q');
    expect(send.mock.calls).toEqual([[{ type: 'briefing.start' }], [{ type: 'session.quit' }]]);
  });
});

import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import { playFixture } from '../../../test/load-play-fixture.js';
import { BriefingScreen } from './briefing-screen.js';

const scenario = await playFixture('two-roads');

describe('BriefingScreen', () => {
  it('shows the situation, the stakeholder, the goal and the mode', () => {
    const { lastFrame } = render(
      <BriefingScreen scenario={scenario} mode="coach" send={vi.fn()} />,
    );
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Two roads

      Situation
      A colleague has stopped using the new planning tool that arrived last month.

      Stakeholder: Sam, Planner
      Cares about: Getting the plan out on time.
      History: The tool arrived without warning.

      Your goal
      Find out why, and agree a next step.

      Mode: coach. You see the meters, and a coaching note after every choice.

      Enter start · q quit"
    `);
  });

  it('says what assess mode hides', () => {
    const { lastFrame } = render(
      <BriefingScreen scenario={scenario} mode="assess" send={vi.fn()} />,
    );
    expect(lastFrame()).toContain(
      'Mode: assess. The meters and the coaching notes wait for the debrief.',
    );
  });

  it('starts on Enter and quits on q', async () => {
    const send = vi.fn();
    const { stdin } = render(<BriefingScreen scenario={scenario} mode="coach" send={send} />);
    await press(stdin, 'x', KEYS.enter, 'q');
    expect(send.mock.calls).toEqual([[{ type: 'briefing.start' }], [{ type: 'session.quit' }]]);
  });
});

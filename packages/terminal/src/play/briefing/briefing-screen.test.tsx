import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import { playFixture } from '../../../test/load-play-fixture.js';
import { renderSized, resize } from '../../../test/sized.js';
import { briefingBlocks, briefingPages } from './briefing-blocks.js';
import { BriefingScreen } from './briefing-screen.js';

const scenario = await playFixture('two-roads');
// The same briefing with a situation long enough to need a second page in 24 lines.
const long = {
  ...scenario,
  briefing: {
    ...scenario.briefing,
    situation: Array.from(
      { length: 24 },
      (_, i) => `Sentence ${i + 1} of the situation, long enough to fill most of a line.`,
    ).join(' '),
  },
};

describe('BriefingScreen', () => {
  it('takes more pages on a short terminal, and fewer when it grows', async () => {
    const { stdout, lastFrame } = await renderSized(
      <BriefingScreen scenario={long} mode="coach" send={vi.fn()} />,
      { columns: 60, rows: 20 },
    );
    const pages = (frame = lastFrame() ?? '') => /page 1\/(\d+)/.exec(frame)?.[1];
    const short = Number(pages());
    resize(stdout, { columns: 60, rows: 60 });
    await press({ write: () => undefined });
    expect(Number(pages() ?? 1)).toBeLessThan(short);
  });

  it('shows the situation, the goal, the mode and who the learner will meet', () => {
    const { lastFrame } = render(
      <BriefingScreen scenario={scenario} mode="coach" send={vi.fn()} />,
    );
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Two roads

      Situation
      A colleague has stopped using the new planning tool that arrived last month.

      Your goal
      Find out why, and agree a next step.

      Mode: coach. You see the meters, and a coaching note after every choice.

      You are meeting Sam, Planner

      What they care about
      Getting the plan out on time.

      What happened before
      The tool arrived without warning.

      Enter start the conversation · q quit"
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

  it('takes an Enter pressed before the terminal was in raw mode (a line feed) as Enter', async () => {
    const send = vi.fn();
    const { stdin, lastFrame } = render(
      <BriefingScreen scenario={long} mode="coach" send={send} />,
    );
    await press(stdin, '\n');
    expect(lastFrame()).toContain('page 2/2');
    await press(stdin, '\n\n');
    expect(send.mock.calls).toEqual([[{ type: 'briefing.start' }]]);
  });

  it('turns a briefing too long for the terminal into pages, Enter going on and ← back', async () => {
    const send = vi.fn();
    const { stdin, lastFrame } = render(
      <BriefingScreen scenario={long} mode="coach" send={send} />,
    );
    expect(lastFrame()).toContain('Enter next · q quit · page 1/2');
    expect(lastFrame()?.split('\n').length).toBeLessThan(24);
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Your goal
      Find out why, and agree a next step.

      Mode: coach. You see the meters, and a coaching note after every choice.

      You are meeting Sam, Planner

      What they care about
      Getting the plan out on time.

      What happened before
      The tool arrived without warning.

      Enter start the conversation · ← back · q quit · page 2/2"
    `);
    await press(stdin, KEYS.left);
    expect(lastFrame()).toContain('Situation');
    await press(stdin, KEYS.enter, KEYS.enter);
    expect(send.mock.calls).toEqual([[{ type: 'briefing.start' }]]);
  });
});

describe('briefingPages', () => {
  it('fills each page to the rows given, and gives a block taller than a page its own, with the title', () => {
    const blocks = briefingBlocks(long, 'coach');
    const pages = (columns: number, rows: number) =>
      briefingPages(blocks, columns, rows).map((page) =>
        page.map((block) => block.heading ?? block.text.slice(0, 12)),
      );
    expect(pages(100, 100)).toHaveLength(1);
    expect(pages(60, 21)).toEqual([
      ['Two roads', 'Situation'],
      ['Your goal', 'Mode: coach.', 'You are meet', 'What they care about', 'What happened before'],
    ]);
  });
});

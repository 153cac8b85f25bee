import { playChoices } from '@rapport/engine';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../../test/keys.js';
import { playFixture } from '../../../test/load-play-fixture.js';
import { renderSized, resize } from '../../../test/sized.js';
import { ConversationScreen, FeedbackScreen } from './conversation-screen.js';

const scenario = await playFixture('two-roads');
const opening = scenario.nodes.opening?.options.filter((option) => option.id !== 'extra') ?? [];

const screen = (send = vi.fn(), meters?: Record<string, number>) =>
  render(
    <ConversationScreen
      turn={1}
      speaker="Sam"
      line="I don't use it. Why would I?"
      options={opening}
      {...(meters ? { meters } : {})}
      send={send}
    />,
  );

describe('ConversationScreen', () => {
  it('shows the meters as labelled bars, the line and the numbered options', () => {
    const { lastFrame } = screen(vi.fn(), { resistance: 60, trust: 40 });
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Resistance ██████░░░░  60
      Trust      ████░░░░░░  40

      Turn 1
      Sam: I don't use it. Why would I?

      › 1. What gets in the way?
        2. Everyone has to use it from Monday.

      ↑↓ move · Enter choose · 1-2 pick · q quit"
    `);
  });

  it('hides the meters in assess mode', () => {
    const { lastFrame } = screen();
    expect(lastFrame()).not.toContain('Resistance');
    expect(lastFrame()).toContain('› 1. What gets in the way?');
  });

  it('moves the highlight with the arrows and chooses with Enter', async () => {
    const send = vi.fn();
    const { stdin, lastFrame } = screen(send);
    await press(stdin, KEYS.down);
    expect(lastFrame()).toContain('› 2. Everyone has to use it from Monday.');
    await press(stdin, KEYS.down, KEYS.enter);
    // the highlight wraps around from the last option to the first
    expect(send.mock.calls).toEqual([[{ type: 'option.chosen', option: 'ask' }]]);
  });

  it('chooses at once with a number key and ignores numbers beyond the options', async () => {
    const send = vi.fn();
    const { stdin } = screen(send);
    await press(stdin, '3', '2', 'q');
    expect(send.mock.calls).toEqual([
      [{ type: 'option.chosen', option: 'push' }],
      [{ type: 'session.quit' }],
    ]);
  });

  it('agrees with keys that arrive together, like ↑ then Enter in one read', async () => {
    const send = vi.fn();
    const { stdin } = screen(send);
    await press(stdin, KEYS.down);
    await press(stdin, `${KEYS.up}${KEYS.enter}`);
    expect(send.mock.calls).toEqual([[{ type: 'option.chosen', option: 'ask' }]]);
  });

  it('drops the blank lines when the terminal is too short for them', () => {
    const long = Array.from({ length: 9 }, (_, i) => ({
      ...(opening[0] as (typeof opening)[number]),
      id: `option-${i + 1}`,
      text: `Option ${i + 1}, which says a good deal more than the terminal has room for on one line of text, and then goes on to say it again.`,
    }));
    const { lastFrame } = render(
      <ConversationScreen
        turn={4}
        speaker="Sam"
        line="I don't use it. Why would I?"
        options={long}
        meters={{ resistance: 60, trust: 40 }}
        send={vi.fn()}
      />,
    );
    const lines = lastFrame()?.split('\n') ?? [];
    expect(lines.slice(0, 4)).toEqual([
      'Resistance ██████░░░░  60',
      'Trust      ████░░░░░░  40',
      "Turn 4 · Sam: I don't use it. Why would I?",
      '› 1. Option 1, which says a good deal more than the terminal has room for on one line of text, and',
    ]);
    expect(lines).not.toContain('');
    expect(lines.length).toBeLessThan(24);
  });
});

describe('ConversationScreen on a short terminal', () => {
  const many = Array.from({ length: 7 }, (_, i) => ({
    ...(opening[0] as (typeof opening)[number]),
    id: `option-${i + 1}`,
    text: `Option ${i + 1}: a longer answer that takes two lines of a terminal sixty columns wide.`,
  }));
  const meters = { resistance: 60, trust: 40, clarity: 35 };
  const turn = (send = vi.fn()) => (
    <ConversationScreen
      turn={5}
      speaker="Ruth Okoye"
      line="I signed off that control myself. Tell me why I should let it go for one release."
      options={many}
      meters={meters}
      send={send}
    />
  );

  it('keeps the meters, the turn and the line in view and scrolls the options at 60x20', async () => {
    const { lastFrame } = await renderSized(turn(), { columns: 60, rows: 20 });
    const lines = lastFrame()?.split('\n') ?? [];
    expect(lines.length).toBeLessThan(20);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Resistance ██████░░░░  60
      Trust      ████░░░░░░  40
      Clarity    ████░░░░░░  35
      Turn 5 · Ruth Okoye: I signed off that control myself. Tell
      me why I should let it go for one release.
      › 1. Option 1: a longer answer that takes two lines of a
           terminal sixty columns wide.
        2. Option 2: a longer answer that takes two lines of a
           terminal sixty columns wide.
        3. Option 3: a longer answer that takes two lines of a
           terminal sixty columns wide.
        4. Option 4: a longer answer that takes two lines of a
           terminal sixty columns wide.
        5. Option 5: a longer answer that takes two lines of a
           terminal sixty columns wide.
        6. Option 6: a longer answer that takes two lines of a
           terminal sixty columns wide.
        ↓ 1 more
      ↑↓ move · Enter choose · 1-7 pick · q quit"
    `);
  });

  it('moves the window with the highlight, and number keys pick options out of view', async () => {
    const send = vi.fn();
    const { stdin, lastFrame } = await renderSized(turn(send), { columns: 60, rows: 20 });
    const top = lastFrame() ?? '';
    await press(stdin, ...Array.from({ length: 6 }, () => KEYS.down));
    const bottom = lastFrame() ?? '';
    expect(bottom.split('\n').slice(0, 5)).toEqual(top.split('\n').slice(0, 5));
    expect(bottom).toContain('› 7. Option 7');
    expect(bottom).toMatch(/↑ \d more/);
    expect(bottom).not.toMatch(/↓ \d more/);
    expect(bottom.split('\n').length).toBeLessThan(20);
    await press(stdin, KEYS.down);
    // wrapped round to the first option, at the top of the list again
    expect(lastFrame()).toContain('› 1. Option 1');
    expect(lastFrame()).not.toMatch(/↑ \d more/);
    await press(stdin, '7');
    expect(send.mock.calls).toEqual([[{ type: 'option.chosen', option: 'option-7' }]]);
  });

  it('lays the turn out again when the terminal is resized', async () => {
    const { stdout, lastFrame } = await renderSized(turn(), { columns: 60, rows: 20 });
    expect(lastFrame()).toContain('more');
    resize(stdout, { columns: 60, rows: 40 });
    await press({ write: () => undefined });
    expect(lastFrame()).not.toContain('more');
    expect(lastFrame()).toContain('  7. Option 7');
    expect(lastFrame()?.split('\n')[4]).toBe('Turn 5');
  });
});

describe('FeedbackScreen', () => {
  const [turn] = playChoices(scenario, ['push']).transcript.turns;

  it('names the move and gives the coaching note, with the meters after the choice', () => {
    if (!turn) throw new Error('no turn');
    const { lastFrame } = render(<FeedbackScreen turn={turn} finished={false} send={vi.fn()} />);
    expect(lastFrame()).toMatchInlineSnapshot(`
      "Resistance ████████░░  75 (+15)
      Trust      ███░░░░░░░  31 (-9)

      You: Everyone has to use it from Monday.

      Move: Insisting (insistence)
      Insisting raises resistance.

      Enter continue · q quit"
    `);
  });

  it('drops its blank lines when the terminal is too short for them, the meters still first', async () => {
    if (!turn) throw new Error('no turn');
    const long = {
      ...turn,
      text: 'Everyone has to use it from Monday, and I will be checking the logs every morning.',
      coach: 'Insisting raises resistance. '.repeat(8).trim(),
    };
    const { lastFrame } = await renderSized(
      <FeedbackScreen turn={long} finished={false} send={vi.fn()} />,
      { columns: 60, rows: 12 },
    );
    const lines = lastFrame()?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^Resistance /);
    expect(lines).not.toContain('');
    expect(lines.length).toBeLessThan(12);
    expect(lines.at(-1)).toBe('Enter continue · q quit');
  });

  it('goes on with Enter, to the debrief once the conversation has ended', async () => {
    if (!turn) throw new Error('no turn');
    const send = vi.fn();
    const { stdin, lastFrame } = render(<FeedbackScreen turn={turn} finished send={send} />);
    expect(lastFrame()).toContain('Enter see the debrief');
    await press(stdin, KEYS.enter);
    expect(send.mock.calls).toEqual([[{ type: 'turn.continue' }]]);
  });
});

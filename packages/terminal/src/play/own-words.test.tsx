import { loadShippedCoder, type Transcript } from '@rapport/engine';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../test/keys.js';
import { playFixture } from '../../test/load-play-fixture.js';
import { App, type AppResult } from './app.js';
import { loadSession } from './load-session.js';

const scenario = await playFixture('two-roads');
await loadSession();
await loadShippedCoder();

const QUESTION = 'What is it that gets in the way for you when you use it?';

const start = (mode: 'coach' | 'assess', words = true, onFinished = vi.fn()) => {
  const result: AppResult = { quit: false, problems: [] };
  const app = render(
    <App
      mode={mode}
      scenario={scenario}
      result={result}
      onFinished={onFinished}
      seed={1}
      words={words}
    />,
  );
  return { ...app, result, onFinished };
};

/** Waits for the coder (loaded once above, so at once) and the screen to draw. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 30));
}

describe('own-words play in the terminal', () => {
  it('is chosen with w on the briefing and asks for a typed reply', async () => {
    const { stdin, lastFrame } = start('coach', false);
    expect(lastFrame()).toContain('press w to type your replies');
    await press(stdin, 'w');
    expect(lastFrame()).toContain('In your own words: you type each reply');
    await press(stdin, KEYS.enter);
    await settle();
    expect(lastFrame()).toContain('What do you say? (in your own words)');
    expect(lastFrame()).not.toContain('1. What gets in the way?');
  });

  it('sends nothing for an empty reply, and says so', async () => {
    const { stdin, lastFrame } = start('coach');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, '   ', KEYS.enter);
    expect(lastFrame()).toContain('Type what you would say first: an empty reply is not sent.');
    expect(lastFrame()).toContain("I don't use it. Why would I?");
  });

  it('in coach mode shows the reading and the match, and takes a correction', async () => {
    const { stdin, lastFrame } = start('coach');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, QUESTION, KEYS.enter);
    expect(lastFrame()).toMatch(/Coder: read as an open question, 0\.\d\d \(MITI: question\)/);
    expect(lastFrame()).toContain('Matched to: What gets in the way? (Open question). Another?');
    // 2 is "Everyone has to use it from Monday." (insisting), which the learner meant after all.
    await press(stdin, '2');
    expect(lastFrame()).toContain('Move: Insisting (insistence)');
    expect(lastFrame()).toContain(`You: ${QUESTION}`);
    expect(lastFrame()).toContain('Played as: Everyone has to use it from Monday.');
  });

  it('offers the two closest lines for emoji, without codes in assessment mode', async () => {
    const { stdin, lastFrame } = start('assess');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, '🙂🙂🙂', KEYS.enter);
    expect(lastFrame()).toContain('Which of these is closer to what you meant?');
    expect(lastFrame()).not.toContain('read as');
    expect(lastFrame()).toContain('1. ');
    expect(lastFrame()).toContain('2. ');
    expect(lastFrame()).not.toContain('3. ');
  });

  it('keeps the typed words in the transcript and shows them on the debrief', async () => {
    const { stdin, lastFrame, onFinished } = start('assess');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, QUESTION, KEYS.enter);
    expect(lastFrame()).toContain('It doubles my typing');
    expect(lastFrame()).not.toContain('read as');
    await press(stdin, 'So it doubles your typing.', KEYS.enter);
    if (lastFrame()?.includes('closer to what you meant')) await press(stdin, '1');
    await settle();
    const saved = onFinished.mock.calls.at(-1)?.[0] as Transcript;
    expect(saved.turns[0]).toMatchObject({
      option: 'ask',
      typed: { text: QUESTION, move: 'open-question', codes: ['question'] },
    });
    expect(saved.turns[1]?.typed?.text).toBe('So it doubles your typing.');
    // The transcript is a page of the debrief: the typed words, the line played, the reading.
    let frame = lastFrame() ?? '';
    for (let page = 0; page < 4 && !frame.includes(QUESTION); page++) {
      await press(stdin, KEYS.right);
      frame = lastFrame() ?? '';
    }
    expect(frame).toContain(`You: ${QUESTION}`);
    expect(frame).toMatch(
      /Played as: What gets in the way\? · the coder read an open question, 0\.\d\d/,
    );
  });

  it('takes a 10,000-character paste without filling the screen, and an escape sequence as text', async () => {
    const { stdin, lastFrame } = start('coach');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, 'x'.repeat(9_990), '\u001b]0;title\u0007ok', KEYS.enter);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/\(\d{4,5} characters in all\)/);
    expect(frame).not.toContain('\u001b]0;');
    expect(frame.split('\n').length).toBeLessThan(40);
    expect(frame).toMatch(/closer to what you meant|Another\?/);
  });

  it('edits the reply where the cursor is: arrows, Backspace, Ctrl+W and Ctrl+U, as a shell does', async () => {
    const { stdin, lastFrame } = start('coach');
    await press(stdin, KEYS.enter);
    await settle();
    await press(stdin, 'What gets in way?');
    // back over "way?", then "the " in the gap the learner missed
    await press(stdin, KEYS.left, KEYS.left, KEYS.left, KEYS.left, 'the ');
    expect(lastFrame()).toContain('> What gets in the way?');
    await press(stdin, '\u0017'); // Ctrl+W: the word before the cursor goes
    expect(lastFrame()).toContain('> What gets in way?');
    await press(stdin, '\u0015'); // Ctrl+U: everything before the cursor goes
    expect(lastFrame()).toContain('> way?');
    await press(stdin, '\u0005', '\u007f', ' for you?'); // Ctrl+E, Backspace, then more words
    expect(lastFrame()).toContain('> way for you?');
    // typed fast, keys come in one read: the Backspace among them still takes one back
    await press(stdin, ' Or nott\u007f?');
    expect(lastFrame()).toContain('> way for you? Or not?');
    // an emoji is one character to the arrows and to Backspace
    await press(stdin, '\u0015', 'ok 🙂!', KEYS.left, KEYS.left, KEYS.right, '\u007f');
    expect(lastFrame()).toContain('> ok !');
  });
});

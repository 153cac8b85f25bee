import type { Transcript } from '@rapport/engine';
import { playChoices } from '@rapport/engine';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { KEYS, press } from '../../test/keys.js';
import { playFixture } from '../../test/load-play-fixture.js';
import { rawControls } from '../../test/raw-controls.js';
import { App, type AppResult } from './app.js';
import { loadSession } from './load-session.js';
import { rehearsal } from './session.js';

const scenario = await playFixture('two-roads');
// The session as a learner meets it once loaded; app.test.tsx covers the briefing drawn before.
await loadSession();

const start = (mode: 'coach' | 'assess', onFinished = vi.fn()) => {
  const result: AppResult = { quit: false, problems: [] };
  const app = render(
    // seed 1 shows two-roads' options in file order
    <App mode={mode} scenario={scenario} result={result} onFinished={onFinished} seed={1} />,
  );
  return { ...app, result, onFinished };
};

describe('a session in the terminal', () => {
  it('coaches after every choice and ends on the debrief', async () => {
    const { stdin, lastFrame, onFinished } = start('coach');
    expect(lastFrame()).toContain('Enter start the conversation');
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toContain('Resistance ██████░░░░  60');
    await press(stdin, '1');
    expect(lastFrame()).toContain('Move: Open question (listening)');
    expect(lastFrame()).toContain('An open question invites the story.');
    await press(stdin, KEYS.enter, '1');
    expect(lastFrame()).toContain('Move: Setting a boundary (directive)');
    // never announced before the choice, named after it
    expect(lastFrame()).toContain(
      'This was a non-negotiable moment: you set the boundary it called for.',
    );
    expect(lastFrame()).toContain('Enter see the debrief');
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toContain('Agreed (breakthrough)');
    // two turns are too few to rate
    expect(lastFrame()).toContain('Listening ratio              1.00  – too few to rate');
    // the saved attempt is the engine's transcript of the same choices, with the times added
    const saved = onFinished.mock.calls.at(-1)?.[0] as Transcript;
    const { transcript } = playChoices(scenario, ['ask', 'hold'], { seed: 1 });
    expect({ ...saved, startedAt: undefined, finishedAt: undefined }).toEqual({
      ...transcript,
      startedAt: undefined,
      finishedAt: undefined,
    });
    expect(Date.parse(saved.startedAt ?? '')).not.toBeNaN();
  });

  it('hides the meters and the notes in assess mode until the debrief', async () => {
    const { stdin, lastFrame, frames, onFinished } = start('assess');
    await press(stdin, KEYS.enter, '2', '1', '1');
    const debrief = frames.findIndex((frame) => frame.includes('Debrief: '));
    const conversation = frames.slice(0, debrief).join('\n');
    expect(conversation).toContain('Turn 2');
    expect(conversation).not.toContain('Resistance ');
    expect(conversation).not.toContain('Move:');
    expect(lastFrame()).toContain('A shrug (stalemate)');
    // the debrief shows every meter at the end, and why this ending and not the agreement
    expect(lastFrame()).toContain('Why: trust 40, 45 needed for Agreed.');
    expect(lastFrame()).toMatch(/Resistance [█░]{10} +\d+\nTrust /);
    expect(onFinished.mock.calls.at(-1)).toEqual([expect.objectContaining({ mode: 'assess' })]);
  });

  it('starts again from the first turn on r, and quits on q', async () => {
    const { stdin, lastFrame, result, onFinished } = start('assess');
    await press(stdin, KEYS.enter, '1', '2');
    expect(lastFrame()).toContain('A shrug (stalemate)');
    await press(stdin, 'r');
    expect(lastFrame()).toContain("Turn 1\nSam: I don't use it. Why would I?");
    await press(stdin, '1', '1');
    expect(lastFrame()).toContain('Agreed (breakthrough)');
    expect(onFinished).toHaveBeenCalledTimes(2);
    // --seed 1 was given: the retry keeps the order asked for
    expect(onFinished.mock.calls.map(([saved]) => (saved as Transcript).seed)).toEqual([1, 1]);
    expect(result.quit).toBe(false);
    await press(stdin, 'q');
    expect(result.quit).toBe(true);
  });

  it('draws a new order for a retry when no seed was given, as the web trainer does', async () => {
    const onFinished = vi.fn();
    const result: AppResult = { quit: false, problems: [] };
    const { stdin } = render(
      <App mode="assess" scenario={scenario} result={result} onFinished={onFinished} />,
    );
    const seeds: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await press(stdin, ...(attempt === 0 ? [KEYS.enter] : ['r']), '1', '1', '1');
      const saved = onFinished.mock.calls.at(-1)?.[0] as Transcript | undefined;
      seeds.push(saved?.seed ?? -1);
    }
    expect(onFinished).toHaveBeenCalledTimes(3);
    expect(new Set(seeds).size).toBe(3);
  });

  it('rehearses the first turn out of sight while the briefing is read', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    for (const step of rehearsal(scenario, 'coach', 80)) step();
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
    const { stdin, lastFrame, frames } = start('coach');
    // the app's rehearsal runs a step per turn of the event loop; give it all of them
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frames.join('\n')).not.toContain('Turn 1');
    expect(lastFrame()).toContain('Enter start the conversation');
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toContain("Turn 1\nSam: I don't use it. Why would I?");
    expect(lastFrame()).toContain('Resistance ██████░░░░  60');
  });

  it('shows escape sequences in scenario text as text', async () => {
    const hostile = await playFixture('escape-codes');
    const result: AppResult = { quit: false, problems: [] };
    // seed 1 shows the kiosk's open question first
    const { stdin, frames } = render(
      <App mode="coach" scenario={hostile} result={result} seed={1} />,
    );
    await press(stdin, KEYS.enter, '1', KEYS.enter);
    expect(frames[0]).toContain('Kiosk \\x1b[2J\\x1b]0;renamed\\x07 \\u202eevil');
    expect(rawControls(frames.join(''))).toEqual([]);
    expect(frames.at(-1)).toContain('A kiosk that greets (breakthrough)');
  });
});

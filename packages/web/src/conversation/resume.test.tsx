import type { Transcript } from '@rapport/engine';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { PROGRESS_KEY } from '../history/in-progress';
import { Conversation } from './conversation';

/** Seed 1 shows the fixture's options in file order. */
const SEED = 1;

function play(mode: 'coach' | 'assess' = 'coach', onFinish = vi.fn()) {
  return render(
    <Conversation scenario={twoRoadsScenario()} mode={mode} seed={SEED} onFinish={onFinish} />,
  );
}

function blockStorage(): void {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

describe('the conversation in progress', () => {
  it('is saved choice by choice, and a reload with the same address carries on at that turn', async () => {
    const user = userEvent.setup();
    const first = play();
    await user.keyboard('1{Enter}');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '')).toMatchObject({
      scenario: 'two-roads',
      mode: 'coach',
      seed: SEED,
      choices: ['ask'],
    });
    first.unmount();

    // As after a reload, or Back then Forward: the same scenario, mode and seed.
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    play('coach', onFinish);
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Resistance' }).getAttribute('value')).toBe('54');
    expect(screen.getByRole('heading', { name: /^Turn 2 of about 2/ })).toBeTruthy();
    await user.keyboard('1{Enter}');
    const transcript = onFinish.mock.calls[0]?.[0];
    expect(transcript?.turns.map((turn) => turn.option)).toEqual(['ask', 'hold']);
    // Finished: nothing is left to resume.
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('finishes at once when the saved choices already reached an ending (a reload at the last feedback)', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        scenario: 'two-roads',
        mode: 'coach',
        seed: SEED,
        choices: ['ask', 'hold'],
        startedAt: '2026-12-01T09:00:00.000Z',
      }),
    );
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    play('coach', onFinish);
    const transcript = onFinish.mock.calls[0]?.[0];
    expect(transcript?.ending?.id).toBe('agreed');
    expect(transcript?.startedAt).toBe('2026-12-01T09:00:00.000Z');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('starts afresh when the saved place is for another seed or mode', async () => {
    const user = userEvent.setup();
    const first = play('assess');
    await user.keyboard('1');
    first.unmount();
    play('coach');
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Turn 1 of about 2/ })).toBeTruthy();
  });

  it('starts again, and says why, when the saved choices no longer fit the scenario', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        scenario: 'two-roads',
        mode: 'coach',
        seed: SEED,
        choices: ['gone'],
        startedAt: '2026-12-01T09:00:00.000Z',
      }),
    );
    play();
    expect(screen.getByRole('status').textContent).toMatchInlineSnapshot(
      `"The conversation you had started no longer fits this scenario (it has changed since), so it starts again from the top."`,
    );
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();
  });

  it('still plays to the end when the browser blocks storage', async () => {
    blockStorage();
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={SEED}
        kept={false}
        onFinish={onFinish}
      />,
    );
    await user.keyboard('1');
    await user.keyboard('1');
    expect(onFinish.mock.calls[0]?.[0].ending?.id).toBe('agreed');
    vi.restoreAllMocks();
  });

  it('says plainly that the attempt will not be kept when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    play();
    await user.keyboard('1');
    expect(screen.getByRole('alert').textContent).toMatchInlineSnapshot(
      `"Your place in this conversation cannot be saved (QuotaExceededError: The quota has been exceeded.), so this attempt will not be kept if you reload or leave the page. You can still play to the end and export the transcript from the debrief."`,
    );
    vi.restoreAllMocks();
  });

  it('asks before the page is left mid-conversation, and not before the first choice', async () => {
    const user = userEvent.setup();
    play();
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    await user.keyboard('1');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});

describe('focus and announcements after a choice', () => {
  it('announces the move, the coaching note and the meter change in coach mode', async () => {
    const user = userEvent.setup();
    const { container } = play();
    await user.keyboard('1');
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(
      'Your move: Open question. An open question invites the story. Resistance −6, trust +5.',
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Turn 2/ })),
    );
    expect(live?.textContent).toBe('Sam: It doubles my typing.');
  });

  it('moves focus to the next turn’s heading after a keyboard choice in assessment mode', async () => {
    const user = userEvent.setup();
    play('assess');
    screen.getAllByRole('button')[0]?.focus();
    await user.keyboard('1');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: /^Turn 2 of about 2/ }),
      ),
    );
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe('the stakeholder in front of you', () => {
  it('shows a portrait whose expression follows the meters in coach mode only', async () => {
    const user = userEvent.setup();
    const coach = play();
    expect(
      screen.getByRole('img', { name: /^Portrait of Sam, Planner, looking wary/ }),
    ).toBeTruthy();
    // Insisting pushes resistance to 75: the face closes up.
    await user.keyboard('2{Enter}');
    expect(
      screen.getByRole('img', { name: /^Portrait of Sam, Planner, looking guarded/ }),
    ).toBeTruthy();
    coach.unmount();
    localStorage.clear();
    play('assess');
    expect(screen.getByRole('img', { name: 'Portrait of Sam, Planner.' })).toBeTruthy();
  });

  it('shows each side of the conversation as a named bubble', async () => {
    const user = userEvent.setup();
    const { container } = play('assess');
    await user.keyboard('1');
    const bubbles = [...container.querySelectorAll('.turns .bubble')].map((b) => [
      b.className,
      b.textContent,
    ]);
    expect(bubbles).toEqual([
      ['bubble bubble-them', "Sam: I don't use it. Why would I?"],
      ['bubble bubble-you', 'You: What gets in the way?'],
    ]);
  });
});

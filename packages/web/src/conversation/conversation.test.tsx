import type { Transcript } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { Conversation } from './conversation';

function meter(name: string): HTMLElement {
  return screen.getByRole('meter', { name });
}

/** Seed 1 happens to show both nodes of the fixture in file order; seed 3 shows both reversed. */
const FILE_ORDER = 1;
const REVERSED = 3;

function shownOptions(): (string | null)[] {
  const options = screen.getByRole('list', { name: 'Your options' });
  return within(options)
    .getAllByRole('button')
    .map((b) => b.textContent);
}

describe('the conversation screen', () => {
  it('in coach mode shows the meters, then the move and the coaching note after a choice', async () => {
    const user = userEvent.setup();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty(
      'textContent',
      'Two roads Coach mode',
    );
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();
    expect(meter('Resistance').getAttribute('value')).toBe('60');
    expect(meter('Trust').getAttribute('value')).toBe('40');
    // The affirm option needs trust 45: it is not offered yet.
    expect(shownOptions()).toEqual([
      '1What gets in the way?',
      '2Everyone has to use it from Monday.',
    ]);

    await user.keyboard('1');
    expect(
      screen.getByRole('heading', { name: 'Your move: Open question (listening)' }),
    ).toBeTruthy();
    expect(screen.getByText('An open question invites the story.')).toBeTruthy();
    expect(screen.getByText('Resistance −6, trust +5.')).toBeTruthy();
    expect(meter('Resistance').getAttribute('value')).toBe('54');
    expect(screen.queryByText('It doubles my typing.')).toBeNull();
    // Focus lands on the feedback's heading (the option that had it is gone), never the body.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Your move: Open question (listening)' }),
    );

    await user.keyboard('{Enter}');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
  });

  it('says a moment was non-negotiable only after the choice, and whether the boundary was set', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    await user.keyboard('1{Enter}');
    // The story node is non-negotiable: nothing gives that away before the choice.
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(screen.queryByText(/non-negotiable/)).toBeNull();
    await user.keyboard('1');
    expect(
      screen.getByText(
        'This was a non-negotiable moment: A safety line, for testing. Setting the boundary was the call.',
      ),
    ).toBeTruthy();
    unmount();
    // The same seed would resume the attempt just left: forget it to start again.
    localStorage.clear();

    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    await user.keyboard('1{Enter}2');
    expect(screen.getByRole('heading', { name: /Simple reflection/ })).toBeTruthy();
    expect(
      screen.getByText(
        'This was a non-negotiable moment: A safety line, for testing. The boundary was missed: this called for setting it, with the reason and a way forward.',
      ),
    ).toBeTruthy();
  });

  it('says nothing of non-negotiable moments in assessment mode', async () => {
    const user = userEvent.setup();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    await user.keyboard('1');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(screen.queryByText(/non-negotiable/)).toBeNull();
  });

  it('shows the options in the order the attempt’s seed draws, numbered as the keys pick them', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    const { unmount } = render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={REVERSED}
        onFinish={onFinish}
      />,
    );
    const reversed = shownOptions();
    expect(reversed).toEqual(['1Everyone has to use it from Monday.', '2What gets in the way?']);
    // Key 2 is the option shown second, whatever its place in the file.
    await user.keyboard('2');
    expect(shownOptions()).toEqual([
      '1Twice the typing for the same plan.',
      "2I hear you, and the export stops today because it leaks data; here's a safe route.",
    ]);
    await user.keyboard('2');
    const transcript = onFinish.mock.calls[0]?.[0];
    expect(transcript?.turns.map((t) => t.option)).toEqual(['ask', 'hold']);
    expect(transcript?.seed).toBe(REVERSED);
    unmount();

    // The same seed, the same order; another seed, another order.
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={REVERSED}
        onFinish={vi.fn()}
      />,
    );
    expect(shownOptions()).toEqual(reversed);
  });

  it('draws a fresh seed for an attempt without one and records it in the transcript', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    render(<Conversation scenario={twoRoadsScenario()} mode="assess" onFinish={onFinish} />);
    await user.click(screen.getByRole('button', { name: /What gets in the way/ }));
    await user.click(screen.getByRole('button', { name: /Twice the typing/ }));
    const seed = onFinish.mock.calls[0]?.[0].seed;
    expect(Number.isInteger(seed) && (seed ?? -1) >= 0 && (seed ?? -1) <= 0xffffffff).toBe(true);
  });

  it('announces the stakeholder’s latest line to screen readers', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe("Sam: I don't use it. Why would I?");
    await user.keyboard('1');
    expect(live?.textContent).toBe('Sam: It doubles my typing.');
  });

  it('in assessment mode shows no meters and no feedback, and ends with the transcript', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="assess"
        seed={FILE_ORDER}
        onFinish={onFinish}
      />,
    );
    expect(screen.queryByRole('meter')).toBeNull();
    await user.keyboard('1');
    expect(screen.queryByText('An open question invites the story.')).toBeNull();
    await user.keyboard('1');
    expect(onFinish).toHaveBeenCalledTimes(1);
    const transcript = onFinish.mock.calls[0]?.[0];
    expect(transcript?.mode).toBe('assess');
    expect(transcript?.turns.map((t) => t.option)).toEqual(['ask', 'hold']);
    expect(transcript?.ending?.id).toBe('agreed');
  });

  it('steps back one turn in coach mode, and only one', async () => {
    const user = userEvent.setup();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={FILE_ORDER}
        onFinish={vi.fn()}
      />,
    );
    const back = (): HTMLElement => screen.getByRole('button', { name: 'Step back one turn' });
    expect(back()).toHaveProperty('disabled', true);
    await user.keyboard('2');
    await user.keyboard('{Enter}');
    expect(meter('Resistance').getAttribute('value')).toBe('75');
    expect(screen.getByText("I've told you already. No.")).toBeTruthy();
    await user.keyboard('1');
    await user.keyboard('{Enter}');
    expect(meter('Resistance').getAttribute('value')).toBe('69');

    await user.click(back());
    expect(meter('Resistance').getAttribute('value')).toBe('75');
    expect(screen.getByText("I've told you already. No.")).toBeTruthy();
    expect(back()).toHaveProperty('disabled', true);

    await user.keyboard('1');
    expect(back()).toHaveProperty('disabled', false);
  });

  it('keeps the attempt’s order after a step back', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={REVERSED}
        onFinish={onFinish}
      />,
    );
    // Shown reversed: 1 is "push", which loops back to the opening.
    await user.keyboard('1{Enter}');
    const before = shownOptions();
    await user.keyboard('2{Enter}');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Step back one turn' }));
    expect(shownOptions()).toEqual(before);
    await user.keyboard('2{Enter}2{Enter}');
    const transcript = onFinish.mock.calls[0]?.[0];
    expect(transcript?.turns.map((t) => t.option)).toEqual(['push', 'ask', 'hold']);
    expect(transcript?.seed).toBe(REVERSED);
  });

  it('waits for Continue in coach mode before handing over the ending', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    render(
      <Conversation
        scenario={twoRoadsScenario()}
        mode="coach"
        seed={FILE_ORDER}
        onFinish={onFinish}
      />,
    );
    await user.keyboard('1{Enter}1');
    expect(screen.getByRole('button', { name: 'See how it ended Enter' })).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onFinish).toHaveBeenCalledTimes(1);
  });
});

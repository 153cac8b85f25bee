import type { Transcript } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { Conversation } from './conversation';

function meter(name: string): HTMLElement {
  return screen.getByRole('meter', { name });
}

describe('the conversation screen', () => {
  it('in coach mode shows the meters, then the move and the coaching note after a choice', async () => {
    const user = userEvent.setup();
    render(<Conversation scenario={twoRoadsScenario()} mode="coach" onFinish={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveProperty(
      'textContent',
      'Two roads Coach mode',
    );
    expect(screen.getByText("I don't use it. Why would I?")).toBeTruthy();
    expect(meter('Resistance').getAttribute('value')).toBe('60');
    expect(meter('Trust').getAttribute('value')).toBe('40');
    // The affirm option needs trust 45: it is not offered yet.
    const options = screen.getByRole('list', { name: 'Your options' });
    expect(
      within(options)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1What gets in the way?', '2Everyone has to use it from Monday.']);

    await user.keyboard('1');
    expect(
      screen.getByRole('heading', { name: 'Your move: Open question (listening)' }),
    ).toBeTruthy();
    expect(screen.getByText('An open question invites the story.')).toBeTruthy();
    expect(screen.getByText('Resistance −6, trust +5.')).toBeTruthy();
    expect(meter('Resistance').getAttribute('value')).toBe('54');
    expect(screen.queryByText('It doubles my typing.')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Continue Enter');

    await user.keyboard('{Enter}');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(
      screen.getByText('This is a non-negotiable moment: A safety line, for testing.'),
    ).toBeTruthy();
  });

  it('announces the stakeholder’s latest line to screen readers', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Conversation scenario={twoRoadsScenario()} mode="assess" onFinish={vi.fn()} />,
    );
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe("Sam: I don't use it. Why would I?");
    await user.keyboard('1');
    expect(live?.textContent).toBe('Sam: It doubles my typing.');
  });

  it('in assessment mode shows no meters and no feedback, and ends with the transcript', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn<(transcript: Transcript) => void>();
    render(<Conversation scenario={twoRoadsScenario()} mode="assess" onFinish={onFinish} />);
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
    render(<Conversation scenario={twoRoadsScenario()} mode="coach" onFinish={vi.fn()} />);
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

  it('waits for Continue in coach mode before handing over the ending', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    render(<Conversation scenario={twoRoadsScenario()} mode="coach" onFinish={onFinish} />);
    await user.keyboard('1{Enter}1');
    expect(screen.getByRole('button', { name: 'See how it ended Enter' })).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onFinish).toHaveBeenCalledTimes(1);
  });
});

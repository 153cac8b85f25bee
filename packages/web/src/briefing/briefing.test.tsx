import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { Briefing } from './briefing';

describe('the briefing', () => {
  it('shows the situation, the person and the goal, and focuses the title', () => {
    render(<Briefing scenario={twoRoadsScenario()} onStart={vi.fn()} />);
    const title = screen.getByRole('heading', { level: 1, name: 'Two roads' });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText('A colleague has stopped using the new tool.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sam, Planner' })).toBeTruthy();
    expect(screen.getByText('Getting the plan out on time.')).toBeTruthy();
    expect(screen.getByText('The tool arrived without warning.')).toBeTruthy();
    expect(screen.getByText('Find out why.')).toBeTruthy();
  });

  it('starts in coach mode unless the learner picks assessment mode', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<Briefing scenario={twoRoadsScenario()} onStart={onStart} />);
    expect(screen.getByRole('radio', { name: /Coach mode/ })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    expect(onStart).toHaveBeenLastCalledWith('coach', false);
    await user.click(screen.getByRole('radio', { name: /Assessment mode/ }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    expect(onStart).toHaveBeenLastCalledWith('assess', false);
    await user.click(screen.getByRole('checkbox', { name: /In my own words/ }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    expect(onStart).toHaveBeenLastCalledWith('assess', true);
  });

  it('renders scenario text as text, never as HTML', () => {
    const scenario = twoRoadsScenario();
    const hostile = {
      ...scenario,
      briefing: { ...scenario.briefing, goal: '<img src=x onerror="alert(1)"> Find out why.' },
    };
    const { container } = render(<Briefing scenario={hostile} onStart={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> Find out why.')).toBeTruthy();
  });

  it('offers to carry on a conversation of this scenario left before its end', () => {
    localStorage.setItem(
      'rapport.in-progress',
      JSON.stringify({
        version: 1,
        scenario: 'two-roads',
        mode: 'assess',
        seed: 42,
        choices: ['ask'],
        startedAt: '2026-12-01T09:00:00.000Z',
      }),
    );
    render(<Briefing scenario={twoRoadsScenario()} onStart={vi.fn()} />);
    expect(screen.getByText(/^You left a conversation here/).textContent).toMatchInlineSnapshot(
      `"You left a conversation here at turn 2, in assessment mode. Carry on where you left off (starting again replaces it)."`,
    );
    expect(
      screen.getByRole('link', { name: 'Carry on where you left off' }).getAttribute('href'),
    ).toBe('#/play/two-roads?mode=assess&seed=42');
  });

  it('offers nothing to carry on when no conversation was left', () => {
    render(<Briefing scenario={twoRoadsScenario()} onStart={vi.fn()} />);
    expect(screen.queryByRole('link', { name: 'Carry on where you left off' })).toBeNull();
  });
});

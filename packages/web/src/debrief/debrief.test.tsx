import { playChoices } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import type { Attempt } from '../history/attempt';
import { Debrief } from './debrief';

function attempt(choices: string[]): Attempt {
  const { transcript } = playChoices(twoRoadsScenario(), choices, {
    finishedAt: '2026-11-23T09:00:00.000Z',
  });
  return { id: 'one', savedAt: '2026-11-23T09:00:00.000Z', transcript };
}

function row(name: RegExp): string {
  const table = screen.getByRole('table', { name: 'Your figures' });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => r.textContent ?? '');
  return rows.find((text) => name.test(text)) ?? `no row matches ${name}`;
}

describe('the debrief', () => {
  it('shows the outcome and every figure with its band', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Debrief: Two roads');
    expect(screen.getByRole('heading', { name: 'Stalemate: A shrug' })).toBeTruthy();
    expect(screen.getByText('Nothing changes.')).toBeTruthy();
    expect(row(/^Listening ratio/)).toBe(
      'Listening ratio0.672 listening, 1 insistingfairfair from 0.60, good from 0.80 (this scenario)',
    );
    expect(row(/^Reflection-to-question/)).toContain('1:11 reflections, 1 questionsfair');
    expect(row(/^Complex reflections/)).toContain('0%0 of 1 reflectionsbelow fair');
    expect(row(/^MI-adherent/)).toContain('0count');
    expect(row(/^MI-non-adherent/)).toContain('1count');
    expect(row(/^Pushes into resistance/)).toContain('0none');
    expect(row(/^Decisiveness/)).toContain('0 set, 1 missedboundary missed');
  });

  it('draws the trajectory as a chart with the same figures as a table', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    const chart = screen.getByRole('img', { name: /Resistance and trust after every turn/ });
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Meters after every turn (0 is the start)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['TurnResistanceTrust', '06040', '17531', '26936', '36341']);
  });

  it('annotates every turn with its move and what it did, and names the turning points', () => {
    render(<Debrief attempt={attempt(['push', 'ask', 'reflect'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByText(/Turn 1: Insisting/).closest('p')?.textContent).toBe(
      'Turn 1: Insisting (insistence). Resistance +15 to 75, trust −9 to 31.',
    );
    expect(screen.getByText('Insisting raises resistance.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Turning points' })).toBeTruthy();
    expect(screen.getByText(/^Turn 1: insisting moved the meters by 24 points/)).toBeTruthy();
    const weakest = screen.getByRole('heading', { name: 'Your weakest turn: turn 1' });
    expect(weakest.parentElement?.textContent).toMatchInlineSnapshot(
      `"Your weakest turn: turn 1You chose insisting.The best option on offer there was:What gets in the way?Open question: An open question invites the story. It keeps a breakthrough within reach."`,
    );
  });

  it('offers a retry and both exports', () => {
    render(<Debrief attempt={attempt(['ask', 'hold'])} scenario={twoRoadsScenario()} />);
    expect(screen.getByRole('link', { name: 'Retry this scenario' }).getAttribute('href')).toBe(
      '#/scenario/two-roads',
    );
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export as JSON' })).toBeTruthy();
  });
});

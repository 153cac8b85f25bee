import { loadScenario, playChoices, type Scenario } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import threeMetersText from '../../test/fixtures/debrief/three-meters.yaml?raw';
import { twoRoadsScenario } from '../../test/two-roads';
import type { Attempt } from '../history/attempt';
import { Debrief } from './debrief';

function threeMeters(): Scenario {
  const loaded = loadScenario(threeMetersText, 'three-meters.yaml');
  if (!loaded.ok) throw new Error('the three-meters fixture did not load');
  return loaded.scenario;
}

function attemptOf(scenario: Scenario, choices: string[]): Attempt {
  const { transcript } = playChoices(scenario, choices, {
    finishedAt: '2026-11-23T09:00:00.000Z',
  });
  return { id: 'one', savedAt: '2026-11-23T09:00:00.000Z', transcript };
}

describe('the debrief tells the story first', () => {
  it('opens with the outcome and one plain takeaway, then the chart, then the figures', () => {
    const { container } = render(
      <Debrief
        attempt={attemptOf(twoRoadsScenario(), ['push', 'ask', 'reflect'])}
        scenario={twoRoadsScenario()}
      />,
    );
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual([
      'Stalemate: A shrug',
      'How Sam moved, turn by turn',
      'How you did',
    ]);
    expect(container.querySelector('.takeaway')?.textContent).toMatchInlineSnapshot(
      `"You listened, but it did not land: 2 of your 3 moves were listening and 1 pushed. The biggest shift came at turn 1: insisting raised resistance by 15."`,
    );
  });

  it('says what carried a good ending', () => {
    const { container } = render(
      <Debrief
        attempt={attemptOf(twoRoadsScenario(), ['ask', 'hold'])}
        scenario={twoRoadsScenario()}
      />,
    );
    expect(container.querySelector('.takeaway')?.textContent).toMatchInlineSnapshot(
      `"Listening got you there: 1 of your 2 moves was listening. The biggest shift came at turn 1: open question lowered resistance by 6."`,
    );
  });

  it('says why this ending, in the meters’ own numbers', () => {
    const { container } = render(
      <Debrief
        attempt={attemptOf(twoRoadsScenario(), ['push', 'ask', 'hold'])}
        scenario={twoRoadsScenario()}
      />,
    );
    expect(container.querySelector('.ending-reason')?.textContent).toMatchInlineSnapshot(
      `"Why this ending: trust 40, 45 needed for Agreed."`,
    );
  });

  it('charts every meter, the scenario’s own too, and marks the turning points with their direction', () => {
    const scenario = threeMeters();
    render(<Debrief attempt={attemptOf(scenario, ['facts', 'heard'])} scenario={scenario} />);
    const chart = screen.getByRole('img', {
      name: /^Resistance, trust and clarity after every turn/,
    });
    expect(chart.querySelectorAll('.series')).toHaveLength(3);
    expect([...chart.querySelectorAll('.turning-mark text')].map((t) => t.textContent)).toEqual([
      // The engine's turning points weigh resistance and trust; each is named by what it moved.
      'Turn 2: resistance −6',
    ]);
    const table = screen.getByRole('table', { name: 'Meters after every turn (0 is the start)' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['TurnResistanceTrustClarity', '055300', '1553130', '2493630']);
    expect(screen.getByText(/^Turn 2: complex reflection,/).textContent).toBe(
      'Turn 2: complex reflection, resistance −6 to 49, trust +5 to 36.',
    );
  });

  it('offers the export at once when the browser did not keep the attempt', () => {
    render(
      <Debrief
        attempt={attemptOf(twoRoadsScenario(), ['ask', 'hold'])}
        scenario={twoRoadsScenario()}
        kept={false}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^This attempt is not kept in this browser/);
    expect(within(alert).getByRole('button', { name: 'Export as JSON' })).toBeTruthy();
  });
});

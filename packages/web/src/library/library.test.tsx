import { playChoices } from '@rapport/engine';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { twoRoadsCatalog, twoRoadsScenario, twoRoadsText } from '../../test/two-roads';
import { buildCatalog, libraryCatalogOf } from '../scenarios/catalog';
import { Library } from './library';

describe('the library', () => {
  it('shows each scenario as a card with its person, skills, time and difficulty', () => {
    render(<Library catalog={twoRoadsCatalog()} attempts={[]} />);
    const card = screen.getByRole('listitem', { name: 'Two roads' });
    expect(within(card).getByRole('link', { name: 'Two roads' }).getAttribute('href')).toBe(
      '#/scenario/two-roads',
    );
    expect(within(card).getByText('With Sam, Planner')).toBeTruthy();
    expect(within(card).getByText('A tiny conversation used to test the compiler.')).toBeTruthy();
    expect(within(card).getByRole('list', { name: 'Skills practised' }).textContent).toBe(
      'listening',
    );
    expect(within(card).getByText('2 min')).toBeTruthy();
    expect(within(card).getByText('introductory')).toBeTruthy();
    expect(within(card).getByText('Not played yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'facilitator page' }).getAttribute('href')).toBe(
      '#/facilitator',
    );
  });

  it('shows the best result of the learner’s attempts', () => {
    const scenario = twoRoadsScenario();
    const saved = (id: string, choices: string[]) => ({
      id,
      savedAt: '2026-11-23T09:00:00.000Z',
      transcript: playChoices(scenario, choices).transcript,
    });
    render(
      <Library
        catalog={twoRoadsCatalog()}
        attempts={[
          saved('a', ['push', 'push']),
          saved('b', ['ask', 'hold']),
          saved('c', ['ask', 'reflect']),
        ]}
      />,
    );
    expect(screen.getByText(/Your best:/).textContent).toBe(
      'Your best: Breakthrough, listening ratio 1.00 (3 attempts)',
    );
  });

  it('shows a broken scenario file as an error card with its problems, next to the good ones', () => {
    const catalog = libraryCatalogOf(
      buildCatalog({
        'scenarios/two-roads.yaml': twoRoadsText,
        'scenarios/broken.yaml': 'id: broken\ntitle: [unclosed\n',
      }),
    );
    render(<Library catalog={catalog} attempts={[]} />);
    expect(screen.getByRole('listitem', { name: 'Two roads' })).toBeTruthy();
    const heading = screen.getByRole('heading', {
      name: 'scenarios/broken.yaml could not be loaded',
    });
    const card = heading.closest('li');
    expect(card?.querySelector('code')?.textContent).toMatch(
      /^scenarios\/broken\.yaml:\d+:\d+: error: /,
    );
  });
});

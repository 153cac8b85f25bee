import { playChoices } from '@rapport/engine';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { twoRoadsScenario } from '../../test/two-roads';
import { Debrief } from '../debrief/debrief';

const original = () => ({
  id: 'one',
  savedAt: '2026-11-23T09:00:00.000Z',
  transcript: playChoices(twoRoadsScenario(), ['push', 'ask', 'reflect']).transcript,
});

describe('what-if replay', () => {
  it('replays another option at a turn, lets the learner play it out, then compares both', async () => {
    const user = userEvent.setup();
    render(<Debrief attempt={original()} scenario={twoRoadsScenario()} />);
    await user.click(screen.getByRole('button', { name: 'What if, at turn 1?' }));
    const panel = screen.getByRole('complementary', { name: 'What-if replay' });
    expect(document.activeElement).toBe(
      within(panel).getByRole('heading', { name: 'What if, at turn 1…' }),
    );
    // Only the options that were on offer then, minus the one taken.
    const instead = within(panel).getByRole('list', { name: 'Say this instead' });
    expect(
      within(instead)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1What gets in the way?']);

    await user.click(within(instead).getByRole('button', { name: /What gets in the way/ }));
    expect(within(panel).getByText('It doubles my typing.')).toBeTruthy();
    expect(within(panel).getByText('Resistance 54, trust 45')).toBeTruthy();
    await user.keyboard('1');

    expect(within(panel).getByText('It ended: Agreed. Sam agrees to try it.')).toBeTruthy();
    const yours = within(panel).getByRole('region', { name: 'Your conversation' });
    const whatIf = within(panel).getByRole('region', { name: 'What if' });
    expect(within(yours).getByText('Stalemate')).toBeTruthy();
    expect(within(whatIf).getByText('Breakthrough')).toBeTruthy();
    // Two or three turns are too few for a band.
    expect(within(yours).getByText('0.67 (too few to rate)')).toBeTruthy();
    expect(within(whatIf).getByText('1.00 (too few to rate)')).toBeTruthy();
    expect(within(whatIf).getByText(/I hear you, and the export stops today/)).toBeTruthy();
  });

  it('shows the options in the order the attempt showed them, from its seed', async () => {
    const user = userEvent.setup();
    // Seed 3 shows both nodes of the fixture reversed: "I hear you…" comes second at the story.
    const { transcript } = playChoices(twoRoadsScenario(), ['push', 'ask', 'reflect'], { seed: 3 });
    render(
      <Debrief attempt={{ id: 'one', savedAt: '', transcript }} scenario={twoRoadsScenario()} />,
    );
    await user.click(screen.getByRole('button', { name: 'What if, at turn 1?' }));
    const panel = screen.getByRole('complementary', { name: 'What-if replay' });
    await user.click(within(panel).getByRole('button', { name: /What gets in the way/ }));
    const options = within(panel).getByRole('list', { name: 'Your options' });
    expect(
      within(options)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '1Twice the typing for the same plan.',
      "2I hear you, and the export stops today because it leaks data; here's a safe route.",
    ]);
    await user.keyboard('2');
    expect(within(panel).getByText('It ended: Agreed. Sam agrees to try it.')).toBeTruthy();
  });

  it('keeps the shared beginning exactly as it was played', async () => {
    const user = userEvent.setup();
    render(<Debrief attempt={original()} scenario={twoRoadsScenario()} />);
    await user.click(screen.getByRole('button', { name: 'What if, at turn 3?' }));
    const panel = screen.getByRole('complementary', { name: 'What-if replay' });
    await user.click(within(panel).getByRole('button', { name: /I hear you/ }));
    // Trust was 36 before turn 3: holding the line is not enough to agree.
    expect(within(panel).getByText('It ended: A shrug. Nothing changes.')).toBeTruthy();
    expect(
      within(panel).getByText('Turns 1 to 2 were the same; from turn 3 they differ.'),
    ).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Close what-if' }));
    expect(screen.queryByRole('complementary', { name: 'What-if replay' })).toBeNull();
    // Focus goes back to the button that opened it, not to the page body.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'What if, at turn 3?' }),
      ),
    );
  });
});

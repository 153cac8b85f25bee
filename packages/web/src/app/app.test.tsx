import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsCatalog } from '../../test/two-roads';
import { HISTORY_KEY, readHistory } from '../history/history-store';
import { App } from './app';

/** The number key that picks an option, read from the list as shown (the order is seeded). */
function keyFor(text: RegExp): string {
  const options = within(screen.getByRole('list', { name: 'Your options' })).getAllByRole('button');
  const index = options.findIndex((option) => text.test(option.textContent ?? ''));
  if (index < 0) throw new Error(`no option shown matches ${text}`);
  return String(index + 1);
}

describe('the trainer app', () => {
  it('goes from the library to a debrief by keyboard, and keeps the attempt', async () => {
    const user = userEvent.setup();
    render(<App catalog={twoRoadsCatalog()} />);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'Choose a conversation to practise' }),
    );
    await user.click(screen.getByRole('link', { name: 'Two roads' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Two roads' })).toBe(
      document.activeElement,
    );
    await user.click(screen.getByRole('radio', { name: /Assessment mode/ }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    expect(await screen.findByText('Assessment mode')).toBeTruthy();
    // The attempt's seed joins the address, so a reload finds the same conversation.
    expect(window.location.hash).toMatch(/^#\/play\/two-roads\?mode=assess&seed=\d+$/);

    await user.keyboard(keyFor(/What gets in the way/));
    await screen.findByText('It doubles my typing.');
    await user.keyboard(keyFor(/I hear you/));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Debrief: Two roads' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('heading', { name: 'Breakthrough: Agreed' })).toBeTruthy();

    const saved = readHistory();
    expect(saved.attempts).toHaveLength(1);
    // The attempt drew its own seed, and the saved transcript keeps it.
    expect(saved.attempts[0]?.transcript.seed).toBeTypeOf('number');
    expect(window.location.hash).toBe(`#/debrief/${saved.attempts[0]?.id}`);

    await user.click(screen.getByRole('link', { name: 'History' }));
    const history = await screen.findByRole('region', { name: 'Two roads' });
    expect(within(history).getByText('1 attempt so far.')).toBeTruthy();
    expect(within(history).getByRole('cell', { name: 'Assessment' })).toBeTruthy();
    expect(within(history).getByRole('link', { name: 'Debrief of attempt 1' })).toBeTruthy();
    expect(within(history).getByRole('button', { name: 'Export as JSON, attempt 1' })).toBeTruthy();
  });

  it('shows progress over attempts in the history', async () => {
    const user = userEvent.setup();
    render(<App catalog={twoRoadsCatalog()} />);
    for (const keys of ['2{Enter}2{Enter}', '1{Enter}1{Enter}']) {
      // Seed 1 shows the fixture's options in file order.
      window.location.hash = '#/play/two-roads?seed=1';
      await screen.findByText('Coach mode');
      await user.keyboard(keys);
      await screen.findByRole('heading', { level: 1, name: 'Debrief: Two roads' });
    }
    window.location.hash = '#/history';
    const progress = await screen.findByRole('list', { name: 'Listening ratio by attempt' });
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Attempt 1: 0.00, escalation', 'Attempt 2: 1.00, breakthrough']);
    expect(screen.getByText(/^Listening ratio up: 0.00 on your first attempt/)).toBeTruthy();
    expect(readHistory().attempts.map((attempt) => attempt.transcript.seed)).toEqual([1, 1]);
  });

  it('shows a notice, not a blank page, when the saved history is damaged', async () => {
    localStorage.setItem(HISTORY_KEY, '{"version":1,"attempts":"nope"}');
    window.location.hash = '#/history';
    render(<App catalog={twoRoadsCatalog()} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Your saved history could not be read .* a fresh history has started\.Dismiss$/,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Your attempts' })).toBeTruthy();
  });

  it('shows the library at once over a damaged history, then the notice', async () => {
    localStorage.setItem(HISTORY_KEY, '{"version":1,"attem');
    render(<App catalog={twoRoadsCatalog()} />);
    expect(screen.getByRole('link', { name: 'Two roads' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Your saved history could not be read .* a fresh history has started\.Dismiss$/,
    );
    expect(screen.getByText('Not played yet')).toBeTruthy();
  });

  it('says so when a deep link names no scenario', () => {
    window.location.hash = '#/scenario/nope';
    render(<App catalog={twoRoadsCatalog()} />);
    expect(screen.getByText('There is no scenario called “nope”.')).toBeTruthy();
  });

  it('says what to do, not a blank page, when a scenario fails to load', async () => {
    // React reports the error the boundary caught; that report is expected here.
    const reported = vi.mocked(console.error).mockImplementation(() => undefined);
    const catalog = twoRoadsCatalog().map((entry) =>
      entry.ok ? { ...entry, load: () => Promise.reject(new Error('network down')) } : entry,
    );
    window.location.hash = '#/scenario/two-roads';
    render(<App catalog={catalog} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This screen could not be loaded (network down). Check the connection and reload the page.',
    );
    expect(screen.getByRole('link', { name: 'Scenarios' })).toBeTruthy();
    expect(reported).toHaveBeenCalled();
  });
});

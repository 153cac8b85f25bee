import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoRoadsCatalog } from '../../test/two-roads';
import { readHistory } from '../history/history-store';
import { PROGRESS_KEY } from '../history/in-progress';
import { App } from './app';

function blockStorage(): void {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

describe('the trainer with site storage blocked', () => {
  it('plays to a debrief, says the attempt will not be kept, and offers the export', async () => {
    blockStorage();
    const user = userEvent.setup();
    // Seed 1 shows the fixture's options in file order.
    window.location.hash = '#/play/two-roads?mode=assess&seed=1';
    render(<App catalog={twoRoadsCatalog()} />);
    // Not "Loading…" forever: the conversation opens, with the notice.
    expect(await screen.findByText("I don't use it. Why would I?")).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatchInlineSnapshot(
      `"This browser is not letting the trainer store anything, so this attempt will not be kept: reloading or leaving the page loses it. You can still play to the end and export the transcript from the debrief.Dismiss"`,
    );
    await user.keyboard('1');
    await user.keyboard('1');
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Two roads' });
    expect(screen.getByRole('heading', { name: 'Breakthrough: Agreed' })).toBeTruthy();
    const notKept = screen
      .getAllByRole('alert')
      .find((alert) => alert.textContent?.startsWith('This attempt is not kept'));
    expect(notKept).toBeTruthy();
    expect(
      within(notKept as HTMLElement).getByRole('button', { name: 'Export as JSON' }),
    ).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('opens the history and the briefing instead of hanging', async () => {
    blockStorage();
    window.location.hash = '#/history';
    render(<App catalog={twoRoadsCatalog()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your attempts' })).toBeTruthy();
    window.location.hash = '#/scenario/two-roads';
    expect(await screen.findByRole('heading', { level: 1, name: 'Two roads' })).toBeTruthy();
    vi.restoreAllMocks();
  });
});

describe('leaving a conversation in progress', () => {
  it('asks first; staying keeps the conversation, leaving keeps its place for Forward', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/play/two-roads?seed=1';
    render(<App catalog={twoRoadsCatalog()} />);
    await screen.findByText("I don't use it. Why would I?");
    await user.keyboard('1{Enter}');
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('link', { name: 'History' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(confirm.mock.calls[0]?.[0]).toMatchInlineSnapshot(
      `"Leave this conversation? Your place is kept: come back with the browser’s Forward button or from the scenario’s page."`,
    );
    expect(screen.getByText('It doubles my typing.')).toBeTruthy();
    expect(window.location.hash).toBe('#/play/two-roads?seed=1');

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your attempts' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '').choices).toEqual(['ask']);

    // Forward (or the same address again) carries on at turn 2.
    window.location.hash = '#/play/two-roads?seed=1';
    expect(await screen.findByText('It doubles my typing.')).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('does not ask once the conversation has ended', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm');
    window.location.hash = '#/play/two-roads?mode=assess&seed=1';
    render(<App catalog={twoRoadsCatalog()} />);
    await screen.findByText("I don't use it. Why would I?");
    await user.keyboard('1');
    await user.keyboard('1');
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Two roads' });
    await user.click(screen.getByRole('link', { name: 'History' }));
    await screen.findByRole('heading', { level: 1, name: 'Your attempts' });
    expect(confirm).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});

describe('clearing the history', () => {
  it('asks with the count, keeps everything on "Keep them", and deletes on "Yes"', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/play/two-roads?mode=assess&seed=1';
    render(<App catalog={twoRoadsCatalog()} />);
    await screen.findByText("I don't use it. Why would I?");
    await user.keyboard('1');
    await user.keyboard('1');
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Two roads' });
    await user.click(screen.getByRole('link', { name: 'History' }));
    await screen.findByRole('region', { name: 'Two roads' });

    await user.click(screen.getByRole('button', { name: 'Clear history…' }));
    expect(document.activeElement?.textContent).toMatchInlineSnapshot(
      `"Delete all 1 attempt and any conversation in progress from this browser? This cannot be undone; export anything you want to keep first."`,
    );
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear history…' }));
    expect(readHistory().attempts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Clear history…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete 1 attempt' }));
    expect(readHistory().attempts).toHaveLength(0);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('rapport.'))).toEqual([]);
    expect(document.activeElement?.textContent).toBe(
      'Your history was cleared: this browser keeps no attempts now.',
    );
    expect(screen.queryByRole('region', { name: 'Two roads' })).toBeNull();
  });
});
